// The organisers' statistics: what visitors looked at, counted per hour, with nothing personal.
// Counts live in a file of their own beside the catalogue (`<data dir>/stats.db`), which no
// import or rollback touches, written in whole transactions so that it is whole after a crash
// or a power cut at any moment.
//
// What is kept, per hour of the kiosk's local clock and never finer: visits (first touch to
// idle reset) and a histogram of their lengths; screens shown per language; views of each
// exhibitor, product and sector; routes asked per stand; QR codes shown; searches that found
// something and searches that found nothing, as normalised text, and only once the same text
// was searched at least kSearchThreshold times in a day (before that it is held in memory only,
// so nothing a single visitor typed ever reaches the disk). No visitor identifiers.
#pragma once

#include "vitrine/catalog/errors.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace vitrine {

// The statistics file cannot be opened or written, or an export is unreadable; what() names
// the file (and line) and what to do.
class StatsError : public Error {
public:
    using Error::Error;
};

// What a count counts. The names are the `metric` column of the export.
enum class Metric {
    visits,          // key: empty
    visit_length,    // key: the lower bound of a duration bucket, in seconds ("60")
    screens,         // key: the language shown ("fr")
    exhibitor_views, // key: exhibitor id
    product_views,   // key: product id
    sector_views,    // key: sector id
    routes,          // key: stand id
    qr_codes,        // key: what the code carried ("visit", "contact")
    searches_found,  // key: normalised search text
    searches_unmet,  // key: normalised search text
};
std::string_view metric_name(Metric m);
std::optional<Metric> metric_from_name(std::string_view name);

using Clock = std::chrono::system_clock;

// One count: in `hour` ("2026-03-18T14", the kiosk's local time), `count` of `metric` for `key`.
struct StatCount {
    std::string hour;
    Metric metric = Metric::visits;
    std::string key;
    int64_t count = 0;
    auto operator<=>(const StatCount&) const = default;
};

// The hour a moment falls in, on this machine's local clock: "2026-03-18T14".
std::string stats_hour(Clock::time_point at);

// Lower bounds, in seconds, of the visit-length histogram's buckets: finer for short visits.
inline constexpr int kVisitLengthBuckets[] = {0,   15,  30,  45,  60,   90,   120,  180, 240,
                                              300, 420, 600, 900, 1200, 1800, 2700, 3600};
// The median visit length from a histogram (bucket lower bound -> visits), interpolated inside
// the bucket that holds it; 0 without visits.
double median_visit_seconds(const std::map<int, int64_t>& histogram);

// A search text is kept from this many searches of it in one day.
inline constexpr int kSearchThreshold = 3;

// Counts recorded in memory and written to the statistics file in one transaction by flush().
// Every method is thread safe; the record_* calls only touch memory (a lock and a map update),
// so the kiosk may call them from its frame loop, and call flush_if_due() every frame: it
// writes at most every kFlushInterval, and at once when a visit ends.
class StatsStore {
public:
    static constexpr std::chrono::seconds kFlushInterval{30};

    // Opens or creates the file (SQLite, WAL, synchronous=FULL). Throws StatsError.
    explicit StatsStore(const std::filesystem::path& file);
    ~StatsStore(); // flushes; never throws (a failed write is lost, not a crash)
    StatsStore(const StatsStore&) = delete;
    StatsStore& operator=(const StatsStore&) = delete;

    // `<data dir>/stats.db`.
    static std::filesystem::path file_in(const std::filesystem::path& data_dir);

    // A visit from the first touch to the idle reset: counted in the hour it started.
    void record_visit(Clock::time_point started, Clock::time_point ended);
    void record_screen(std::string_view language, Clock::time_point at);
    void record_view(Metric kind, std::string_view id, Clock::time_point at); // *_views only
    void record_route(std::string_view stand, Clock::time_point at);
    void record_qr(std::string_view what, Clock::time_point at);
    // The text as typed; it is normalised here. Empty after normalisation: not counted.
    void record_search(std::string_view text, bool found, Clock::time_point at);

    // Writes what was recorded since the last flush, in one transaction. Throws StatsError
    // (what was recorded is kept for the next try).
    void flush();
    // flush() when kFlushInterval has passed since the last one or a visit ended since; never
    // throws (a failure is retried at the next due time). True when it wrote.
    bool flush_if_due(Clock::time_point now);

    // Every count written so far, by hour, metric and key.
    std::vector<StatCount> counts() const;

    // Writes every count to `dir`/vitrine-stats-<kiosk>-<date>.csv (the date of `now`, local),
    // through a temporary file renamed into place; returns the file written. Throws StatsError.
    std::filesystem::path export_csv(const std::filesystem::path& dir, std::string_view kiosk,
                                     Clock::time_point now);

private:
    using Key = std::tuple<std::string, Metric, std::string>; // hour, metric, key
    void add(std::string hour, Metric metric, std::string key, int64_t n);

    struct Db;
    std::unique_ptr<Db> db_;
    mutable std::mutex mutex_; // guards what follows and the database handle
    std::map<Key, int64_t> pending_;
    // Searches not yet seen kSearchThreshold times today, per (found, text), by hour; memory only.
    std::string search_day_;
    std::map<std::pair<bool, std::string>, std::map<std::string, int64_t>> held_searches_;
    std::set<std::pair<bool, std::string>> kept_searches_; // today's, past the threshold
    Clock::time_point last_flush_{};
    bool visit_ended_ = false;
};

// [SECTION] The export format
// One CSV file per kiosk, UTF-8, comma separated, header `kiosk,hour,metric,key,count`:
//   kiosk  the kiosk's id on the plan
//   hour   "YYYY-MM-DDTHH", the kiosk's local time
//   metric a Metric name above
//   key    what is counted (see Metric), may be empty
//   count  a positive integer
struct KioskCount {
    std::string kiosk;
    StatCount count;
};

// The CSV text of an export.
std::string stats_csv(std::string_view kiosk, const std::vector<StatCount>& counts);
// Reads an export; throws StatsError naming the file, line and cell to fix.
std::vector<KioskCount> read_stats_csv(const std::filesystem::path& file);
// Several kiosks' exports summed: the same kiosk, hour, metric and key read twice (the same
// export copied twice onto a stick) counts once, from the larger count.
std::vector<KioskCount> merge_stats(const std::vector<std::vector<KioskCount>>& exports);

} // namespace vitrine
