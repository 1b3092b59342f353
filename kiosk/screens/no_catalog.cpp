#include "screens/no_catalog.h"

namespace vitrine::kiosk {

void NoCatalogScreen::draw(Ui& ui, Navigator&, const Route&, Rect area) {
    const Metrics& m = ui.m;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(area.min(), area.max(), palette::sand);
    float y = area.y + area.h * 0.34f;
    dl->AddRectFilled(ImVec2(area.centre().x - m.u(48), y),
                      ImVec2(area.centre().x + m.u(48), y + m.u(8)), palette::terracotta);
    y += m.u(48);
    // In every language at once: nobody has chosen one yet.
    for (Lang lang : {Lang::fr, Lang::ar, Lang::en}) {
        ui.text(dl, ui.i18n().tr(lang, "soon.title"), {area.x, y, area.w, m.u(72)},
                TextSize::display, palette::ink, Align::centre, true);
        y += m.u(76);
        ui.text(dl, ui.i18n().tr(lang, "soon.body"), {area.x, y, area.w, m.u(40)}, TextSize::body,
                palette::ink_soft, Align::centre);
        y += m.u(72);
    }
}

std::unique_ptr<Screen> make_no_catalog_screen() {
    return std::make_unique<NoCatalogScreen>();
}

} // namespace vitrine::kiosk
