// Walking routes through the hall: from a kiosk to a stand's opening, and through a shortlist of
// stands in a good visiting order, back to an exit. Built once from the pack's floor plan; every
// query afterwards is read-only, so one Wayfinder may serve several threads.
#pragma once

#include "vitrine/catalog/model.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace vitrine {

// Where a walk starts or stops.
struct Place {
    enum class Kind { point, kiosk, stand, door, facility };
    Kind kind = Kind::point;
    std::string id; // of the kiosk, stand, door or facility; empty for a point
    Point at;       // where the walker stands: a stand's opening, a door's middle, ...
};

struct Walk {
    std::vector<Point> points; // the walked line, start to end, corners only (metres)
    double metres = 0;
    double seconds = 0; // at kWalkingSpeed
    // For a walk with stops: the places in visiting order (the start first, the exit last), and
    // for each the index in `points` where the walker reaches it.
    std::vector<Place> stops;
    std::vector<size_t> stop_points;
};

// A visitor browsing a fair walks slowly: 0.8 m/s (1.2 m/s is a brisk street pace).
inline constexpr double kWalkingSpeed = 0.8;

// A stand or facility no walk reaches, and why, for the pack's validation.
struct Unreachable {
    Place::Kind kind = Place::Kind::stand; // stand or facility
    std::string id;
    // True: nothing walkable lies in front of its opening (for a facility, of any of its
    // sides): it opens onto a wall, a stand or a facility. False: there is room in front of
    // it, but stands, facilities and walls close that room off from every door and kiosk.
    bool opening_blocked = false;
};

class Wayfinder {
public:
    explicit Wayfinder(const FloorPlan& plan);
    ~Wayfinder();
    Wayfinder(Wayfinder&&) noexcept;
    Wayfinder& operator=(Wayfinder&&) noexcept;

    // Resolves an id to a place: a kiosk, a stand (its opening), a door or a facility (the middle
    // of its side that faces the nearest walkable space). Ids are matched without regard to case.
    // When kinds share an id (a kiosk named after the door it stands by), a stand comes first,
    // then a kiosk, a facility, a door.
    std::optional<Place> place(const std::string& id) const;
    // The same, among one kind only.
    std::optional<Place> place(Place::Kind kind, const std::string& id) const;

    // The shortest walk between two places, around stands, facilities and walls; nullopt when
    // no walk joins them. A place with a known id walks to where place() says; any other
    // place (a point tapped on the map) to the walkable spot nearest its `at`.
    std::optional<Walk> route(const Place& from, const Place& to) const;

    // A walk from `from` through every stop (at most kMaxStops) in the order that makes it
    // shortest, ending at the exit nearest the last stop (any door a visitor may leave by:
    // exits and entrance-exits; emergency exits only when the hall has neither; entrances only
    // when it has no other door), or at `end` when given. Without stops, the walk to the
    // nearest exit. nullopt when a stop, `end` or every exit is out of reach. Throws
    // std::invalid_argument for more than kMaxStops stops.
    static constexpr size_t kMaxStops = 10;
    std::optional<Walk> tour(const Place& from, std::span<const Place> stops,
                             std::optional<Place> end = std::nullopt) const;

    // The stands and facilities (by id) that no walk from the hall's doors and kiosks reaches.
    std::vector<std::string> unreachable() const;
    // The same, with the reason, in plan order (stands, then facilities).
    std::vector<Unreachable> unreachable_places() const;

    // The side of the walkable grid's cells, in metres: route lengths are exact to a few cells.
    double resolution() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace vitrine
