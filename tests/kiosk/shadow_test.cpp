// A card's shadow drawn from the atlas looks like the stack of translucent rounded rectangles it
// replaces, at a fraction of the geometry, in the software renderer that draws headless shots
// and kiosks with no GPU.
#include "platform/headless_target.h"
#include "platform/imgui_sdl_renderer.h"
#include "ui/shadow.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <gtest/gtest.h>
#include <imgui.h>
#include <optional>

namespace vitrine::kiosk {
namespace {

constexpr int kWidth = 480;
constexpr int kHeight = 360;
constexpr Rgba kSand{0xF3, 0xE9, 0xDA, 255};
constexpr float kRounding = 18.0f;
constexpr float kStep = 2.5f;

class ShadowTest : public ::testing::Test {
protected:
    ShadowTest() : context_(ImGui::CreateContext()), target_(kWidth, kHeight) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(kWidth, kHeight);
        io.DeltaTime = 1.0f / 60.0f;
        io.Fonts->AddFontDefault();
        sprite_.reserve(*io.Fonts, kRounding, kStep);
        io.Fonts->Build();
        sprite_.paint(*io.Fonts);
        renderer_.emplace(target_.renderer(), io);
        renderer_->upload_fonts(*io.Fonts);
    }
    ~ShadowTest() override {
        renderer_.reset();
        ImGui::DestroyContext(context_);
    }

    // A card at [min, max] over sand with the shadow `draw` puts under it; the vertices the
    // shadow took.
    Image card(ImVec2 min, ImVec2 max, const std::function<void(ImDrawList*)>& draw,
               int* vertices = nullptr) {
        ImGui::NewFrame();
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        const int before = dl->VtxBuffer.Size;
        draw(dl);
        if (vertices)
            *vertices = dl->VtxBuffer.Size - before;
        dl->AddRectFilled(min, max, IM_COL32(0xFB, 0xF7, 0xF0, 255), kRounding);
        ImGui::Render();
        target_.clear(kSand);
        EXPECT_TRUE(renderer_->render(ImGui::GetDrawData())) << SDL_GetError();
        return target_.snapshot();
    }

    ImGuiContext* context_;
    HeadlessTarget target_;
    ShadowSprite sprite_;
    std::optional<ImGuiSdlRenderer> renderer_;
};

struct Difference {
    int largest = 0; // per channel, of 255
    double mean = 0; // over the pixels either image shades
};

Difference difference(const Image& a, const Image& b) {
    Difference diff;
    long total = 0, shaded = 0;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            const Rgba p = a.at(x, y), q = b.at(x, y);
            if (p == kSand && q == kSand)
                continue;
            const int d = std::max({std::abs(p.r - q.r), std::abs(p.g - q.g), std::abs(p.b - q.b)});
            diff.largest = std::max(diff.largest, d);
            total += d;
            ++shaded;
        }
    diff.mean = shaded ? double(total) / double(shaded) : 0.0;
    return diff;
}

TEST_F(ShadowTest, TheSpriteDrawsTheShapeOfTheStackItReplaces) {
    for (const ImVec2 origin : {ImVec2(60, 50), ImVec2(60.5f, 50.25f)}) {
        const ImVec2 min = origin, max(origin.x + 300, origin.y + 220);
        int sprite_vertices = 0, stack_vertices = 0;
        const Image stacked = card(
            min, max,
            [&](ImDrawList* dl) { ShadowSprite::draw_stacked(dl, min, max, kRounding, kStep); },
            &stack_vertices);
        const Image sprite = card(
            min, max, [&](ImDrawList* dl) { sprite_.draw(dl, min, max, kRounding, kStep); },
            &sprite_vertices);
        EXPECT_EQ(sprite_vertices, 32) << "eight quads: four corners, four edges";
        EXPECT_GT(stack_vertices, 4 * sprite_vertices);
        // Not blank: the stack does darken the sand under the card's lower edge.
        EXPECT_NE(stacked.at(200, int(max.y) + 3), kSand);
        // SDL's software rasteriser puts shapes' soft edges half a pixel from the pixel centres
        // that OpenGL (and the sprite) sample, and blits the sprite at whole pixels: a few
        // levels of difference at the edge of a shadow at most 11% dark.
        const Difference diff = difference(stacked, sprite);
        EXPECT_LE(diff.largest, 13) << "at " << origin.x << ", " << origin.y;
        EXPECT_LE(diff.mean, 1.5) << "at " << origin.x << ", " << origin.y;
    }
}

TEST_F(ShadowTest, ACardTooSmallForTheSpriteStillGetsItsShadow) {
    const ImVec2 min(100, 100), max(140, 130);
    int vertices = 0;
    const Image small = card(
        min, max, [&](ImDrawList* dl) { sprite_.draw(dl, min, max, kRounding, kStep); }, &vertices);
    EXPECT_GT(vertices, 32) << "drawn as the stack";
    EXPECT_NE(small.at(120, 132), kSand);
}

TEST_F(ShadowTest, OtherCornersGetTheStack) {
    const ImVec2 min(60, 50), max(360, 270);
    int vertices = 0;
    card(
        min, max, [&](ImDrawList* dl) { sprite_.draw(dl, min, max, 6.0f, kStep); }, &vertices);
    EXPECT_GT(vertices, 32);
}

} // namespace
} // namespace vitrine::kiosk
