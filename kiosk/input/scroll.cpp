#include "input/scroll.h"

#include <cmath>

namespace vitrine::kiosk {

namespace {
float length(ImVec2 v) {
    return std::sqrt(v.x * v.x + v.y * v.y);
}
} // namespace

void VelocityTracker::add(double t, ImVec2 pos) {
    if (!samples_.empty() && samples_.back().t >= t) {
        samples_.back().pos = pos;
        return;
    }
    samples_.push_back({t, pos});
    // Keep one sample at or before the window's start, as the baseline velocity() measures from.
    while (samples_.size() > 2 && samples_[1].t <= t - window_)
        samples_.pop_front();
}

ImVec2 VelocityTracker::velocity() const {
    if (samples_.size() < 2)
        return {0, 0};
    const Sample& newest = samples_.back();
    const Sample* base = &samples_.front();
    for (auto it = samples_.rbegin() + 1; it != samples_.rend(); ++it) {
        base = &*it;
        if (it->t <= newest.t - window_)
            break;
    }
    const double elapsed = newest.t - base->t;
    if (elapsed <= 0)
        return {0, 0};
    return {static_cast<float>((newest.pos.x - base->pos.x) / elapsed),
            static_cast<float>((newest.pos.y - base->pos.y) / elapsed)};
}

void Inertia::start(ImVec2 velocity, float time_constant_s, float stop_speed) {
    velocity_ = velocity;
    time_constant_ = time_constant_s;
    stop_speed_ = stop_speed;
    running_ = time_constant_s > 0 && length(velocity) >= stop_speed;
}

float Inertia::speed() const {
    return running_ ? length(velocity_) : 0.0f;
}

ImVec2 Inertia::step(double dt) {
    if (!running_ || dt <= 0)
        return {0, 0};
    const double decay = std::exp(-dt / time_constant_);
    const double travel = time_constant_ * (1.0 - decay);
    const ImVec2 moved(static_cast<float>(velocity_.x * travel),
                       static_cast<float>(velocity_.y * travel));
    velocity_ =
        ImVec2(static_cast<float>(velocity_.x * decay), static_cast<float>(velocity_.y * decay));
    if (length(velocity_) < stop_speed_)
        running_ = false;
    return moved;
}

} // namespace vitrine::kiosk
