// Contrast as WCAG 2 computes it, and the colour a text is drawn on as the draw list has it:
// the layout check reports a text that does not stand out from what is really under it, not
// from what a screen meant to draw there.
//
// Pure functions; background_under() only reads the draw list. UI thread only.
#pragma once

#include <imgui.h>
#include <optional>

namespace vitrine::kiosk {

// WCAG 2's relative luminance of an sRGB colour (its alpha ignored), 0 (black) to 1 (white).
double relative_luminance(ImU32 color);
// (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21.
double contrast_ratio(ImU32 a, ImU32 b);
// What WCAG asks of a text this size (px at 1080p): 3:1 for large text (24 px, or 18.7 px
// bold), 4.5:1 for the rest.
double required_contrast(float px_at_1080p, bool bold);

// The opaque colour under `point` in `dl` as drawn so far: the solid fills covering it,
// topmost first, blended down to the first opaque one, or onto `clear` (the frame's clear
// colour) when none is. Nullopt when a photo or any other texture lies under it: its colours
// are not known here.
std::optional<ImU32> background_under(const ImDrawList& dl, ImVec2 point, ImTextureID font_texture,
                                      ImVec2 white_uv, ImU32 clear);

} // namespace vitrine::kiosk
