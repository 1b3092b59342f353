// floorplan.json: the hall's outline, then one function per list (stands, aisles, doors,
// facilities, kiosks), then whether every place can be walked to.
#include "pack_reading.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_values.h"
#include "vitrine/catalog/wayfinding.h"

#include <algorithm>
#include <cmath>

namespace vitrine {
namespace {

using nlohmann::json;

// Point in polygon (even-odd), with points on an edge counted as inside.
bool inside_polygon(const std::vector<Point>& poly, Point p) {
    constexpr double eps = 1e-9;
    bool inside = false;
    for (size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const Point& a = poly[i];
        const Point& b = poly[j];
        double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
        if (std::abs(cross) < eps && p.x >= std::min(a.x, b.x) - eps &&
            p.x <= std::max(a.x, b.x) + eps && p.y >= std::min(a.y, b.y) - eps &&
            p.y <= std::max(a.y, b.y) + eps)
            return true;
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool rect_inside_polygon(const std::vector<Point>& poly, const PlanRect& r) {
    for (Point corner : {Point{r.x, r.y}, Point{r.x + r.width, r.y}, Point{r.x, r.y + r.depth},
                         Point{r.x + r.width, r.y + r.depth}})
        if (!inside_polygon(poly, corner))
            return false;
    // A concave hall's corner may poke into the rectangle while all four corners are inside.
    return std::none_of(poly.begin(), poly.end(), [&](Point p) { return r.contains(p); });
}

std::string fmt_metres(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

class PlanReader {
public:
    PlanReader(std::string_view text, const json& doc, FloorPlan& plan, Diagnostics& diags)
        : text_(text), doc_(doc), plan_(plan), diags_(diags) {}

    bool read_outline();
    void read_stands();
    void read_aisles();
    void read_doors();
    void read_facilities();
    void read_kiosks();
    void check_reachable();

private:
    const json& array(const char* key);
    bool read_rect(const json& item, const std::string& what, size_t line, PlanRect& rect);

    const std::string file_ = kFloorPlanFile;
    std::string_view text_;
    const json& doc_;
    FloorPlan& plan_;
    Diagnostics& diags_;
    IdClaims stands_;
    std::map<std::string, size_t> facility_lines_;
};

bool PlanReader::read_outline() {
    auto hall = doc_.find("hall");
    if (hall == doc_.end() || !hall->is_object() || !hall->contains("outline") ||
        !(*hall)["outline"].is_array()) {
        diags_.error(file_, 0, "missing \"hall\": {\"outline\": [...]}",
                     "give the hall's corners in metres, e.g. [[0,0],[40,0],[40,25],[0,25]]");
        return false;
    }
    for (const json& p : (*hall)["outline"]) {
        if (auto pt = json_point(p))
            plan_.outline.push_back(*pt);
        else
            diags_.error(file_, 0, "a corner of hall.outline is not [x, y]",
                         "write each corner as two numbers in metres");
    }
    if (plan_.outline.size() < 3) {
        diags_.error(file_, 0, "hall.outline needs at least three corners");
        return false;
    }
    return true;
}

const json& PlanReader::array(const char* key) {
    static const json empty = json::array(); // immutable: shared by every reader safely
    auto it = doc_.find(key);
    if (it == doc_.end())
        return empty;
    if (!it->is_array()) {
        diags_.error(file_, 0, std::string("\"") + key + "\" must be a list [...]");
        return empty;
    }
    return *it;
}

bool PlanReader::read_rect(const json& item, const std::string& what, size_t line, PlanRect& rect) {
    auto x = json_number(item, "x"), y = json_number(item, "y");
    auto w = json_number(item, "width"), d = json_number(item, "depth");
    if (!x || !y || !w || !d || *w <= 0 || *d <= 0) {
        diags_.error(file_, line, what + " needs numbers x, y, width and depth (metres, > 0)");
        return false;
    }
    rect = {*x, *y, *w, *d};
    if (!rect_inside_polygon(plan_.outline, rect)) {
        diags_.error(file_, line, what + " is outside the hall",
                     "its rectangle (" + fmt_metres(rect.x) + ", " + fmt_metres(rect.y) + ", " +
                         fmt_metres(rect.width) + " x " + fmt_metres(rect.depth) +
                         " m) must fit inside hall.outline");
        return false;
    }
    return true;
}

void PlanReader::read_stands() {
    for (const json& item : array("stands")) {
        if (!item.is_object())
            continue;
        Stand s;
        s.id = stand_id(json_id(item));
        size_t line = json_line(text_, json_id(item), "stands");
        if (!is_stand_id(s.id)) {
            diags_.error(file_, line, "a stand has no valid \"id\"",
                         "a letter and a number, e.g. B12");
            continue;
        }
        if (!stands_.claim(s.id, file_, line, diags_, "stand"))
            continue;
        std::string opening = json_string(item, "opening");
        if (auto side = side_from_key(opening))
            s.opening = *side;
        else
            diags_.error(file_, line, "stand \"" + s.id + "\" has opening " + quote_cell(opening),
                         "north, south, east or west: the side visitors walk in");
        if (read_rect(item, "stand \"" + s.id + "\"", line, s.rect))
            plan_.stands.push_back(std::move(s));
    }
    for (size_t i = 0; i < plan_.stands.size(); ++i)
        for (size_t j = i + 1; j < plan_.stands.size(); ++j)
            if (plan_.stands[i].rect.overlaps(plan_.stands[j].rect))
                diags_.error(file_, stands_.line_of(plan_.stands[j].id),
                             "stand \"" + plan_.stands[j].id + "\" overlaps stand \"" +
                                 plan_.stands[i].id + "\"",
                             "fix their rectangles");
}

void PlanReader::read_aisles() {
    for (const json& item : array("aisles")) {
        Aisle a;
        a.id = json_id(item);
        a.width = item.is_object() ? json_number(item, "width").value_or(2.0) : 2.0;
        if (item.is_object() && item.contains("points") && item["points"].is_array())
            for (const json& p : item["points"])
                if (auto pt = json_point(p))
                    a.points.push_back(*pt);
        if (a.points.size() < 2)
            diags_.error(file_, json_line(text_, a.id, "aisles"),
                         "aisle " + quote_cell(a.id) + " needs two points or more");
        else
            plan_.aisles.push_back(std::move(a));
    }
}

void PlanReader::read_doors() {
    for (const json& item : array("doors")) {
        if (!item.is_object())
            continue;
        Door door;
        door.id = json_id(item);
        size_t line = json_line(text_, door.id, "doors");
        std::string what = "door " + quote_cell(door.id);
        std::string kind = json_string(item, "kind");
        if (auto k = door_kind_from_key(kind))
            door.kind = *k;
        else
            diags_.error(file_, line, what + " has kind " + quote_cell(kind),
                         "entrance, exit, entrance-exit or emergency-exit");
        auto x = json_number(item, "x"), y = json_number(item, "y");
        if (!x || !y) {
            diags_.error(file_, line, what + " needs numbers x and y");
            continue;
        }
        door.at = {*x, *y};
        door.width = json_number(item, "width").value_or(2.0);
        if (item.contains("name"))
            door.name = json_text(item["name"]);
        if (!inside_polygon(plan_.outline, door.at))
            diags_.error(file_, line, what + " is outside the hall",
                         "place it on a wall of hall.outline");
        plan_.doors.push_back(std::move(door));
    }
    if (plan_.doors.empty())
        diags_.error(file_, 0, "the hall has no doors", "add at least the entrance to \"doors\"");
}

void PlanReader::read_facilities() {
    for (const json& item : array("facilities")) {
        if (!item.is_object())
            continue;
        Facility f;
        f.id = json_id(item);
        size_t line = json_line(text_, f.id, "facilities");
        facility_lines_.emplace(f.id, line);
        std::string what = "facility " + quote_cell(f.id);
        std::string kind = json_string(item, "kind");
        if (auto k = facility_kind_from_key(kind))
            f.kind = *k;
        else
            diags_.error(file_, line, what + " has kind " + quote_cell(kind),
                         "toilets, prayer-room, cafe, first-aid, information or other");
        if (item.contains("name"))
            f.name = json_text(item["name"]);
        if (!read_rect(item, what, line, f.rect))
            continue;
        for (const Stand& s : plan_.stands)
            if (s.rect.overlaps(f.rect))
                diags_.error(file_, line, what + " overlaps stand \"" + s.id + "\"",
                             "fix their rectangles");
        plan_.facilities.push_back(std::move(f));
    }
}

void PlanReader::read_kiosks() {
    for (const json& item : array("kiosks")) {
        if (!item.is_object())
            continue;
        KioskSpot k;
        k.id = json_id(item);
        size_t line = json_line(text_, k.id, "kiosks");
        auto x = json_number(item, "x"), y = json_number(item, "y");
        if (k.id.empty() || !x || !y) {
            diags_.error(file_, line, "a kiosk needs an \"id\" and numbers x and y");
            continue;
        }
        k.at = {*x, *y};
        k.facing_degrees = json_number(item, "facing").value_or(0.0);
        if (!inside_polygon(plan_.outline, k.at))
            diags_.error(file_, line, "kiosk " + quote_cell(k.id) + " is outside the hall");
        for (const Stand& s : plan_.stands)
            if (s.rect.contains(k.at))
                diags_.error(file_, line,
                             "kiosk " + quote_cell(k.id) + " stands inside stand \"" + s.id + "\"",
                             "move the kiosk into an aisle");
        plan_.kiosks.push_back(std::move(k));
    }
}

// Every stand and facility can be walked to from where visitors come in.
void PlanReader::check_reachable() {
    // Without a door or a kiosk there is nowhere to walk from: that error is reported already.
    if (plan_.doors.empty() && plan_.kiosks.empty())
        return;
    Wayfinder wayfinder(plan_);
    for (const Unreachable& u : wayfinder.unreachable_places()) {
        bool stand = u.kind == Place::Kind::stand;
        std::string what = (stand ? "stand \"" : "facility \"") + u.id + "\"";
        size_t line = stand ? stands_.line_of(u.id) : facility_lines_[u.id];
        if (u.opening_blocked && stand)
            diags_.error(file_, line,
                         what + " cannot be reached: its opening (" +
                             std::string(side_key(plan_.stand(u.id)->opening)) +
                             " side) is against a wall, a stand or a facility",
                         "turn \"opening\" to the side that faces an aisle, or leave at least "
                         "1 m free in front of it");
        else if (u.opening_blocked)
            diags_.error(file_, line,
                         what + " cannot be reached: every side of it is against a wall, a stand "
                                "or another facility",
                         "leave at least 1 m free along one of its sides");
        else
            diags_.error(file_, line,
                         what + " cannot be reached: stands, facilities or walls close off the "
                                "space in front of it from every door and kiosk",
                         "leave an aisle at least 1 m wide from it to the rest of the hall");
    }
}

} // namespace

bool read_floor_plan(std::string_view text, FloorPlan& plan, Diagnostics& diags) {
    auto parsed = parse_json(text, kFloorPlanFile, diags);
    if (!parsed)
        return false;
    json doc = std::move(*parsed);
    PlanReader reader(text, doc, plan, diags);
    if (!reader.read_outline())
        return false;
    reader.read_stands();
    reader.read_aisles();
    reader.read_doors();
    reader.read_facilities();
    reader.read_kiosks();
    reader.check_reachable();
    return true;
}

} // namespace vitrine
