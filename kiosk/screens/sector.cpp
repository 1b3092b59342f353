#include "screens/sector.h"

#include "screens/cards.h"

namespace vitrine::kiosk {
namespace {

const Sector* top_sector(const Catalog& c, const std::string& id) {
    const Sector* s = c.sector(id);
    if (s && !s->is_sector())
        s = c.sector(s->parent);
    return s;
}

} // namespace

void SectorScreen::reset() {
    scroll_.reset();
    chips_.reset();
    shown_.clear();
    filter_.clear();
}

std::string SectorScreen::title(Ui& ui, const Route& route) {
    const SectorId* id = route.as<SectorId>();
    const Sector* s = id ? top_sector(*ui.catalog, id->id) : nullptr;
    return s ? ui.in_lang(s->name) : std::string();
}

void SectorScreen::draw(Ui& ui, Navigator& nav, const Route& route, Rect area) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const SectorId* id = route.as<SectorId>();
    const Sector* sector = id ? top_sector(c, id->id) : nullptr;
    if (!sector) {
        nav.back();
        return;
    }
    if (shown_ != id->id) {
        // A new sector (or the same reached from elsewhere): start at the top, filtered as asked.
        shown_ = id->id;
        scroll_.reset();
        chips_.reset();
        const Sector* asked = c.sector(id->id);
        filter_ = asked && !asked->is_sector() ? asked->id : std::string();
    }
    // The sector's colour as a band under the top bar.
    dl->AddRectFilled(area.min(), ImVec2(area.x + area.w, area.y + m.u(10)),
                      sector_color(sector->color));
    Rect page = area.cut_top(m.u(10)).inset(m.margin());

    // Filters: all, then each sub-sector with its count, in a row that scrolls sideways.
    auto subs = c.subsectors_of(sector->id);
    // At the row's end, the way to see where this sector's stands are.
    std::string on_map = ui.tr("sector.on_map");
    float map_w = ui.measure(on_map, TextSize::body, true).x + m.u(110);
    if (ui.button("sector-on-map", ui.flip(page, page.w - map_w, page.y, map_w, m.target()), on_map,
                  icon::map, palette::ink, palette::off_white))
        nav.go({ScreenKind::map, SectorId{sector->id}});
    Rect row = ui.flip(page, 0, page.y, page.w - map_w - m.u(20), m.target());
    float x = 0;
    std::vector<std::pair<std::string, std::string>> chips; // id, label
    chips.push_back({"", ui.tr("sector.all") + "  " + std::to_string(sector->exhibitor_count)});
    for (const Sector* s : subs)
        chips.push_back({s->id, ui.in_lang(s->name) + "  " + std::to_string(s->exhibitor_count)});
    std::vector<float> widths;
    for (const auto& [id, label] : chips) {
        widths.push_back(ui.measure(label, TextSize::body, true).x + m.u(56));
        x += widths.back() + m.u(14);
    }
    chips_.begin(ui, row, x, true);
    float cx = -chips_.offset();
    for (size_t i = 0; i < chips.size(); ++i) {
        Rect chip = ui.flip(row, cx, row.y, widths[i], row.h);
        cx += widths[i] + m.u(14);
        bool active = filter_ == chips[i].first;
        bool pressed = false;
        std::string name = i == 0 ? ui.tr("sector.all") : ui.in_lang(subs[i - 1]->name);
        if (ui.hit("filter-" + (chips[i].first.empty() ? std::string("all") : chips[i].first), chip,
                   name, &pressed)) {
            filter_ = chips[i].first;
            scroll_.reset();
        }
        // Every filter in the sector's own colour: one colour per sector, everywhere.
        ImU32 fill = active ? sector_color(sector->color) : palette::off_white;
        ImU32 ink = active ? text_on(sector->color) : palette::ink;
        dl->AddRectFilled(chip.min(), chip.max(), fill, row.h / 2);
        if (pressed)
            dl->AddRectFilled(chip.min(), chip.max(), palette::pressed, row.h / 2);
        ui.text(dl, chips[i].second, chip, TextSize::body, ink, Align::centre, true);
    }
    chips_.end();
    // More chips than the row shows: its edge fades into the page, a sign that it scrolls.
    float fade = m.u(72);
    auto fade_at = [&](bool end_side) {
        bool right = end_side != ui.rtl();
        Rect f = right ? Rect{row.x + row.w - fade, row.y, fade, row.h}
                       : Rect{row.x, row.y, fade, row.h};
        ImU32 clear = palette::sand & 0x00FFFFFF;
        ImU32 a = right ? clear : palette::sand, b = right ? palette::sand : clear;
        dl->AddRectFilledMultiColor(f.min(), f.max(), a, b, b, a);
    };
    if (chips_.offset() < x - m.u(14) - row.w - 0.5f)
        fade_at(true);
    if (chips_.offset() > 0.5f)
        fade_at(false);

    // The makers, as photo cards.
    std::vector<const Exhibitor*> makers;
    for (const Exhibitor& e : c.exhibitors)
        if (e.sector == sector->id && (filter_.empty() || e.subsector == filter_))
            makers.push_back(&e);
    Rect list = page.cut_top(m.target() + m.u(32));
    int cols = columns_for(list.w, m.u(380), m.gap());
    float card_w = (list.w - m.gap() * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    float card_h = card_w * 0.86f;
    list.h = without_sliver(list.h, card_h + m.gap(), card_h, m.u(48));
    size_t rows = (makers.size() + static_cast<size_t>(cols) - 1) / static_cast<size_t>(cols);
    scroll_.begin(ui, list, static_cast<float>(rows) * (card_h + m.gap()));
    for (size_t i = 0; i < makers.size(); ++i) {
        float top = static_cast<float>(i / static_cast<size_t>(cols)) * (card_h + m.gap());
        if (!scroll_.visible(top, card_h)) // lists are drawn only where visible
            continue;
        float col = static_cast<float>(i % static_cast<size_t>(cols));
        Rect r = ui.flip(list, col * (card_w + m.gap()), list.y + top - scroll_.offset(), card_w,
                         card_h);
        if (exhibitor_card(ui, *makers[i], r))
            nav.go({ScreenKind::exhibitor, ExhibitorId{makers[i]->id}});
    }
    scroll_.end();
}

std::vector<Target> SectorScreen::every_target(const Catalog* catalog) const {
    std::vector<Target> targets;
    if (!catalog)
        return targets;
    for (const Sector& s : catalog->sectors)
        targets.push_back(SectorId{s.id}); // a sub-sector opens filtered
    return targets;
}

std::unique_ptr<Screen> make_sector_screen() {
    return std::make_unique<SectorScreen>();
}

} // namespace vitrine::kiosk
