// The hidden way into the admin screen: five taps in the bottom-left corner of the screen (the
// same corner in every language: an organiser's habit) within three seconds. Visitors never do
// that by chance; the corner holds nothing they need.
//
// Thread safety: UI thread only.
#pragma once

#include <SDL.h>
#include <deque>

namespace vitrine::kiosk {

class AdminGesture {
public:
    static constexpr int kTaps = 5;
    static constexpr double kWithin = 3.0; // seconds from the first tap to the last
    static constexpr float kCorner = 140;  // the corner's side, at 1080p

    // One input event; true on the tap that completes the gesture.
    bool handle(const SDL_Event& event, double now, int width, int height, float scale);

private:
    std::deque<double> taps_;
};

} // namespace vitrine::kiosk
