// The kiosk's input layer driven as the window and the headless runner drive it: synthetic SDL
// events, then real ImGui frames with a button on screen, checking what the button did and how
// the content scrolled.
#include "input/touch_input.h"

#include <SDL.h>
#include <cmath>
#include <gtest/gtest.h>
#include <imgui.h>
#include <vector>

using namespace vitrine::kiosk;

namespace {

constexpr double kDt = 1.0 / 60.0;
constexpr float kWidth = 1920;
constexpr float kHeight = 1080;
// The button's centre; it spans (100, 100)-(400, 250).
constexpr float kButtonX = 250;
constexpr float kButtonY = 175;

SDL_Event mouse_button(Uint32 type, float x, float y, Uint32 which = 0) {
    SDL_Event e{};
    e.type = type;
    e.button.which = which;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.button.clicks = 1;
    e.button.x = static_cast<Sint32>(x);
    e.button.y = static_cast<Sint32>(y);
    return e;
}
SDL_Event press(float x, float y, Uint32 which = 0) {
    return mouse_button(SDL_MOUSEBUTTONDOWN, x, y, which);
}
SDL_Event release(float x, float y, Uint32 which = 0) {
    return mouse_button(SDL_MOUSEBUTTONUP, x, y, which);
}
SDL_Event motion(float x, float y, Uint32 which = 0) {
    SDL_Event e{};
    e.type = SDL_MOUSEMOTION;
    e.motion.which = which;
    e.motion.x = static_cast<Sint32>(x);
    e.motion.y = static_cast<Sint32>(y);
    return e;
}
SDL_Event finger(Uint32 type, SDL_FingerID id, float x, float y) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = id;
    e.tfinger.x = x / kWidth;
    e.tfinger.y = y / kHeight;
    e.tfinger.pressure = 1;
    return e;
}
SDL_Event wheel(float x, float y, Sint32 notches_y, Uint32 direction = SDL_MOUSEWHEEL_NORMAL) {
    SDL_Event e{};
    e.type = SDL_MOUSEWHEEL;
    e.wheel.y = notches_y;
    e.wheel.direction = direction;
    e.wheel.mouseX = static_cast<Sint32>(x);
    e.wheel.mouseY = static_cast<Sint32>(y);
    return e;
}

struct Frame {
    bool clicked = false;
    bool held = false; // the button shows its pressed state
    ImVec2 scroll{0, 0};
    int swipe = 0;
};

class TouchInputTest : public ::testing::Test {
protected:
    void SetUp() override {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(kWidth, kHeight);
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        input_.set_viewport(static_cast<int>(kWidth), static_cast<int>(kHeight));
        frame(); // ImGui finds the hovered window from the previous frame's windows
    }
    void TearDown() override { ImGui::DestroyContext(context_); }

    // One frame of a full-screen page holding one button, as the kiosk draws it.
    Frame frame(double dt = kDt) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = static_cast<float>(dt);
        input_.new_frame(io, dt);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("page", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        ImGui::SetCursorPos(ImVec2(100, 100));
        Frame f;
        f.clicked = ImGui::Button("Tap me", ImVec2(300, 150));
        f.held = ImGui::IsItemActive();
        ImGui::End();
        ImGui::Render();
        f.scroll = input_.scroll_delta();
        f.swipe = input_.swipe();
        clicks_ += f.clicked ? 1 : 0;
        scrolled_.x += f.scroll.x;
        scrolled_.y += f.scroll.y;
        return f;
    }
    // Frames until nothing is left to draw, as the app's loop runs them.
    void settle(int max_frames = 600) {
        for (int i = 0; i < max_frames && (input_.pending() || input_.animating()); ++i)
            frame();
    }
    // A straight mouse drag, one motion event a frame, released on the last frame.
    void drag(ImVec2 from, ImVec2 to, int frames) {
        input_.push(press(from.x, from.y));
        frame();
        for (int i = 1; i <= frames; ++i) {
            const float t = static_cast<float>(i) / static_cast<float>(frames);
            input_.push(motion(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t));
            if (i == frames)
                input_.push(release(to.x, to.y));
            frame();
        }
    }

    ImGuiContext* context_ = nullptr;
    TouchInput input_;
    int clicks_ = 0;
    ImVec2 scrolled_{0, 0};
};

TEST_F(TouchInputTest, TapShorterThanAFrameClicksOnTheNextFrame) {
    EXPECT_TRUE(input_.push(press(kButtonX, kButtonY)));
    EXPECT_TRUE(input_.push(release(kButtonX, kButtonY)));

    const Frame pressed = frame();
    EXPECT_TRUE(pressed.held) << "the pressed state shows within a frame";
    EXPECT_FALSE(pressed.clicked);
    EXPECT_TRUE(input_.pending()) << "the release still needs a frame";

    const Frame released = frame();
    EXPECT_TRUE(released.clicked);
    EXPECT_TRUE(input_.pending()) << "the pointer still has to leave";

    frame();
    EXPECT_FALSE(input_.pending());
    EXPECT_TRUE(input_.idle());
    EXPECT_EQ(clicks_, 1);
    EXPECT_EQ(ImGui::GetIO().MousePos.x, -FLT_MAX) << "nothing stays hovered after a tap";
}

TEST_F(TouchInputTest, TapWithASmallWobbleStillClicks) {
    input_.push(press(kButtonX, kButtonY));
    EXPECT_TRUE(frame().held);
    input_.push(motion(kButtonX + 5, kButtonY));
    EXPECT_TRUE(frame().held);
    input_.push(motion(kButtonX + 2, kButtonY + 4));
    EXPECT_TRUE(frame().held);
    input_.push(release(kButtonX + 5, kButtonY + 3));
    EXPECT_TRUE(frame().clicked);
    settle();
    EXPECT_EQ(clicks_, 1);
    EXPECT_EQ(scrolled_.x, 0) << "a tap never starts a scroll";
    EXPECT_EQ(scrolled_.y, 0);
}

TEST_F(TouchInputTest, HeldTapClicksOnRelease) {
    input_.push(press(kButtonX, kButtonY));
    for (int i = 0; i < 90; ++i)
        EXPECT_TRUE(frame().held);
    input_.push(release(kButtonX, kButtonY));
    EXPECT_TRUE(frame().clicked) << "nothing needs a long press, and a long press is a tap";
}

TEST_F(TouchInputTest, DragOverAButtonNeverClicksAndScrollsByTheDrag) {
    input_.push(press(kButtonX, kButtonY));
    EXPECT_TRUE(frame().held);
    bool held_after_slop = false;
    for (int i = 1; i <= 10; ++i) {
        input_.push(motion(kButtonX, kButtonY + 10.0f * static_cast<float>(i)));
        const Frame f = frame();
        if (i == 1) {
            EXPECT_EQ(f.scroll.y, 0) << "within the slop the content stays put";
        }
        if (i >= 2)
            held_after_slop = held_after_slop || f.held;
        EXPECT_TRUE(input_.dragging() || i == 1);
    }
    EXPECT_FALSE(held_after_slop) << "the pressed state ends as soon as it is a drag";
    EXPECT_EQ(input_.axis(), ScrollAxis::y);
    EXPECT_EQ(input_.gesture_origin().y, kButtonY);
    // Held still before lifting: no fling.
    for (int i = 0; i < 8; ++i)
        frame();
    input_.push(release(kButtonX, kButtonY + 100));
    frame();
    EXPECT_FALSE(input_.animating());
    settle();
    EXPECT_EQ(clicks_, 0);
    EXPECT_EQ(scrolled_.x, 0);
    EXPECT_EQ(scrolled_.y, 100);
    EXPECT_TRUE(input_.idle());
}

TEST_F(TouchInputTest, DragBackOntoTheButtonStillDoesNotClick) {
    input_.push(press(kButtonX, kButtonY));
    frame();
    input_.push(motion(kButtonX + 60, kButtonY));
    frame();
    input_.push(motion(kButtonX, kButtonY));
    input_.push(release(kButtonX, kButtonY));
    frame();
    settle();
    EXPECT_EQ(clicks_, 0);
    EXPECT_EQ(scrolled_.x, 0);
}

TEST_F(TouchInputTest, FlingContinuesWithDecreasingDeltasAndStops) {
    drag(ImVec2(1000, 900), ImVec2(1000, 660), 6); // 40 px a frame: 2400 px/s
    EXPECT_EQ(scrolled_.y, -240) << "the drag itself, up to the release";
    EXPECT_TRUE(input_.animating());
    EXPECT_FALSE(input_.idle());

    std::vector<float> deltas;
    for (int i = 0; i < 600 && input_.animating(); ++i) {
        const Frame f = frame();
        EXPECT_EQ(f.scroll.x, 0);
        deltas.push_back(f.scroll.y);
        EXPECT_EQ(input_.gesture_origin().y, 900) << "the fling still belongs to its list";
    }
    ASSERT_GT(deltas.size(), 10u);
    EXPECT_FALSE(input_.animating());
    EXPECT_TRUE(input_.idle());
    for (size_t i = 0; i < deltas.size(); ++i) {
        EXPECT_LT(deltas[i], 0) << "frame " << i;
        if (i > 0) {
            EXPECT_LT(-deltas[i], -deltas[i - 1]) << "frame " << i;
        }
    }
    EXPECT_LT(-deltas.front(), 40.0f) << "it starts no faster than the finger went";
    // About v * tau: 2400 px/s over 325 ms is 780 px, less the tail under the stop speed.
    const float glide = -(scrolled_.y + 240);
    EXPECT_GT(glide, 740);
    EXPECT_LE(glide, 780);
    EXPECT_EQ(frame().scroll.y, 0);
    EXPECT_EQ(clicks_, 0);
}

TEST_F(TouchInputTest, FlingSpeedIsCapped) {
    drag(ImVec2(1000, 1000), ImVec2(1000, 100), 3); // 300 px a frame: 18,000 px/s
    settle();
    const float glide = -(scrolled_.y + 900);
    EXPECT_LE(glide, 6000 * 0.325f);
    EXPECT_GT(glide, 1800);
}

TEST_F(TouchInputTest, FlingGlideDoesNotDependOnTheFrameRate) {
    auto glide = [](double dt) {
        TouchInput input;
        ImGuiIO& io = ImGui::GetIO(); // only its mouse is written; no ImGui frame runs
        input.push(press(1000, 900));
        input.new_frame(io, dt);
        // The same finger speed (1500 px/s) sampled at each rate.
        const float step = static_cast<float>(1500 * dt);
        for (int i = 1; i <= 8; ++i) {
            input.push(motion(1000, 900 - step * static_cast<float>(i)));
            if (i == 8)
                input.push(release(1000, 900 - step * 8));
            input.new_frame(io, dt);
        }
        float total = 0;
        for (int i = 0; i < 2000 && input.animating(); ++i) {
            input.new_frame(io, dt);
            total += input.scroll_delta().y;
        }
        return total;
    };
    const float at60 = glide(1.0 / 60);
    const float at30 = glide(1.0 / 30);
    EXPECT_NEAR(at60, -1500 * 0.325f, 15);
    EXPECT_NEAR(at30, at60, 15);
    EXPECT_EQ(glide(1.0 / 60), at60) << "the same input and clock give the same motion";
}

TEST_F(TouchInputTest, PressDuringAFlingStopsItWithoutClicking) {
    drag(ImVec2(1000, 900), ImVec2(1000, 660), 6);
    frame();
    ASSERT_TRUE(input_.animating());
    input_.push(press(kButtonX, kButtonY));
    input_.push(release(kButtonX, kButtonY));
    const Frame caught = frame();
    EXPECT_FALSE(input_.animating());
    EXPECT_EQ(caught.scroll.y, 0) << "the content stops under the finger";
    EXPECT_FALSE(caught.held) << "catching a fling is not a press";
    settle();
    EXPECT_EQ(clicks_, 0);
    EXPECT_TRUE(input_.idle());
    // The next tap is a tap again.
    input_.push(press(kButtonX, kButtonY));
    input_.push(release(kButtonX, kButtonY));
    settle();
    EXPECT_EQ(clicks_, 1);
}

TEST_F(TouchInputTest, TapOnAFlingThatHasAlmostStoppedIsATap) {
    drag(ImVec2(1000, 900), ImVec2(1000, 660), 6);
    while (input_.animating() && std::fabs(input_.scroll_delta().y) > 1.0f) // under 60 px/s
        frame();
    ASSERT_TRUE(input_.animating());
    input_.push(press(kButtonX, kButtonY));
    input_.push(release(kButtonX, kButtonY));
    EXPECT_TRUE(frame().held);
    EXPECT_FALSE(input_.animating());
    EXPECT_TRUE(frame().clicked);
}

TEST_F(TouchInputTest, DragEndAndNewTapInOneFrameKeepOneButtonChangePerFrame) {
    input_.push(press(kButtonX, kButtonY));
    EXPECT_TRUE(frame().held);
    // ImGui saw the press; the drag that cancels it, and a whole new tap, arrive together. (After
    // a long frame, so the drag is too slow to fling: a press on a fling would only catch it.)
    input_.push(motion(kButtonX, kButtonY + 50));
    input_.push(release(kButtonX, kButtonY + 50));
    input_.push(press(kButtonX, kButtonY));
    input_.push(release(kButtonX, kButtonY));
    const Frame cancelled = frame(1.0);
    EXPECT_FALSE(input_.animating());
    EXPECT_FALSE(cancelled.held);
    EXPECT_FALSE(cancelled.clicked);
    EXPECT_EQ(cancelled.scroll.y, 50);
    EXPECT_TRUE(frame().held);
    EXPECT_TRUE(frame().clicked);
    settle();
    EXPECT_EQ(clicks_, 1);
}

TEST_F(TouchInputTest, TwoTapsInOneFrameBothClick) {
    for (int i = 0; i < 2; ++i) {
        input_.push(press(kButtonX, kButtonY));
        input_.push(release(kButtonX, kButtonY));
    }
    settle();
    EXPECT_EQ(clicks_, 2);
}

TEST_F(TouchInputTest, FingersBehaveLikeTheMouse) {
    EXPECT_TRUE(input_.push(finger(SDL_FINGERDOWN, 7, kButtonX, kButtonY)));
    EXPECT_TRUE(input_.push(finger(SDL_FINGERUP, 7, kButtonX, kButtonY)));
    EXPECT_TRUE(frame().held);
    EXPECT_TRUE(frame().clicked);
    settle();
    EXPECT_EQ(clicks_, 1);

    input_.push(finger(SDL_FINGERDOWN, 8, kButtonX, kButtonY));
    frame();
    for (int i = 1; i <= 10; ++i) {
        input_.push(
            finger(SDL_FINGERMOTION, 8, kButtonX, kButtonY + 10.0f * static_cast<float>(i)));
        frame();
    }
    for (int i = 0; i < 8; ++i)
        frame();
    input_.push(finger(SDL_FINGERUP, 8, kButtonX, kButtonY + 100));
    settle();
    EXPECT_EQ(clicks_, 1) << "a finger dragged over the button does not click it";
    EXPECT_NEAR(scrolled_.y, 100, 0.01);
    EXPECT_TRUE(input_.idle());
}

TEST_F(TouchInputTest, MouseEventsSynthesisedFromTouchAreIgnored) {
    EXPECT_FALSE(input_.push(press(kButtonX, kButtonY, SDL_TOUCH_MOUSEID)));
    EXPECT_FALSE(input_.push(motion(kButtonX + 50, kButtonY, SDL_TOUCH_MOUSEID)));
    EXPECT_FALSE(input_.push(release(kButtonX + 50, kButtonY, SDL_TOUCH_MOUSEID)));
    EXPECT_TRUE(input_.idle());
    EXPECT_FALSE(frame().held);
    // SDL sends both for a real touch: the finger events alone make the one click.
    input_.push(finger(SDL_FINGERDOWN, 1, kButtonX, kButtonY));
    input_.push(press(kButtonX, kButtonY, SDL_TOUCH_MOUSEID));
    input_.push(finger(SDL_FINGERUP, 1, kButtonX, kButtonY));
    input_.push(release(kButtonX, kButtonY, SDL_TOUCH_MOUSEID));
    settle();
    EXPECT_EQ(clicks_, 1);
}

TEST_F(TouchInputTest, HoverIsNeverShown) {
    EXPECT_FALSE(input_.push(motion(kButtonX, kButtonY))) << "no redraw for a wandering mouse";
    frame();
    EXPECT_EQ(ImGui::GetIO().MousePos.x, -FLT_MAX);
    EXPECT_TRUE(input_.idle());
}

TEST_F(TouchInputTest, HorizontalSwipeIsReportedOnce) {
    std::vector<int> swipes;
    input_.push(finger(SDL_FINGERDOWN, 3, 1200, 600));
    swipes.push_back(frame().swipe);
    for (int i = 1; i <= 5; ++i) {
        const float x = 1200 - 40.0f * static_cast<float>(i);
        input_.push(finger(SDL_FINGERMOTION, 3, x, 600 + static_cast<float>(i)));
        if (i == 5)
            input_.push(finger(SDL_FINGERUP, 3, x, 605));
        swipes.push_back(frame().swipe);
    }
    EXPECT_EQ(input_.axis(), ScrollAxis::x);
    for (int i = 0; i < 30; ++i)
        swipes.push_back(frame().swipe);
    const std::vector<int> release_frame_only = [&] {
        std::vector<int> v(swipes.size(), 0);
        v[5] = -1;
        return v;
    }();
    EXPECT_EQ(swipes, release_frame_only);
    EXPECT_EQ(clicks_, 0);
}

TEST_F(TouchInputTest, ShortFastFlickIsASwipeButSlowOrVerticalDragsAreNot) {
    int swipe = 0;
    // 50 px in two frames: short, but 1500 px/s.
    input_.push(press(1000, 600));
    frame();
    input_.push(motion(1025, 600));
    frame();
    input_.push(motion(1050, 600));
    input_.push(release(1050, 600));
    swipe = frame().swipe;
    EXPECT_EQ(swipe, 1);
    settle();

    // The same 50 px, slowly: a small scroll, not a page turn.
    input_.push(press(1000, 600));
    frame();
    int total_swipe = 0;
    for (int i = 1; i <= 25; ++i) {
        input_.push(motion(1000 + 2.0f * static_cast<float>(i), 600));
        if (i == 25)
            input_.push(release(1050, 600));
        total_swipe += std::abs(frame().swipe);
    }
    EXPECT_EQ(total_swipe, 0);
    settle();

    // Vertical: a scroll.
    drag(ImVec2(1000, 800), ImVec2(1000, 500), 5);
    EXPECT_EQ(input_.swipe(), 0);
    settle();
}

TEST_F(TouchInputTest, WheelScrollsAtTheMouse) {
    input_.push(motion(500, 400));
    EXPECT_TRUE(input_.push(wheel(500, 400, -1)));
    Frame f = frame();
    EXPECT_EQ(f.scroll.x, 0);
    EXPECT_EQ(f.scroll.y, -100) << "wheel down shows what lies below: content moves up";
    EXPECT_EQ(input_.gesture_origin().x, 500);
    EXPECT_EQ(input_.gesture_origin().y, 400);
    EXPECT_FALSE(input_.animating());
    EXPECT_EQ(frame().scroll.y, 0);

    input_.push(wheel(kButtonX, kButtonY, -1, SDL_MOUSEWHEEL_FLIPPED));
    f = frame();
    EXPECT_EQ(f.scroll.y, 100);
    EXPECT_FALSE(f.held) << "scrolling never starts a tap";
    settle();
    EXPECT_EQ(clicks_, 0);
    EXPECT_TRUE(input_.idle());
}

TEST_F(TouchInputTest, SecondFingerMakesAPinchNotATap) {
    input_.push(finger(SDL_FINGERDOWN, 1, kButtonX, kButtonY));
    EXPECT_TRUE(frame().held);
    EXPECT_FALSE(input_.pinch());
    input_.push(finger(SDL_FINGERDOWN, 2, kButtonX + 100, kButtonY));
    EXPECT_FALSE(frame().held);
    ASSERT_TRUE(input_.pinch());
    EXPECT_FLOAT_EQ(input_.pinch()->start_distance, 100);
    input_.push(finger(SDL_FINGERMOTION, 2, kButtonX + 200, kButtonY));
    const Frame f = frame();
    EXPECT_EQ(f.scroll.x, 0) << "the pinch, not a scroll, gets two fingers";
    ASSERT_TRUE(input_.pinch());
    EXPECT_FLOAT_EQ(input_.pinch()->scale(), 2);
    EXPECT_FLOAT_EQ(input_.pinch()->centre().x, kButtonX + 100);
    EXPECT_FALSE(input_.push(finger(SDL_FINGERDOWN, 3, 900, 900))) << "a third finger is ignored";

    // Lifting the second finger leaves a pan with the first.
    input_.push(finger(SDL_FINGERUP, 2, kButtonX + 200, kButtonY));
    frame();
    EXPECT_FALSE(input_.pinch());
    EXPECT_TRUE(input_.dragging());
    input_.push(finger(SDL_FINGERMOTION, 1, kButtonX, kButtonY + 30));
    EXPECT_NEAR(frame().scroll.y, 30, 0.01);
    input_.push(finger(SDL_FINGERUP, 1, kButtonX, kButtonY + 30));
    settle();
    EXPECT_EQ(clicks_, 0);
}

TEST_F(TouchInputTest, ScaleWidensTheSlop) {
    input_.set_scale(2); // a 4K screen: 28 px is still a wobble
    input_.push(press(kButtonX, kButtonY));
    frame();
    input_.push(motion(kButtonX + 20, kButtonY));
    EXPECT_TRUE(frame().held);
    input_.push(release(kButtonX + 20, kButtonY));
    settle();
    EXPECT_EQ(clicks_, 1);
}

TEST_F(TouchInputTest, FocusLostAndResetEndAGestureWithoutAClick) {
    input_.push(press(kButtonX, kButtonY));
    EXPECT_TRUE(frame().held);
    SDL_Event lost{};
    lost.type = SDL_WINDOWEVENT;
    lost.window.event = SDL_WINDOWEVENT_FOCUS_LOST;
    EXPECT_TRUE(input_.push(lost));
    EXPECT_FALSE(frame().held);
    EXPECT_FALSE(input_.push(release(kButtonX, kButtonY))) << "the lost release is not replayed";
    settle();

    input_.push(finger(SDL_FINGERDOWN, 4, kButtonX, kButtonY));
    EXPECT_TRUE(frame().held);
    input_.reset(); // the kiosk went back to attract for the next visitor
    EXPECT_FALSE(frame().held);
    EXPECT_FALSE(input_.push(finger(SDL_FINGERUP, 4, kButtonX, kButtonY)));
    settle();
    EXPECT_EQ(clicks_, 0);
    EXPECT_TRUE(input_.idle());
}

} // namespace
