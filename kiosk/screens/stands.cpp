#include "screens/stands.h"

#include "screens/cards.h"

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

    // A quick index at the end side: one tap on "G" and the G stands are at the top.
    std::vector<std::pair<std::string, size_t>> letters; // letters, first maker with them
    for (size_t i = 0; i < makers.size(); ++i) {
        std::string letters_of = key(makers[i]->stand).first;
        if (!letters_of.empty() && (letters.empty() || letters.back().first != letters_of))
            letters.push_back({letters_of, i});
    }
    float index_w = letters.size() > 1 ? m.target() + m.gap() : 0;
    Rect list = ui.flip(page, 0, page.y, page.w - index_w, page.h);
    int cols = std::max(1, static_cast<int>((list.w + m.gap()) / (m.u(520) + m.gap())));
    float tile_w = (list.w - m.gap() * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    float tile_h = m.u(112);
    float pitch = tile_h + m.u(16);
    if (index_w > 0) {
        float step = std::min(m.target() + m.u(10), page.h / static_cast<float>(letters.size()));
        for (size_t i = 0; i < letters.size(); ++i) {
            Rect r = ui.flip(page, page.w - m.target(), page.y + step * static_cast<float>(i),
                             m.target(), std::min(m.target(), step));
            if (ui.button("stands-jump-" + letters[i].first, r, letters[i].first, nullptr,
                          palette::off_white, palette::ink, TextSize::title))
                scroll_.scroll_to(
                    static_cast<float>(letters[i].second / static_cast<size_t>(cols)) * pitch);
        }
    }
    list.h = without_sliver(list.h, pitch, tile_h, m.u(40));
    size_t rows = (makers.size() + static_cast<size_t>(cols) - 1) / static_cast<size_t>(cols);
    scroll_.begin(ui, list, static_cast<float>(rows) * pitch);
    for (size_t i = 0; i < makers.size(); ++i) {
        float top = static_cast<float>(i / static_cast<size_t>(cols)) * pitch;
        if (!scroll_.visible(top, tile_h))
            continue;
        const Exhibitor& e = *makers[i];
        float col = static_cast<float>(i % static_cast<size_t>(cols));
        Rect r = ui.flip(list, col * (tile_w + m.gap()), list.y + top - scroll_.offset(), tile_w,
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
        // A long name ends in "…" here; the maker's page shows it whole.
        ui.text_fit(dl, ui.in_lang(e.name), name, TextSize::body, palette::ink, Align::start, true);
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
