// [SECTION] Index
// - Names and hours
// - The store: memory first, one transaction per flush
// - Searches: the three-a-day rule
// - Export and merge
#include "vitrine/catalog/stats.h"

#include "durable.h"
#include "vitrine/catalog/csv.h"
#include "vitrine/catalog/normalize.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <array>
#include <charconv>
#include <ctime>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace vitrine {

// [SECTION] Names and hours

namespace {

constexpr std::array<std::pair<Metric, std::string_view>, 10> kMetricNames{{
    {Metric::visits, "visits"},
    {Metric::visit_length, "visit_length"},
    {Metric::screens, "screens"},
    {Metric::exhibitor_views, "exhibitor_views"},
    {Metric::product_views, "product_views"},
    {Metric::sector_views, "sector_views"},
    {Metric::routes, "routes"},
    {Metric::qr_codes, "qr_codes"},
    {Metric::searches_found, "searches_found"},
    {Metric::searches_unmet, "searches_unmet"},
}};

std::tm local_tm(Clock::time_point at) {
    std::time_t t = Clock::to_time_t(at);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

std::string local_date(Clock::time_point at) {
    std::tm tm = local_tm(at);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

int visit_bucket(double seconds) {
    int bucket = 0;
    for (int lower : kVisitLengthBuckets)
        if (seconds >= lower)
            bucket = lower;
    return bucket;
}

// A kiosk id as part of a file name: letters, digits, '-' and '_' kept, anything else '_'.
std::string file_safe(std::string_view id) {
    std::string out;
    for (char c : id) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
        out += keep ? c : '_';
    }
    return out.empty() ? "kiosque" : out;
}

bool valid_hour(std::string_view h) {
    // YYYY-MM-DDTHH
    if (h.size() != 13 || h[4] != '-' || h[7] != '-' || h[10] != 'T')
        return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12})
        if (h[i] < '0' || h[i] > '9')
            return false;
    return true;
}

} // namespace

std::string_view metric_name(Metric m) {
    for (const auto& [metric, name] : kMetricNames)
        if (metric == m)
            return name;
    return "unknown";
}

std::optional<Metric> metric_from_name(std::string_view name) {
    for (const auto& [metric, n] : kMetricNames)
        if (n == name)
            return metric;
    return std::nullopt;
}

std::string stats_hour(Clock::time_point at) {
    std::tm tm = local_tm(at);
    char text[24];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H", &tm);
    return text;
}

double median_visit_seconds(const std::map<int, int64_t>& histogram) {
    int64_t total = 0;
    for (const auto& [lower, n] : histogram)
        total += n;
    if (total == 0)
        return 0;
    const double half = static_cast<double>(total) / 2;
    double below = 0;
    for (auto it = histogram.begin(); it != histogram.end(); ++it) {
        double n = static_cast<double>(it->second);
        if (below + n >= half) {
            // The upper bound of the bucket: the next one's lower bound; the last is open, and
            // taken as wide as the one before it.
            const int* end = std::upper_bound(std::begin(kVisitLengthBuckets),
                                              std::end(kVisitLengthBuckets), it->first);
            double upper = end != std::end(kVisitLengthBuckets) ? *end : it->first * 1.5;
            return it->first + (upper - it->first) * ((half - below) / n);
        }
        below += n;
    }
    return histogram.rbegin()->first;
}

// [SECTION] The store: memory first, one transaction per flush

struct StatsStore::Db {
    fs::path file;
    SQLite::Database db;
    explicit Db(const fs::path& f)
        : file(f), db(f.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) {}
};

StatsStore::StatsStore(const fs::path& file) {
    try {
        if (file.has_parent_path())
            fs::create_directories(file.parent_path());
        db_ = std::make_unique<Db>(file);
        db_->db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        db_->db.exec("CREATE TABLE IF NOT EXISTS counts ("
                     " hour TEXT NOT NULL, metric TEXT NOT NULL, key TEXT NOT NULL,"
                     " count INTEGER NOT NULL CHECK (count > 0),"
                     " PRIMARY KEY (hour, metric, key)) WITHOUT ROWID");
    } catch (const std::exception& e) {
        throw StatsError(file.string() + ": the statistics file cannot be opened (" + e.what() +
                         "); delete it to start counting afresh");
    }
    last_flush_ = Clock::now();
}

StatsStore::~StatsStore() {
    try {
        flush();
    } catch (...) {
        // Losing the last seconds of counts is better than a crash at shutdown.
    }
}

fs::path StatsStore::file_in(const fs::path& data_dir) {
    return data_dir / "stats.db";
}

void StatsStore::add(std::string hour, Metric metric, std::string key, int64_t n) {
    pending_[{std::move(hour), metric, std::move(key)}] += n;
}

void StatsStore::record_visit(Clock::time_point started, Clock::time_point ended) {
    double seconds = std::max(0.0, std::chrono::duration<double>(ended - started).count());
    std::lock_guard lock(mutex_);
    std::string hour = stats_hour(started);
    add(hour, Metric::visits, "", 1);
    add(hour, Metric::visit_length, std::to_string(visit_bucket(seconds)), 1);
    visit_ended_ = true;
}

void StatsStore::record_screen(std::string_view language, Clock::time_point at) {
    std::lock_guard lock(mutex_);
    add(stats_hour(at), Metric::screens, std::string(language), 1);
}

void StatsStore::record_view(Metric kind, std::string_view id, Clock::time_point at) {
    if (kind != Metric::exhibitor_views && kind != Metric::product_views &&
        kind != Metric::sector_views)
        throw std::invalid_argument("record_view takes exhibitor, product or sector views");
    std::lock_guard lock(mutex_);
    add(stats_hour(at), kind, std::string(id), 1);
}

void StatsStore::record_route(std::string_view stand, Clock::time_point at) {
    std::lock_guard lock(mutex_);
    add(stats_hour(at), Metric::routes, std::string(stand), 1);
}

void StatsStore::record_qr(std::string_view what, Clock::time_point at) {
    std::lock_guard lock(mutex_);
    add(stats_hour(at), Metric::qr_codes, std::string(what), 1);
}

// [SECTION] Searches: the three-a-day rule

void StatsStore::record_search(std::string_view text, bool found, Clock::time_point at) {
    std::string normal = normalize_text(text);
    if (normal.empty())
        return;
    const Metric metric = found ? Metric::searches_found : Metric::searches_unmet;
    std::string hour = stats_hour(at);
    std::lock_guard lock(mutex_);
    std::string day = hour.substr(0, 10);
    if (day != search_day_) {
        // A new day: what was under the threshold yesterday is forgotten.
        search_day_ = day;
        held_searches_.clear();
        kept_searches_.clear();
        // Texts already kept today (the kiosk restarted) are counted at once.
        SQLite::Statement st(db_->db, "SELECT DISTINCT metric, key FROM counts WHERE hour >= ? "
                                      "AND hour < ? AND metric IN (?, ?)");
        st.bind(1, day);
        st.bind(2, day + "U"); // after every "T.." hour of the day
        st.bind(3, std::string(metric_name(Metric::searches_found)));
        st.bind(4, std::string(metric_name(Metric::searches_unmet)));
        while (st.executeStep())
            kept_searches_.insert(
                {st.getColumn(0).getString() == metric_name(Metric::searches_found),
                 st.getColumn(1).getString()});
        for (const auto& [key, n] : pending_)
            if (std::get<0>(key).starts_with(day) && (std::get<1>(key) == Metric::searches_found ||
                                                      std::get<1>(key) == Metric::searches_unmet))
                kept_searches_.insert(
                    {std::get<1>(key) == Metric::searches_found, std::get<2>(key)});
    }
    std::pair<bool, std::string> id{found, normal};
    if (kept_searches_.contains(id)) {
        add(hour, metric, normal, 1);
        return;
    }
    auto& hours = held_searches_[id];
    hours[hour] += 1;
    int64_t seen = 0;
    for (const auto& [h, n] : hours)
        seen += n;
    if (seen < kSearchThreshold)
        return;
    for (const auto& [h, n] : hours)
        add(h, metric, normal, n);
    held_searches_.erase(id);
    kept_searches_.insert(std::move(id));
}

void StatsStore::flush() {
    std::lock_guard lock(mutex_);
    last_flush_ = Clock::now();
    visit_ended_ = false;
    if (pending_.empty())
        return;
    try {
        SQLite::Transaction tx(db_->db);
        SQLite::Statement st(db_->db, "INSERT INTO counts (hour, metric, key, count) "
                                      "VALUES (?, ?, ?, ?) ON CONFLICT (hour, metric, key) "
                                      "DO UPDATE SET count = count + excluded.count");
        for (const auto& [key, n] : pending_) {
            st.bind(1, std::get<0>(key));
            st.bind(2, std::string(metric_name(std::get<1>(key))));
            st.bind(3, std::get<2>(key));
            st.bind(4, n);
            st.exec();
            st.reset();
        }
        tx.commit();
    } catch (const std::exception& e) {
        throw StatsError(db_->file.string() + ": the statistics could not be written (" + e.what() +
                         "); they are kept in memory and written at the next try");
    }
    pending_.clear();
}

bool StatsStore::flush_if_due(Clock::time_point now) {
    {
        std::lock_guard lock(mutex_);
        if (!visit_ended_ && now - last_flush_ < kFlushInterval)
            return false;
    }
    try {
        flush();
        return true;
    } catch (const StatsError&) {
        return false;
    }
}

std::vector<StatCount> StatsStore::counts() const {
    std::lock_guard lock(mutex_);
    std::vector<StatCount> out;
    SQLite::Statement st(db_->db, "SELECT hour, metric, key, count FROM counts "
                                  "ORDER BY hour, metric, key");
    while (st.executeStep()) {
        auto metric = metric_from_name(st.getColumn(1).getString());
        if (!metric)
            continue; // written by a later version: not ours to interpret
        out.push_back({st.getColumn(0).getString(), *metric, st.getColumn(2).getString(),
                       st.getColumn(3).getInt64()});
    }
    return out;
}

// [SECTION] Export and merge

fs::path StatsStore::export_csv(const fs::path& dir, std::string_view kiosk,
                                Clock::time_point now) {
    flush();
    fs::path file = dir / ("vitrine-stats-" + file_safe(kiosk) + "-" + local_date(now) + ".csv");
    try {
        fs::create_directories(dir);
        durable::write_file(file, stats_csv(kiosk, counts()));
    } catch (const std::exception& e) {
        throw StatsError(file.string() + ": the statistics could not be exported (" + e.what() +
                         ")");
    }
    return file;
}

std::string stats_csv(std::string_view kiosk, const std::vector<StatCount>& counts) {
    std::string out = csv_row({"kiosk", "hour", "metric", "key", "count"});
    for (const StatCount& c : counts)
        out += csv_row({std::string(kiosk), c.hour, std::string(metric_name(c.metric)), c.key,
                        std::to_string(c.count)});
    return out;
}

std::vector<KioskCount> read_stats_csv(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw StatsError(file.string() + ": cannot be read; check the file's name and that the "
                                         "stick is still plugged in");
    std::stringstream bytes;
    bytes << in.rdbuf();
    Diagnostics diags;
    std::string name = file.filename().string();
    auto table = parse_csv(bytes.str(), name, diags);
    if (!table) {
        std::string why;
        for (const Diagnostic& d : diags.sorted())
            why += (why.empty() ? "" : "; ") + d.to_string();
        throw StatsError(file.string() + ": not a statistics export (" + why + ")");
    }
    for (std::string_view column : {"kiosk", "hour", "metric", "key", "count"})
        if (!table->column(column))
            throw StatsError(file.string() + ":1: the column \"" + std::string(column) +
                             "\" is missing; the header is kiosk,hour,metric,key,count");
    std::vector<KioskCount> out;
    for (const CsvRow& row : table->rows) {
        auto where = [&](std::string_view column) {
            return file.string() + ":" + std::to_string(row.line) + ": " + std::string(column) +
                   " ";
        };
        KioskCount k;
        k.kiosk = std::string(table->cell(row, "kiosk"));
        k.count.hour = std::string(table->cell(row, "hour"));
        if (!valid_hour(k.count.hour))
            throw StatsError(where("hour") + "\"" + k.count.hour +
                             "\" is not an hour; write it as 2026-03-18T14");
        std::string_view metric_text = table->cell(row, "metric");
        auto metric = metric_from_name(metric_text);
        if (!metric)
            throw StatsError(where("metric") + "\"" + std::string(metric_text) +
                             "\" is not a statistic this tool knows; the export may come from a "
                             "newer kiosk: update vitrine-pack");
        k.count.metric = *metric;
        k.count.key = std::string(table->cell(row, "key"));
        std::string_view count = table->cell(row, "count");
        auto [end, ec] = std::from_chars(count.data(), count.data() + count.size(), k.count.count);
        if (ec != std::errc{} || end != count.data() + count.size() || k.count.count <= 0)
            throw StatsError(where("count") + "\"" + std::string(count) +
                             "\" is not a positive whole number");
        out.push_back(std::move(k));
    }
    return out;
}

std::vector<KioskCount> merge_stats(const std::vector<std::vector<KioskCount>>& exports) {
    // Exports are cumulative: a kiosk's later export holds its earlier counts, so one kiosk's
    // counts are the largest seen, and only different kiosks add up.
    std::map<std::tuple<std::string, std::string, Metric, std::string>, int64_t> merged;
    for (const auto& file : exports)
        for (const KioskCount& k : file) {
            int64_t& n = merged[{k.kiosk, k.count.hour, k.count.metric, k.count.key}];
            n = std::max(n, k.count.count);
        }
    std::vector<KioskCount> out;
    for (const auto& [key, n] : merged)
        out.push_back(
            {std::get<0>(key), {std::get<1>(key), std::get<2>(key), std::get<3>(key), n}});
    return out;
}

} // namespace vitrine
