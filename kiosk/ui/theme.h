// The look of Vitrine: a printed catalogue come alive. Warm sand and off-white, the crafts'
// colours, large type. Sizes are in units of a 1080p screen, multiplied by the scale.
#pragma once

#include <cstdint>
#include <imgui.h>

namespace vitrine::kiosk {

namespace palette {
inline constexpr ImU32 rgb(uint32_t hex, uint8_t alpha = 255) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}
inline constexpr ImU32 sand = rgb(0xF3E9DA);
inline constexpr ImU32 sand_deep = rgb(0xE8D9C2);
inline constexpr ImU32 off_white = rgb(0xFCF8F2);
inline constexpr ImU32 ink = rgb(0x2B2118);      // body text: warm near-black
inline constexpr ImU32 ink_soft = rgb(0x6B5A48); // secondary text
inline constexpr ImU32 terracotta = rgb(0xB5532F);
inline constexpr ImU32 majorelle = rgb(0x2E4DA7);
inline constexpr ImU32 saffron = rgb(0xC98A16);
inline constexpr ImU32 zellige = rgb(0x1F7A5A);
inline constexpr ImU32 indigo = rgb(0x3B3F8C);
inline constexpr ImU32 shadow = rgb(0x5A3A1A, 28);
inline constexpr ImU32 pressed = rgb(0x2B2118, 24);
} // namespace palette

// Type scale at 1080p (the short side of the screen): caption, body, title, display.
enum class TextSize { caption, body, title, display };

struct Metrics {
    float scale = 1.0f; // short side of the screen / 1080
    float u(float px_at_1080p) const { return px_at_1080p * scale; }
    float text(TextSize size) const;
    float target() const { return u(72); } // touch targets: at least 64 px, here 72
    float margin() const { return u(40); } // page margins
    float gap() const { return u(24); }    // between cards
    float radius() const { return u(18); } // card corners
    float bar() const { return u(104); }   // the top bar's height
};

// Our own ImGui style: no borders, no window decoration, no scrollbars, sand backgrounds.
void apply_style(ImGuiStyle& style, const Metrics& m);

// A sector's colour as ImGui wants it, and its text colour (white or ink, whichever reads).
ImU32 sector_color(uint32_t rgb);
ImU32 text_on(uint32_t rgb);

} // namespace vitrine::kiosk
