// Where the visitor is: a stack of routes, home at the bottom. Screens ask to go somewhere;
// the app draws whatever is on top. Owned by the app; not thread-safe (the UI thread only).
#pragma once

#include "nav/route.h"

#include <cstddef>
#include <vector>

namespace vitrine::kiosk {

class Navigator {
public:
    explicit Navigator(Route start) : stack_{std::move(start)} {}

    const Route& current() const { return stack_.back(); }
    bool can_go_back() const { return stack_.size() > 1; }
    size_t depth() const { return stack_.size(); }

    // Opens a screen on top (a screen already on top is not pushed twice).
    void go(Route route);
    void back();
    void home();
    // Forgets the whole history (a new visitor).
    void reset(Route start);
    // True once after the route changed, so the app can reset scroll and redraw.
    bool take_changed();

private:
    std::vector<Route> stack_;
    bool changed_ = true;
};

} // namespace vitrine::kiosk
