#include "app/admin_gesture.h"

namespace vitrine::kiosk {

bool AdminGesture::handle(const SDL_Event& e, double now, int width, int height, float scale) {
    float x = 0, y = 0;
    if (e.type == SDL_FINGERDOWN) {
        x = e.tfinger.x * static_cast<float>(width);
        y = e.tfinger.y * static_cast<float>(height);
    } else if (e.type == SDL_MOUSEBUTTONDOWN && e.button.which != SDL_TOUCH_MOUSEID) {
        x = static_cast<float>(e.button.x);
        y = static_cast<float>(e.button.y);
    } else {
        return false; // a finger's copy as a mouse would count each tap twice
    }
    float side = kCorner * scale;
    if (x > side || y < static_cast<float>(height) - side) {
        taps_.clear(); // a tap elsewhere breaks the sequence
        return false;
    }
    taps_.push_back(now);
    while (!taps_.empty() && now - taps_.front() > kWithin)
        taps_.pop_front();
    if (static_cast<int>(taps_.size()) < kTaps)
        return false;
    taps_.clear();
    return true;
}

} // namespace vitrine::kiosk
