// The organisers' statistics: counts from scripted visits, the three-a-day rule for searches,
// the file whole after kill -9 at any moment, exports of several kiosks merged.
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/stats.h"
#include "vitrine/catalog/store.h"

#include <algorithm>
#include <csignal>
#include <ctime>
#include <gtest/gtest.h>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace vitrine;
using namespace vitrine::test;
using namespace std::chrono_literals;

namespace {

// A moment on this machine's local clock, as the kiosk's hours are.
Clock::time_point at(int day, int hour, int minute, int second = 0) {
    std::tm tm{};
    tm.tm_year = 2026 - 1900;
    tm.tm_mon = 2;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    tm.tm_isdst = -1;
    return Clock::from_time_t(std::mktime(&tm));
}

int64_t count_of(const std::vector<StatCount>& counts, Metric metric, const std::string& key,
                 const std::string& hour = "") {
    int64_t n = 0;
    for (const StatCount& c : counts)
        if (c.metric == metric && c.key == key && (hour.empty() || c.hour == hour))
            n += c.count;
    return n;
}

} // namespace

TEST(Stats, ScriptedVisitsGiveTheirCountsHourByHour) {
    TempDir dir;
    StatsStore stats(StatsStore::file_in(dir.path()));
    // Two visitors between 10:00 and 11:00, one after 11:00.
    stats.record_visit(at(18, 10, 5), at(18, 10, 7, 30));   // 150 s
    stats.record_visit(at(18, 10, 40), at(18, 10, 40, 50)); // 50 s
    stats.record_visit(at(18, 11, 2), at(18, 11, 12));      // 600 s
    for (int k = 0; k < 4; ++k)
        stats.record_screen("fr", at(18, 10, 6));
    stats.record_screen("ar", at(18, 11, 3));
    stats.record_view(Metric::exhibitor_views, "E01", at(18, 10, 6));
    stats.record_view(Metric::exhibitor_views, "E01", at(18, 11, 4));
    stats.record_view(Metric::product_views, "P0007", at(18, 10, 6));
    stats.record_view(Metric::sector_views, "artisanat", at(18, 10, 6));
    stats.record_route("B07", at(18, 11, 5));
    stats.record_qr("visit", at(18, 11, 6));
    EXPECT_THROW(stats.record_view(Metric::routes, "B07", at(18, 11, 5)), std::invalid_argument);
    EXPECT_TRUE(stats.counts().empty()) << "nothing is written before a flush";
    stats.flush();

    const std::string h10 = stats_hour(at(18, 10, 0)), h11 = stats_hour(at(18, 11, 0));
    EXPECT_EQ(h10.substr(0, 11), "2026-03-18T");
    auto counts = stats.counts();
    EXPECT_EQ(count_of(counts, Metric::visits, "", h10), 2);
    EXPECT_EQ(count_of(counts, Metric::visits, "", h11), 1);
    EXPECT_EQ(count_of(counts, Metric::visit_length, "120", h10), 1);
    EXPECT_EQ(count_of(counts, Metric::visit_length, "45", h10), 1);
    EXPECT_EQ(count_of(counts, Metric::visit_length, "600", h11), 1);
    EXPECT_EQ(count_of(counts, Metric::screens, "fr", h10), 4);
    EXPECT_EQ(count_of(counts, Metric::screens, "ar", h11), 1);
    EXPECT_EQ(count_of(counts, Metric::exhibitor_views, "E01"), 2);
    EXPECT_EQ(count_of(counts, Metric::product_views, "P0007", h10), 1);
    EXPECT_EQ(count_of(counts, Metric::sector_views, "artisanat"), 1);
    EXPECT_EQ(count_of(counts, Metric::routes, "B07", h11), 1);
    EXPECT_EQ(count_of(counts, Metric::qr_codes, "visit", h11), 1);
    // Nothing finer than the hour: every hour key is "YYYY-MM-DDTHH".
    for (const StatCount& c : counts)
        EXPECT_EQ(c.hour.size(), 13u) << c.hour;

    // Counts add up across flushes and survive reopening.
    stats.record_screen("fr", at(18, 10, 30));
    stats.flush();
    StatsStore again(StatsStore::file_in(dir.path()));
    EXPECT_EQ(count_of(again.counts(), Metric::screens, "fr", h10), 5);
}

TEST(Stats, MedianVisitLengthFromTheHourlyHistogram) {
    EXPECT_EQ(median_visit_seconds({}), 0);
    // 1 visit in [0, 15), 2 in [60, 90): the median (1.5th of 3) lies in [60, 90).
    double m = median_visit_seconds({{0, 1}, {60, 2}});
    EXPECT_GE(m, 60);
    EXPECT_LT(m, 90);
    // All in one bucket: its middle.
    EXPECT_DOUBLE_EQ(median_visit_seconds({{120, 4}}), 150);
}

TEST(Stats, SearchTextIsKeptOnlyFromItsThirdTimeInADay) {
    TempDir dir;
    const auto file = StatsStore::file_in(dir.path());
    {
        StatsStore stats(file);
        stats.record_search("Tapis berbère", true, at(18, 10, 1));
        stats.record_search("tapis  BERBERE", true, at(18, 11, 1)); // the same, normalised
        stats.record_search("zzqx", false, at(18, 11, 2));          // one visitor's typing
        stats.record_search("zzqx", false, at(18, 11, 3));
        stats.record_search("   ", false, at(18, 11, 3)); // nothing to count
        stats.flush();
        EXPECT_EQ(count_of(stats.counts(), Metric::searches_found, "tapis berbere"), 0);
        // Twice is not kept, not even on disk.
        std::string bytes;
        for (const char* name : {"stats.db", "stats.db-wal"})
            if (std::filesystem::exists(dir / name))
                bytes += read_file(dir / name);
        EXPECT_EQ(bytes.find("tapis"), std::string::npos);
        EXPECT_EQ(bytes.find("zzqx"), std::string::npos);

        // The third time keeps all three, each in its hour, and later ones count at once.
        stats.record_search("tapis berbère", true, at(18, 12, 0));
        stats.record_search("Tapis Berbère", true, at(18, 12, 30));
        stats.flush();
        auto counts = stats.counts();
        EXPECT_EQ(
            count_of(counts, Metric::searches_found, "tapis berbere", stats_hour(at(18, 10, 0))),
            1);
        EXPECT_EQ(count_of(counts, Metric::searches_found, "tapis berbere"), 4);
        EXPECT_EQ(count_of(counts, Metric::searches_unmet, "zzqx"), 0);
        // Found and unmet are counted apart: two unmet "tapis berbere" are not kept.
        stats.record_search("tapis berbere", false, at(18, 13, 0));
        stats.record_search("tapis berbere", false, at(18, 13, 1));
        // A new day starts afresh: twice the next day is not kept.
        stats.record_search("zzqx", false, at(19, 9, 0));
        stats.record_search("zzqx", false, at(19, 9, 1));
        stats.flush();
        EXPECT_EQ(count_of(stats.counts(), Metric::searches_unmet, "zzqx"), 0);
        EXPECT_EQ(count_of(stats.counts(), Metric::searches_unmet, "tapis berbere"), 0);
    }
    // After a restart the same day, a text already kept goes on counting at once.
    StatsStore stats(file);
    stats.record_search("tapis berbere", true, at(18, 15, 0));
    stats.flush();
    EXPECT_EQ(count_of(stats.counts(), Metric::searches_found, "tapis berbere"), 5);
}

TEST(Stats, FlushIfDueWritesAtVisitEndOrAfterTheInterval) {
    TempDir dir;
    StatsStore stats(StatsStore::file_in(dir.path()));
    const auto now = Clock::now();
    stats.record_screen("en", now);
    EXPECT_FALSE(stats.flush_if_due(now));
    EXPECT_TRUE(stats.counts().empty());
    EXPECT_TRUE(stats.flush_if_due(now + StatsStore::kFlushInterval + 1s));
    EXPECT_EQ(count_of(stats.counts(), Metric::screens, "en"), 1);
    stats.record_visit(now, now + 40s);
    EXPECT_TRUE(stats.flush_if_due(now + StatsStore::kFlushInterval + 2s));
    EXPECT_EQ(count_of(stats.counts(), Metric::visits, ""), 1);
}

TEST(Stats, UnopenableFileIsATypedErrorNamingIt) {
    TempDir dir;
    write_file(dir / "stats.db", "this is not a database, it is a shopping list");
    try {
        StatsStore stats(dir / "stats.db");
        stats.record_screen("fr", Clock::now());
        stats.flush();
        FAIL() << "a corrupt statistics file was accepted";
    } catch (const StatsError& e) {
        EXPECT_NE(std::string(e.what()).find("stats.db"), std::string::npos) << e.what();
    }
}

// A child writes batches in a loop, saying on a pipe after each commit how many it has made;
// the parent kills it with SIGKILL after a random number of them, at whatever point of its next
// transaction it has reached. Each batch adds 1 to each of 200 keys: a file that is whole has
// the same count for all of them, between the acknowledged batches and one more.
TEST(Stats, WholeAfterKillDashNineDuringWrites) {
    TempDir dir;
    const auto file = StatsStore::file_in(dir.path());
    std::mt19937 random(20260318);
    int64_t acknowledged = 0;
    for (int round = 0; round < 12; ++round) {
        int ack[2];
        ASSERT_EQ(pipe(ack), 0);
        pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(ack[0]);
            try {
                StatsStore stats(file);
                const auto now = at(18, 10, 0);
                for (int64_t batch = 1;; ++batch) {
                    for (int k = 0; k < 200; ++k)
                        stats.record_view(Metric::product_views, "P" + std::to_string(k), now);
                    stats.flush();
                    if (write(ack[1], &batch, sizeof batch) != sizeof batch)
                        _exit(3);
                }
            } catch (...) {
                _exit(2);
            }
        }
        close(ack[1]);
        const int64_t wait_for = std::uniform_int_distribution<int64_t>(1, 6)(random);
        int64_t last = 0, got = 0;
        while (got < wait_for && read(ack[0], &last, sizeof last) == sizeof last)
            ++got;
        ASSERT_EQ(got, wait_for) << "the writer stopped before it was killed";
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer died on its own: " << status;
        // What the child managed to acknowledge before it died.
        while (read(ack[0], &last, sizeof last) == sizeof last)
            ;
        close(ack[0]);
        acknowledged += last;

        StatsStore stats(file);
        auto counts = stats.counts();
        ASSERT_EQ(counts.size(), 200u) << "round " << round;
        int64_t n = counts.front().count;
        for (const StatCount& c : counts)
            ASSERT_EQ(c.count, n) << "a batch was half written in round " << round;
        EXPECT_GE(n, acknowledged) << "a committed batch was lost";
        EXPECT_LE(n, acknowledged + 1);
        acknowledged = n; // the batch committed but not yet acknowledged counts from now on
    }
}

TEST(Stats, ExportIsOneFilePerKioskThatReadsBack) {
    TempDir dir;
    StatsStore stats(StatsStore::file_in(dir.path()));
    stats.record_view(Metric::exhibitor_views, "E01", at(18, 10, 6));
    stats.record_search("zellige, bleu", false, at(18, 10, 6));
    stats.record_search("zellige bleu", false, at(18, 10, 7));
    stats.record_search("Zellige bleu!", false, at(18, 10, 8));
    auto file = stats.export_csv(dir / "stick", "borne 1/entrée", at(18, 18, 0));
    EXPECT_EQ(file.filename(), "vitrine-stats-borne_1_entr__e-2026-03-18.csv");
    std::string text = read_file(file);
    EXPECT_TRUE(text.starts_with("kiosk,hour,metric,key,count")) << text;
    auto rows = read_stats_csv(file);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].kiosk, "borne 1/entrée");
    EXPECT_EQ(rows[0].count.metric, Metric::exhibitor_views);
    EXPECT_EQ(rows[1].count.key, "zellige bleu");
    EXPECT_EQ(rows[1].count.count, 3);
}

TEST(Stats, ThreeKiosksMergedAndTheSameExportTwiceCountsOnce) {
    TempDir dir;
    std::vector<std::vector<KioskCount>> exports;
    for (int kiosk = 1; kiosk <= 3; ++kiosk) {
        StatsStore stats(dir / ("k" + std::to_string(kiosk)) / "stats.db");
        for (int v = 0; v < kiosk * 10; ++v)
            stats.record_visit(at(18, 10, v), at(18, 10, v, 30));
        stats.record_route("B07", at(18, 11, 0));
        auto file = stats.export_csv(dir / "stick", "k" + std::to_string(kiosk), at(18, 18, 0));
        exports.push_back(read_stats_csv(file));
    }
    exports.push_back(exports.front()); // the first kiosk's export copied twice
    auto merged = merge_stats(exports);
    int64_t visits = 0, routes = 0;
    for (const KioskCount& k : merged) {
        if (k.count.metric == Metric::visits)
            visits += k.count.count;
        if (k.count.metric == Metric::routes)
            routes += k.count.count;
    }
    EXPECT_EQ(visits, 10 + 20 + 30);
    EXPECT_EQ(routes, 3);
}

TEST(Stats, BadExportNamesTheFileLineAndCell) {
    TempDir dir;
    write_file(dir / "x.csv", "kiosk,hour,metric,key,count\nk1,2026-03-18T10,visits,,12\n"
                              "k1,2026-03-18T10,visits,,douze\n");
    try {
        read_stats_csv(dir / "x.csv");
        FAIL() << "a count in words was accepted";
    } catch (const StatsError& e) {
        std::string what = e.what();
        EXPECT_NE(what.find("x.csv:3: count"), std::string::npos) << what;
        EXPECT_NE(what.find("douze"), std::string::npos) << what;
    }
    write_file(dir / "y.csv", "kiosk,hour,count\n");
    EXPECT_THROW(read_stats_csv(dir / "y.csv"), StatsError);
    write_file(dir / "z.csv", "kiosk,hour,metric,key,count\nk1,18/03 10h,visits,,1\n");
    EXPECT_THROW(read_stats_csv(dir / "z.csv"), StatsError);
    EXPECT_THROW(read_stats_csv(dir / "missing.csv"), StatsError);
}

TEST(Stats, ImportAndRollbackLeaveTheStatisticsAlone) {
    TempDir data, packs;
    {
        StatsStore stats(StatsStore::file_in(data.path()));
        stats.record_route("B07", at(18, 11, 0));
        stats.flush();
    }
    build_pack(packs / "a", {.version = 1});
    build_pack(packs / "b", {.exhibitors = 5, .version = 2});
    Store store(data.path());
    for (const char* pack : {"a", "b"}) {
        Diagnostics diags;
        ASSERT_EQ(store.import_pack(packs / pack, diags, {}), ImportOutcome::installed);
    }
    store.rollback();
    StatsStore stats(StatsStore::file_in(data.path()));
    EXPECT_EQ(count_of(stats.counts(), Metric::routes, "B07"), 1);
}
