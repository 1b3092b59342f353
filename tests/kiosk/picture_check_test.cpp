// A frame that changes nothing on screen is not drawn again, and one that changes anything is:
// the window loop rasterises only what PictureCheck calls changed.
#include "platform/picture_check.h"

#include <gtest/gtest.h>
#include <imgui.h>

namespace vitrine::kiosk {
namespace {

class PictureCheckTest : public ::testing::Test {
protected:
    PictureCheckTest() : context_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(640, 480);
        io.DeltaTime = 1.0f / 60.0f;
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    }
    ~PictureCheckTest() override { ImGui::DestroyContext(context_); }

    // A card list scrolled by `offset`, as a drag moves it, in `colour`.
    const ImDrawData* frame(float offset, ImU32 colour = IM_COL32(200, 90, 60, 255),
                            const char* label = "Artisanat", float clip_right = 640) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("cards", nullptr, ImGuiWindowFlags_NoDecoration);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        ImGui::PushClipRect(ImVec2(0, 0), ImVec2(clip_right, 480), true);
        for (int i = 0; i < 6; ++i) {
            float y = 20 + 70 * float(i) - offset;
            dl->AddRectFilled(ImVec2(20, y), ImVec2(300, y + 60), colour, 12.0f);
        }
        dl->AddText(ImVec2(320, 20), IM_COL32_BLACK, label);
        ImGui::PopClipRect();
        ImGui::End();
        ImGui::Render();
        return ImGui::GetDrawData();
    }

    ImGuiContext* context_;
    PictureCheck check_;
};

TEST_F(PictureCheckTest, FirstFrameIsAlwaysDrawn) {
    EXPECT_TRUE(check_.changed(frame(0), 1));
}

TEST_F(PictureCheckTest, AFrameThatChangedNothingIsNotDrawnAgain) {
    ASSERT_TRUE(check_.changed(frame(0), 1));
    EXPECT_FALSE(check_.changed(frame(0), 1));
    EXPECT_FALSE(check_.changed(frame(0), 1));
}

TEST_F(PictureCheckTest, AListMovedByHalfAPixelIsDrawn) {
    ASSERT_TRUE(check_.changed(frame(0), 1));
    EXPECT_TRUE(check_.changed(frame(0.5f), 1));
    EXPECT_FALSE(check_.changed(frame(0.5f), 1));
    EXPECT_TRUE(check_.changed(frame(0), 1)); // and back
}

TEST_F(PictureCheckTest, ANewColourOrTextIsDrawn) {
    ASSERT_TRUE(check_.changed(frame(0), 1));
    EXPECT_TRUE(check_.changed(frame(0, IM_COL32(200, 90, 61, 255)), 1));
    EXPECT_TRUE(check_.changed(frame(0, IM_COL32(200, 90, 61, 255), "Artisanas"), 1));
}

TEST_F(PictureCheckTest, ANewTextureAtTheSameAddressIsDrawn) {
    ASSERT_TRUE(check_.changed(frame(0), 1));
    EXPECT_TRUE(check_.changed(frame(0), 2)); // a photo arrived, or the atlas was rebuilt
    EXPECT_FALSE(check_.changed(frame(0), 2));
}

TEST_F(PictureCheckTest, ANarrowerClipRectIsDrawn) {
    ASSERT_TRUE(check_.changed(frame(0), 1));
    // The same shapes, less of them shown: a list cut shorter by a panel.
    EXPECT_TRUE(check_.changed(frame(0, IM_COL32(200, 90, 60, 255), "Artisanat", 200), 1));
}

TEST_F(PictureCheckTest, NoDrawDataAfterSomeIsAChange) {
    ASSERT_TRUE(check_.changed(frame(0), 1));
    EXPECT_TRUE(check_.changed(nullptr, 1));
    EXPECT_FALSE(check_.changed(nullptr, 1));
}

} // namespace
} // namespace vitrine::kiosk
