// The monkey: a visitor who never tires, for soak runs of the headless kiosk. From a seed, it
// taps what is on screen (mostly what can be tapped, sometimes anywhere), drags, swipes,
// pinches, types on the on-screen keyboard, switches language and walks away until the idle
// reset; after each action it checks the frame's layout and, now and then, the resident memory.
// The same seed replays the same actions, so a failure names its seed and action index.
//
// Thread safety: runs on the thread that drives the app (the headless runner's).
#pragma once

#include "ui/i18n.h"
#include "ui/ui.h"

#include <cstdint>
#include <ostream>
#include <stdexcept>
#include <vector>

namespace vitrine::kiosk {

// The monkey's hands and eyes: the headless runner's input path and its last frame.
class MonkeyHands {
public:
    virtual ~MonkeyHands() = default;
    virtual void tap(float x, float y) = 0;
    virtual void drag(float x1, float y1, float x2, float y2, double seconds) = 0;
    virtual void pinch(float x, float y, float from, float to, double seconds) = 0;
    virtual void set_lang(Lang lang) = 0;
    virtual void idle(double seconds) = 0; // nobody touches for that long
    virtual const std::vector<VisibleItem>& items() = 0;
    // Draws one frame (not rasterised) and returns what the layout check finds in it.
    virtual std::vector<LayoutFinding> check_layout() = 0;
    virtual Rect screen() const = 0;
};

struct MonkeyOptions {
    uint64_t seed = 1;
    long actions = 1000;
    double idle_reset_s = 100; // longer than the kiosk's idle timeout
};

struct MonkeyReport {
    long actions = 0;
    double seconds = 0;
    long rss_after_warm_up_kb = 0; // 0 when /proc/self/status cannot be read
    long rss_end_kb = 0;
    std::vector<std::pair<long, long>> rss_curve_kb; // (action, VmRSS) about twenty times
};

// A broken promise seen by the monkey; what() names the seed and the action to replay.
class MonkeyFailure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Runs the actions; progress and the memory curve go to `log`. Throws MonkeyFailure on the
// first layout finding or exception. A crash or an assertion prints the seed and action index
// to stderr before the process dies.
MonkeyReport run_monkey(const MonkeyOptions& options, MonkeyHands& hands, std::ostream& log);

// VmRSS of this process in KiB, or 0 when it cannot be read.
long resident_kb();

} // namespace vitrine::kiosk
