// A place in the kiosk: a screen and what it shows, typed, so that a screen opening the map on a
// stand says so (StandId) rather than writing "stand:B12" for the map to parse back.
//
// The kiosk's Route is a place on the screen stack; a walk through the hall is vitrine::Walk
// (catalog/wayfinding.h), and a rectangle of the plan in metres vitrine::PlanRect, so the names
// never collide with the kiosk's Route and pixel Rect.
#pragma once

#include "nav/screens.h"

#include <string>
#include <string_view>
#include <variant>

namespace vitrine::kiosk {

enum class ScreenKind {
#define VITRINE_SCREEN_KIND(kind, name) kind,
    VITRINE_KIOSK_SCREENS(VITRINE_SCREEN_KIND)
#undef VITRINE_SCREEN_KIND
};

// Every kind of the table, in its order.
inline constexpr ScreenKind kEveryScreenKind[] = {
#define VITRINE_SCREEN_KIND(kind, name) ScreenKind::kind,
    VITRINE_KIOSK_SCREENS(VITRINE_SCREEN_KIND)
#undef VITRINE_SCREEN_KIND
};

// "attract", "home", ..., "no-catalog": for the log and the layout check's report.
std::string_view screen_name(ScreenKind kind);

// What a screen can be opened on. Each is the catalogue's id of the thing shown.
struct SectorId { // a sector, or a sub-sector (its sector's page opens filtered on it)
    std::string id;
    bool operator==(const SectorId&) const = default;
};
struct ExhibitorId {
    std::string id;
    bool operator==(const ExhibitorId&) const = default;
};
struct ProductId {
    std::string id;
    bool operator==(const ProductId&) const = default;
};
struct StandId { // the map: the way to this stand
    std::string id;
    bool operator==(const StandId&) const = default;
};
struct FacilityId { // the map: the way to this facility
    std::string id;
    bool operator==(const FacilityId&) const = default;
};
struct SearchText { // the search screen, opened with this query typed
    std::string text;
    bool operator==(const SearchText&) const = default;
};

using Target =
    std::variant<std::monostate, SectorId, ExhibitorId, ProductId, StandId, FacilityId, SearchText>;

struct Route {
    ScreenKind kind = ScreenKind::home;
    Target target;
    bool operator==(const Route&) const = default;

    // The target when it is a T, else null.
    template <class T> const T* as() const { return std::get_if<T>(&target); }
};

// For the log ("screen map stand:B12") and the layout check's report: the id shown, prefixed
// with its kind on the map, which takes several; empty for none.
std::string describe(const Route& route);

} // namespace vitrine::kiosk
