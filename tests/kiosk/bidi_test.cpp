// Arabic as ImGui must receive it: joined presentation forms in visual order, lam-alef as one
// ligature, Latin words and numbers left to right inside Arabic, harakat kept next to their
// letter, and every line of a wrapped paragraph in its own right order.
#include "ui/bidi.h"

#include <gtest/gtest.h>
#include <string>

namespace vitrine::kiosk {
namespace {

std::u32string code_points(const std::string& utf8) {
    std::u32string out;
    for (size_t i = 0; i < utf8.size();) {
        auto c = static_cast<unsigned char>(utf8[i]);
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
        for (int k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<size_t>(k)]) & 0x3F);
        out += cp;
        i += static_cast<size_t>(n);
    }
    return out;
}

TEST(Bidi, JoinsLettersAndMakesTheLamAlefLigatureInVisualOrder) {
    // سلام: meem isolated, lam-alef final ligature, seen initial, read from the left.
    EXPECT_EQ(code_points(to_visual("سلام", true)), U"\uFEE1\uFEFC\uFEB3");
}

TEST(Bidi, LatinAndNumbersStayLeftToRightInsideArabic) {
    // "Stand B12" in Arabic: the number sits at the left end, in its own order.
    EXPECT_EQ(code_points(to_visual("الرواق B12", true)),
              U"B12 \uFED5\uFE8D\uFEED\uFEAE\uFEDF\uFE8D");
    // A price in the middle of a sentence keeps its digits' order.
    std::u32string price = code_points(to_visual("زيت أركان 250 مل", true));
    EXPECT_NE(price.find(U" 250 "), std::u32string::npos);
}

TEST(Bidi, HarakatStayNextToTheirLetter) {
    // بَت: the fatha of beh comes right after beh in logical order; drawn left to right, it must
    // sit between teh and beh, where beh's glyph begins (FRIBIDI_FLAG_REORDER_NSM would move it
    // onto teh).
    EXPECT_EQ(code_points(to_visual("بَت", true)), U"\uFE96\u064E\uFE91");
}

TEST(Bidi, LatinTextIsLeftAloneAndTheCacheShapesOnce) {
    BidiCache cache;
    std::string latin = "Stand B12";
    EXPECT_EQ(cache.visual(latin, true).data(), latin.data()); // no copy, no shaping
    std::string_view first = cache.visual("سلام", true);
    std::string_view again = cache.visual("سلام", true);
    EXPECT_EQ(first.data(), again.data()); // the cached string, not shaped a second time
    EXPECT_EQ(code_points(std::string(first)), U"\uFEE1\uFEFC\uFEB3");
}

} // namespace
} // namespace vitrine::kiosk
