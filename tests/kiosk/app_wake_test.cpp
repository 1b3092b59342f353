// When the kiosk asks for a frame with nobody touching it: never while it rests (it idles at no
// CPU), at once after a touch, and on a screen left open only when the idle countdown starts,
// then once a second until it returns to the attract screen.
#include "app/app.h"
#include "platform/headless_target.h"
#include "platform/imgui_sdl_renderer.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <imgui.h>

namespace vitrine::kiosk {
namespace {

class AppWake : public ::testing::Test {
protected:
    static AppOptions options(const vitrine::test::TempDir& data) {
        AppOptions o;
        o.data_dir = data.path(); // nothing installed: the calm "coming soon" screen
        o.assets_dir = vitrine::test::source_dir() / "assets";
        o.idle_timeout_s = 60;
        o.countdown_s = 10;
        o.photos = false;
        return o;
    }
    // Draws as the window does while a frame is needed; the kiosk must come to rest in a few.
    void settle(double now) {
        for (int i = 0; i < 5 && app_.needs_frame(); ++i)
            app_.frame(now + i / 60.0);
        ASSERT_FALSE(app_.needs_frame()) << "still drawing after five frames";
    }

    vitrine::test::TempDir data_;
    HeadlessTarget target_{640, 360};
    App app_{options(data_)};
    ImGuiSdlRenderer renderer_{target_.renderer(), ImGui::GetIO()};
    void SetUp() override { app_.resize(640, 360, renderer_); }
};

TEST_F(AppWake, ARestingKioskAsksForNoFrameUntilTouched) {
    EXPECT_EQ(app_.next_wake(1.0), 0.0); // the first frame is due at once
    settle(1.0);
    EXPECT_EQ(app_.next_wake(2.0), std::nullopt); // sleeps: no timer, no animation
    EXPECT_EQ(app_.next_wake(5000.0), std::nullopt);

    SDL_Event touch{};
    touch.type = SDL_MOUSEBUTTONDOWN;
    touch.button.button = SDL_BUTTON_LEFT;
    touch.button.state = SDL_PRESSED;
    touch.button.x = 320;
    touch.button.y = 180;
    EXPECT_TRUE(app_.handle(touch, 6.0));
    EXPECT_EQ(app_.next_wake(6.0), 0.0); // the pressed state shows in the next frame
}

TEST_F(AppWake, AScreenLeftOpenWakesForTheCountdownThenEverySecond) {
    settle(1.0);
    // A visitor walked off the stands page (set without drawing: there is no catalogue here,
    // and the wake-up depends only on where the kiosk is and when it was last touched).
    app_.nav().go({ScreenKind::stands, {}});
    // Last touched at 0: the countdown starts at 60 - 10 = 50 s.
    ASSERT_TRUE(app_.next_wake(2.0).has_value());
    EXPECT_DOUBLE_EQ(*app_.next_wake(2.0), 48.0);
    EXPECT_DOUBLE_EQ(*app_.next_wake(49.5), 0.5);
    // In the countdown, each second's number is drawn when it changes.
    EXPECT_DOUBLE_EQ(*app_.next_wake(50.25), 0.75);
    EXPECT_DOUBLE_EQ(*app_.next_wake(57.5), 0.5);
}

} // namespace
} // namespace vitrine::kiosk
