#include "screens/home.h"

#include "screens/cards.h"
#include "ui/format.h"

#include <algorithm>

namespace vitrine::kiosk {
namespace {

// A big way in: colour block, icon, name and a line of help.
bool way_in(Ui& ui, std::string_view id, Rect r, const char* glyph, const std::string& name,
            const std::string& help, ImU32 color) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool pressed = false;
    bool tapped = ui.hit(id, r, name, &pressed);
    Rect card = pressed ? Rect{r.x, r.y + m.u(3), r.w, r.h} : r;
    if (!pressed)
        ui.shadow(dl, card, m.radius());
    dl->AddRectFilled(card.min(), card.max(), color, m.radius());
    ImFont* f = ui.fonts().display;
    Rect icon_box = ui.flip(card, m.u(32), card.y, m.u(80), card.h);
    ImVec2 sz = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, glyph);
    dl->AddText(f, f->FontSize,
                ImVec2(icon_box.x + (icon_box.w - sz.x) / 2, icon_box.y + (icon_box.h - sz.y) / 2),
                palette::off_white, glyph);
    Rect text = ui.flip(card, m.u(136), card.y + card.h / 2 - m.u(46), card.w - m.u(168), m.u(50));
    ui.text(dl, name, text, TextSize::title, palette::off_white, Align::start, true);
    text.y += m.u(50);
    ui.text_fit(dl, help, text, TextSize::caption, palette::rgb(0xFCF8F2, 220));
    return tapped;
}

// "Artisanat, Produits du terroir, Services": what this fair's pack holds, in the visitor's
// language, so that another fair's kiosk never promises sectors it does not have.
std::string sectors_help(Ui& ui) {
    std::vector<std::string> names;
    for (const Sector& s : ui.catalog->sectors)
        if (s.is_sector())
            names.push_back(ui.in_lang(s.name));
    return join_list(names, ui.lang);
}

} // namespace

void HomeScreen::draw(Ui& ui, Navigator& nav, const Route&, Rect area) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Rect page = area.inset(m.margin());
    bool portrait = ui.portrait();

    // The fair, then the ways in: a column on the start side in landscape, on top in portrait.
    float col_w = portrait ? page.w : page.w * 0.44f;
    Rect intro = ui.flip(page, 0, page.y, col_w, page.h);
    float y = intro.y;
    y += ui.paragraph(dl, ui.in_lang(c.fair.name), {intro.x, y, intro.w, 0}, TextSize::display,
                      palette::ink, Align::start, 2, true);
    y += m.u(8);
    std::string when = fair_dates(ui) + " · " + ui.in_lang(c.fair.venue);
    ui.text(dl, when, {intro.x, y, intro.w, m.u(44)}, TextSize::body, palette::terracotta,
            Align::start, true);
    y += m.u(72);

    struct Way {
        const char* id;
        const char* glyph;
        const char* name;
        const char* help;
        ImU32 color;
        Route route;
    };
    const Way ways[] = {
        {"way-sectors",
         icon::sectors,
         "home.by_sector",
         nullptr, // the pack's sectors
         palette::terracotta,
         {ScreenKind::sectors, {}}},
        {"way-stands",
         icon::stands,
         "home.by_stand",
         "home.by_stand_help",
         palette::majorelle,
         {ScreenKind::stands, {}}},
        {"way-map",
         icon::map,
         "home.map",
         "home.map_help",
         palette::rgb(0x9C6410), // deep saffron
         {ScreenKind::map, {}}},
        {"way-search",
         icon::search,
         "home.search",
         "home.search_help",
         palette::zellige,
         {ScreenKind::search, {}}},
    };
    float way_h = portrait ? m.u(140) : m.u(124);
    for (const Way& w : ways) {
        std::string help = w.help ? ui.tr(w.help) : sectors_help(ui);
        if (way_in(ui, w.id, {intro.x, y, intro.w, way_h}, w.glyph, ui.tr(w.name), help, w.color))
            nav.go(w.route);
        y += way_h + m.gap();
    }
    if (ui.button("info", {intro.x, y, intro.w, m.target()}, ui.tr("home.practical"), icon::info,
                  palette::off_white, palette::ink))
        nav.go({ScreenKind::info, {}});
    y += m.target() + m.u(40);

    // Featured makers: the rest of the page.
    Rect featured = portrait
                        ? Rect{page.x, y, page.w, page.y + page.h - y}
                        : ui.flip(page, col_w + m.u(56), page.y, page.w - col_w - m.u(56), page.h);
    ui.text(dl, ui.tr("home.featured"), featured.top(m.u(48)), TextSize::title, palette::ink,
            Align::start, true);
    std::vector<const Exhibitor*> makers;
    for (const Exhibitor& e : c.exhibitors)
        if (e.featured)
            makers.push_back(&e);
    if (makers.empty())
        for (size_t i = 0; i < std::min<size_t>(6, c.exhibitors.size()); ++i)
            makers.push_back(&c.exhibitors[i]);
    Rect list = featured.cut_top(m.u(68));
    int cols = portrait ? 2 : 2;
    float card_w = (list.w - m.gap() * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    float card_h = card_w * 0.82f;
    int rows = static_cast<int>((makers.size() + static_cast<size_t>(cols) - 1) /
                                static_cast<size_t>(cols));
    float content = static_cast<float>(rows) * (card_h + m.gap());
    list.h = without_sliver(list.h, card_h + m.gap(), card_h, m.u(48));
    scroll_.begin(ui, list, content);
    for (size_t i = 0; i < makers.size(); ++i) {
        int row = static_cast<int>(i) / cols, col = static_cast<int>(i) % cols;
        float top = static_cast<float>(row) * (card_h + m.gap());
        if (!scroll_.visible(top, card_h))
            continue;
        Rect r = ui.flip(list, static_cast<float>(col) * (card_w + m.gap()),
                         list.y + top - scroll_.offset(), card_w, card_h);
        if (exhibitor_card(ui, *makers[i], r))
            nav.go({ScreenKind::exhibitor, ExhibitorId{makers[i]->id}});
    }
    scroll_.end();
}

std::unique_ptr<Screen> make_home_screen() {
    return std::make_unique<HomeScreen>();
}

} // namespace vitrine::kiosk
