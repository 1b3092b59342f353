// What the kiosk can draw, as validation sees it: the same ranges its fonts are tested against
// (tests/kiosk/fonts_test.cpp).
#include "vitrine/catalog/drawable.h"

#include <gtest/gtest.h>

using namespace vitrine;

TEST(Drawable, TheFairsScriptsAreDrawn) {
    EXPECT_TRUE(undrawable_characters("Coopérative Tifawin · 120,00 MAD – «zellige»…").empty());
    EXPECT_TRUE(undrawable_characters("تعاونية تيفاوين للأركان").empty());
    EXPECT_TRUE(undrawable_characters("ⵜⴰⵎⴰⵣⵉⵖⵜ").empty());
    EXPECT_TRUE(undrawable_characters("Une histoire.\nEn deux lignes.\t").empty());
}

TEST(Drawable, EmojiSymbolsAndUnknownScriptsAreNamed) {
    EXPECT_EQ(undrawable_characters("Miel \xF0\x9F\x8D\xAF bio \xF0\x9F\x8D\xAF \xE2\x98\x85"),
              (std::vector<char32_t>{0x1F36F, 0x2605}));
    EXPECT_EQ(undrawable_characters("Miel → 蜂蜜"),
              (std::vector<char32_t>{0x2192, 0x8702, 0x871C}));
    EXPECT_EQ(code_point_name(0x1F36F), "U+1F36F");
    EXPECT_EQ(code_point_name(0x2192), "U+2192");
}

TEST(Drawable, RangesAreSortedAndDisjoint) {
    auto ranges = drawable_ranges();
    ASSERT_FALSE(ranges.empty());
    for (size_t i = 0; i < ranges.size(); ++i) {
        EXPECT_LE(ranges[i].first, ranges[i].last);
        if (i > 0) {
            EXPECT_LT(ranges[i - 1].last, ranges[i].first);
        }
    }
    EXPECT_FALSE(is_drawable(0x7F));
    EXPECT_TRUE(is_drawable(' '));
}
