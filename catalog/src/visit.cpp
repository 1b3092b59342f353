#include "vitrine/catalog/visit.h"

#include "vitrine/catalog/text.h"

#include <algorithm>
#include <cmath>

namespace vitrine {

std::string_view Visit::message_key(Added result) {
    switch (result) {
    case Added::added:
        return "";
    case Added::already_there:
        return "visit.already_there";
    case Added::full:
        return "visit.full";
    case Added::no_stand:
        return "visit.no_stand";
    }
    return "";
}

Visit::Added Visit::add(VisitStop stop) {
    if (contains(stop.exhibitor))
        return Added::already_there;
    if (stop.stand.empty())
        return Added::no_stand;
    if (stops_.size() >= kMaxStops)
        return Added::full;
    stops_.push_back(std::move(stop));
    return Added::added;
}

bool Visit::remove(std::string_view exhibitor) {
    auto it = std::find_if(stops_.begin(), stops_.end(),
                           [&](const VisitStop& s) { return s.exhibitor == exhibitor; });
    if (it == stops_.end())
        return false;
    stops_.erase(it);
    return true;
}

bool Visit::contains(std::string_view exhibitor) const {
    return std::any_of(stops_.begin(), stops_.end(),
                       [&](const VisitStop& s) { return s.exhibitor == exhibitor; });
}

void Visit::clear() {
    stops_.clear();
}

std::optional<PlannedVisit> plan_visit(const Wayfinder& wayfinder, const Place& from,
                                       const Visit& visit) {
    std::vector<Place> places;
    for (const VisitStop& s : visit.stops()) {
        auto p = wayfinder.place(Place::Kind::stand, s.stand);
        if (!p)
            return std::nullopt;
        places.push_back(*p);
    }
    auto route = wayfinder.tour(from, places);
    if (!route)
        return std::nullopt;
    PlannedVisit planned;
    // Two makers may share a stand: each stop of the route takes the next unused maker there.
    std::vector<bool> used(visit.size(), false);
    for (size_t k = 1; k + 1 < route->stops.size(); ++k)
        for (size_t i = 0; i < visit.size(); ++i)
            if (!used[i] && places[i].id == route->stops[k].id) {
                used[i] = true;
                planned.order.push_back(visit.stops()[i]);
                break;
            }
    planned.route = std::move(*route);
    return planned;
}

namespace {

// At most `limit` code points of `text`, with "…" in place of the rest.
std::string shortened(std::string_view text, size_t limit) {
    if (utf8_length(text) <= limit)
        return std::string(text);
    std::string out;
    size_t i = 0;
    for (size_t n = 0; n + 1 < limit && i < text.size(); ++n) {
        size_t start = i;
        decode_utf8(text, i);
        out.append(text.substr(start, i - start));
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out + "…";
}

std::string compose(const PlannedVisit& visit, const VisitTextLabels& labels,
                    std::optional<size_t> name_limit) {
    const Walk& r = visit.route;
    long metres = std::lround(r.metres);
    long minutes = std::max(1L, std::lround(r.seconds / 60));
    std::string out = labels.title + " · " + std::to_string(visit.order.size()) + " " +
                      (visit.order.size() == 1 ? labels.stand : labels.stands) + " · " +
                      std::to_string(metres) + " " + labels.metres + " · " +
                      std::to_string(minutes) + " " + labels.minutes + "\n";
    for (size_t k = 0; k < visit.order.size(); ++k) {
        out += std::to_string(k + 1) + ". " + visit.order[k].stand;
        if (!name_limit || *name_limit > 0)
            out += " " +
                   (name_limit ? shortened(visit.order[k].name, *name_limit) : visit.order[k].name);
        out += "\n";
    }
    if (!r.stops.empty())
        out += labels.exit + ": " + r.stops.back().id;
    return out;
}

} // namespace

std::string visit_qr_text(const PlannedVisit& visit, const VisitTextLabels& labels,
                          size_t max_bytes) {
    std::string whole = compose(visit, labels, std::nullopt);
    if (whole.size() <= max_bytes)
        return whole;
    size_t longest = 0;
    for (const VisitStop& s : visit.order)
        longest = std::max(longest, utf8_length(s.name));
    // Every name cut to the same length, the longest that fits: no maker loses more than another.
    for (size_t limit = longest; limit >= 4; --limit) {
        std::string text = compose(visit, labels, limit);
        if (text.size() <= max_bytes)
            return text;
    }
    return compose(visit, labels, 0);
}

} // namespace vitrine
