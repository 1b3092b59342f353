// The catalogue as the kiosk and the tools see it: plain values, loaded once, read-only after.
#pragma once

#include "vitrine/catalog/lang.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace vitrine {

struct Fair {
    Text name;
    Text venue;
    Text city;
    Text hours; // opening hours, as the organiser writes them
    Text organiser;
    Text about;             // one or two sentences on the fair; may be empty
    std::string start_date; // ISO 8601, "2025-03-18"
    std::string end_date;
    Lang default_lang = Lang::fr;
};

// Identity of an installed pack: packs are ordered by (version, created).
struct PackStamp {
    int64_t version = 0;
    std::string created; // ISO 8601 UTC, "2025-03-18T09:00:00Z"
    auto operator<=>(const PackStamp&) const = default;
};

struct Sector {
    std::string id;
    std::string parent; // empty for a sector; the sector's id for a sub-sector
    uint32_t color = 0; // 0xRRGGBB
    Text name;
    int exhibitor_count = 0; // exhibitors in it (for a sector: in it or any of its sub-sectors)
    int product_count = 0;
    bool is_sector() const { return parent.empty(); }
};

enum class ExhibitorKind { cooperative, tpe, artisan, auto_entrepreneur };

struct Exhibitor {
    std::string id;
    Text name;
    ExhibitorKind kind = ExhibitorKind::artisan;
    Text city;
    Text region;
    std::string sector;
    std::string subsector; // may be empty
    std::string stand;
    Text description;
    std::string phone;
    std::string email;
    std::string website;
    Text association; // the microcredit association that supports them; may be empty
    bool featured = false;
    std::vector<size_t> products; // indexes into Catalog::products, in pack order
};

// A photo as stored: the original is never kept, only its two renditions.
struct Photo {
    std::string hash; // SHA-256 of the original file, hex: names the stored renditions
    int width = 0;    // of the display rendition
    int height = 0;
    int thumb_width = 0;
    int thumb_height = 0;
    std::string display_path; // relative to the data directory
    std::string thumb_path;
};

struct Price {
    int64_t min_centimes = 0;
    int64_t max_centimes = 0; // equal to min for a single price
};

struct Product {
    std::string id;
    std::string exhibitor;
    Text name;
    Text description;
    Text material;                   // material or origin
    std::vector<std::string> labels; // label keys, see labels.h
    std::optional<Price> price;      // indicative, in MAD
    std::vector<std::string> photos; // photo hashes, first is the cover
};

struct Point {
    double x = 0; // metres, from the hall's top-left corner, x to the right
    double y = 0; // metres, y downwards (towards the entrance on the sample hall)
    bool operator==(const Point&) const = default;
};

struct PlanRect {
    double x = 0, y = 0, width = 0, depth = 0;
    bool contains(Point p) const {
        return p.x > x && p.x < x + width && p.y > y && p.y < y + depth;
    }
    bool overlaps(const PlanRect& o) const {
        return x < o.x + o.width && o.x < x + width && y < o.y + o.depth && o.y < y + depth;
    }
    Point centre() const { return {x + width / 2, y + depth / 2}; }
};

enum class Side { north, south, east, west };

struct Stand {
    std::string id; // "B12", upper case
    PlanRect rect;
    Side opening = Side::south; // the side that faces the aisle
    Text zone;                  // optional name of the area, from stands.csv
    Point door() const;         // middle of the opening side
};

struct Aisle {
    std::string id;
    std::vector<Point> points; // a polyline along the aisle's middle
    double width = 2;
};

enum class DoorKind { entrance, exit, entrance_exit, emergency_exit };

struct Door {
    std::string id;
    DoorKind kind = DoorKind::entrance;
    Point at;
    double width = 2;
    Text name;
};

enum class FacilityKind { toilets, prayer_room, cafe, first_aid, information, other };

struct Facility {
    std::string id;
    FacilityKind kind = FacilityKind::other;
    PlanRect rect;
    Text name; // optional; the kiosk names the kind when empty
};

struct KioskSpot {
    std::string id;
    Point at;
    double facing_degrees = 0; // where the screen looks; 0 = north (up the plan)
};

struct FloorPlan {
    std::vector<Point> outline; // the hall's walls, a simple polygon
    std::vector<Stand> stands;
    std::vector<Aisle> aisles;
    std::vector<Door> doors;
    std::vector<Facility> facilities;
    std::vector<KioskSpot> kiosks;

    PlanRect bounds() const;
    const Stand* stand(const std::string& id) const;
};

// Words visitors use for one thing, in any language or spelling ("tapis", "زربية", "zarbia",
// "rug", "carpet"), from the pack's optional synonyms.csv: search finds what holds one of them
// by any of the others.
struct SynonymGroup {
    std::vector<std::string> words; // as the organiser wrote them; each may be several words
    size_t line = 0;                // in synonyms.csv, for messages
};

struct Catalog {
    PackStamp stamp;
    Fair fair;
    std::vector<Sector> sectors; // sectors, each followed by its sub-sectors, in pack order
    std::vector<Exhibitor> exhibitors;
    std::vector<Product> products;
    std::unordered_map<std::string, Photo> photos; // by hash
    FloorPlan plan;
    std::vector<SynonymGroup> synonyms; // used when the search index is built, not stored

    const Sector* sector(const std::string& id) const;
    const Exhibitor* exhibitor(const std::string& id) const;
    const Product* product(const std::string& id) const;
    const Exhibitor* exhibitor_at_stand(const std::string& stand) const;
    std::vector<const Sector*> subsectors_of(const std::string& sector_id) const;

    // Index the lookups above; called once after loading.
    void build_index();

private:
    std::unordered_map<std::string, size_t> sector_index_, exhibitor_index_, product_index_,
        stand_index_;
};

std::string_view kind_key(ExhibitorKind kind);                      // "cooperative", "tpe", ...
std::optional<ExhibitorKind> kind_from_text(std::string_view text); // accepts French too
std::string_view side_key(Side side);
std::optional<Side> side_from_key(std::string_view key);
std::string_view door_kind_key(DoorKind kind);
std::optional<DoorKind> door_kind_from_key(std::string_view key);
std::string_view facility_kind_key(FacilityKind kind);
std::optional<FacilityKind> facility_kind_from_key(std::string_view key);

} // namespace vitrine
