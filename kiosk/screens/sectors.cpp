#include "screens/sectors.h"

#include <algorithm>

namespace vitrine::kiosk {

void SectorsScreen::draw(Ui& ui, Navigator& nav, const Route&, Rect area) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Rect page = area.inset(m.margin());

    std::vector<const Sector*> sectors;
    for (const Sector& s : c.sectors)
        if (s.is_sector())
            sectors.push_back(&s);
    // Landscape: sectors side by side as columns; portrait: stacked bands.
    bool columns = !ui.portrait();
    float chip_h = m.target();
    auto label_of = [&](const Sector& sub) {
        return ui.in_lang(sub.name) + "  " + std::to_string(sub.exhibitor_count);
    };
    // As many chips a row as the longest sub-sector name allows, never fewer than one.
    auto chips_per_row = [&](const Sector& s, float inner_w) {
        float widest = m.u(300) - m.u(16);
        for (const Sector* sub : c.subsectors_of(s.id))
            widest = std::max(widest, ui.measure(label_of(*sub), TextSize::body).x + m.u(72));
        return std::max(1, static_cast<int>((inner_w + m.u(16)) / (widest + m.u(16))));
    };
    auto block_height = [&](const Sector& s, float width) {
        size_t subs = c.subsectors_of(s.id).size();
        int per_row = chips_per_row(s, width - m.u(64));
        size_t rows = (subs + static_cast<size_t>(per_row) - 1) / static_cast<size_t>(per_row);
        return m.u(190) + static_cast<float>(rows) * (chip_h + m.u(16));
    };
    float block_w = columns ? (page.w - m.gap() * static_cast<float>(sectors.size() - 1)) /
                                  static_cast<float>(std::max<size_t>(1, sectors.size()))
                            : page.w;
    float content = 0;
    if (columns) {
        for (const Sector* s : sectors)
            content = std::max(content, block_height(*s, block_w));
    } else {
        for (const Sector* s : sectors)
            content += block_height(*s, block_w) + m.gap();
    }
    scroll_.begin(ui, page, content);
    float offset = 0;
    for (size_t i = 0; i < sectors.size(); ++i) {
        const Sector& s = *sectors[i];
        float h = columns ? content : block_height(s, block_w);
        Rect block = columns ? ui.flip(page, static_cast<float>(i) * (block_w + m.gap()),
                                       page.y - scroll_.offset(), block_w, h)
                             : Rect{page.x, page.y + offset - scroll_.offset(), page.w, h};
        offset += h + m.gap();
        ui.shadow(dl, block, m.radius());
        dl->AddRectFilled(block.min(), block.max(), palette::off_white, m.radius());
        // The head of the block opens the whole sector.
        Rect head = block.top(m.u(150));
        bool pressed = false;
        if (ui.hit("sector-" + s.id, head, ui.in_lang(s.name), &pressed))
            nav.go({ScreenKind::sector, SectorId{s.id}});
        dl->AddRectFilled(head.min(), head.max(), sector_color(s.color), m.radius(),
                          ImDrawFlags_RoundCornersTop);
        if (pressed)
            dl->AddRectFilled(head.min(), head.max(), palette::pressed, m.radius(),
                              ImDrawFlags_RoundCornersTop);
        Rect name{head.x + m.u(32), head.y + m.u(26), head.w - m.u(64), m.u(60)};
        ui.text(dl, ui.in_lang(s.name), name, TextSize::display, text_on(s.color), Align::start,
                true);
        name.y += m.u(66);
        ui.text(
            dl,
            ui.i18n().format(ui.lang, "sectors.exhibitors", "n", std::to_string(s.exhibitor_count)),
            name, TextSize::body, text_on(s.color));
        // Sub-sectors as chips, each opening the sector filtered on it.
        auto subs = c.subsectors_of(s.id);
        float inner_w = block.w - m.u(64);
        int per_row = chips_per_row(s, inner_w);
        float chip_w =
            (inner_w - m.u(16) * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
        for (size_t k = 0; k < subs.size(); ++k) {
            int row = static_cast<int>(k) / per_row, col = static_cast<int>(k) % per_row;
            Rect inner{block.x + m.u(32), block.y, inner_w, block.h};
            Rect chip =
                ui.flip(inner, static_cast<float>(col) * (chip_w + m.u(16)),
                        head.y + head.h + m.u(24) + static_cast<float>(row) * (chip_h + m.u(16)),
                        chip_w, chip_h);
            std::string label = label_of(*subs[k]);
            bool chip_pressed = false;
            if (ui.hit("sub-" + subs[k]->id, chip, ui.in_lang(subs[k]->name), &chip_pressed))
                nav.go({ScreenKind::sector, SectorId{subs[k]->id}});
            dl->AddRectFilled(chip.min(), chip.max(),
                              chip_pressed ? palette::sand_deep : palette::sand, chip_h / 2);
            Rect dot = ui.flip(chip, m.u(22), chip.y + chip_h / 2 - m.u(9), m.u(18), m.u(18));
            dl->AddCircleFilled(dot.centre(), m.u(9), sector_color(s.color)); // one colour a sector
            Rect text = ui.flip(chip, m.u(52), chip.y, chip.w - m.u(70), chip.h);
            ui.text(dl, label, text, TextSize::body, palette::ink);
        }
    }
    scroll_.end();
}

std::unique_ptr<Screen> make_sectors_screen() {
    return std::make_unique<SectorsScreen>();
}

} // namespace vitrine::kiosk
