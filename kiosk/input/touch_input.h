// The kiosk's one input path, from SDL events to Dear ImGui, for touch and mouse alike. The
// window and the headless runner both push their SDL events here and call new_frame() before
// ImGui::NewFrame(); nothing else feeds ImGui's mouse.
//
// Why it exists: ImGui 1.86's SDL backend ignores finger events and polls the mouse, and 1.86
// has no input queue (io.MousePos and io.MouseDown are sampled once per frame), so a tap shorter
// than a frame would vanish and a drag over a button would click it.
//
// What ImGui sees:
// - A press that may be a tap: the button down at the press point from the first frame after
//   it (pressed feedback at once). Its release: the button up at that same point (a wobble
//   within the slop is forgiven) on a later frame than the press, so a tap shorter than a frame
//   still clicks. At most one button change per frame; pending() says when queued events need
//   another frame. The frame after a release, the pointer leaves: nothing depends on hover, and
//   a mouse moving with no button pressed is not shown at all.
// - Once the pointer wanders more than the tap slop, the gesture is a drag: ImGui sees the
//   pointer leave and the button come up off-screen, so no button fires. The drag moves the
//   content (scroll_delta()) and, released fast enough, continues with inertia.
// - A press while a fling is still moving quickly only stops it (it is not a tap), as on phones.
// - The wheel never reaches ImGui: it scrolls through scroll_delta() like a drag.
// - A second finger turns the gesture into a pinch (pinch()): no tap, and no scroll until it
//   lifts, when the first finger carries on as a drag. A third finger is ignored.
//
// Everything is timed by the dt given to new_frame(), never the wall clock, so a headless run
// with a fixed clock is reproducible. Not thread-safe: use from the UI thread.
#pragma once

#include "input/scroll.h"

#include <SDL.h>
#include <deque>
#include <imgui.h>
#include <optional>

namespace vitrine::kiosk {

// Thresholds in pixels of a 1080p screen (multiplied by set_scale()) and seconds.
struct TouchTuning {
    float tap_slop = 14.0f;             // how far a press may wander and stay a tap (about 2.5 mm)
    float swipe_distance = 80.0f;       // mostly horizontal travel that makes a swipe
    float swipe_speed = 600.0f;         // px/s: a shorter horizontal flick this fast is a swipe too
    float wheel_step = 100.0f;          // scroll per wheel notch
    float fling_min_speed = 100.0f;     // px/s at release under which a drag just stops
    float fling_max_speed = 6000.0f;    // px/s: about two screens of travel at most
    float fling_stop_speed = 30.0f;     // px/s under which inertia ends (half a pixel a frame)
    float catch_speed = 150.0f;         // px/s: a press on a fling faster than this only stops it
    float fling_time_constant = 0.325f; // s, as iOS and Android
    float velocity_window = 0.080f;     // s of motion the release speed is measured over
};

// Which way a drag went first, so a horizontal gallery inside a vertical list can tell whose
// gesture it is.
enum class ScrollAxis { none, x, y };

// Two fingers down, for pinch-zoom and two-finger pan on the map.
struct Pinch {
    ImVec2 first;         // the finger that came down first, now
    ImVec2 second;        // the other one, now
    float start_distance; // between them when the second finger landed
    float distance() const;
    ImVec2 centre() const { return {(first.x + second.x) * 0.5f, (first.y + second.y) * 0.5f}; }
    // Zoom factor since the pinch started (1 when the fingers landed on the same point).
    float scale() const { return start_distance > 0 ? distance() / start_distance : 1.0f; }
};

class TouchInput {
public:
    explicit TouchInput(TouchTuning tuning = {});

    // The window's size in the units of mouse events and io.DisplaySize: finger events come
    // normalised to 0..1 and are converted with it. Call before pushing finger events, and on
    // every resize.
    void set_viewport(int width, int height);
    // Multiplies every tuning distance and speed (1 on a 1080p screen).
    void set_scale(float scale);

    // Queues an SDL event. True when it may change what is shown, so the app draws a frame:
    // presses, releases, wheel, and motion while pressed; false for everything else, including
    // a mouse wandering with no button down and mouse events SDL synthesised from touch.
    bool push(const SDL_Event& event);

    // Once per frame, before ImGui::NewFrame(): advances the clock by dt seconds, applies the
    // queued events (stopping before a second button change), runs inertia and sets
    // io.MousePos and io.MouseDown[0].
    void new_frame(ImGuiIO& io, double dt);

    // Forgets every gesture, queued event and fling (a new visitor); ImGui sees the pointer
    // leave, without a click, on the next frame.
    void reset();
    // Ends a fling early, e.g. when the list it moves has reached its end.
    void stop_inertia() { inertia_.stop(); }

    // This frame's scroll, in pixels the content should follow (positive: finger moved right or
    // down, so subtract it from the scroll position). From a drag, a fling or the wheel.
    ImVec2 scroll_delta() const { return scroll_delta_; }
    // Where the scrolling gesture started (the press of a drag or fling, or the mouse for the
    // wheel): the scroll area containing it takes scroll_delta().
    ImVec2 gesture_origin() const { return origin_; }
    // The dominant direction of the current drag or fling (none for the wheel or no gesture).
    ScrollAxis axis() const { return axis_; }
    // -1 or +1 (the direction the finger moved along x) on the frame a mostly horizontal drag
    // or flick ends; 0 otherwise. The gallery decides what left and right mean in its language.
    int swipe() const { return swipe_; }
    // Both fingers while two are down.
    std::optional<Pinch> pinch() const;

    bool dragging() const { return phase_ == Phase::drag; }
    // A fling is moving the content: the app must keep drawing frames.
    bool animating() const { return inertia_.running(); }
    // Queued events or the pointer's leaving still need a frame even if nothing else changes.
    bool pending() const;
    // Nothing down, nothing moving, nothing queued: the app may sleep until the next event.
    bool idle() const;

private:
    enum class Kind { down, move, up, second_down, second_move, second_up, wheel, cancel };
    struct Event {
        Kind kind;
        ImVec2 pos;
        ImVec2 wheel{0, 0};
    };
    enum class Phase { none, press, drag, pinch };
    enum class Source { none, mouse, finger };

    void queue(Kind kind, ImVec2 pos, ImVec2 wheel = {0, 0});
    ImVec2 finger_pos(const SDL_TouchFingerEvent& finger) const;
    bool is_primary(const SDL_TouchFingerEvent& finger) const;
    bool is_second(const SDL_TouchFingerEvent& finger) const;
    // Applies one queued event; false (and nothing changed) when it must wait for the next frame
    // because ImGui has not yet seen the button change an earlier one made.
    bool apply(const Event& event);
    void move_to(ImVec2 pos);
    void end_drag();
    void hide_pointer();
    float scaled(float size) const { return size * scale_; }

    TouchTuning tuning_;
    float scale_ = 1.0f;
    ImVec2 viewport_{0, 0};

    // Routing, decided as events are pushed so that each queued event knows whose it is.
    Source source_ = Source::none;
    SDL_TouchID touch_id_ = 0;
    SDL_FingerID finger_id_ = 0;
    bool has_second_ = false;
    SDL_TouchID second_touch_id_ = 0;
    SDL_FingerID second_finger_id_ = 0;
    std::deque<Event> queue_;

    // The gesture, as of the events applied so far.
    double now_ = 0;
    Phase phase_ = Phase::none;
    bool tap_ = false; // the press may still become a click (ImGui is shown the button down)
    ImVec2 origin_{0, 0};
    ImVec2 pos_{0, 0};
    ImVec2 second_pos_{0, 0};
    float pinch_start_distance_ = 0;
    ScrollAxis axis_ = ScrollAxis::none;
    VelocityTracker velocity_;
    Inertia inertia_;
    double inertia_start_ = 0;

    // What ImGui is to see this frame, and what it saw last frame: a tap's press and release
    // each need a frame of their own, or ImGui misses the click.
    ImVec2 imgui_pos_;
    bool imgui_down_ = false;
    bool fed_down_ = false;
    bool shown_pointer_ = false; // the last frame showed ImGui a pointer on the screen

    // This frame's results.
    ImVec2 scroll_delta_{0, 0};
    int swipe_ = 0;
};

} // namespace vitrine::kiosk
