#include "vitrine/catalog/drawable.h"

#include "vitrine/catalog/text.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace vitrine {
namespace {

// Each script's ranges in fonts.cpp, cut to what the font file really has (fc-query's charset):
// Noto Sans has no arrows or geometric shapes, Noto Sans Arabic UI skips unassigned code
// points, Noto Sans Tifinagh has the letters but not the whole block.
constexpr std::array kDrawable = {
    // Latin, Noto Sans
    CodeRange{0x0020, 0x007E},
    CodeRange{0x00A0, 0x024F},
    // Arabic, Noto Sans Arabic UI
    CodeRange{0x0600, 0x061C},
    CodeRange{0x061E, 0x06FF},
    CodeRange{0x0750, 0x077F},
    CodeRange{0x08A0, 0x08B4},
    CodeRange{0x08B6, 0x08BE},
    CodeRange{0x08D3, 0x08FF},
    // General punctuation and the euro sign, Noto Sans
    CodeRange{0x2000, 0x2064},
    CodeRange{0x2066, 0x206F},
    CodeRange{0x20AC, 0x20AC},
    // Tifinagh, Noto Sans Tifinagh
    CodeRange{0x2D30, 0x2D67},
    CodeRange{0x2D6F, 0x2D70},
    CodeRange{0x2D7F, 0x2D7F},
    // Arabic presentation forms, Noto Sans Arabic UI
    CodeRange{0xFB50, 0xFBC1},
    CodeRange{0xFBD3, 0xFD3F},
    CodeRange{0xFD50, 0xFD8F},
    CodeRange{0xFD92, 0xFDC7},
    CodeRange{0xFDF0, 0xFDFD},
    CodeRange{0xFE70, 0xFE74},
    CodeRange{0xFE76, 0xFEFC},
};

} // namespace

std::span<const CodeRange> drawable_ranges() {
    return kDrawable;
}

bool is_drawable(char32_t cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r')
        return true;
    auto it = std::upper_bound(kDrawable.begin(), kDrawable.end(), cp,
                               [](char32_t c, const CodeRange& r) { return c < r.first; });
    return it != kDrawable.begin() && cp <= std::prev(it)->last;
}

std::vector<char32_t> undrawable_characters(std::string_view text) {
    std::vector<char32_t> out;
    for (size_t i = 0; i < text.size();) {
        char32_t cp = decode_utf8(text, i);
        if (cp != kInvalidCodePoint && !is_drawable(cp) &&
            std::find(out.begin(), out.end(), cp) == out.end())
            out.push_back(cp);
    }
    return out;
}

std::string code_point_name(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

} // namespace vitrine
