#include "screens/stands.h"

#include <algorithm>

namespace vitrine::kiosk {

void StandsScreen::draw(Ui& ui, Navigator& nav, const Route&, Rect area) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Rect page = area.inset(m.margin());

    // Sorted as people read stand numbers: by letter, then by number (A2 before A10).
    std::vector<const Exhibitor*> makers;
    for (const Exhibitor& e : c.exhibitors)
        makers.push_back(&e);
    auto key = [](const std::string& stand) {
        size_t digits = stand.find_first_of("0123456789");
        std::string letters = stand.substr(0, digits);
        int number = digits == std::string::npos ? 0 : std::atoi(stand.c_str() + digits);
        return std::pair{letters, number};
    };
    std::sort(makers.begin(), makers.end(), [&](const Exhibitor* a, const Exhibitor* b) {
        return key(a->stand) < key(b->stand);
    });

    int cols = std::max(1, static_cast<int>((page.w + m.gap()) / (m.u(520) + m.gap())));
    float tile_w = (page.w - m.gap() * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    float tile_h = m.u(112);
    size_t rows = (makers.size() + static_cast<size_t>(cols) - 1) / static_cast<size_t>(cols);
    scroll_.begin(ui, page, static_cast<float>(rows) * (tile_h + m.u(16)));
    for (size_t i = 0; i < makers.size(); ++i) {
        float top = static_cast<float>(i / static_cast<size_t>(cols)) * (tile_h + m.u(16));
        if (!scroll_.visible(top, tile_h))
            continue;
        const Exhibitor& e = *makers[i];
        float col = static_cast<float>(i % static_cast<size_t>(cols));
        Rect r = ui.flip(page, col * (tile_w + m.gap()), page.y + top - scroll_.offset(), tile_w,
                         tile_h);
        bool pressed = false;
        if (ui.hit("stand-" + e.stand, r, e.stand, &pressed))
            nav.go({ScreenKind::exhibitor, ExhibitorId{e.id}});
        Rect card = pressed ? Rect{r.x, r.y + m.u(3), r.w, r.h} : r;
        dl->AddRectFilled(card.min(), card.max(), palette::off_white, m.radius());
        const Sector* sector = c.sector(e.sector);
        Rect number = ui.flip(card, 0, card.y, m.u(150), card.h);
        dl->AddRectFilled(number.min(), number.max(),
                          sector ? sector_color(sector->color) : palette::ink, m.radius(),
                          ui.rtl() ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersLeft);
        ui.text(dl, e.stand, number, TextSize::title,
                sector ? text_on(sector->color) : palette::off_white, Align::centre, true);
        Rect name = ui.flip(card, m.u(176), card.y + m.u(14), card.w - m.u(196), m.u(46));
        ui.text(dl, ui.in_lang(e.name), name, TextSize::body, palette::ink, Align::start, true);
        name.y += m.u(44);
        const Sector* sub = c.sector(e.subsector);
        ui.text(dl,
                sub ? ui.in_lang(sub->name) : (sector ? ui.in_lang(sector->name) : std::string()),
                name, TextSize::caption, palette::ink_soft);
    }
    scroll_.end();
}

std::unique_ptr<Screen> make_stands_screen() {
    return std::make_unique<StandsScreen>();
}

} // namespace vitrine::kiosk
