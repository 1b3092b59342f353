// The physics of touch scrolling, apart from events and ImGui: how fast the finger was going
// when it let go, and the inertia that carries the content on afterwards. Time is whatever the
// caller says it is (the frame clock), so a headless run with a fixed clock is reproducible.
// Neither class is thread-safe; both are owned by TouchInput.
#pragma once

#include <deque>
#include <imgui.h>

namespace vitrine::kiosk {

// Pointer velocity over the last few tens of milliseconds. One frame's motion is noisy (frames
// and touch reports are not in step), and the whole drag is too slow to react to a final flick:
// a short window is what platform scrollers use.
class VelocityTracker {
public:
    explicit VelocityTracker(double window_s = 0.080) : window_(window_s) {}

    void reset() { samples_.clear(); }
    // Where the pointer is at time t (seconds, non-decreasing). A second sample at the same time
    // replaces the first: several events in one frame are one sample.
    void add(double t, ImVec2 pos);
    // Pixels per second between the newest sample and the one a window earlier (or the oldest
    // kept). Zero with fewer than two instants: a drag inside one frame has no measurable speed.
    ImVec2 velocity() const;

private:
    struct Sample {
        double t;
        ImVec2 pos;
    };
    std::deque<Sample> samples_;
    double window_;
};

// Exponentially decaying motion after a fling: v(t) = v0 * exp(-t / tau), as iOS and Android
// do, so the content glides a distance of about v0 * tau and eases to a stop.
class Inertia {
public:
    void start(ImVec2 velocity, float time_constant_s, float stop_speed);
    void stop() { running_ = false; }
    bool running() const { return running_; }
    ImVec2 velocity() const { return running_ ? velocity_ : ImVec2(0, 0); }
    float speed() const;
    // The distance covered over the next dt seconds, integrated exactly (so the total does not
    // depend on the frame rate). Stops once the speed falls under the stop speed.
    ImVec2 step(double dt);

private:
    ImVec2 velocity_{0, 0};
    float time_constant_ = 0.325f;
    float stop_speed_ = 0;
    bool running_ = false;
};

} // namespace vitrine::kiosk
