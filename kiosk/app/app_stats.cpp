// [SECTION] Statistics: what the App counts for the organisers (vitrine/catalog/stats.h). Only
// memory is touched in the frame; the file is written by flush_if_due, and a failure is logged,
// never thrown into the frame: a kiosk that cannot count still shows the catalogue.
#include "app/app.h"

#include <chrono>

namespace vitrine::kiosk {

Clock::time_point App::stats_time(double now) const {
    return stats_epoch_ +
           std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(now));
}

void App::count_screen(const Route& from, const Route& to, double now) {
    if (!stats_)
        return;
    auto at = stats_time(now);
    // A search is settled when the visitor opens a result or leaves the screen: counting per
    // keystroke would count "z", "ze", "zel"...
    if (from.kind == ScreenKind::search && from != to)
        if (auto searched = screens_.at(from.kind)->searched(); searched) {
            if (searched->first != counted_search_)
                stats_->record_search(searched->first, searched->second, at);
            counted_search_ = searched->first;
        }
    if (screens_.at(to.kind)->resting())
        return; // between visitors: nobody is looking
    stats_->record_screen(lang_code(lang_), at);
    counted_lang_ = lang_;
    if (const ExhibitorId* e = to.as<ExhibitorId>(); e && to.kind == ScreenKind::exhibitor) {
        stats_->record_view(Metric::exhibitor_views, e->id, at);
        stats_->record_qr("contact", at); // the maker's page always shows their card's code
    } else if (const ProductId* p = to.as<ProductId>()) {
        stats_->record_view(Metric::product_views, p->id, at);
    } else if (const SectorId* s = to.as<SectorId>(); s && to.kind == ScreenKind::sector) {
        stats_->record_view(Metric::sector_views, s->id, at);
    } else if (const StandId* stand = to.as<StandId>(); stand && to.kind == ScreenKind::map) {
        stats_->record_route(stand->id, at);
    } else if (to.kind == ScreenKind::visit && !visit_.visit.empty()) {
        stats_->record_qr("visit", at);
    }
}

void App::count_visit_end(double now) {
    if (stats_ && visit_started_) {
        if (nav_.current().kind == ScreenKind::search)
            count_screen(nav_.current(), Route{ScreenKind::attract, {}}, now);
        stats_->record_visit(stats_time(*visit_started_), stats_time(now));
    }
    visit_started_.reset();
    counted_search_.clear();
}

void App::flush_statistics(double now) {
    if (!stats_)
        return;
    // A language switched on the same screen shows it again, in the other language.
    if (lang_ != counted_lang_ && !screens_.at(nav_.current().kind)->resting()) {
        stats_->record_screen(lang_code(lang_), stats_time(now));
        counted_lang_ = lang_;
    }
    stats_->flush_if_due(stats_time(now));
}

std::filesystem::path App::export_statistics(const std::filesystem::path& dir) {
    if (!stats_)
        throw StatsError(
            "no statistics on this kiosk: " + StatsStore::file_in(options_.data_dir).string() +
            " could not be opened (see the kiosk's log)");
    stats_->flush();
    return stats_->export_csv(dir, options_.kiosk_id.empty() ? "kiosk" : options_.kiosk_id,
                              Clock::now());
}

UpdateSettings App::with_stick_exports(UpdateSettings settings) {
    // Runs on the updater's thread; a failure there becomes a line in the update's status.
    settings.extra_exports = [this](const std::filesystem::path& stick) {
        StatsStore* stats = stats_for_sticks_.load();
        if (!stats)
            return;
        stats->flush();
        stats->export_csv(stick, options_.kiosk_id.empty() ? "kiosk" : options_.kiosk_id,
                          Clock::now());
    };
    return settings;
}

} // namespace vitrine::kiosk
