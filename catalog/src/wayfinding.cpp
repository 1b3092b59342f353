// [SECTION] Index
// - Why a grid
// - The grid: the hall's free space, rasterised once
// - Anchors: where a walk to a place leaves the grid
// - A*: the shortest walk between two cells
// - Smoothing: string pulling by line of sight
// - Wayfinder: places, routes, tours, reachability
//
// [SECTION] Why a grid
// The walkable model is a grid over the hall's free space, not a graph of the pack's aisles.
// Aisles are optional in a pack and often incomplete (organisers draw the main ones and forget
// the gap between two rows, the lobby, the way to the toilets), while the hall's outline, the
// stands and the facilities are always there and are validated: free space derived from them is
// right on any plan an organiser draws. A cell is walkable when its centre is inside the outline
// and at least a clearance away from every wall, stand and facility, so that routes never graze
// a corner; the clearance exceeds half a cell's diagonal, which makes any segment that crosses
// only walkable cells stay clear of every obstacle. Walks are A* over octile moves (no cutting
// between two blocked cells), then pulled taut by line of sight, so the drawn line has few
// corners and runs down the middle of clear space rather than along the grid's staircase.
// Cells are 0.25 m, coarsened on very large halls to keep the grid near kMaxCells cells (0.35 m
// on a 2,000-stand hall), which keeps the longest A* within the kiosk's budget.

#include "vitrine/catalog/wayfinding.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <queue>
#include <span>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>

namespace vitrine {
namespace {

constexpr double kCell = 0.25;
constexpr double kMaxCells = 300'000;
// How far a place that is not walkable itself (a door in the wall, a kiosk by a stand) may be
// from the walkable cell its walks start from.
constexpr double kSnapRadius = 3.0;
constexpr double kSqrt2 = 1.41421356237309504880;

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

double distance(Point a, Point b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

double distance_to_segment(Point p, Point a, Point b) {
    double dx = b.x - a.x, dy = b.y - a.y;
    double length2 = dx * dx + dy * dy;
    double t =
        length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
    return distance(p, {a.x + t * dx, a.y + t * dy});
}

double polyline_length(const std::vector<Point>& points) {
    double metres = 0;
    for (size_t i = 1; i < points.size(); ++i)
        metres += distance(points[i - 1], points[i]);
    return metres;
}

// A side of a rectangle: its middle, the outward normal and the direction along it.
struct SideFrame {
    Point middle;
    Point normal;
    Point along;
    double half_length;
};

SideFrame side_frame(const PlanRect& r, Side side) {
    switch (side) {
    case Side::north:
        return {{r.x + r.width / 2, r.y}, {0, -1}, {1, 0}, r.width / 2};
    case Side::south:
        return {{r.x + r.width / 2, r.y + r.depth}, {0, 1}, {1, 0}, r.width / 2};
    case Side::east:
        return {{r.x + r.width, r.y + r.depth / 2}, {1, 0}, {0, 1}, r.depth / 2};
    case Side::west:
        return {{r.x, r.y + r.depth / 2}, {-1, 0}, {0, 1}, r.depth / 2};
    }
    return {r.centre(), {0, 1}, {1, 0}, 0};
}

// [SECTION] The grid: the hall's free space, rasterised once

struct Grid {
    double x0 = 0, y0 = 0, cell = kCell, clearance = kCell;
    int cols = 0, rows = 0;
    std::vector<uint8_t> walkable;  // per cell, row by row
    std::vector<int32_t> component; // connected free space; -1 for a blocked cell

    size_t size() const { return walkable.size(); }
    bool inside(int c, int r) const { return c >= 0 && r >= 0 && c < cols && r < rows; }
    int index(int c, int r) const { return r * cols + c; }
    bool free(int c, int r) const { return inside(c, r) && walkable[index(c, r)]; }
    // Far outside (or NaN) becomes the ring of cells around the grid: never a cast overflow.
    int col_of(double x) const { return to_cell((x - x0) / cell, cols); }
    int row_of(double y) const { return to_cell((y - y0) / cell, rows); }
    static int to_cell(double v, int count) {
        return std::isnan(v) ? -1 : static_cast<int>(std::floor(std::clamp(v, -1.0, count + 0.5)));
    }
    Point centre(int i) const {
        return {x0 + (i % cols + 0.5) * cell, y0 + (i / cols + 0.5) * cell};
    }
    std::optional<int> cell_of(Point p) const {
        int c = col_of(p.x), r = row_of(p.y);
        if (!inside(c, r))
            return std::nullopt;
        return index(c, r);
    }
    bool free_at(Point p) const { return free(col_of(p.x), row_of(p.y)); }

    // Every cell the segment passes through is walkable (a pass exactly through a cell corner
    // needs both cells beside it), so the segment keeps the clearance, give or take half a
    // cell's diagonal.
    bool clear(Point a, Point b) const {
        double ax = (a.x - x0) / cell, ay = (a.y - y0) / cell;
        double bx = (b.x - x0) / cell, by = (b.y - y0) / cell;
        int c = to_cell(ax, cols), r = to_cell(ay, rows);
        const int end_c = to_cell(bx, cols), end_r = to_cell(by, rows);
        if (!free(c, r) || !free(end_c, end_r))
            return false;
        double dx = bx - ax, dy = by - ay;
        int step_c = dx > 0 ? 1 : dx < 0 ? -1 : 0;
        int step_r = dy > 0 ? 1 : dy < 0 ? -1 : 0;
        constexpr double inf = std::numeric_limits<double>::infinity();
        double delta_c = step_c ? 1 / std::abs(dx) : inf;
        double delta_r = step_r ? 1 / std::abs(dy) : inf;
        double next_c = step_c > 0 ? (c + 1 - ax) / dx : step_c < 0 ? (ax - c) / -dx : inf;
        double next_r = step_r > 0 ? (r + 1 - ay) / dy : step_r < 0 ? (ay - r) / -dy : inf;
        // Floating point may miss the last cell by a hair: the walk is bounded by the cells
        // between the two ends.
        int steps = std::abs(end_c - c) + std::abs(end_r - r);
        while ((c != end_c || r != end_r) && steps-- > 0) {
            if (std::abs(next_c - next_r) < 1e-9) {
                if (!free(c + step_c, r) || !free(c, r + step_r))
                    return false;
                c += step_c;
                r += step_r;
                next_c += delta_c;
                next_r += delta_r;
                --steps;
            } else if (next_c < next_r) {
                c += step_c;
                next_c += delta_c;
            } else {
                r += step_r;
                next_r += delta_r;
            }
            if (!free(c, r))
                return false;
        }
        return true;
    }
};

// Cells whose centre lies in the closed rectangle [x0, x1] x [y0, y1] are blocked.
void block_box(Grid& g, double x0, double y0, double x1, double y1) {
    int c0 = std::max(0, static_cast<int>(std::ceil((x0 - g.x0) / g.cell - 0.5)));
    int c1 = std::min(g.cols - 1, static_cast<int>(std::floor((x1 - g.x0) / g.cell - 0.5)));
    int r0 = std::max(0, static_cast<int>(std::ceil((y0 - g.y0) / g.cell - 0.5)));
    int r1 = std::min(g.rows - 1, static_cast<int>(std::floor((y1 - g.y0) / g.cell - 0.5)));
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            g.walkable[g.index(c, r)] = 0;
}

Grid build_grid(const FloorPlan& plan) {
    Grid g;
    PlanRect b = plan.bounds();
    if (plan.outline.size() < 3 || !(b.width > 0) || !(b.depth > 0))
        return g;
    // Round the cell up to 5 cm, so that a hall's figures stay readable in a debugger.
    g.cell = std::max(kCell, std::ceil(std::sqrt(b.width * b.depth / kMaxCells) * 20) / 20);
    g.clearance = std::max(kCell, 0.75 * g.cell);
    g.x0 = b.x;
    g.y0 = b.y;
    g.cols = std::max(1, static_cast<int>(std::ceil(b.width / g.cell)));
    g.rows = std::max(1, static_cast<int>(std::ceil(b.depth / g.cell)));
    g.walkable.assign(static_cast<size_t>(g.cols) * static_cast<size_t>(g.rows), 0);

    // Inside the outline: even-odd scanlines through the cells' centres.
    const std::vector<Point>& poly = plan.outline;
    std::vector<double> crossings;
    for (int r = 0; r < g.rows; ++r) {
        double y = g.y0 + (r + 0.5) * g.cell;
        crossings.clear();
        for (size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
            const Point& a = poly[i];
            const Point& p = poly[j];
            if ((a.y > y) != (p.y > y))
                crossings.push_back(a.x + (y - a.y) * (p.x - a.x) / (p.y - a.y));
        }
        std::sort(crossings.begin(), crossings.end());
        for (size_t k = 0; k + 1 < crossings.size(); k += 2) {
            int c0 = std::max(0, static_cast<int>(std::ceil((crossings[k] - g.x0) / g.cell - 0.5)));
            int c1 = std::min(
                g.cols - 1, static_cast<int>(std::floor((crossings[k + 1] - g.x0) / g.cell - 0.5)));
            for (int c = c0; c <= c1; ++c)
                g.walkable[g.index(c, r)] = 1;
        }
    }
    // Keep the clearance from the walls.
    for (size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const Point a = poly[j], p = poly[i];
        int c0 = std::max(0, g.col_of(std::min(a.x, p.x) - g.clearance));
        int c1 = std::min(g.cols - 1, g.col_of(std::max(a.x, p.x) + g.clearance));
        int r0 = std::max(0, g.row_of(std::min(a.y, p.y) - g.clearance));
        int r1 = std::min(g.rows - 1, g.row_of(std::max(a.y, p.y) + g.clearance));
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                if (distance_to_segment(g.centre(g.index(c, r)), a, p) < g.clearance)
                    g.walkable[g.index(c, r)] = 0;
    }
    // Stands and facilities, grown by the clearance.
    auto block = [&](const PlanRect& rect) {
        block_box(g, rect.x - g.clearance, rect.y - g.clearance, rect.x + rect.width + g.clearance,
                  rect.y + rect.depth + g.clearance);
    };
    for (const Stand& s : plan.stands)
        block(s.rect);
    for (const Facility& f : plan.facilities)
        block(f.rect);

    // Connected free space. Diagonal moves never cut between blocked cells, so four
    // neighbours connect exactly what walks connect.
    g.component.assign(g.size(), -1);
    std::vector<int> stack;
    int32_t next = 0;
    for (int start = 0; start < static_cast<int>(g.size()); ++start) {
        if (!g.walkable[start] || g.component[start] >= 0)
            continue;
        g.component[start] = next;
        stack.push_back(start);
        while (!stack.empty()) {
            int i = stack.back();
            stack.pop_back();
            int c = i % g.cols, r = i / g.cols;
            for (auto [dc, dr] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                if (!g.free(c + dc, r + dr))
                    continue;
                int n = g.index(c + dc, r + dr);
                if (g.component[n] < 0) {
                    g.component[n] = next;
                    stack.push_back(n);
                }
            }
        }
        ++next;
    }
    return g;
}

// [SECTION] Anchors: where a walk to a place leaves the grid

// A walk to a place runs on the grid to `walk` (a walkable point, in `cell`), then straight to
// `end`, the place itself: a stand's opening, a door in the wall.
struct Anchor {
    Point walk;
    int cell = -1;
    Point end;
};

// The walkable spot nearest `p`, within kSnapRadius: `p` itself when walkable.
std::optional<Anchor> snap(const Grid& g, Point p) {
    if (g.cols == 0)
        return std::nullopt;
    if (g.free_at(p))
        return Anchor{p, *g.cell_of(p), p};
    int pc = std::clamp(g.col_of(p.x), 0, g.cols - 1),
        pr = std::clamp(g.row_of(p.y), 0, g.rows - 1);
    int reach = static_cast<int>(std::ceil(kSnapRadius / g.cell));
    std::optional<int> best;
    double best_distance = kSnapRadius;
    for (int r = std::max(0, pr - reach); r <= std::min(g.rows - 1, pr + reach); ++r)
        for (int c = std::max(0, pc - reach); c <= std::min(g.cols - 1, pc + reach); ++c) {
            int i = g.index(c, r);
            if (!g.walkable[i])
                continue;
            double d = distance(g.centre(i), p);
            if (d < best_distance) {
                best_distance = d;
                best = i;
            }
        }
    if (!best)
        return std::nullopt;
    return Anchor{g.centre(*best), *best, p};
}

// The walkable spot just outside a side of a rectangle: in front of its middle when there is
// room, else in front of the middle of the nearest stretch of the side that has room (the rest
// may be against a wall or a neighbour). `end` is the point of the side the walker reaches.
// nullopt when the whole side faces a wall, a stand or a facility.
std::optional<Anchor> in_front_of(const Grid& g, const PlanRect& rect, Side side) {
    if (g.cols == 0)
        return std::nullopt;
    SideFrame f = side_frame(rect, side);
    const double half_step = g.cell / 2;
    const double max_depth = g.clearance + 2 * g.cell;
    auto along = [&](double offset, double depth) {
        return Point{f.middle.x + f.along.x * offset + f.normal.x * depth,
                     f.middle.y + f.along.y * offset + f.normal.y * depth};
    };
    for (double offset = 0; offset <= f.half_length; offset += half_step) {
        for (double sign : {1.0, -1.0}) {
            if (offset == 0 && sign < 0)
                continue;
            for (double depth = half_step; depth <= max_depth; depth += half_step) {
                if (!g.free_at(along(offset * sign, depth)))
                    continue;
                double u = offset * sign;
                if (offset > 0) {
                    // The middle of the free stretch, at this depth.
                    double far = offset;
                    while (far + half_step <= f.half_length &&
                           g.free_at(along((far + half_step) * sign, depth)))
                        far += half_step;
                    u = (offset + far) / 2 * sign;
                    if (!g.free_at(along(u, depth)))
                        u = offset * sign;
                }
                Point p = along(u, depth);
                return Anchor{p, *g.cell_of(p), along(u, 0)};
            }
        }
    }
    return std::nullopt;
}

// [SECTION] A*: the shortest walk between two cells

struct Open {
    float f;
    float g;
    int cell;
    bool operator>(const Open& o) const {
        // Equal estimates: the deeper first, which heads straight for the goal.
        return f != o.f ? f > o.f : g < o.g;
    }
};

// Cells from `from` to `to`, both included; empty when they are not joined.
std::vector<int> a_star(const Grid& g, int from, int to) {
    if (from == to)
        return {from};
    if (g.component[from] < 0 || g.component[from] != g.component[to])
        return {};
    const int goal_c = to % g.cols, goal_r = to / g.cols;
    auto estimate = [&](int c, int r) {
        float dc = static_cast<float>(std::abs(c - goal_c)),
              dr = static_cast<float>(std::abs(r - goal_r));
        return dc + dr + static_cast<float>(kSqrt2 - 2) * std::min(dc, dr);
    };
    constexpr float inf = std::numeric_limits<float>::infinity();
    std::vector<float> cost(g.size(), inf);
    std::vector<int32_t> parent(g.size(), -1);
    std::priority_queue<Open, std::vector<Open>, std::greater<>> open;
    cost[from] = 0;
    open.push({estimate(from % g.cols, from / g.cols), 0, from});
    constexpr std::array<std::array<int, 2>, 8> moves{
        {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}}};
    while (!open.empty()) {
        Open top = open.top();
        open.pop();
        if (top.g > cost[top.cell])
            continue; // a stale entry: the cell was reached more cheaply since
        if (top.cell == to)
            break;
        const int c = top.cell % g.cols, r = top.cell / g.cols;
        for (const auto& [dc, dr] : moves) {
            int nc = c + dc, nr = r + dr;
            if (!g.free(nc, nr))
                continue;
            bool diagonal = dc != 0 && dr != 0;
            if (diagonal && (!g.free(c + dc, r) || !g.free(c, r + dr)))
                continue; // never between two blocked cells
            int n = g.index(nc, nr);
            float next = top.g + (diagonal ? static_cast<float>(kSqrt2) : 1.0f);
            if (next < cost[n]) {
                cost[n] = next;
                parent[n] = top.cell;
                open.push({next + estimate(nc, nr), next, n});
            }
        }
    }
    if (parent[to] < 0)
        return {};
    std::vector<int> path;
    for (int i = to; i != -1; i = parent[i])
        path.push_back(i);
    std::reverse(path.begin(), path.end());
    return path;
}

// [SECTION] Smoothing: string pulling by line of sight

// The cells' centres, kept only where the path turns, from `start` to `goal` (walkable
// points in the first and last cells), then pulled taut: a corner stays only when the line
// from the previous corner to the next one would cross a blocked cell.
std::vector<Point> smooth(const Grid& g, const std::vector<int>& cells, Point start, Point goal) {
    std::vector<Point> turns{start};
    for (size_t i = 1; i + 1 < cells.size(); ++i) {
        int in = cells[i] - cells[i - 1], out = cells[i + 1] - cells[i];
        if (in != out)
            turns.push_back(g.centre(cells[i]));
    }
    turns.push_back(goal);
    std::vector<Point> taut{turns.front()};
    size_t anchor = 0;
    for (size_t i = 1; i + 1 < turns.size(); ++i) {
        if (!g.clear(turns[anchor], turns[i + 1])) {
            taut.push_back(turns[i]);
            anchor = i;
        }
    }
    taut.push_back(turns.back());
    // A second pass from the other end removes corners the first kept too early.
    std::vector<Point> out{taut.back()};
    anchor = taut.size() - 1;
    for (size_t i = taut.size() - 1; i-- > 1;) {
        if (!g.clear(taut[anchor], taut[i - 1])) {
            out.push_back(taut[i]);
            anchor = i;
        }
    }
    out.push_back(taut.front());
    std::reverse(out.begin(), out.end());
    return out;
}

// A walk between two anchors: the line (the places' own points at both ends) and its length.
struct Leg {
    std::vector<Point> points;
    double metres = 0;
};

// The leg along `cells` (from the first anchor's cell to the second's).
Leg leg_along(const Grid& g, const std::vector<int>& cells, const Anchor& from, const Anchor& to) {
    Leg leg;
    auto add = [&](Point p) {
        if (leg.points.empty() || distance(leg.points.back(), p) > 1e-6)
            leg.points.push_back(p);
    };
    add(from.end);
    for (Point p : smooth(g, cells, from.walk, to.walk))
        add(p);
    add(to.end);
    // Corners only: a point in line with its neighbours (the step from the grid to a stand's
    // opening, straight ahead) says nothing to the walker.
    for (size_t i = 1; i + 1 < leg.points.size();) {
        Point a = leg.points[i - 1], b = leg.points[i], c = leg.points[i + 1];
        double cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
        double dot = (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y);
        if (std::abs(cross) < 1e-9 && dot > 0)
            leg.points.erase(leg.points.begin() + static_cast<ptrdiff_t>(i));
        else
            ++i;
    }
    if (leg.points.size() == 1)
        leg.points.push_back(leg.points.front()); // a walk of nothing still has two ends
    leg.metres = polyline_length(leg.points);
    return leg;
}

std::optional<Leg> walk(const Grid& g, const Anchor& from, const Anchor& to) {
    std::vector<int> cells = a_star(g, from.cell, to.cell);
    if (cells.empty())
        return std::nullopt;
    return leg_along(g, cells, from, to);
}

// [SECTION] Dijkstra: one search from a place to several

// Dijkstra's open cells in buckets one straight step wide (Dial's queue). No move is shorter
// than a step, so when the search reaches a bucket, every cell in it already has its final
// cost, and the cells of a bucket may be taken in any order: the costs are exact, as with a
// heap, for a push and a pop of a few instructions each. No move is longer than √2 steps,
// so only the next two buckets ever receive cells: four, used in turn, suffice.
class BucketQueue {
public:
    void clear() {
        for (auto& b : buckets_)
            b.clear();
        current_ = 0;
    }
    void push(float cost, int cell) {
        buckets_[static_cast<size_t>(cost) % buckets_.size()].push_back(cell);
    }
    // The bucket the search is in, whose cells all have their final cost; the next bucket
    // that holds any when it is empty. nullptr when every bucket is empty.
    std::vector<int>* next() {
        for (size_t tries = 0; tries < buckets_.size(); ++tries) {
            auto& b = buckets_[current_ % buckets_.size()];
            if (!b.empty())
                return &b;
            ++current_;
        }
        return nullptr;
    }

private:
    std::array<std::vector<int>, 4> buckets_;
    size_t current_ = 0;
};

// The shortest walks from one cell (or the nearest of several) to every cell of `targets`, in
// one search that stops once all of them are settled: a tour needs a walk between every pair
// of its places, and one search per place costs what one A* per pair would on each. Keeps its
// buffers between searches (a tour runs several on the same grid), so one instance serves one
// thread.
class MultiSearch {
public:
    explicit MultiSearch(const Grid& g)
        : g_(g), moves_(g.size(), 0), cost_(g.size()), settled_(g.size(), 0),
          pending_(g.size(), 0) {
        // Which of the eight moves each cell allows, worked out once for every search: a
        // diagonal never passes between two blocked cells.
        for (int r = 0; r < g.rows; ++r)
            for (int c = 0; c < g.cols; ++c) {
                if (!g.free(c, r))
                    continue;
                uint8_t mask = 0;
                for (size_t k = 0; k < kMoves.size(); ++k) {
                    auto [dc, dr] = kMoves[k];
                    bool ok = g.free(c + dc, r + dr) &&
                              (dc == 0 || dr == 0 || (g.free(c + dc, r) && g.free(c, r + dr)));
                    if (ok)
                        mask |= static_cast<uint8_t>(1u << k);
                }
                moves_[g.index(c, r)] = mask;
            }
        for (size_t k = 0; k < kMoves.size(); ++k)
            step_[k] = kMoves[k][1] * g.cols + kMoves[k][0];
    }

    void run(std::span<const int> from, std::span<const int> targets) {
        std::fill(cost_.begin(), cost_.end(), std::numeric_limits<float>::infinity());
        std::fill(settled_.begin(), settled_.end(), 0);
        std::vector<uint8_t> joined; // the free areas the search starts in
        for (int f : from)
            if (g_.component[f] >= 0) {
                if (joined.size() <= static_cast<size_t>(g_.component[f]))
                    joined.resize(static_cast<size_t>(g_.component[f]) + 1, 0);
                joined[static_cast<size_t>(g_.component[f])] = 1;
            }
        // Distinct target cells the search can reach: several places may share a cell.
        size_t left = 0;
        for (int t : targets) {
            auto comp = static_cast<size_t>(g_.component[t]);
            if (!pending_[t] && g_.component[t] >= 0 && comp < joined.size() && joined[comp]) {
                pending_[t] = 1;
                ++left;
            }
        }
        open_.clear();
        for (int f : from) {
            cost_[f] = 0;
            open_.push(0, f);
        }
        while (left > 0) {
            std::vector<int>* bucket = open_.next();
            if (!bucket)
                break;
            // Moves lead to later buckets only: this one does not grow while it is walked.
            for (int cell : *bucket) {
                if (settled_[cell])
                    continue; // queued twice, once before a shorter way was found
                settled_[cell] = 1;
                if (pending_[cell]) {
                    pending_[cell] = 0;
                    --left;
                }
                const float here = cost_[cell];
                for (unsigned allowed = moves_[cell]; allowed; allowed &= allowed - 1) {
                    const auto k = static_cast<size_t>(std::countr_zero(allowed));
                    int n = cell + step_[k];
                    float next = here + (k >= 4 ? static_cast<float>(kSqrt2) : 1.0f);
                    if (next < cost_[n]) {
                        cost_[n] = next;
                        open_.push(next, n);
                    }
                }
            }
            bucket->clear();
        }
        for (int t : targets)
            pending_[t] = 0; // the unreachable ones
    }

    // Cells from where the search started to `to`, both included; empty when not reached.
    // Of the many equally short ways across open floor, the one nearest the straight line
    // between the two ends: it pulls as taut as A*'s (which heads straight for its goal), where
    // the search's own parents may zigzag and leave corners the smoothing cannot remove.
    std::vector<int> path_to(int to) const {
        if (!settled_[to])
            return {};
        // No parents are kept: the way back goes down the costs. A first walk back finds where
        // the search started (one of several for a search from every exit).
        std::vector<int> first = walk_back(to, nullptr);
        const Point a = g_.centre(first.back()), b = g_.centre(to);
        auto off_line = [&](int cell) {
            Point p = g_.centre(cell);
            return std::abs((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
        };
        std::vector<int> path = walk_back(to, off_line);
        std::reverse(path.begin(), path.end());
        return path;
    }

private:
    // From `to` down to a cell of cost 0 through cells on a shortest way, preferring at each step
    // the one `off` scores lowest (any, without `off`).
    template <typename Off> std::vector<int> walk_back(int to, const Off& off) const {
        std::vector<int> path{to};
        for (int cell = to; cost_[cell] > 0;) {
            int best = -1;
            double best_off = std::numeric_limits<double>::infinity();
            for (size_t k = 0; k < kMoves.size(); ++k) {
                int p = cell - step_[k]; // the move k leads from p to this cell
                if (p < 0 || static_cast<size_t>(p) >= moves_.size() || !settled_[p] ||
                    !(moves_[p] >> k & 1))
                    continue;
                float w = k >= 4 ? static_cast<float>(kSqrt2) : 1.0f;
                // On a shortest way, give or take the floats' rounding; always cheaper, so the
                // walk back ends. The cell's own cost came from one such cell, exactly.
                if (cost_[p] + w > cost_[cell] + 1e-3f || !(cost_[p] < cost_[cell]))
                    continue;
                double here = 0;
                if constexpr (!std::is_same_v<Off, std::nullptr_t>)
                    here = off(p);
                if (best < 0 || here < best_off - 1e-9) {
                    best = p;
                    best_off = here;
                }
                if constexpr (std::is_same_v<Off, std::nullptr_t>)
                    break;
            }
            path.push_back(best);
            cell = best;
        }
        return path;
    }

    // Straight moves first: k >= 4 is a diagonal.
    static constexpr std::array<std::array<int, 2>, 8> kMoves{
        {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}}};

    const Grid& g_;
    std::vector<uint8_t> moves_;
    std::array<int, 8> step_{};
    std::vector<float> cost_;
    std::vector<uint8_t> settled_, pending_;
    BucketQueue open_;
};

} // namespace

// [SECTION] Wayfinder: places, routes, tours, reachability

struct Wayfinder::Impl {
    struct Target {
        Place place;
        std::optional<Anchor> anchor;
        bool opening_blocked = false;
    };

    Grid grid;
    std::vector<Target> stands, facilities, kiosks, doors;
    // Lower-cased id -> index, per kind.
    std::unordered_map<std::string, size_t> stand_ids, facility_ids, kiosk_ids, door_ids;
    std::vector<size_t> exits; // indexes into doors: where a tour may end

    explicit Impl(const FloorPlan& plan);
    const Target* find(Place::Kind kind, const std::string& id) const;
    std::optional<Anchor> anchor_of(const Place& place) const;
    Place resolved(const Place& place) const;
};

Wayfinder::Impl::Impl(const FloorPlan& plan) : grid(build_grid(plan)) {
    for (const KioskSpot& k : plan.kiosks) {
        kiosk_ids.emplace(lower(k.id), kiosks.size());
        kiosks.push_back({{Place::Kind::kiosk, k.id, k.at}, snap(grid, k.at), false});
    }
    for (const Door& d : plan.doors) {
        door_ids.emplace(lower(d.id), doors.size());
        doors.push_back({{Place::Kind::door, d.id, d.at}, snap(grid, d.at), false});
    }
    // Where visitors can be: the free space joined to a door or a kiosk.
    std::vector<uint8_t> visited;
    int32_t components = 0;
    for (int32_t c : grid.component)
        components = std::max(components, c + 1);
    visited.assign(static_cast<size_t>(components), 0);
    for (const auto* list : {&kiosks, &doors})
        for (const Target& t : *list)
            if (t.anchor)
                visited[static_cast<size_t>(grid.component[t.anchor->cell])] = 1;
    auto reachable = [&](const std::optional<Anchor>& a) {
        return a && visited[static_cast<size_t>(grid.component[a->cell])];
    };

    for (const Stand& s : plan.stands) {
        Target t{{Place::Kind::stand, s.id, s.door()}, in_front_of(grid, s.rect, s.opening), false};
        t.opening_blocked = !t.anchor;
        if (t.anchor)
            t.place.at = t.anchor->end;
        stand_ids.emplace(lower(s.id), stands.size());
        stands.push_back(std::move(t));
    }
    for (const Facility& f : plan.facilities) {
        // The side with room in front, joined to the doors; the first in compass order when
        // several are: north, south, east, west.
        Target t{{Place::Kind::facility, f.id, f.rect.centre()}, std::nullopt, true};
        for (Side side : {Side::north, Side::south, Side::east, Side::west}) {
            auto a = in_front_of(grid, f.rect, side);
            if (!a)
                continue;
            t.opening_blocked = false;
            if (!t.anchor || (reachable(a) && !reachable(t.anchor)))
                t.anchor = a;
        }
        if (t.anchor)
            t.place.at = t.anchor->end;
        facility_ids.emplace(lower(f.id), facilities.size());
        facilities.push_back(std::move(t));
    }

    for (DoorKind kind : {DoorKind::exit, DoorKind::entrance_exit})
        for (size_t i = 0; i < plan.doors.size(); ++i)
            if (plan.doors[i].kind == kind)
                exits.push_back(i);
    for (DoorKind kind : {DoorKind::emergency_exit, DoorKind::entrance})
        for (size_t i = 0; i < plan.doors.size() && exits.empty(); ++i)
            if (plan.doors[i].kind == kind)
                exits.push_back(i);
    std::sort(exits.begin(), exits.end());
}

const Wayfinder::Impl::Target* Wayfinder::Impl::find(Place::Kind kind,
                                                     const std::string& id) const {
    auto look = [&](const std::unordered_map<std::string, size_t>& ids,
                    const std::vector<Target>& list) -> const Target* {
        auto it = ids.find(lower(id));
        return it == ids.end() ? nullptr : &list[it->second];
    };
    switch (kind) {
    case Place::Kind::stand:
        return look(stand_ids, stands);
    case Place::Kind::kiosk:
        return look(kiosk_ids, kiosks);
    case Place::Kind::facility:
        return look(facility_ids, facilities);
    case Place::Kind::door:
        return look(door_ids, doors);
    case Place::Kind::point:
        return nullptr;
    }
    return nullptr;
}

std::optional<Anchor> Wayfinder::Impl::anchor_of(const Place& place) const {
    if (const Target* t = find(place.kind, place.id))
        return t->anchor;
    return snap(grid, place.at);
}

Place Wayfinder::Impl::resolved(const Place& place) const {
    const Target* t = find(place.kind, place.id);
    return t ? t->place : place;
}

Wayfinder::Wayfinder(const FloorPlan& plan) : impl_(std::make_unique<Impl>(plan)) {}
Wayfinder::~Wayfinder() = default;
Wayfinder::Wayfinder(Wayfinder&&) noexcept = default;
Wayfinder& Wayfinder::operator=(Wayfinder&&) noexcept = default;

std::optional<Place> Wayfinder::place(const std::string& id) const {
    for (Place::Kind kind :
         {Place::Kind::stand, Place::Kind::kiosk, Place::Kind::facility, Place::Kind::door})
        if (auto p = place(kind, id))
            return p;
    return std::nullopt;
}

std::optional<Place> Wayfinder::place(Place::Kind kind, const std::string& id) const {
    if (const Impl::Target* t = impl_->find(kind, id))
        return t->place;
    return std::nullopt;
}

std::optional<Walk> Wayfinder::route(const Place& from, const Place& to) const {
    auto a = impl_->anchor_of(from), b = impl_->anchor_of(to);
    if (!a || !b)
        return std::nullopt;
    auto leg = walk(impl_->grid, *a, *b);
    if (!leg)
        return std::nullopt;
    Walk r;
    r.points = std::move(leg->points);
    r.metres = leg->metres;
    r.seconds = r.metres / kWalkingSpeed;
    r.stops = {impl_->resolved(from), impl_->resolved(to)};
    r.stop_points = {0, r.points.size() - 1};
    return r;
}

std::optional<Walk> Wayfinder::tour(const Place& from, std::span<const Place> stops,
                                    std::optional<Place> end) const {
    if (stops.size() > kMaxStops)
        throw std::invalid_argument("a tour visits at most " + std::to_string(kMaxStops) +
                                    " stops, not " + std::to_string(stops.size()));
    const Grid& g = impl_->grid;
    // Nodes: the start, then the stops; the ends after them.
    std::vector<Place> nodes{impl_->resolved(from)};
    for (const Place& s : stops)
        nodes.push_back(impl_->resolved(s));
    std::vector<Place> ends;
    if (end)
        ends.push_back(impl_->resolved(*end));
    else
        for (size_t i : impl_->exits)
            ends.push_back(impl_->doors[i].place);
    std::vector<std::optional<Anchor>> anchors;
    for (const auto* list : {&nodes, &ends})
        for (const Place& p : *list)
            anchors.push_back(impl_->anchor_of(p));
    for (size_t i = 0; i < nodes.size(); ++i)
        if (!anchors[i])
            return std::nullopt;

    // Every leg the order may use: one search from each node to the stops after it (a leg
    // backwards is the same line reversed), and one from all the ends at once, which finds each
    // stop's nearest end: the only end a tour from that stop would take.
    const size_t n = nodes.size(), total = anchors.size();
    std::vector<std::optional<Leg>> legs(total * total);
    auto leg = [&](size_t i, size_t j) -> const std::optional<Leg>& { return legs[i * total + j]; };
    MultiSearch search(g);
    std::vector<int> cells;
    // A search ends at the farthest place it still has to reach. Starting from the place
    // farthest (as the crow flies) from the others leaves a tighter group for the next search.
    std::vector<size_t> left(n);
    for (size_t i = 0; i < n; ++i)
        left[i] = i;
    while (left.size() > 1) {
        auto reach = [&](size_t i) {
            double far = 0;
            for (size_t j : left)
                far = std::max(far, distance(anchors[i]->walk, anchors[j]->walk));
            return far;
        };
        auto source = std::max_element(left.begin(), left.end(),
                                       [&](size_t a, size_t b) { return reach(a) < reach(b); });
        const size_t i = *source;
        left.erase(source);
        cells.clear();
        for (size_t j : left)
            cells.push_back(anchors[j]->cell);
        search.run(std::span(&anchors[i]->cell, 1), cells);
        for (size_t j : left) {
            std::vector<int> path = search.path_to(anchors[j]->cell);
            if (path.empty())
                continue;
            Leg there = leg_along(g, path, *anchors[i], *anchors[j]);
            Leg back = there;
            std::reverse(back.points.begin(), back.points.end());
            legs[i * total + j] = std::move(there);
            legs[j * total + i] = std::move(back);
        }
    }
    // With stops, the start never walks straight to the exit.
    const size_t first_leaving = n > 1 ? 1 : 0;
    std::vector<int> end_cells;
    for (size_t e = n; e < total; ++e)
        if (anchors[e])
            end_cells.push_back(anchors[e]->cell);
    cells.clear();
    for (size_t k = first_leaving; k < n; ++k)
        cells.push_back(anchors[k]->cell);
    if (!end_cells.empty()) {
        search.run(end_cells, cells);
        for (size_t k = first_leaving; k < n; ++k) {
            std::vector<int> path = search.path_to(anchors[k]->cell);
            if (path.empty())
                continue;
            // The end the search came from; the first listed when two share a cell.
            size_t e = n;
            while (!anchors[e] || anchors[e]->cell != path.front())
                ++e;
            std::reverse(path.begin(), path.end());
            legs[k * total + e] = leg_along(g, path, *anchors[k], *anchors[e]);
        }
    }
    constexpr double inf = std::numeric_limits<double>::infinity();
    auto cost = [&](size_t i, size_t j) { return leg(i, j) ? leg(i, j)->metres : inf; };

    // Held-Karp over the stops (nodes 1..n-1): best[mask][k] is the shortest walk from the
    // start through the stops in `mask`, ending at stop k. Exact, and at most 10 stops make
    // 1,024 x 10 states.
    const size_t m = n - 1;
    std::vector<size_t> order; // node indexes, start excluded
    size_t chosen_end = total;
    if (m == 0) {
        double best = inf;
        for (size_t e = n; e < total; ++e)
            if (cost(0, e) < best) {
                best = cost(0, e);
                chosen_end = e;
            }
    } else {
        const size_t full = (size_t{1} << m) - 1;
        std::vector<double> best((full + 1) * m, inf);
        std::vector<uint8_t> previous((full + 1) * m, 0);
        for (size_t k = 0; k < m; ++k)
            best[(size_t{1} << k) * m + k] = cost(0, k + 1);
        for (size_t mask = 1; mask <= full; ++mask)
            for (size_t k = 0; k < m; ++k) {
                double here = best[mask * m + k];
                if (!(mask >> k & 1) || here == inf)
                    continue;
                for (size_t next = 0; next < m; ++next) {
                    if (mask >> next & 1)
                        continue;
                    size_t to = mask | size_t{1} << next;
                    double via = here + cost(k + 1, next + 1);
                    if (via < best[to * m + next]) {
                        best[to * m + next] = via;
                        previous[to * m + next] = static_cast<uint8_t>(k);
                    }
                }
            }
        double shortest = inf;
        size_t last = m;
        for (size_t k = 0; k < m; ++k)
            for (size_t e = n; e < total; ++e) {
                double whole = best[full * m + k] + cost(k + 1, e);
                if (whole < shortest) {
                    shortest = whole;
                    last = k;
                    chosen_end = e;
                }
            }
        if (last == m)
            return std::nullopt;
        for (size_t mask = full, k = last; mask;) {
            order.push_back(k + 1);
            size_t before = previous[mask * m + k];
            mask &= ~(size_t{1} << k);
            k = before;
        }
        std::reverse(order.begin(), order.end());
    }
    if (chosen_end == total)
        return std::nullopt;
    order.push_back(chosen_end);

    Walk r;
    r.stops.push_back(nodes[0]);
    r.stop_points.push_back(0);
    size_t at = 0;
    for (size_t next : order) {
        const Leg& l = *leg(at, next);
        for (size_t k = r.points.empty() ? 0 : 1; k < l.points.size(); ++k)
            r.points.push_back(l.points[k]);
        r.metres += l.metres;
        r.stops.push_back(next < n ? nodes[next] : ends[next - n]);
        r.stop_points.push_back(r.points.size() - 1);
        at = next;
    }
    r.seconds = r.metres / kWalkingSpeed;
    return r;
}

std::vector<std::string> Wayfinder::unreachable() const {
    std::vector<std::string> out;
    for (const Unreachable& u : unreachable_places())
        out.push_back(u.id);
    return out;
}

std::vector<Unreachable> Wayfinder::unreachable_places() const {
    const Grid& g = impl_->grid;
    std::vector<uint8_t> joined;
    for (int32_t c : g.component)
        if (c >= 0 && static_cast<size_t>(c) >= joined.size())
            joined.resize(static_cast<size_t>(c) + 1, 0);
    for (const auto* list : {&impl_->kiosks, &impl_->doors})
        for (const Impl::Target& t : *list)
            if (t.anchor)
                joined[static_cast<size_t>(g.component[t.anchor->cell])] = 1;
    std::vector<Unreachable> out;
    for (const auto* list : {&impl_->stands, &impl_->facilities})
        for (const Impl::Target& t : *list)
            if (!t.anchor || !joined[static_cast<size_t>(g.component[t.anchor->cell])])
                out.push_back({t.place.kind, t.place.id, t.opening_blocked});
    return out;
}

double Wayfinder::resolution() const {
    return impl_->grid.cell;
}

} // namespace vitrine
