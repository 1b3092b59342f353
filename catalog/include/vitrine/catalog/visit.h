// "Ma visite": the makers a visitor shortlists, walked in the best order from the kiosk to an
// exit, and taken away as a QR code of plain text that any phone's camera shows without a
// network or an app. A Visit is a value owned by the kiosk's session and cleared at the idle
// reset; it is not thread safe (one screen loop owns it).
#pragma once

#include "vitrine/catalog/wayfinding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

// A maker on the shortlist, and the stand the tour walks to.
struct VisitStop {
    std::string exhibitor; // id
    std::string name;      // as shown, in the visitor's language
    std::string stand;     // stand id
};

class Visit {
public:
    static constexpr size_t kMaxStops = Wayfinder::kMaxStops;

    enum class Added {
        added,
        already_there, // the maker was on the list already: nothing changes
        full,          // kMaxStops makers already: refused, the list is unchanged
        no_stand,      // the maker has no stand on the plan: nothing to walk to
    };
    // The translation key of the kind word the kiosk shows for a refusal ("visit.full": "Your
    // visit already has 10 stops: remove one to add this maker"); empty for `added`.
    static std::string_view message_key(Added result);

    Added add(VisitStop stop);
    bool remove(std::string_view exhibitor); // false when not on the list
    bool contains(std::string_view exhibitor) const;
    void clear();

    const std::vector<VisitStop>& stops() const { return stops_; }
    size_t size() const { return stops_.size(); }
    bool empty() const { return stops_.empty(); }

private:
    std::vector<VisitStop> stops_; // in the order added
};

// The tour of a visit: the route (stops in walking order, the start first and the exit last),
// and the shortlist's makers in the same order.
struct PlannedVisit {
    Walk route;
    std::vector<VisitStop> order;
};

// The walk from `from` through every stop of the visit to the nearest exit. nullopt when a
// stand is not on the plan or out of reach, or no exit is.
std::optional<PlannedVisit> plan_visit(const Wayfinder& wayfinder, const Place& from,
                                       const Visit& visit);

// The words of the QR text, in the visitor's language; French by default.
struct VisitTextLabels {
    std::string title = "Ma visite";
    std::string stand = "stand";
    std::string stands = "stands"; // the plural, as the language writes it (not stand + "s")
    std::string exit = "Sortie";
    std::string metres = "m";
    std::string minutes = "min";
};

// QR version 13 at error correction M (69 x 69 modules) holds 331 bytes: large enough for ten
// stops with short names, small enough that a phone reads it at arm's length from the screen.
inline constexpr size_t kVisitQrMaxBytes = 331;

// The visit as plain text, one stop a line:
//   Ma visite · 10 stands · 412 m · 9 min
//   1. B07 Coopérative Tifawin
//   ...
//   Sortie: S1
// At most max_bytes of UTF-8: names are shortened (with "…", never inside a character) until
// it fits, then left out; the stands, the distance and the time always remain.
std::string visit_qr_text(const PlannedVisit& visit, const VisitTextLabels& labels = {},
                          size_t max_bytes = kVisitQrMaxBytes);

} // namespace vitrine
