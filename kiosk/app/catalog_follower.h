// A running kiosk follows imports and rollbacks. At most once a second it reads where the data
// directory's `current` link points (one readlink, no frame drawn, so an idle kiosk stays
// asleep); when the link moved, it opens the new catalogue under a lease and only then lets go
// of the old one, so that garbage collection never deletes a file the kiosk may still read.
//
// Thread safety: used from the kiosk's main thread only.
#pragma once

#include "nav/navigator.h"
#include "vitrine/catalog/search.h"
#include "vitrine/catalog/store.h"

#include <memory>
#include <optional>
#include <string>

namespace vitrine::kiosk {

class Ui;

// The catalogue a kiosk shows, with the lease that keeps its files.
struct ShownCatalog {
    CatalogLease lease;
    Catalog catalog;
    std::unique_ptr<Search> search;
};

// Opens the installed catalogue. Throws NoCatalogError, or StoreError when it cannot be read.
std::unique_ptr<ShownCatalog> open_shown(const Store& store);

// Whether the item a route shows (a sector, a maker, a product, a stand on the map) is in
// `catalog`. Screens that show no item always are.
bool route_exists(const Route& route, const Catalog& catalog);

class CatalogFollower {
public:
    static constexpr double kInterval = 1.0;  // seconds between two looks at the link
    static constexpr double kNoticeFor = 6.0; // the "updated, back home" notice, in seconds

    // Seconds until the next look (0 when one is due).
    double check_in(double now) const;

    // When a look is due: the catalogue installed now, opened, if it is not `shown_id` (empty:
    // none shown); else nullptr. One that cannot be opened is logged once and the one shown
    // stays; the next looks try again.
    std::unique_ptr<ShownCatalog> poll(const Store& store, const std::string& shown_id, double now);

    // The next poll looks at once (an update by stick just installed a catalogue).
    void look_now() { next_check_ = 0; }
    // The visitor's item went away with an update: they are sent home, and told so.
    void notify_sent_home(double now) { notice_until_ = now + kNoticeFor; }
    // Draws the notice while it lasts; the seconds until it goes, for the app's next wake.
    void draw_notice(Ui& ui, double now) const;
    std::optional<double> notice_ends_in(double now) const;

private:
    double next_check_ = 0;
    double notice_until_ = 0;
    std::string failed_id_; // logged already
};

} // namespace vitrine::kiosk
