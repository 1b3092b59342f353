#include "nav/navigator.h"

#include <string>

namespace vitrine::kiosk {

std::string_view screen_name(ScreenKind kind) {
    switch (kind) {
#define VITRINE_SCREEN_NAME(kind, name)                                                            \
    case ScreenKind::kind:                                                                         \
        return name;
        VITRINE_KIOSK_SCREENS(VITRINE_SCREEN_NAME)
#undef VITRINE_SCREEN_NAME
    }
    return "?";
}

std::string describe(const Route& route) {
    struct Describe {
        bool map;
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const SectorId& s) const { return (map ? "sector:" : "") + s.id; }
        std::string operator()(const ExhibitorId& e) const { return e.id; }
        std::string operator()(const ProductId& p) const { return p.id; }
        std::string operator()(const StandId& s) const { return "stand:" + s.id; }
        std::string operator()(const FacilityId& f) const { return "facility:" + f.id; }
        std::string operator()(const SearchText& q) const { return q.text; }
    };
    return std::visit(Describe{route.kind == ScreenKind::map}, route.target);
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
