#include "app/navigator.h"

#include <iterator>

namespace vitrine::kiosk {

std::string_view screen_name(ScreenKind kind) {
    static constexpr std::string_view kNames[] = {"attract", "home",      "sectors",   "sector",
                                                  "stands",  "exhibitor", "product",   "search",
                                                  "info",    "map",       "no-catalog"};
    static_assert(std::size(kNames) == static_cast<size_t>(ScreenKind::no_catalog) + 1);
    return kNames[static_cast<size_t>(kind)];
}

void Navigator::go(Route route) {
    if (route == stack_.back())
        return;
    if (route.kind == ScreenKind::home) {
        home();
        return;
    }
    stack_.push_back(std::move(route));
    changed_ = true;
}

void Navigator::back() {
    if (stack_.size() > 1) {
        stack_.pop_back();
        changed_ = true;
    }
}

void Navigator::home() {
    // Home sits at the bottom of every visit after the attract screen.
    stack_.erase(stack_.begin() + 1, stack_.end());
    if (stack_.front().kind != ScreenKind::home)
        stack_.front() = Route{ScreenKind::home, {}};
    changed_ = true;
}

void Navigator::reset(Route start) {
    stack_.assign(1, std::move(start));
    changed_ = true;
}

bool Navigator::take_changed() {
    bool was = changed_;
    changed_ = false;
    return was;
}

} // namespace vitrine::kiosk
