#include "vitrine/catalog/model.h"
#include "vitrine/catalog/text.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

namespace vitrine {
namespace {

template <typename Enum, size_t N>
std::optional<Enum> from_key(const std::array<std::pair<Enum, std::string_view>, N>& table,
                             std::string_view key) {
    for (const auto& [value, name] : table)
        if (name == key)
            return value;
    return std::nullopt;
}

template <typename Enum, size_t N>
std::string_view to_key(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
    for (const auto& [v, name] : table)
        if (v == value)
            return name;
    return table[0].second;
}

constexpr std::array<std::pair<ExhibitorKind, std::string_view>, 4> kKinds{{
    {ExhibitorKind::cooperative, "cooperative"},
    {ExhibitorKind::tpe, "tpe"},
    {ExhibitorKind::artisan, "artisan"},
    {ExhibitorKind::auto_entrepreneur, "auto-entrepreneur"},
}};

constexpr std::array<std::pair<Side, std::string_view>, 4> kSides{{
    {Side::north, "north"},
    {Side::south, "south"},
    {Side::east, "east"},
    {Side::west, "west"},
}};

constexpr std::array<std::pair<DoorKind, std::string_view>, 4> kDoorKinds{{
    {DoorKind::entrance, "entrance"},
    {DoorKind::exit, "exit"},
    {DoorKind::entrance_exit, "entrance-exit"},
    {DoorKind::emergency_exit, "emergency-exit"},
}};

constexpr std::array<std::pair<FacilityKind, std::string_view>, 6> kFacilityKinds{{
    {FacilityKind::toilets, "toilets"},
    {FacilityKind::prayer_room, "prayer-room"},
    {FacilityKind::cafe, "cafe"},
    {FacilityKind::first_aid, "first-aid"},
    {FacilityKind::information, "information"},
    {FacilityKind::other, "other"},
}};

} // namespace

std::string_view kind_key(ExhibitorKind kind) {
    return to_key(kKinds, kind);
}

std::optional<ExhibitorKind> kind_from_text(std::string_view text) {
    // Organisers write French: "Coopérative", "TPE", "Auto-entrepreneur", "auto entrepreneur".
    std::string key = fold_latin(text);
    std::replace(key.begin(), key.end(), ' ', '-');
    if (key == "cooperative" || key == "coop")
        return ExhibitorKind::cooperative;
    if (key == "tpe" || key == "tres-petite-entreprise" || key == "very-small-business")
        return ExhibitorKind::tpe;
    if (key == "artisan" || key == "artisane")
        return ExhibitorKind::artisan;
    if (key == "auto-entrepreneur" || key == "autoentrepreneur" || key == "auto-entrepreneuse")
        return ExhibitorKind::auto_entrepreneur;
    return std::nullopt;
}

std::string_view side_key(Side side) {
    return to_key(kSides, side);
}
std::optional<Side> side_from_key(std::string_view key) {
    return from_key(kSides, key);
}
std::string_view door_kind_key(DoorKind kind) {
    return to_key(kDoorKinds, kind);
}
std::optional<DoorKind> door_kind_from_key(std::string_view key) {
    return from_key(kDoorKinds, key);
}
std::string_view facility_kind_key(FacilityKind kind) {
    return to_key(kFacilityKinds, kind);
}
std::optional<FacilityKind> facility_kind_from_key(std::string_view key) {
    return from_key(kFacilityKinds, key);
}

Point Stand::door() const {
    switch (opening) {
    case Side::north:
        return {rect.x + rect.width / 2, rect.y};
    case Side::south:
        return {rect.x + rect.width / 2, rect.y + rect.depth};
    case Side::east:
        return {rect.x + rect.width, rect.y + rect.depth / 2};
    case Side::west:
        return {rect.x, rect.y + rect.depth / 2};
    }
    return rect.centre();
}

PlanRect FloorPlan::bounds() const {
    if (outline.empty())
        return {};
    double min_x = std::numeric_limits<double>::max(), min_y = min_x;
    double max_x = std::numeric_limits<double>::lowest(), max_y = max_x;
    for (const Point& p : outline) {
        min_x = std::min(min_x, p.x);
        min_y = std::min(min_y, p.y);
        max_x = std::max(max_x, p.x);
        max_y = std::max(max_y, p.y);
    }
    return {min_x, min_y, max_x - min_x, max_y - min_y};
}

const Stand* FloorPlan::stand(const std::string& id) const {
    for (const Stand& s : stands)
        if (s.id == id)
            return &s;
    return nullptr;
}

void Catalog::build_index() {
    sector_index_.clear();
    exhibitor_index_.clear();
    product_index_.clear();
    stand_index_.clear();
    for (size_t i = 0; i < sectors.size(); ++i)
        sector_index_.emplace(sectors[i].id, i);
    for (size_t i = 0; i < exhibitors.size(); ++i) {
        exhibitor_index_.emplace(exhibitors[i].id, i);
        stand_index_.emplace(exhibitors[i].stand, i);
        exhibitors[i].products.clear();
    }
    for (size_t i = 0; i < products.size(); ++i) {
        product_index_.emplace(products[i].id, i);
        if (auto it = exhibitor_index_.find(products[i].exhibitor); it != exhibitor_index_.end())
            exhibitors[it->second].products.push_back(i);
    }
    for (Sector& s : sectors) {
        s.exhibitor_count = 0;
        s.product_count = 0;
    }
    for (const Exhibitor& e : exhibitors) {
        for (const std::string* id : {&e.sector, &e.subsector}) {
            if (auto it = sector_index_.find(*id); !id->empty() && it != sector_index_.end()) {
                sectors[it->second].exhibitor_count += 1;
                sectors[it->second].product_count += static_cast<int>(e.products.size());
            }
        }
    }
}

const Sector* Catalog::sector(const std::string& id) const {
    auto it = sector_index_.find(id);
    return it == sector_index_.end() ? nullptr : &sectors[it->second];
}

const Exhibitor* Catalog::exhibitor(const std::string& id) const {
    auto it = exhibitor_index_.find(id);
    return it == exhibitor_index_.end() ? nullptr : &exhibitors[it->second];
}

const Product* Catalog::product(const std::string& id) const {
    auto it = product_index_.find(id);
    return it == product_index_.end() ? nullptr : &products[it->second];
}

const Exhibitor* Catalog::exhibitor_at_stand(const std::string& stand) const {
    auto it = stand_index_.find(stand);
    return it == stand_index_.end() ? nullptr : &exhibitors[it->second];
}

std::vector<const Sector*> Catalog::subsectors_of(const std::string& sector_id) const {
    std::vector<const Sector*> out;
    for (const Sector& s : sectors)
        if (s.parent == sector_id)
            out.push_back(&s);
    return out;
}

} // namespace vitrine
