#include "ui/theme.h"

#include "ui/contrast.h"

namespace vitrine::kiosk {

float Metrics::text(TextSize size) const {
    switch (size) {
    case TextSize::caption:
        return u(22);
    case TextSize::body:
        return u(28);
    case TextSize::title:
        return u(36);
    case TextSize::display:
        return u(56);
    }
    return u(28);
}

void apply_style(ImGuiStyle& style, const Metrics& m) {
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.ChildRounding = 0;
    style.FrameBorderSize = 0;
    style.FrameRounding = m.radius();
    style.FramePadding = ImVec2(m.u(20), m.u(14));
    style.ItemSpacing = ImVec2(m.gap(), m.gap());
    style.ScrollbarSize = 0; // we scroll by dragging; no scrollbar is ever shown
    style.TouchExtraPadding = ImVec2(0, 0);
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;
    ImVec4* c = style.Colors;
    auto v = [](ImU32 col) { return ImGui::ColorConvertU32ToFloat4(col); };
    c[ImGuiCol_Text] = v(palette::ink);
    c[ImGuiCol_TextDisabled] = v(palette::ink_soft);
    c[ImGuiCol_WindowBg] = v(palette::sand);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = v(palette::off_white);
    c[ImGuiCol_Border] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = v(palette::off_white);
    c[ImGuiCol_Button] = v(palette::off_white);
    c[ImGuiCol_ButtonHovered] = v(palette::off_white); // nothing depends on hover
    c[ImGuiCol_ButtonActive] = v(palette::sand_deep);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_NavHighlight] = ImVec4(0, 0, 0, 0);
}

ImU32 sector_color(uint32_t rgb) {
    return palette::rgb(rgb);
}

ImU32 text_on(uint32_t rgb) {
    // Whichever of ink and off-white stands out more by WCAG's contrast: saffron takes ink
    // (5.4:1, where white was 2.8:1), Majorelle blue and terracotta take white.
    ImU32 fill = palette::rgb(rgb);
    return contrast_ratio(palette::ink, fill) >= contrast_ratio(palette::off_white, fill)
               ? palette::ink
               : palette::off_white;
}

} // namespace vitrine::kiosk
