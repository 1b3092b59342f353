// Walking routes on small plans drawn by hand, whose shortest walks are known, and on the sample
// hall.
//
// Tolerances: a route is pulled taut by line of sight over a grid of resolution() cells (0.25 m
// on these halls) and keeps a clearance from every obstacle. So a straight walk in open space is
// exact; a walk around corners is never shorter than the geometric shortest path (the obstacles
// not grown), and never longer than the shortest path around the obstacles grown by the
// clearance, plus a cell per corner for where the taut line leaves the grid.
#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_source.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/wayfinding.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <thread>

using namespace vitrine;
using namespace vitrine::test;

namespace {

FloorPlan hall(double width, double depth) {
    FloorPlan plan;
    plan.outline = {{0, 0}, {width, 0}, {width, depth}, {0, depth}};
    return plan;
}

void add_stand(FloorPlan& plan, const std::string& id, PlanRect rect, Side opening) {
    Stand s;
    s.id = id;
    s.rect = rect;
    s.opening = opening;
    plan.stands.push_back(s);
}

void add_facility(FloorPlan& plan, const std::string& id, PlanRect rect) {
    Facility f;
    f.id = id;
    f.kind = FacilityKind::other;
    f.rect = rect;
    plan.facilities.push_back(f);
}

void add_door(FloorPlan& plan, const std::string& id, DoorKind kind, Point at) {
    Door d;
    d.id = id;
    d.kind = kind;
    d.at = at;
    plan.doors.push_back(d);
}

Place point(double x, double y) {
    return {Place::Kind::point, "", {x, y}};
}

double dist(Point a, Point b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

// Every 2 cm of every segment: strictly inside no stand and no facility, and inside the hall.
void expect_clear_of_obstacles(const FloorPlan& plan, const Walk& r, const std::string& what) {
    const PlanRect b = plan.bounds();
    for (size_t i = 1; i < r.points.size(); ++i) {
        Point a = r.points[i - 1], c = r.points[i];
        int samples = std::max(1, static_cast<int>(dist(a, c) / 0.02));
        for (int k = 0; k <= samples; ++k) {
            double t = static_cast<double>(k) / samples;
            Point p{a.x + (c.x - a.x) * t, a.y + (c.y - a.y) * t};
            for (const Stand& s : plan.stands)
                ASSERT_FALSE(s.rect.contains(p)) << what << ": segment " << i << " crosses stand "
                                                 << s.id << " at " << p.x << "," << p.y;
            for (const Facility& f : plan.facilities)
                ASSERT_FALSE(f.rect.contains(p))
                    << what << ": segment " << i << " crosses facility " << f.id;
            ASSERT_TRUE(p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.depth)
                << what << ": leaves the hall at " << p.x << "," << p.y;
        }
    }
}

FloorPlan sample_plan() {
    Diagnostics diags;
    auto contents = read_pack(*open_pack(sample_pack()), diags);
    if (!contents)
        throw std::runtime_error("the sample pack does not read: " + dump(diags));
    return contents->catalog.plan;
}

// The pairwise baseline a tour must agree with: every leg walked by route() (A* for each pair),
// every order of the stops tried, each to its nearest exit.
struct Baseline {
    double metres = std::numeric_limits<double>::infinity();
    std::vector<std::string> order;                             // stop ids, then the exit
    double runner_up = std::numeric_limits<double>::infinity(); // the best other order
};

Baseline pairwise_tour(const Wayfinder& w, const Place& from, const std::vector<Place>& stops,
                       const std::vector<Place>& exits) {
    std::vector<Place> nodes{from};
    nodes.insert(nodes.end(), stops.begin(), stops.end());
    const size_t n = nodes.size();
    std::vector<double> cost(n * n, std::numeric_limits<double>::infinity());
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j)
            if (i != j)
                if (auto r = w.route(nodes[i], nodes[j]))
                    cost[i * n + j] = r->metres;
    std::vector<std::vector<double>> to_exit(n);
    for (size_t i = 0; i < n; ++i)
        for (const Place& e : exits) {
            auto r = w.route(nodes[i], e);
            to_exit[i].push_back(r ? r->metres : std::numeric_limits<double>::infinity());
        }
    std::vector<size_t> order(stops.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k + 1;
    Baseline best;
    do {
        double metres = cost[order.front()];
        for (size_t k = 1; k < order.size(); ++k)
            metres += cost[order[k - 1] * n + order[k]];
        const auto& last = to_exit[order.back()];
        size_t exit =
            static_cast<size_t>(std::min_element(last.begin(), last.end()) - last.begin());
        metres += last[exit];
        if (metres < best.metres) {
            best.runner_up = best.metres;
            best.metres = metres;
            best.order.clear();
            for (size_t k : order)
                best.order.push_back(nodes[k].id);
            best.order.push_back(exits[exit].id);
        } else {
            best.runner_up = std::min(best.runner_up, metres);
        }
    } while (std::next_permutation(order.begin(), order.end()));
    return best;
}

// The tour agrees with the baseline to the grid's precision. Its walks have the same cost on
// the grid as A*'s, but of the many equally short ways across open floor each search keeps its
// own (the one nearest the straight line), which the smoothing may pull a little tauter or a
// little less: so each leg is within a cell of route()'s, the whole within a cell per leg of
// the best order tried by hand, its order walked by route() as well, and when no other order
// comes that close, the order is the baseline's.
void expect_tour_matches_baseline(const Wayfinder& w, const Place& from,
                                  const std::vector<Place>& stops, const std::vector<Place>& exits,
                                  const std::string& what) {
    Baseline base = pairwise_tour(w, from, stops, exits);
    auto tour = w.tour(from, stops);
    ASSERT_TRUE(tour) << what;
    const double legs = static_cast<double>(stops.size() + 1);
    const double per_leg = w.resolution();
    double walked = 0;
    std::string detail;
    for (size_t k = 1; k < tour->stops.size(); ++k) {
        double drawn = 0;
        for (size_t p = tour->stop_points[k - 1] + 1; p <= tour->stop_points[k]; ++p)
            drawn += dist(tour->points[p - 1], tour->points[p]);
        double routed = w.route(tour->stops[k - 1], tour->stops[k])->metres;
        walked += routed;
        EXPECT_NEAR(drawn, routed, per_leg)
            << what << ": leg " << tour->stops[k - 1].id << " -> " << tour->stops[k].id;
        detail += "\n  " + tour->stops[k - 1].id + " -> " + tour->stops[k].id + ": " +
                  std::to_string(drawn) + " m, route() " + std::to_string(routed) + " m";
    }
    EXPECT_LE(walked, base.metres + per_leg * legs)
        << what << ": the tour's order is not the best" << detail;
    EXPECT_NEAR(tour->metres, base.metres, per_leg * legs) << what << detail;
    if (base.runner_up - base.metres > 2 * per_leg * legs) {
        std::vector<std::string> order;
        for (size_t k = 1; k < tour->stops.size(); ++k)
            order.push_back(tour->stops[k].id);
        EXPECT_EQ(order, base.order) << what;
    }
}

std::vector<Place> exits_of(const Wayfinder& w, const FloorPlan& plan) {
    std::vector<Place> exits;
    for (const Door& d : plan.doors)
        if (d.kind == DoorKind::exit || d.kind == DoorKind::entrance_exit)
            exits.push_back(*w.place(Place::Kind::door, d.id));
    return exits;
}

// A hall of rows of stands with a few gaps closed by facilities, different for every seed.
FloorPlan rows_hall(unsigned seed) {
    FloorPlan plan = hall(42, 30);
    unsigned state = seed * 2654435761u + 1;
    auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    int id = 0;
    for (int row = 0; row < 4; ++row)
        for (int col = 0; col < 8; ++col) {
            double x = 4 + col * 4.5, y = 3 + row * 6.5;
            if (next() % 7 == 0) {
                add_facility(plan, "F" + std::to_string(id++), {x, y, 4.5, 3});
                continue;
            }
            add_stand(plan, "S" + std::to_string(id++), {x, y, 3, 3},
                      next() % 2 ? Side::south : Side::north);
        }
    add_door(plan, "entree", DoorKind::entrance, {0, 15});
    add_door(plan, "sortie-est", DoorKind::exit, {42, 5});
    add_door(plan, "sortie-sud", DoorKind::entrance_exit, {21, 30});
    plan.kiosks.push_back({"borne", {1, 15}, 90});
    return plan;
}

} // namespace

TEST(Wayfinding, StraightWalkInAnOpenHallIsExact) {
    FloorPlan plan = hall(10, 10);
    Wayfinder w(plan);
    auto r = w.route(point(1, 1), point(9, 9));
    ASSERT_TRUE(r);
    ASSERT_EQ(r->points.size(), 2u);
    EXPECT_NEAR(r->metres, std::sqrt(128.0), 1e-9);
    EXPECT_NEAR(r->seconds, r->metres / kWalkingSpeed, 1e-9);
    EXPECT_EQ(r->points.front(), (Point{1, 1}));
    EXPECT_EQ(r->points.back(), (Point{9, 9}));
}

TEST(Wayfinding, StandRouteEndsAtItsOpeningStraightAhead) {
    FloorPlan plan = hall(12, 8);
    add_stand(plan, "S1", {5, 0, 2, 2}, Side::south);
    plan.kiosks.push_back({"borne", {6, 6}, 0});
    Wayfinder w(plan);
    auto stand = w.place("s1"); // any case
    ASSERT_TRUE(stand);
    EXPECT_EQ(stand->kind, Place::Kind::stand);
    EXPECT_EQ(stand->at, (Point{6, 2}));
    auto r = w.route(*w.place("borne"), *stand);
    ASSERT_TRUE(r);
    // Straight up the plan to the middle of the opening: 4 m, no corner.
    EXPECT_NEAR(r->metres, 4.0, 1e-9);
    ASSERT_EQ(r->points.size(), 2u);
    EXPECT_EQ(r->points.back(), (Point{6, 2}));
    ASSERT_EQ(r->stops.size(), 2u);
    EXPECT_EQ(r->stops[1].id, "S1");
}

TEST(Wayfinding, WalkAroundAWallLengthIsWithinTheGridTolerance) {
    // A partition from the north wall down to y = 8 leaves a 2 m passage along the south wall.
    FloorPlan plan = hall(20, 10);
    add_facility(plan, "cloison", {9, 0, 2, 8});
    Wayfinder w(plan);
    auto r = w.route(point(2, 2), point(18, 2));
    ASSERT_TRUE(r);
    const double c = 0.25; // the clearance at 0.25 m cells
    ASSERT_DOUBLE_EQ(w.resolution(), 0.25);
    double geometric = 2 * std::hypot(7, 6) + 2;
    double grown = 2 * std::hypot(7 - c, 6 + c) + 2 + 2 * c;
    EXPECT_GE(r->metres, geometric);
    EXPECT_LE(r->metres, grown + 2 * w.resolution());
    // Taut: the two corners of the partition, nothing else.
    EXPECT_EQ(r->points.size(), 4u);
    expect_clear_of_obstacles(plan, *r, "around the partition");
}

namespace {

// Two rows of stands with an aisle between them (y 4 to 7), perimeter aisles west, south and
// east; the central aisle can be blocked by a facility between A1 and A2.
FloorPlan rows_plan(bool blocked) {
    FloorPlan plan = hall(20, 14);
    add_stand(plan, "A1", {2, 0, 6, 4}, Side::south);
    add_stand(plan, "A2", {10, 0, 4, 4}, Side::south);
    add_stand(plan, "A3", {14, 0, 4, 4}, Side::south);
    add_stand(plan, "B1", {2, 7, 16, 4}, Side::north);
    if (blocked)
        add_facility(plan, "chariot", {8, 0, 2, 7});
    plan.kiosks.push_back({"borne", {1, 5.5}, 90});
    add_door(plan, "entree", DoorKind::entrance, {0, 5.5});
    return plan;
}

} // namespace

TEST(Wayfinding, BlockedAisleForcesTheDetourRoundTheRows) {
    FloorPlan open = rows_plan(false);
    Wayfinder direct_finder(open);
    auto direct = direct_finder.route(*direct_finder.place("borne"), *direct_finder.place("A3"));
    ASSERT_TRUE(direct);
    // Along the central aisle: from (1, 5.5) to the opening (16, 4).
    EXPECT_GE(direct->metres, dist({1, 5.5}, {16, 4}));
    EXPECT_LE(direct->metres, dist({1, 5.5}, {16, 4}) + 2 * direct_finder.resolution());

    FloorPlan blocked = rows_plan(true);
    Wayfinder w(blocked);
    EXPECT_TRUE(w.unreachable().empty());
    auto detour = w.route(*w.place("borne"), *w.place("A3"));
    ASSERT_TRUE(detour);
    // Down the west aisle, along the south one, up the east one: at least 2 x 5.5 m of
    // going down and up again, plus the 15 m across, and it passes south of row B.
    EXPECT_GT(detour->metres, 15 + 2 * 5.5);
    EXPECT_LT(detour->metres, 40);
    EXPECT_TRUE(std::any_of(detour->points.begin(), detour->points.end(),
                            [](Point p) { return p.y > 11; }));
    expect_clear_of_obstacles(blocked, *detour, "detour");
    // A1, before the blockage, is still reached straight along the aisle.
    auto near = w.route(*w.place("borne"), *w.place("A1"));
    ASSERT_TRUE(near);
    EXPECT_LT(near->metres, 6);
}

TEST(Wayfinding, BoxedInStandIsUnreachable) {
    // C opens south onto a pocket closed by W, E and S; D opens onto the north wall.
    FloorPlan plan = hall(20, 20);
    add_stand(plan, "C", {8, 8, 4, 4}, Side::south);
    add_stand(plan, "W", {6, 8, 2, 7.5}, Side::west);
    add_stand(plan, "E", {12, 8, 2, 7.5}, Side::east);
    add_stand(plan, "S", {8, 13.5, 4, 2}, Side::south);
    add_stand(plan, "D", {2, 0, 3, 2}, Side::north);
    add_facility(plan, "reserve", {8.5, 12.3, 1, 1}); // in C's pocket: unreachable too
    add_door(plan, "entree", DoorKind::entrance, {10, 20});
    plan.kiosks.push_back({"borne", {10, 18}, 0});
    Wayfinder w(plan);

    std::vector<std::string> ids = w.unreachable();
    EXPECT_EQ(ids, (std::vector<std::string>{"C", "D", "reserve"}));
    auto details = w.unreachable_places();
    ASSERT_EQ(details.size(), 3u);
    EXPECT_FALSE(details[0].opening_blocked); // room in front of C, closed off
    EXPECT_TRUE(details[1].opening_blocked);  // D opens onto the wall
    EXPECT_EQ(details[2].kind, Place::Kind::facility);
    EXPECT_FALSE(w.route(*w.place("borne"), *w.place("C")));
    EXPECT_FALSE(w.route(*w.place("borne"), *w.place("D")));
    EXPECT_TRUE(w.route(*w.place("borne"), *w.place("S")));
    EXPECT_TRUE(w.route(*w.place("borne"), *w.place("W")));
}

TEST(Wayfinding, TourVisitsInTheShortestOrderAndEndsAtTheExit) {
    // Three stands along the north wall; the visitor lists them in the worst order.
    FloorPlan plan = hall(30, 10);
    add_stand(plan, "S1", {4, 0, 2, 2}, Side::south);
    add_stand(plan, "S2", {14, 0, 2, 2}, Side::south);
    add_stand(plan, "S3", {24, 0, 2, 2}, Side::south);
    add_door(plan, "entree", DoorKind::entrance, {0, 6});
    add_door(plan, "sortie", DoorKind::exit, {30, 6});
    add_door(plan, "secours", DoorKind::emergency_exit, {15, 10});
    plan.kiosks.push_back({"borne", {1, 6}, 90});
    Wayfinder w(plan);
    std::vector<Place> stops{*w.place("S3"), *w.place("S1"), *w.place("S2")};
    auto r = w.tour(*w.place("borne"), stops);
    ASSERT_TRUE(r);
    std::vector<std::string> order;
    for (const Place& p : r->stops)
        order.push_back(p.id);
    EXPECT_EQ(order, (std::vector<std::string>{"borne", "S1", "S2", "S3", "sortie"}));
    EXPECT_EQ(r->stops.back().kind, Place::Kind::door);
    ASSERT_EQ(r->stop_points.size(), r->stops.size());
    for (size_t k = 0; k < r->stops.size(); ++k)
        EXPECT_LT(dist(r->points[r->stop_points[k]], r->stops[k].at), 1e-9) << r->stops[k].id;
    EXPECT_EQ(r->stop_points.back(), r->points.size() - 1);
    // The legs add up, and the whole is no shorter than the straight lines between the stops.
    double straight = 0;
    for (size_t k = 1; k < r->stops.size(); ++k)
        straight += dist(r->stops[k - 1].at, r->stops[k].at);
    EXPECT_GE(r->metres, straight - 1e-9);
    double drawn = 0;
    for (size_t k = 1; k < r->points.size(); ++k)
        drawn += dist(r->points[k - 1], r->points[k]);
    EXPECT_NEAR(r->metres, drawn, 1e-9);
    EXPECT_NEAR(r->seconds, r->metres / kWalkingSpeed, 1e-9);
    expect_clear_of_obstacles(plan, *r, "tour");

    // Given an end, the walk ends there, even at a door that is not an exit.
    auto to_entrance = w.tour(*w.place("borne"), stops, w.place(Place::Kind::door, "entree"));
    ASSERT_TRUE(to_entrance);
    EXPECT_EQ(to_entrance->stops.back().id, "entree");
    EXPECT_EQ(to_entrance->points.back(), (Point{0, 6}));
    // No stops: straight to the nearest exit (an emergency exit is not one while there are
    // ordinary ones).
    auto leave = w.tour(*w.place("borne"), {});
    ASSERT_TRUE(leave);
    EXPECT_EQ(leave->stops.back().id, "sortie");
}

TEST(Wayfinding, TourRefusesTooManyStopsAndUnreachableOnes) {
    FloorPlan plan = hall(30, 10);
    add_stand(plan, "S1", {4, 0, 2, 2}, Side::south);
    add_stand(plan, "MUR", {10, 0, 2, 2}, Side::north); // opens onto the wall
    add_door(plan, "sortie", DoorKind::exit, {30, 6});
    Wayfinder w(plan);
    Place from = point(1, 6);
    std::vector<Place> eleven(Wayfinder::kMaxStops + 1, *w.place("S1"));
    EXPECT_THROW(w.tour(from, eleven), std::invalid_argument);
    std::vector<Place> ten(Wayfinder::kMaxStops, *w.place("S1"));
    EXPECT_TRUE(w.tour(from, ten));
    std::vector<Place> bad{*w.place("S1"), *w.place("MUR")};
    EXPECT_FALSE(w.tour(from, bad));
}

TEST(Wayfinding, TourAgreesWithThePairwiseBaselineOnTheSampleHall) {
    FloorPlan plan = sample_plan();
    Wayfinder w(plan);
    const auto exits = exits_of(w, plan);
    const Place from = *w.place(Place::Kind::kiosk, "entree");
    for (auto ids :
         {std::vector<const char*>{"A03", "B07", "E05", "C02", "A11", "D04", "B01"},
          std::vector<const char*>{"E01", "A01", "C05"}, std::vector<const char*>{"D08"}}) {
        std::vector<Place> stops;
        std::string what = "sample:";
        for (const char* id : ids) {
            stops.push_back(*w.place(id));
            what += std::string(" ") + id;
        }
        expect_tour_matches_baseline(w, from, stops, exits, what);
    }
}

TEST(Wayfinding, TourAgreesWithThePairwiseBaselineOnGeneratedHalls) {
    for (unsigned seed = 1; seed <= 4; ++seed) {
        FloorPlan plan = rows_hall(seed);
        Wayfinder w(plan);
        ASSERT_TRUE(w.unreachable().empty()) << "seed " << seed;
        std::vector<Place> stops;
        for (size_t k = 0; k < plan.stands.size() && stops.size() < 6; k += 1 + seed)
            stops.push_back(*w.place(Place::Kind::stand, plan.stands[k].id));
        expect_tour_matches_baseline(w, *w.place("borne"), stops, exits_of(w, plan),
                                     "seed " + std::to_string(seed));
    }
}

TEST(Wayfinding, PlacesResolveByIdKioskBeforeDoor) {
    FloorPlan plan = sample_plan();
    Wayfinder w(plan);
    // The sample's kiosk and entrance share the id "entree".
    auto entree = w.place("ENTREE");
    ASSERT_TRUE(entree);
    EXPECT_EQ(entree->kind, Place::Kind::kiosk);
    EXPECT_EQ(w.place(Place::Kind::door, "entree")->kind, Place::Kind::door);
    EXPECT_FALSE(w.place("Z99"));
    // A facility is reached on a side that faces the hall, not a wall: the toilets sit in the
    // south-west corner.
    auto toilets = w.place("toilettes");
    ASSERT_TRUE(toilets);
    EXPECT_EQ(toilets->kind, Place::Kind::facility);
    EXPECT_GT(toilets->at.x, 0.5);
    EXPECT_LT(toilets->at.y, 24.5);
}

TEST(Wayfinding, SampleHallEveryStandReachableFromTheKiosk) {
    FloorPlan plan = sample_plan();
    Wayfinder w(plan);
    EXPECT_TRUE(w.unreachable().empty());
    auto kiosk = w.place(Place::Kind::kiosk, "entree");
    ASSERT_TRUE(kiosk);
    const PlanRect b = plan.bounds();
    double farthest = 0;
    for (const Stand& s : plan.stands) {
        auto r = w.route(*kiosk, *w.place(s.id));
        ASSERT_TRUE(r) << s.id;
        EXPECT_GE(r->metres, dist(kiosk->at, s.door()) - 1e-9) << s.id;
        EXPECT_LE(r->metres, b.width + b.depth) << s.id;
        EXPECT_EQ(r->points.back(), s.door()) << s.id;
        EXPECT_LT(r->points.size(), 8u) << s.id << ": a walk in a hall of straight aisles";
        expect_clear_of_obstacles(plan, *r, s.id);
        farthest = std::max(farthest, r->metres);
    }
    // The far corners are more than the hall's half-width away.
    EXPECT_GT(farthest, b.width / 2);
    for (const Facility& f : plan.facilities) {
        auto r = w.route(*kiosk, *w.place(f.id));
        ASSERT_TRUE(r) << f.id;
        expect_clear_of_obstacles(plan, *r, f.id);
    }
}

TEST(Wayfinding, SampleHallTourEndsAtAnExit) {
    FloorPlan plan = sample_plan();
    Wayfinder w(plan);
    std::vector<Place> stops;
    for (const char* id : {"A03", "B07", "E05", "C02", "A11"})
        stops.push_back(*w.place(id));
    auto r = w.tour(*w.place("entree"), stops);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->stops.size(), stops.size() + 2);
    const Place& last = r->stops.back();
    EXPECT_EQ(last.kind, Place::Kind::door);
    auto door = std::find_if(plan.doors.begin(), plan.doors.end(),
                             [&](const Door& d) { return d.id == last.id; });
    ASSERT_NE(door, plan.doors.end());
    EXPECT_TRUE(door->kind == DoorKind::exit || door->kind == DoorKind::entrance_exit);
    expect_clear_of_obstacles(plan, *r, "sample tour");
    // No order given by hand beats the one found.
    double listed = 0;
    Place at = *w.place("entree");
    for (const Place& s : stops) {
        listed += w.route(at, s)->metres;
        at = s;
    }
    listed += w.route(at, last)->metres;
    EXPECT_LE(r->metres, listed + 1e-6);
}

// The kiosk's map and its search ask one Wayfinder from several threads: each must get the
// walk a lone caller gets, corner for corner, not merely the same walk as the other threads.
TEST(Wayfinding, ConcurrentQueriesAgreeWithSerialOnes) {
    FloorPlan plan = sample_plan();
    const Wayfinder w(plan);
    const auto kiosk = *w.place("entree");
    using Walks = std::vector<std::vector<Point>>;
    auto measure = [&](Walks& out) {
        out.resize(plan.stands.size());
        for (size_t i = 0; i < plan.stands.size(); ++i)
            out[i] = w.route(kiosk, *w.place(plan.stands[i].id))->points;
    };
    Walks serial;
    measure(serial);
    ASSERT_EQ(serial.size(), plan.stands.size());
    std::vector<Walks> concurrent(4);
    {
        std::vector<std::jthread> threads;
        for (Walks& walks : concurrent)
            threads.emplace_back(measure, std::ref(walks));
    }
    for (size_t t = 0; t < concurrent.size(); ++t)
        for (size_t i = 0; i < plan.stands.size(); ++i)
            EXPECT_EQ(concurrent[t][i], serial[i])
                << "thread " << t << ", stand " << plan.stands[i].id;
}

TEST(Wayfinding, EmptyPlanFindsNothing) {
    FloorPlan plan;
    Wayfinder w(plan);
    EXPECT_FALSE(w.route(point(1, 1), point(2, 2)));
    EXPECT_TRUE(w.unreachable().empty());
}

// [SECTION] Validation of the pack's plan

TEST(WayfindingValidation, StandOpeningOntoTheWallIsAnError) {
    TempDir dir;
    build_pack(dir.path());
    replace_in_file(dir / "floorplan.json",
                    R"("id": "S02", "x": 4, "y": 0, "width": 3, "depth": 3, "opening": "south")",
                    R"("id": "S02", "x": 4, "y": 0, "width": 3, "depth": 3, "opening": "north")");
    Diagnostics diags;
    check_pack(dir.path(), diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "floorplan.json", 0,
                         "stand \"S02\" cannot be reached: its opening (north side)"))
        << dump(diags);
    EXPECT_EQ(diags.error_count(), 1u) << dump(diags);
}

TEST(WayfindingValidation, EnclosedStandAndFacilityAreErrorsOnTheirLines) {
    TempDir dir;
    build_pack(dir.path());
    // Three thin partitions round the front of S02 close it off, leaving the aisle behind
    // them free; a cupboard stands in the closed pocket.
    replace_in_file(dir / "floorplan.json", R"("facilities": [])",
                    R"("facilities": [
    {"id": "cloison-ouest", "kind": "other", "x": 3.6, "y": 3, "width": 0.4, "depth": 3},
    {"id": "cloison-est", "kind": "other", "x": 7, "y": 3, "width": 0.4, "depth": 3},
    {"id": "cloison-sud", "kind": "other", "x": 3.6, "y": 6, "width": 3.8, "depth": 0.4},
    {"id": "placard", "kind": "other", "x": 5, "y": 4.2, "width": 1, "depth": 0.6}
  ])");
    Diagnostics diags;
    check_pack(dir.path(), diags);
    std::string text = read_file(dir / "floorplan.json");
    auto line_of = [&](const std::string& needle) {
        return 1 + static_cast<size_t>(
                       std::count(text.begin(), text.begin() + text.find(needle), '\n'));
    };
    EXPECT_TRUE(has_diag(diags, Severity::error, "floorplan.json", line_of("\"S02\""),
                         "stand \"S02\" cannot be reached: stands, facilities or walls close off"))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "floorplan.json", line_of("\"placard\""),
                         "facility \"placard\" cannot be reached"))
        << dump(diags);
    EXPECT_EQ(diags.error_count(), 2u) << dump(diags);
    for (const Diagnostic& d : diags.sorted())
        EXPECT_FALSE(d.hint.empty()) << d.to_string();
}

TEST(WayfindingValidation, SampleAndBuiltPacksHaveNoUnreachablePlaces) {
    TempDir dir;
    build_pack(dir.path(), {.exhibitors = 12});
    Diagnostics diags;
    check_pack(dir.path(), diags);
    EXPECT_EQ(diags.error_count(), 0u) << dump(diags);
    EXPECT_EQ(diags.warning_count(), 0u) << dump(diags);
}
