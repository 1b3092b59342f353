// A PIN pad for the admin screen: large digit keys in a telephone's order, the digits typed so
// far shown as dots, a key to take the last one back and one to confirm. It holds only what is
// typed; checking the PIN and the lockout are the screen's.
//
// Thread safety: UI thread only.
#pragma once

#include "ui/ui.h"

#include <string>

namespace vitrine::kiosk {

class PinPad {
public:
    static constexpr size_t kMaxDigits = 8;

    // Draws the pad centred in `area`; returns true when "OK" is tapped (entered() holds the
    // PIN). With `enabled` false the keys are drawn faded and ignore taps (a lockout).
    bool draw(Ui& ui, Rect area, bool enabled);
    const std::string& entered() const { return entered_; }
    void clear() { entered_.clear(); }
    // The pad's height for a width, so the screen can place what goes above it.
    static float height(const Metrics& m);

private:
    std::string entered_;
};

} // namespace vitrine::kiosk
