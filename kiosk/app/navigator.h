// Where the visitor is: a stack of routes, home at the bottom. Screens ask to go somewhere;
// the app draws whatever is on top.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitrine::kiosk {

enum class ScreenKind {
    attract,
    home,
    sectors,
    sector,
    stands,
    exhibitor,
    product,
    search,
    info,
    map, // the hall; id: "stand:B12" or "facility:ID" (the way there), "sector:ID"
    no_catalog
};

// "attract", "home", ..., "no-catalog": for the log and the layout check's report.
std::string_view screen_name(ScreenKind kind);

struct Route {
    ScreenKind kind = ScreenKind::home;
    std::string id; // the sector, exhibitor or product shown, when the screen shows one
    bool operator==(const Route&) const = default;
};

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
