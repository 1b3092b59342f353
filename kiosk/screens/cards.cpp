#include "screens/cards.h"

#include "ui/format.h"

#include <algorithm>
#include <cmath>

namespace vitrine::kiosk {

int columns_for(float width, float min_width, float gap) {
    return std::max(1, static_cast<int>((width + gap) / (min_width + gap)));
}

float without_sliver(float height, float pitch, float item, float min_peek) {
    if (pitch <= 0)
        return height;
    // The next row shows `peek` pixels; too few, and the list ends in the middle of the gap
    // before it instead, clear of the renderer's rounding of the clip rectangle.
    float peek = std::fmod(height, pitch);
    float shortened = height - peek - (pitch - item) / 2;
    return peek < std::min(min_peek, item) && shortened > 0 ? shortened : height;
}

const Photo* cover_of(const Catalog& catalog, const Exhibitor& e) {
    for (size_t i : e.products) {
        const Product& p = catalog.products[i];
        if (!p.photos.empty())
            if (auto it = catalog.photos.find(p.photos.front()); it != catalog.photos.end())
                return &it->second;
    }
    return nullptr;
}

std::string stand_label(Ui& ui, const std::string& stand) {
    return ui.i18n().format(ui.lang, "stand.number", "stand", stand);
}

std::string price_label(Ui& ui, const Price& price) {
    std::string value = format_amount(price.min_centimes, ui.lang);
    if (price.max_centimes != price.min_centimes)
        value += " – " + format_amount(price.max_centimes, ui.lang);
    return ui.i18n().format(ui.lang, "price.mad", "price", value);
}

namespace {

struct CardFrame {
    bool tapped = false;
    Rect card;         // where the card is drawn: it sinks a little while pressed
    float photo_h = 0; // the photo's height at the card's top
};

// A card's body: touch target, pressed state, shadow, off-white face and its photo on top,
// above a caption `caption_h` high, or a soft placeholder when it has none.
CardFrame card_frame(Ui& ui, const std::string& id, Rect r, const std::string& label,
                     const Photo* photo, float caption_h) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool pressed = false;
    CardFrame f;
    f.tapped = ui.hit(id, r, label, &pressed);
    f.card = pressed ? Rect{r.x, r.y + m.u(3), r.w, r.h} : r;
    ui.open_container(f.card); // closed by the card once its texts are drawn
    if (!pressed)
        ui.shadow(dl, f.card, m.radius());
    dl->AddRectFilled(f.card.min(), f.card.max(), palette::off_white, m.radius());
    // The photo takes what the caption leaves, but never less than half the card.
    f.photo_h = std::round(std::max(f.card.h - caption_h, f.card.h * 0.5f));
    if (photo)
        ui.photo(dl, photo->thumb_path, f.card.top(f.photo_h), m.radius(),
                 ImDrawFlags_RoundCornersTop);
    else
        dl->AddRectFilled(f.card.min(), ImVec2(f.card.x + f.card.w, f.card.y + f.photo_h),
                          palette::sand_deep, m.radius(), ImDrawFlags_RoundCornersTop);
    return f;
}

} // namespace

bool exhibitor_card(Ui& ui, const Exhibitor& e, Rect r) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::string& name = ui.in_lang(e.name);
    float pad = m.u(20);
    // The caption is as tall as its lines: the name on up to two, then where from and the stand.
    float name_h = ui.paragraph_height(name, r.w - 2 * pad, TextSize::body, 2, true);
    float caption_h = m.u(8) + m.u(16) + std::max(m.u(42), name_h + m.u(4)) + m.u(40) + m.u(14);
    CardFrame f = card_frame(ui, "ex-" + e.id, r, name, cover_of(*ui.catalog, e), caption_h);
    Rect card = f.card;
    float photo_h = f.photo_h;
    // The sector's colour along the card's edge, the same way everywhere: a sub-sector wears
    // its sector's colour, so that a zellige maker is terracotta like the rest of the crafts.
    const Sector* sector = ui.catalog->sector(e.sector);
    if (sector)
        dl->AddRectFilled(ImVec2(card.x, card.y + photo_h),
                          ImVec2(card.x + card.w, card.y + photo_h + m.u(8)),
                          sector_color(sector->color));
    Rect text{card.x + pad, card.y + photo_h + m.u(8) + m.u(16), card.w - 2 * pad, m.u(40)};
    ui.paragraph(dl, name, {text.x, text.y, text.w, 0}, TextSize::body, palette::ink, Align::start,
                 2, true);
    text.y += std::max(m.u(42), name_h + m.u(4));
    std::string where = ui.in_lang(e.city) + " · " + stand_label(ui, e.stand);
    ui.text_fit(dl, where, text, TextSize::caption, palette::ink_soft);
    if (e.featured) {
        ImFont* f = ui.font(TextSize::caption);
        Rect star = ui.flip(card, card.w - m.u(56), card.y + m.u(14), m.u(42), m.u(42));
        dl->AddCircleFilled(star.centre(), m.u(21), palette::saffron);
        ImVec2 sz = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, icon::star);
        dl->AddText(f, f->FontSize, ImVec2(star.centre().x - sz.x / 2, star.centre().y - sz.y / 2),
                    palette::off_white, icon::star);
    }
    ui.close_container();
    return f.tapped;
}

bool product_card(Ui& ui, const Product& p, Rect r, bool show_maker) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::string& name = ui.in_lang(p.name);
    const Photo* photo = nullptr;
    if (!p.photos.empty())
        if (auto it = ui.catalog->photos.find(p.photos.front()); it != ui.catalog->photos.end())
            photo = &it->second;
    float pad = m.u(18);
    float name_h = ui.paragraph_height(name, r.w - 2 * pad, TextSize::body, 2, true);
    float caption_h = m.u(12) + std::max(m.u(40), name_h + m.u(2)) + m.u(38) + m.u(12);
    CardFrame f = card_frame(ui, "pr-" + p.id, r, name, photo, caption_h);
    Rect card = f.card;
    float photo_h = f.photo_h;
    Rect text{card.x + pad, card.y + photo_h + m.u(12), card.w - 2 * pad, m.u(38)};
    ui.paragraph(dl, name, {text.x, text.y, text.w, 0}, TextSize::body, palette::ink, Align::start,
                 2, true);
    text.y += std::max(m.u(40), name_h + m.u(2));
    // The price first: when the line is too long, the maker's name is what gets shortened.
    std::string second = p.price ? price_label(ui, *p.price) : std::string();
    if (show_maker)
        if (const Exhibitor* e = ui.catalog->exhibitor(p.exhibitor))
            second = second.empty() ? ui.in_lang(e->name) : second + " · " + ui.in_lang(e->name);
    ui.text_fit(dl, second, text, TextSize::caption, palette::ink_soft);
    ui.close_container();
    return f.tapped;
}

} // namespace vitrine::kiosk

namespace vitrine::kiosk {

std::string fair_dates(Ui& ui) {
    const Fair& fair = ui.catalog->fair;
    auto part = [](const std::string& iso, size_t at, size_t n) {
        return iso.size() >= at + n ? std::atoi(iso.substr(at, n).c_str()) : 0;
    };
    int y0 = part(fair.start_date, 0, 4), m0 = part(fair.start_date, 5, 2),
        d0 = part(fair.start_date, 8, 2);
    int y1 = part(fair.end_date, 0, 4), m1 = part(fair.end_date, 5, 2),
        d1 = part(fair.end_date, 8, 2);
    if (m0 < 1 || m0 > 12 || m1 < 1 || m1 > 12)
        return fair.start_date + " – " + fair.end_date;
    auto month = [&](int mo) { return ui.tr("month." + std::to_string(mo)); };
    std::string out = std::to_string(d0);
    if (m0 != m1 || y0 != y1)
        out += " " + month(m0);
    if (y0 != y1)
        out += " " + std::to_string(y0);
    return out + " – " + std::to_string(d1) + " " + month(m1) + " " + std::to_string(y1);
}

} // namespace vitrine::kiosk
