// ImGuiSdlRenderer drawing through HeadlessTarget: SDL's software renderer on a surface, with no
// display, no GPU and no SDL_Init, as the headless render checks use it.
#include "platform/headless_target.h"
#include "platform/image.h"
#include "platform/imgui_sdl_renderer.h"

#include <array>
#include <cstdint>
#include <gtest/gtest.h>
#include <imgui.h>
#include <set>
#include <vector>

namespace vitrine::kiosk {
namespace {

constexpr int kWidth = 640;
constexpr int kHeight = 480;
constexpr Rgba kClear{20, 30, 40, 255};
constexpr Rgba kRed{255, 0, 0, 255};
constexpr Rgba kGreen{0, 255, 0, 255};
constexpr Rgba kBlue{0, 0, 255, 255};
constexpr Rgba kYellow{255, 255, 0, 255};
constexpr Rgba kWhite{255, 255, 255, 255};

ImU32 col32(Rgba c) {
    return IM_COL32(c.r, c.g, c.b, c.a);
}

// A fresh ImGui context per test, sized like the target, with the default font and no files.
class RendererTest : public ::testing::Test {
protected:
    RendererTest() : context_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(kWidth, kHeight);
        io.DeltaTime = 1.0f / 60.0f;
        io.Fonts->AddFontDefault();
    }
    ~RendererTest() override { ImGui::DestroyContext(context_); }

    ImGuiContext* context_;
};

// Where the scene put things, read back from ImGui rather than assumed.
struct Scene {
    ImVec2 clip_min, clip_max; // the child window's clip rect
    ImVec2 image_min;
};

// A window with text, a filled rect, a child whose content overflows it on every side, and a
// 2x2 texture shown 64x64.
Scene draw_scene(SDL_Texture* checker) {
    Scene scene;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("Scene", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted("Foire solidaire des micro-entrepreneurs");
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(40, 60), ImVec2(140, 120), col32(kRed));

    ImGui::SetCursorScreenPos(ImVec2(200, 60));
    ImGui::BeginChild("clipped", ImVec2(120, 80), false, ImGuiWindowFlags_NoScrollbar);
    ImDrawList* child = ImGui::GetWindowDrawList();
    scene.clip_min = child->GetClipRectMin();
    scene.clip_max = child->GetClipRectMax();
    child->AddRectFilled(ImVec2(150, 10), ImVec2(400, 250), col32(kGreen));
    ImGui::EndChild();

    ImGui::SetCursorScreenPos(ImVec2(40, 160));
    scene.image_min = ImGui::GetCursorScreenPos();
    ImGui::Image(texture_id(checker), ImVec2(64, 64));
    ImGui::End();
    ImGui::Render();
    return scene;
}

Image render_to(HeadlessTarget& target, ImGuiSdlRenderer& renderer) {
    target.clear(kClear);
    EXPECT_TRUE(renderer.render(ImGui::GetDrawData())) << SDL_GetError();
    return target.snapshot();
}

TexturePtr make_checker(SDL_Renderer* renderer) {
    const std::array<uint8_t, 16> pixels{255, 0,   0, 255, 0,   0,   255, 255,
                                         255, 255, 0, 255, 255, 255, 255, 255};
    return make_texture(renderer, 2, 2, pixels, 0, SDL_ScaleModeNearest);
}

TEST_F(RendererTest, DrawsTheSceneWithinClipRectsAndTheSameBytesEveryTime) {
    HeadlessTarget target(kWidth, kHeight);
    ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
    renderer.upload_fonts(*ImGui::GetIO().Fonts);
    const TexturePtr checker = make_checker(target.renderer());

    draw_scene(checker.get()); // the first frame lays windows out; the second is the real one
    const Scene scene = draw_scene(checker.get());
    const Image first = render_to(target, renderer);
    ASSERT_EQ(first.width, kWidth);
    ASSERT_EQ(first.height, kHeight);

    // Not blank: the window, the text and the shapes are all there.
    size_t drawn = 0;
    std::set<std::array<uint8_t, 3>> colours;
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            const Rgba c = first.at(x, y);
            drawn += c != kClear;
            colours.insert({c.r, c.g, c.b});
        }
    EXPECT_GT(drawn, size_t(kWidth * kHeight / 2));
    EXPECT_GE(colours.size(), 6u) << "the window, its text, the rects and the texture's texels";
    EXPECT_EQ(first.at(90, 90), kRed);

    // Text: light pixels in the first line, where the default font draws it.
    size_t light = 0;
    for (int y = 8; y < 22; ++y)
        for (int x = 8; x < 300; ++x)
            light += first.at(x, y).r > 180;
    EXPECT_GT(light, 100u);

    // The child's content covers its clip rect exactly, and nothing outside it.
    ASSERT_LT(scene.clip_min.x, scene.clip_max.x);
    ASSERT_LT(scene.clip_min.y, scene.clip_max.y);
    const auto inside = [&](int x, int y) {
        return x >= int(scene.clip_min.x) && x < int(scene.clip_max.x) &&
               y >= int(scene.clip_min.y) && y < int(scene.clip_max.y);
    };
    size_t green_inside = 0, green_outside = 0;
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x)
            if (first.at(x, y) == kGreen)
                ++(inside(x, y) ? green_inside : green_outside);
    EXPECT_EQ(green_inside, size_t((scene.clip_max.x - scene.clip_min.x) *
                                   (scene.clip_max.y - scene.clip_min.y)));
    EXPECT_EQ(green_outside, 0u);
    EXPECT_NE(first.at(int(scene.clip_min.x) - 1, int(scene.clip_min.y) + 5), kGreen);
    EXPECT_NE(first.at(int(scene.clip_max.x), int(scene.clip_min.y) + 5), kGreen);
    EXPECT_NE(first.at(int(scene.clip_min.x) + 5, int(scene.clip_min.y) - 1), kGreen);
    EXPECT_NE(first.at(int(scene.clip_min.x) + 5, int(scene.clip_max.y)), kGreen);

    // The 2x2 texture, each texel a 32x32 square.
    const int ix = int(scene.image_min.x), iy = int(scene.image_min.y);
    EXPECT_EQ(first.at(ix + 16, iy + 16), kRed);
    EXPECT_EQ(first.at(ix + 48, iy + 16), kBlue);
    EXPECT_EQ(first.at(ix + 16, iy + 48), kYellow);
    EXPECT_EQ(first.at(ix + 48, iy + 48), kWhite);
    EXPECT_NE(first.at(ix + 64, iy + 16), kBlue);

    // The same draw data twice, and the next frame with the same input: the same bytes.
    EXPECT_TRUE(render_to(target, renderer) == first);
    draw_scene(checker.get());
    EXPECT_TRUE(render_to(target, renderer) == first);
}

TEST_F(RendererTest, TwoTargetsGiveTheSameBytes) {
    std::vector<Image> shots;
    for (int run = 0; run < 2; ++run) {
        HeadlessTarget target(kWidth, kHeight);
        ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
        renderer.upload_fonts(*ImGui::GetIO().Fonts);
        const TexturePtr checker = make_checker(target.renderer());
        draw_scene(checker.get());
        draw_scene(checker.get());
        shots.push_back(render_to(target, renderer));
    }
    EXPECT_TRUE(shots[0] == shots[1]);
}

TEST_F(RendererTest, ScalesPositionsAndClipRectsByTheFramebufferScale) {
    HeadlessTarget target(kWidth, kHeight);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(kWidth / 2, kHeight / 2);
    io.DisplayFramebufferScale = ImVec2(2, 2);
    ImGuiSdlRenderer renderer(target.renderer(), io);
    renderer.upload_fonts(*io.Fonts);

    ImGui::NewFrame();
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    list->AddRectFilled(ImVec2(10, 10), ImVec2(20, 20), col32(kRed));
    list->PushClipRect(ImVec2(50, 50), ImVec2(60, 60));
    list->AddRectFilled(ImVec2(40, 40), ImVec2(80, 80), col32(kGreen));
    list->PopClipRect();
    ImGui::Render();
    const Image shot = render_to(target, renderer);

    EXPECT_EQ(shot.at(20, 20), kRed);
    EXPECT_EQ(shot.at(39, 39), kRed);
    EXPECT_EQ(shot.at(19, 19), kClear);
    EXPECT_EQ(shot.at(40, 40), kClear);
    EXPECT_EQ(shot.at(100, 100), kGreen);
    EXPECT_EQ(shot.at(119, 119), kGreen);
    EXPECT_EQ(shot.at(99, 110), kClear);
    EXPECT_EQ(shot.at(120, 110), kClear);
    EXPECT_EQ(shot.at(110, 99), kClear);
    EXPECT_EQ(shot.at(110, 120), kClear);
}

TEST_F(RendererTest, DrawsMeshesLargerThan16BitIndicesThroughVertexOffsets) {
    HeadlessTarget target(kWidth, kHeight);
    ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
    renderer.upload_fonts(*ImGui::GetIO().Fonts);
    ASSERT_TRUE(ImGui::GetIO().BackendFlags & ImGuiBackendFlags_RendererHasVtxOffset);

    // 24,000 one-pixel rects, 4 vertices each: 96,000 vertices in one draw list.
    constexpr int kColumns = 240, kRows = 100, kFirstChunk = 16000;
    ImGui::NewFrame();
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    for (int i = 0; i < kColumns * kRows; ++i) {
        const ImVec2 p(float(10 + i % kColumns), float(10 + i / kColumns));
        list->AddRectFilled(p, ImVec2(p.x + 1, p.y + 1), col32(i < kFirstChunk ? kYellow : kBlue));
    }
    ImGui::Render();
    bool offset_used = false;
    for (const ImDrawCmd& cmd : list->CmdBuffer)
        offset_used |= cmd.VtxOffset > 0;
    ASSERT_TRUE(offset_used) << "the test needs ImGui to split the mesh";

    const Image shot = render_to(target, renderer);
    size_t wrong = 0;
    for (int i = 0; i < kColumns * kRows; ++i)
        wrong +=
            shot.at(10 + i % kColumns, 10 + i / kColumns) != (i < kFirstChunk ? kYellow : kBlue);
    EXPECT_EQ(wrong, 0u);
    EXPECT_EQ(shot.at(10 + kColumns, 10), kClear);
    EXPECT_EQ(shot.at(10, 10 + kRows), kClear);
}

struct CallbackProbe {
    SDL_Renderer* renderer = nullptr;
    int calls = 0;
};

void move_viewport(const ImDrawList*, const ImDrawCmd* cmd) {
    auto* probe = static_cast<CallbackProbe*>(cmd->UserCallbackData);
    ++probe->calls;
    const SDL_Rect viewport{100, 100, 300, 300};
    SDL_RenderSetViewport(probe->renderer, &viewport);
}

TEST_F(RendererTest, RunsUserCallbacksInOrderAndResetsStateOnRequest) {
    HeadlessTarget target(kWidth, kHeight);
    ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
    renderer.upload_fonts(*ImGui::GetIO().Fonts);
    CallbackProbe probe{target.renderer()};

    for (const bool reset : {false, true}) {
        ImGui::NewFrame();
        ImDrawList* list = ImGui::GetBackgroundDrawList();
        list->AddCallback(move_viewport, &probe);
        if (reset)
            list->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
        list->AddRectFilled(ImVec2(10, 10), ImVec2(20, 20), col32(kRed));
        ImGui::Render();
        const Image shot = render_to(target, renderer);
        SCOPED_TRACE(reset ? "with a reset" : "without a reset");
        EXPECT_EQ(shot.at(15, 15) == kRed, reset);
        EXPECT_EQ(shot.at(115, 115) == kRed, !reset);
    }
    EXPECT_EQ(probe.calls, 2);
}

TEST_F(RendererTest, BlendsAndRestoresTheRenderersState) {
    HeadlessTarget target(kWidth, kHeight);
    ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
    renderer.upload_fonts(*ImGui::GetIO().Fonts);

    ImGui::NewFrame();
    ImGui::GetBackgroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(50, 50),
                                                  IM_COL32(255, 255, 255, 128));
    ImGui::Render();
    const SDL_Rect clip{1, 2, 300, 200};
    SDL_RenderSetClipRect(target.renderer(), &clip);
    SDL_SetRenderDrawBlendMode(target.renderer(), SDL_BLENDMODE_NONE);
    target.clear(kClear);
    ASSERT_TRUE(renderer.render(ImGui::GetDrawData()));

    SDL_Rect after{};
    SDL_RenderGetClipRect(target.renderer(), &after);
    EXPECT_TRUE(SDL_RenderIsClipEnabled(target.renderer()));
    EXPECT_TRUE(SDL_RectEquals(&after, &clip));
    SDL_BlendMode blend{};
    SDL_GetRenderDrawBlendMode(target.renderer(), &blend);
    EXPECT_EQ(blend, SDL_BLENDMODE_NONE);

    // Half white over the clear colour, inside the caller's clip rect (ImGui's own replaces it).
    const Rgba mixed = target.snapshot().at(25, 25);
    EXPECT_NEAR(mixed.r, (255 + kClear.r) / 2, 2);
    EXPECT_NEAR(mixed.g, (255 + kClear.g) / 2, 2);
    EXPECT_NEAR(mixed.b, (255 + kClear.b) / 2, 2);
}

TEST_F(RendererTest, UploadsTheFontAtlasAgainAfterARebuild) {
    HeadlessTarget target(kWidth, kHeight);
    ImGuiIO& io = ImGui::GetIO();
    {
        ImGuiSdlRenderer renderer(target.renderer(), io);
        renderer.upload_fonts(*io.Fonts);
        SDL_Texture* first = renderer.font_texture();
        ASSERT_NE(first, nullptr);
        EXPECT_EQ(io.Fonts->TexID, texture_id(first));
        SDL_ScaleMode mode{};
        SDL_GetTextureScaleMode(first, &mode);
        EXPECT_EQ(mode, SDL_ScaleModeLinear);
        EXPECT_EQ(io.Fonts->TexPixelsRGBA32, nullptr) << "the CPU copy should be freed";
        EXPECT_TRUE(io.Fonts->IsBuilt()) << "ImGui::NewFrame refuses an atlas it thinks unbuilt";

        // A new scale: a larger font, the atlas rebuilt, uploaded again.
        ImFontConfig large;
        large.SizePixels = 40.0f;
        io.Fonts->AddFontDefault(&large);
        io.Fonts->Build();
        const int atlas_width = io.Fonts->TexWidth, atlas_height = io.Fonts->TexHeight;
        renderer.upload_fonts(*io.Fonts);
        SDL_Texture* second = renderer.font_texture();
        EXPECT_NE(second, first);
        EXPECT_EQ(io.Fonts->TexID, texture_id(second));
        int w = 0, h = 0;
        SDL_QueryTexture(second, nullptr, nullptr, &w, &h);
        EXPECT_EQ(w, atlas_width);
        EXPECT_EQ(h, atlas_height);

        ImGui::NewFrame();
        ImGui::GetBackgroundDrawList()->AddText(io.Fonts->Fonts.back(), 40.0f, ImVec2(10, 10),
                                                col32(kWhite), "Vitrine");
        ImGui::Render();
        const Image shot = render_to(target, renderer);
        size_t white = 0;
        for (int y = 10; y < 50; ++y)
            for (int x = 10; x < 200; ++x)
                white += shot.at(x, y) == kWhite;
        EXPECT_GT(white, 200u);
    }
    EXPECT_EQ(io.Fonts->TexID, nullptr) << "no dangling font texture once the renderer is gone";
    EXPECT_EQ(io.BackendRendererUserData, nullptr);
}

TEST(MakeTexture, ReadsRowsWithPaddingAndRefusesShortPixels) {
    HeadlessTarget target(4, 4);
    // Two RGBA pixels a row, and 4 bytes of padding after each.
    const std::array<uint8_t, 24> padded{255, 0,   0, 255, 0,   0,   255, 255, 9, 9, 9, 9,
                                         0,   255, 0, 255, 255, 255, 255, 255, 9, 9, 9, 9};
    const TexturePtr texture =
        make_texture(target.renderer(), 2, 2, padded, 12, SDL_ScaleModeNearest);
    target.clear(kClear);
    const SDL_Rect whole{0, 0, 4, 4};
    SDL_RenderCopy(target.renderer(), texture.get(), nullptr, &whole);
    const Image shot = target.snapshot();
    EXPECT_EQ(shot.at(0, 0), kRed);
    EXPECT_EQ(shot.at(3, 0), kBlue);
    EXPECT_EQ(shot.at(0, 3), kGreen);
    EXPECT_EQ(shot.at(3, 3), kWhite);

    EXPECT_THROW(make_texture(target.renderer(), 2, 2, std::span(padded).first(19), 12),
                 RenderError);
    EXPECT_THROW(make_texture(target.renderer(), 0, 2, padded), RenderError);
}

TEST(HeadlessTarget, ClearsTheWholeTargetAndRefusesAnEmptySize) {
    HeadlessTarget target(3, 2);
    target.clear(kYellow);
    EXPECT_TRUE(target.snapshot() == Image(3, 2, kYellow));
    EXPECT_THROW(HeadlessTarget(0, 10), RenderError);
}

} // namespace
} // namespace vitrine::kiosk

namespace vitrine::kiosk {
namespace {

// SDL's software rasteriser overflows on vertices far off the framebuffer (a zoomed map puts
// them there); the renderer cuts such triangles to their clip rect, so they draw what they
// should and nothing else.
Image draw_band(HeadlessTarget& target, ImGuiSdlRenderer& renderer, float x0, float x1) {
    ImGui::NewFrame();
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->AddRectFilled(ImVec2(x0, 200), ImVec2(x1, 220), col32(kGreen));
    dl->AddTriangleFilled(ImVec2(x0, 300), ImVec2(x1, 300), ImVec2(320, 100000), col32(kBlue));
    ImGui::Render();
    target.clear(kClear);
    EXPECT_TRUE(renderer.render(ImGui::GetDrawData()));
    return target.snapshot();
}

TEST_F(RendererTest, DrawsShapesReachingFarOffTheScreenAsIfCutAtItsEdges) {
    HeadlessTarget target(kWidth, kHeight);
    ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
    renderer.upload_fonts(*ImGui::GetIO().Fonts);
    const Image far = draw_band(target, renderer, -200000, 200000);
    EXPECT_EQ(far.at(5, 210), kGreen);
    EXPECT_EQ(far.at(635, 210), kGreen);
    EXPECT_EQ(far.at(320, 230), kClear);
    EXPECT_EQ(far.at(320, 190), kClear);
    EXPECT_EQ(far.at(320, 400), kBlue);
    EXPECT_EQ(far.at(320, 250), kClear);
}

// Text and a shape far off the screen in one draw list, and in one command (both use the font
// texture): the text must come out exactly as it does without the shape. It once lost its last
// pixel row everywhere on a screen that had one far-off vertex (a zoomed map, a long list).
Image draw_text_beside(HeadlessTarget& target, ImGuiSdlRenderer& renderer, bool far_shape) {
    ImGui::NewFrame();
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(kWidth, kHeight), col32(kWhite));
    dl->AddText(ImVec2(10, 10), IM_COL32(0, 0, 0, 255), "Accueil gjpqy E01 F01 Qg");
    if (far_shape)
        dl->AddTriangleFilled(ImVec2(-100000, 400), ImVec2(100000, 400), ImVec2(320, 470),
                              col32(kBlue));
    ImGui::Render();
    EXPECT_EQ(ImGui::GetDrawData()->CmdListsCount, 1);
    EXPECT_EQ(ImGui::GetDrawData()->CmdLists[0]->CmdBuffer.Size, 1)
        << "the text and the shape must share one command for this test to mean anything";
    target.clear(kClear);
    EXPECT_TRUE(renderer.render(ImGui::GetDrawData()));
    return target.snapshot();
}

TEST_F(RendererTest, AShapeFarOffTheScreenLeavesTheTextBesideItUntouched) {
    HeadlessTarget target(kWidth, kHeight);
    ImGuiSdlRenderer renderer(target.renderer(), ImGui::GetIO());
    renderer.upload_fonts(*ImGui::GetIO().Fonts);
    const Image alone = draw_text_beside(target, renderer, false);
    const Image beside = draw_text_beside(target, renderer, true);
    size_t ink = 0, differ = 0;
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < kWidth; ++x) {
            ink += alone.at(x, y) != kWhite;
            differ += alone.at(x, y) != beside.at(x, y);
        }
    EXPECT_GT(ink, 100u) << "the text was drawn";
    EXPECT_EQ(differ, 0u) << "pixels of the text changed because of a shape far away";
    EXPECT_EQ(beside.at(320, 440), kBlue) << "the far shape is drawn, cut at the screen's edge";
}

} // namespace
} // namespace vitrine::kiosk
