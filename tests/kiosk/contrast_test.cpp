// Contrast as visitors need it: WCAG's ratio, the ink a sector colour takes, and the colour the
// layout check finds under a text, read from what was really drawn.
#include "ui/contrast.h"
#include "ui/theme.h"

#include <gtest/gtest.h>
#include <imgui_internal.h>

namespace vitrine::kiosk {
namespace {

TEST(Contrast, RatiosAreWcags) {
    EXPECT_NEAR(contrast_ratio(IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255)), 21.0, 1e-6);
    EXPECT_NEAR(contrast_ratio(palette::sand, palette::sand), 1.0, 1e-9);
    // WCAG's own example: #777 on white is just under 4.5:1.
    EXPECT_NEAR(contrast_ratio(palette::rgb(0x777777), palette::rgb(0xFFFFFF)), 4.48, 0.01);
    EXPECT_EQ(required_contrast(22, false), 4.5);
    EXPECT_EQ(required_contrast(22, true), 3.0);
    EXPECT_EQ(required_contrast(28, false), 3.0);
}

TEST(Contrast, EverySectorColourTakesTheInkThatReads) {
    // The saffron of "Produits du terroir" carried white stand numbers at 2.8:1.
    EXPECT_LT(contrast_ratio(palette::off_white, palette::saffron), 3.0);
    EXPECT_EQ(text_on(0xC98A16), palette::ink);
    EXPECT_EQ(text_on(0x2E4DA7), palette::off_white); // Majorelle blue
    for (uint32_t rgb : {0xB5532Fu, 0x2E4DA7u, 0xC98A16u, 0x1F7A5Au, 0x3B3F8Cu, 0xF3E9DAu})
        EXPECT_GE(contrast_ratio(text_on(rgb), palette::rgb(rgb)), 4.5) << std::hex << rgb;
}

class DrawnBackground : public ::testing::Test {
protected:
    DrawnBackground() : list_(&shared_) {
        shared_.TexUvWhitePixel = white_;
        shared_.SetCircleTessellationMaxError(0.3f); // as ImGui's own style: rounded corners
        list_._ResetForNewFrame();
        list_.PushClipRect(ImVec2(0, 0), ImVec2(1000, 1000));
        list_.PushTextureID(font_);
    }
    std::optional<ImU32> under(float x, float y) {
        return background_under(list_, ImVec2(x, y), font_, white_, palette::sand);
    }
    ImVec2 white_{0.25f, 0.25f};
    ImTextureID font_ = reinterpret_cast<ImTextureID>(1);
    ImDrawListSharedData shared_;
    ImDrawList list_;
};

TEST_F(DrawnBackground, TheTopmostFillUnderTheTextIsFound) {
    EXPECT_EQ(under(50, 50), palette::sand); // nothing drawn: the frame's clear colour
    list_.AddRectFilled(ImVec2(0, 0), ImVec2(500, 500), palette::off_white);
    list_.AddRectFilled(ImVec2(100, 100), ImVec2(200, 200), palette::saffron, 12);
    EXPECT_EQ(under(150, 150), palette::saffron);
    EXPECT_EQ(under(50, 50), palette::off_white);
    EXPECT_EQ(under(700, 700), palette::sand);
}

TEST_F(DrawnBackground, TranslucentLayersAreBlendedOntoWhatIsBelow) {
    list_.AddRectFilled(ImVec2(0, 0), ImVec2(500, 500), palette::rgb(0xFFFFFF));
    list_.AddRectFilled(ImVec2(0, 0), ImVec2(500, 500), palette::rgb(0x000000, 128));
    ImU32 c = *under(10, 10);
    EXPECT_NEAR(static_cast<int>(c & 0xFF), 127, 1);
    EXPECT_EQ(c >> IM_COL32_A_SHIFT, 255u);
}

TEST_F(DrawnBackground, APhotoUnderTheTextIsNotGuessed) {
    list_.AddRectFilled(ImVec2(0, 0), ImVec2(500, 500), palette::off_white);
    list_.AddImage(reinterpret_cast<ImTextureID>(2), ImVec2(100, 100), ImVec2(300, 300));
    EXPECT_FALSE(under(200, 200).has_value());
    EXPECT_EQ(under(50, 50), palette::off_white);
}

} // namespace
} // namespace vitrine::kiosk
