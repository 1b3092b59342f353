#include "screens/exhibitor.h"

#include "screens/cards.h"
#include "ui/list_join.h"
#include "ui/plan_view.h"
#include "ui/visit_pin.h"

#include <cmath>
#include <functional>
#include <vector>

namespace vitrine::kiosk {

void ExhibitorScreen::reset() {
    about_.reset();
    products_.reset();
    shown_.clear();
    qr_ = {};
    walk_.reset();
}

std::string ExhibitorScreen::title(Ui& ui, const Route& route) {
    const ExhibitorId* id = route.as<ExhibitorId>();
    const Exhibitor* e = id ? ui.catalog->exhibitor(id->id) : nullptr;
    return e ? stand_label(ui, e->stand) : std::string();
}

void ExhibitorScreen::draw(Ui& ui, Navigator& nav, const Route& route, Rect area) {
    const ExhibitorId* id = route.as<ExhibitorId>();
    const Exhibitor* e = id ? ui.catalog->exhibitor(id->id) : nullptr;
    if (!e) {
        nav.back();
        return;
    }
    if (shown_ != e->id)
        open(ui, *e);
    Rect page = area.inset(ui.m.margin());
    Rect about = draw_about(ui, nav, *e, page);
    // Products: the rest of the page.
    Rect products = ui.portrait() ? page.cut_top(about.h + ui.m.gap())
                                  : ui.flip(page, page.w * 0.40f + ui.m.u(40), page.y,
                                            page.w * 0.60f - ui.m.u(40), page.h);
    draw_products(ui, nav, *e, products);
}

void ExhibitorScreen::open(Ui& ui, const Exhibitor& e) {
    shown_ = e.id;
    about_.reset();
    products_.reset();
    qr_ = QrCode::encode(
        contact_card(e.name.in(Lang::fr), e.phone, e.email, e.website, stand_label(ui, e.stand)));
    walk_.reset();
    const KioskSpot* here = this_kiosk(ui);
    if (ui.wayfinder && here) {
        auto from = ui.wayfinder->place(Place::Kind::kiosk, here->id);
        auto to = ui.wayfinder->place(Place::Kind::stand, e.stand);
        if (from && to)
            walk_ = ui.wayfinder->route(*from, *to);
    }
}

// About the maker: a panel on the start side (landscape) or on top (portrait), as tall as its
// content in portrait so that the products keep the rest. Its parts are listed once with their
// heights, which both size the panel and place each part: the two cannot drift apart.
Rect ExhibitorScreen::draw_about(Ui& ui, Navigator& nav, const Exhibitor& e, Rect page) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Sector* sector = c.sector(e.subsector.empty() ? e.sector : e.subsector);
    // The chip names the sub-sector but wears the sector's colour, as every card and the map do.
    const Sector* family = c.sector(e.sector);
    uint32_t accent_rgb = family ? family->color : sector ? sector->color : 0;
    ImU32 accent = family || sector ? sector_color(accent_rgb) : palette::terracotta;
    bool portrait = ui.portrait();
    float about_w = portrait ? page.w : page.w * 0.40f;
    float inner_w = about_w - 2 * m.u(36);
    Rect inner; // where the parts go, set once the panel is placed

    struct Part {
        float h;
        std::function<void(float y)> draw; // at this top, in screen coordinates
    };
    std::vector<Part> parts;
    std::string name = ui.in_lang(e.name);
    parts.push_back({ui.paragraph_height(name, inner_w, TextSize::display, 2, true), [&](float y) {
                         ui.paragraph(dl, name, {inner.x, y, inner.w, 0}, TextSize::display,
                                      palette::ink, Align::start, 2, true);
                     }});
    parts.push_back({m.u(10), nullptr});
    // The sector's chip, then what kind of maker and where from: on one line when both fit,
    // else the words under the chip.
    std::string chip_label = sector ? ui.in_lang(sector->name) : std::string();
    float chip_w = sector ? ui.measure(chip_label, TextSize::caption, true).x + m.u(36) : 0;
    std::vector<std::string> where{ui.in_lang(e.city)};
    if (!e.region.empty())
        where.push_back(ui.in_lang(e.region));
    std::string kind_line = ui.tr(std::string("kind.") + std::string(kind_key(e.kind))) + " · " +
                            join_list(ui.lang, where); // "،" in Arabic
    bool one_line =
        !sector || chip_w + m.u(16) + ui.measure(kind_line, TextSize::body).x <= inner_w;
    float kind_h = one_line ? 0 : ui.paragraph_height(kind_line, inner_w, TextSize::body, 2);
    parts.push_back({m.u(60) + kind_h, [&](float y) {
                         if (sector) {
                             Rect chip = ui.flip(inner, 0, y + m.u(2), chip_w, m.u(44));
                             dl->AddRectFilled(chip.min(), chip.max(), accent, m.u(22));
                             ui.text(dl, chip_label, chip, TextSize::caption, text_on(accent_rgb),
                                     Align::centre, true);
                         }
                         if (one_line) {
                             float x = sector ? chip_w + m.u(16) : 0;
                             ui.text(dl, kind_line, ui.flip(inner, x, y, inner.w - x, m.u(48)),
                                     TextSize::body, palette::ink_soft);
                         } else {
                             ui.paragraph(dl, kind_line, {inner.x, y + m.u(60), inner.w, 0},
                                          TextSize::body, palette::ink_soft, Align::start, 2);
                         }
                     }});
    if (ui.visit)
        parts.push_back({m.target() + m.u(28), [&](float y) {
                             float w = std::min(inner.w, visit_pin_width(ui));
                             visit_pin(ui, *ui.visit, e, ui.flip(inner, 0, y, w, m.target()));
                         }});
    std::string story = ui.in_lang(e.description);
    parts.push_back(
        {ui.paragraph_height(story, inner_w, TextSize::body), [&](float y) {
             ui.paragraph(dl, story, {inner.x, y, inner.w, 0}, TextSize::body, palette::ink);
         }});
    parts.push_back({m.u(28), nullptr});
    if (!e.association.empty())
        parts.push_back({m.u(52), [&](float y) {
                             ui.text(dl,
                                     ui.i18n().format(ui.lang, "exhibitor.supported_by",
                                                      "association", ui.in_lang(e.association)),
                                     {inner.x, y, inner.w, m.u(36)}, TextSize::caption,
                                     palette::ink_soft);
                         }});
    float where_h = c.plan.stand(e.stand) ? m.u(190) : 0;
    if (where_h > 0)
        parts.push_back({where_h + m.u(36), [&](float y) {
                             draw_where(ui, nav, e, {inner.x, y, inner.w, where_h});
                         }});
    float qr_side = m.u(220);
    parts.push_back({qr_side, [&](float y) { draw_contact(ui, e, inner, y, qr_side); }});

    float content = m.u(36);
    for (const Part& part : parts)
        content += part.h;
    content += m.u(36);
    Rect about = portrait ? page.top(std::min(content, page.h * 0.6f))
                          : ui.flip(page, 0, page.y, about_w, page.h);
    ui.shadow(dl, about, m.radius());
    dl->AddRectFilled(about.min(), about.max(), palette::off_white, m.radius());
    Rect edge = ui.flip(about, 0, about.y, m.u(10), about.h);
    dl->AddRectFilled(edge.min(), edge.max(), accent, m.radius(),
                      ui.rtl() ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersLeft);
    inner = about.inset(m.u(36));
    about_.begin(ui, about, content);
    float y = inner.y - about_.offset();
    for (const Part& part : parts) {
        if (part.draw)
            part.draw(y);
        y += part.h;
    }
    about_.end();
    return about;
}

// Where: the stand on a small map of the hall, and the way there.
void ExhibitorScreen::draw_where(Ui& ui, Navigator& nav, const Exhibitor& e, Rect where) {
    const Metrics& m = ui.m;
    const FloorPlan& plan = ui.catalog->plan;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float map_w = std::min(where.w * 0.55f, where.h * 1.75f);
    Rect mini = ui.flip(where, 0, where.y, map_w, where.h);
    dl->AddRectFilled(mini.min(), mini.max(), palette::sand_deep, m.u(12));
    PlanView view{mini, 1, plan.bounds().centre(), 0};
    const KioskSpot* here = this_kiosk(ui);
    view.quarter_turns = here ? quarter_turns_for(here->facing_degrees) : 0;
    view.ppm = view.fit(plan.bounds(), m.u(14));
    PlanMarks marks;
    marks.stand = e.stand;
    marks.labels = false;
    marks.record = false;
    marks.compact = true;
    ImGui::PushClipRect(mini.min(), mini.max(), true);
    draw_plan(ui, dl, view, marks);
    if (walk_)
        draw_walk(ui, dl, view, *walk_, true);
    if (here)
        draw_here(ui, dl, view, *here, false, true);
    ImGui::PopClipRect();
    bool open_map = ui.hit("mini-map", mini, {});
    Rect side = ui.flip(where, map_w + m.u(24), where.y, where.w - map_w - m.u(24), where.h);
    ui.text(dl, stand_label(ui, e.stand), side.top(m.u(48)), TextSize::title, palette::ink,
            Align::start, true);
    if (walk_) {
        std::string line = walk_summary(ui, *walk_);
        ui.paragraph(dl, line, {side.x, side.y + m.u(56), side.w, 0}, TextSize::caption,
                     palette::ink_soft, Align::start, 2);
    }
    Rect go{side.x, side.y + side.h - m.target(), side.w, m.target()};
    open_map |= ui.button("show-way", go, ui.tr("exhibitor.show_way"), icon::route, kRouteColor,
                          palette::off_white, TextSize::caption);
    if (open_map)
        nav.go({ScreenKind::map, StandId{e.stand}});
}

// Contact: the QR code with a line saying what it is, and the maker's phone, mail and site.
void ExhibitorScreen::draw_contact(Ui& ui, const Exhibitor& e, Rect inner, float y, float side) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Rect qr = ui.flip(inner, 0, y, side, side);
    qr_.draw(dl, qr);
    Rect qr_text = ui.flip(inner, side + m.u(24), y + m.u(10), inner.w - side - m.u(24), m.u(40));
    ui.text(dl, ui.tr("exhibitor.scan_contact"), qr_text, TextSize::body, palette::ink,
            Align::start, true);
    qr_text.y += m.u(48);
    for (const std::string* line : {&e.phone, &e.email, &e.website}) {
        if (line->empty())
            continue;
        ui.text(dl, *line, qr_text, TextSize::caption, palette::ink_soft, Align::start, false,
                true);
        qr_text.y += m.u(38);
    }
}

// The maker's products as photo cards, in as many columns as fit.
void ExhibitorScreen::draw_products(Ui& ui, Navigator& nav, const Exhibitor& e, Rect products) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ui.text(dl,
            ui.i18n().format(ui.lang, "exhibitor.products", "n", std::to_string(e.products.size())),
            products.top(m.u(48)), TextSize::title, palette::ink, Align::start, true);
    Rect list = products.cut_top(m.u(68));
    int cols = columns_for(list.w, m.u(330), m.gap());
    float card_w = (list.w - m.gap() * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    float card_h = card_w * 1.02f;
    size_t rows = (e.products.size() + static_cast<size_t>(cols) - 1) / static_cast<size_t>(cols);
    products_.begin(ui, list, static_cast<float>(rows) * (card_h + m.gap()));
    for (size_t i = 0; i < e.products.size(); ++i) {
        float top = static_cast<float>(i / static_cast<size_t>(cols)) * (card_h + m.gap());
        if (!products_.visible(top, card_h))
            continue;
        float col = static_cast<float>(i % static_cast<size_t>(cols));
        Rect r = ui.flip(list, col * (card_w + m.gap()), list.y + top - products_.offset(), card_w,
                         card_h);
        const Product& p = c.products[e.products[i]];
        if (product_card(ui, p, r, false))
            nav.go({ScreenKind::product, ProductId{p.id}});
    }
    products_.end();
}

std::vector<Target> ExhibitorScreen::every_target(const Catalog* catalog) const {
    std::vector<Target> targets;
    if (!catalog)
        return targets;
    for (const Exhibitor& e : catalog->exhibitors)
        targets.push_back(ExhibitorId{e.id});
    return targets;
}

std::unique_ptr<Screen> make_exhibitor_screen() {
    return std::make_unique<ExhibitorScreen>();
}

} // namespace vitrine::kiosk
