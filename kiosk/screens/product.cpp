#include "screens/product.h"

#include "input/touch_input.h"
#include "screens/cards.h"
#include "ui/visit_pin.h"
#include "vitrine/catalog/labels.h"

namespace vitrine::kiosk {

void ProductScreen::reset() {
    shown_.clear();
    photo_ = 0;
}

std::string ProductScreen::title(Ui& ui, const Route& route) {
    const ProductId* id = route.as<ProductId>();
    const Product* p = id ? ui.catalog->product(id->id) : nullptr;
    const Exhibitor* e = p ? ui.catalog->exhibitor(p->exhibitor) : nullptr;
    return e ? ui.in_lang(e->name) : std::string();
}

void ProductScreen::draw(Ui& ui, Navigator& nav, const Route& route, Rect area) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    const ProductId* id = route.as<ProductId>();
    const Product* p = id ? c.product(id->id) : nullptr;
    const Exhibitor* e = p ? c.exhibitor(p->exhibitor) : nullptr;
    if (!p || !e) {
        nav.back();
        return;
    }
    if (shown_ != p->id) {
        shown_ = p->id;
        photo_ = 0;
    }
    Rect page = area.inset(m.margin());
    bool portrait = ui.portrait();
    Rect gallery =
        portrait ? page.top(page.w * 0.95f) : ui.flip(page, 0, page.y, page.w * 0.56f, page.h);
    draw_gallery(ui, *p, gallery);
    Rect info = portrait ? page.cut_top(page.w * 0.95f + m.u(36))
                         : ui.flip(page, page.w * 0.56f + m.u(48), page.y, page.w * 0.44f - m.u(48),
                                   page.h);
    draw_details(ui, nav, *p, *e, info);
}

// The gallery: swipe, or tap the arrows, or the dots.
void ProductScreen::draw_gallery(Ui& ui, const Product& product, Rect gallery) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    const Product* p = &product;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    size_t count = p->photos.size();
    if (count > 1 && gallery.contains(ui.input().gesture_origin())) {
        int swipe = ui.input().swipe();
        // A swipe towards the start edge shows the next photo (mirrored in Arabic).
        int next = ui.rtl() ? swipe : -swipe;
        if (next > 0)
            photo_ = (photo_ + 1) % count;
        else if (next < 0)
            photo_ = (photo_ + count - 1) % count;
    }
    // The whole object, its dots below it rather than on it.
    Rect dots_row{gallery.x, gallery.y + gallery.h - m.u(38), gallery.w, m.u(38)};
    if (count > 1)
        gallery.h -= dots_row.h + m.u(16);
    ui.shadow(dl, gallery, m.radius());
    const Photo* photo = nullptr;
    if (count > 0)
        if (auto it = c.photos.find(p->photos[photo_ % count]); it != c.photos.end())
            photo = &it->second;
    if (photo)
        ui.photo(dl, photo->display_path, gallery, m.radius(), ImDrawFlags_RoundCornersAll,
                 palette::sand, PhotoFit::contain);
    else
        dl->AddRectFilled(gallery.min(), gallery.max(), palette::sand_deep, m.radius());
    if (count > 1) {
        float dot = m.u(14), gap = m.u(14);
        float total = static_cast<float>(count) * dot + static_cast<float>(count - 1) * gap;
        Rect dots{gallery.centre().x - total / 2, dots_row.y, total, dots_row.h};
        for (size_t i = 0; i < count; ++i) {
            Rect d = ui.flip(dots, static_cast<float>(i) * (dot + gap), dots.y + (dots.h - dot) / 2,
                             dot, dot);
            dl->AddCircleFilled(d.centre(), dot / 2,
                                i == photo_ ? palette::ink : palette::rgb(0x2B2118, 70));
        }
        float side = m.target();
        Rect prev = ui.flip(gallery, m.u(16), gallery.centre().y - side / 2, side, side);
        Rect next =
            ui.flip(gallery, gallery.w - side - m.u(16), gallery.centre().y - side / 2, side, side);
        if (ui.button("photo-prev", prev, "", ui.rtl() ? icon::forward : icon::back,
                      palette::rgb(0xFCF8F2, 210), palette::ink))
            photo_ = (photo_ + count - 1) % count;
        if (ui.button("photo-next", next, "", ui.rtl() ? icon::back : icon::forward,
                      palette::rgb(0xFCF8F2, 210), palette::ink))
            photo_ = (photo_ + 1) % count;
    }
}

// The details: name, price, material, labels and story; the maker and the way to their stand at
// the bottom.
void ProductScreen::draw_details(Ui& ui, Navigator& nav, const Product& product,
                                 const Exhibitor& maker, Rect info) {
    const Metrics& m = ui.m;
    const Product* p = &product;
    const Exhibitor* e = &maker;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float y = info.y;
    y += ui.paragraph(dl, ui.in_lang(p->name), {info.x, y, info.w, 0}, TextSize::display,
                      palette::ink, Align::start, 3, true);
    y += m.u(12);
    if (p->price) {
        ui.text(dl, price_label(ui, *p->price), {info.x, y, info.w, m.u(50)}, TextSize::title,
                palette::terracotta, Align::start, true);
        y += m.u(46);
        ui.text(dl, ui.tr("product.price_note"), {info.x, y, info.w, m.u(32)}, TextSize::caption,
                palette::ink_soft);
        y += m.u(48);
    }
    if (!p->material.empty()) {
        y += ui.paragraph(dl, ui.in_lang(p->material), {info.x, y, info.w, 0}, TextSize::body,
                          palette::ink_soft, Align::start, 2);
        y += m.u(16);
    }
    // Labels as small chips on one line.
    float lx = 0;
    for (const std::string& key : p->labels) {
        const LabelInfo* label = find_label(key);
        if (!label)
            continue;
        std::string text(label->in(ui.lang));
        float w = ui.measure(text, TextSize::caption, true).x + m.u(32);
        if (lx + w > info.w)
            break;
        Rect chip = ui.flip(info, lx, y, w, m.u(44));
        dl->AddRectFilled(chip.min(), chip.max(), palette::rgb(0x1F7A5A, 36), m.u(22));
        ui.text(dl, text, chip, TextSize::caption, palette::zellige, Align::centre, true);
        lx += w + m.u(10);
    }
    if (lx > 0)
        y += m.u(64);
    int buttons = ui.visit ? 3 : 2; // "add to my visit" above the maker and the stand
    float rest = info.y + info.h - y - static_cast<float>(buttons) * (m.target() + m.u(20));
    if (rest > m.u(60))
        y += ui.paragraph(dl, ui.in_lang(p->description), {info.x, y, info.w, rest}, TextSize::body,
                          palette::ink, Align::start,
                          static_cast<int>(rest / (m.text(TextSize::body) * 1.35f)));

    // The maker and the way to their stand, at the bottom.
    float by = info.y + info.h - 2 * m.target() - m.u(20);
    if (ui.visit)
        visit_pin(ui, *ui.visit, *e,
                  ui.flip(info, 0, by - m.target() - m.u(20), std::min(info.w, visit_pin_width(ui)),
                          m.target()));
    if (ui.button("maker", {info.x, by, info.w, m.target()}, ui.in_lang(e->name), icon::users,
                  palette::off_white, palette::ink))
        nav.go({ScreenKind::exhibitor, ExhibitorId{e->id}});
    if (ui.button("see-stand", {info.x, by + m.target() + m.u(20), info.w, m.target()},
                  ui.i18n().format(ui.lang, "product.see_stand", "stand", e->stand), icon::marker,
                  palette::terracotta, palette::off_white))
        nav.go({ScreenKind::map, StandId{e->stand}});
}

std::vector<Target> ProductScreen::every_target(const Catalog* catalog) const {
    std::vector<Target> targets;
    if (!catalog)
        return targets;
    for (const Product& p : catalog->products)
        targets.push_back(ProductId{p.id});
    return targets;
}

std::unique_ptr<Screen> make_product_screen() {
    return std::make_unique<ProductScreen>();
}

} // namespace vitrine::kiosk
