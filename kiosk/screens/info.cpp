#include "screens/info.h"

#include "screens/cards.h"
#include "ui/list_join.h"
#include "ui/plan_view.h"

namespace vitrine::kiosk {

void InfoScreen::draw(Ui& ui, Navigator& nav, const Route&, Rect area) {
    const Metrics& m = ui.m;
    const Catalog& c = *ui.catalog;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Rect page = area.inset(m.margin());
    bool portrait = ui.portrait();
    Rect fair = portrait ? page.top(page.h * 0.5f)
                         : ui.flip(page, 0, page.y, page.w * 0.5f - m.gap() / 2, page.h);
    Rect places = portrait ? page.cut_top(page.h * 0.5f + m.gap())
                           : ui.flip(page, page.w * 0.5f + m.gap() / 2, page.y,
                                     page.w * 0.5f - m.gap() / 2, page.h);

    for (Rect panel : {fair, places}) {
        ui.shadow(dl, panel, m.radius());
        dl->AddRectFilled(panel.min(), panel.max(), palette::off_white, m.radius());
    }
    Rect in = fair.inset(m.u(40));
    float y = in.y;
    y += ui.paragraph(dl, ui.in_lang(c.fair.name), {in.x, y, in.w, 0}, TextSize::title,
                      palette::ink, Align::start, 2, true);
    y += m.u(24);
    auto row = [&](const char* glyph, const std::string& label, const std::string& value) {
        if (value.empty())
            return;
        ImFont* f = ui.fonts().title;
        Rect icon_box = ui.flip(in, 0, y, m.u(48), m.u(48));
        ImVec2 sz = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, glyph);
        dl->AddText(f, f->FontSize,
                    ImVec2(icon_box.centre().x - sz.x / 2, icon_box.centre().y - sz.y / 2),
                    palette::terracotta, glyph);
        Rect text = ui.flip(in, m.u(72), y, in.w - m.u(72), m.u(36));
        ui.text(dl, label, text, TextSize::caption, palette::ink_soft);
        text.y += m.u(36);
        float h = ui.paragraph(dl, value, {text.x, text.y, text.w, 0}, TextSize::body, palette::ink,
                               Align::start, 3, true);
        y += m.u(36) + h + m.u(28);
    };
    row(icon::calendar, ui.tr("info.dates"), fair_dates(ui));
    row(icon::clock, ui.tr("info.hours"), ui.in_lang(c.fair.hours));
    row(icon::marker, ui.tr("info.venue"),
        join_list(ui.lang, {ui.in_lang(c.fair.venue), ui.in_lang(c.fair.city)}));
    row(icon::users, ui.tr("info.organiser"), ui.in_lang(c.fair.organiser));
    if (!c.fair.about.empty())
        ui.paragraph(dl, ui.in_lang(c.fair.about), {in.x, y, in.w, 0}, TextSize::body,
                     palette::ink_soft, Align::start, 6);

    // Facilities from the floor plan.
    Rect list = places.inset(m.u(40));
    ui.text(dl, ui.tr("info.facilities"), list.top(m.u(48)), TextSize::title, palette::ink,
            Align::start, true);
    Rect rows = list.cut_top(m.u(72));
    float row_h = m.u(84);
    scroll_.begin(ui, rows, static_cast<float>(c.plan.facilities.size()) * row_h);
    for (size_t i = 0; i < c.plan.facilities.size(); ++i) {
        const Facility& f = c.plan.facilities[i];
        float top = static_cast<float>(i) * row_h;
        if (!scroll_.visible(top, row_h))
            continue;
        Rect r{rows.x, rows.y + top - scroll_.offset(), rows.w, row_h - m.u(12)};
        std::string name =
            f.name.empty()
                ? ui.tr(std::string("facility.") + std::string(facility_kind_key(f.kind)))
                : ui.in_lang(f.name);
        // A row looks like a button, so it is one: it opens the map with the way to the place.
        bool pressed = false;
        if (ui.hit("facility-" + f.id, r, name, &pressed))
            nav.go({ScreenKind::map, FacilityId{f.id}});
        if (pressed)
            r.y += m.u(3);
        dl->AddRectFilled(r.min(), r.max(), palette::sand, m.radius());
        if (pressed)
            dl->AddRectFilled(r.min(), r.max(), palette::pressed, m.radius());
        ImFont* font = ui.fonts().title;
        const char* glyph = facility_icon(f.kind);
        Rect icon_box = ui.flip(r, m.u(16), r.y, m.u(56), r.h);
        ImVec2 sz = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, glyph);
        dl->AddText(font, font->FontSize,
                    ImVec2(icon_box.centre().x - sz.x / 2, icon_box.centre().y - sz.y / 2),
                    palette::majorelle, glyph);
        ui.text(dl, name, ui.flip(r, m.u(88), r.y, r.w - m.u(168), r.h), TextSize::body,
                palette::ink, Align::start, true);
        // The way there, at the row's end edge: the same signpost as the map's route button.
        Rect way_box = ui.flip(r, r.w - m.u(72), r.y, m.u(56), r.h);
        ImVec2 wsz = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, icon::route);
        dl->AddText(font, font->FontSize,
                    ImVec2(way_box.centre().x - wsz.x / 2, way_box.centre().y - wsz.y / 2),
                    palette::terracotta, icon::route);
    }
    scroll_.end();
}

std::unique_ptr<Screen> make_info_screen() {
    return std::make_unique<InfoScreen>();
}

} // namespace vitrine::kiosk
