// The characters the kiosk can draw: what its font atlas holds (Noto Sans for Latin, Noto Sans
// Arabic UI, Noto Sans Tifinagh; kiosk/ui/fonts.cpp), so that validation warns of a
// character a visitor would see as "?" (an emoji, a symbol, Latin without its font). The one
// list both sides use: the kiosk's tests check its fonts draw every range listed here.
// Pure functions over constant data: thread safe.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

struct CodeRange {
    char32_t first = 0;
    char32_t last = 0; // inclusive
};

// Sorted, disjoint ranges of printable characters.
std::span<const CodeRange> drawable_ranges();

// Tabs and line breaks count as drawable: the kiosk lays them out rather than drawing them.
bool is_drawable(char32_t code_point);

// Every distinct character of `utf8` the kiosk cannot draw, in order of appearance; malformed
// UTF-8 is left to the encoding checks.
std::vector<char32_t> undrawable_characters(std::string_view utf8);

// "U+1F600".
std::string code_point_name(char32_t code_point);

} // namespace vitrine
