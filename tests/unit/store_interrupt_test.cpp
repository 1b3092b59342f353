// An import killed at any moment (kill -9, power cut) leaves a working catalogue: the old one
// or the new one, whole, never a mix.
#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/store.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <gtest/gtest.h>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

namespace {

class InterruptedImport : public ::testing::Test {
protected:
    void SetUp() override {
        build_pack(packs / "old", {.exhibitors = 4, .products_per_exhibitor = 2, .version = 1});
        build_pack(packs / "new",
                   {.exhibitors = 6, .products_per_exhibitor = 5, .version = 2, .photo_side = 900});
        Diagnostics diags;
        ASSERT_EQ(Store(pristine.path()).import_pack(packs / "old", diags),
                  ImportOutcome::installed)
            << dump(diags);
    }

    // A fresh copy of the data directory with the old catalogue installed.
    fs::path fresh_data_dir(int n) {
        fs::path dir = scratch / std::to_string(n);
        fs::copy(pristine.path(), dir,
                 fs::copy_options::recursive | fs::copy_options::copy_symlinks);
        return dir;
    }

    // Runs the import in a child process; `kill_after` (if any) kills it from outside, and
    // `die_at` makes it kill itself at that step.
    void run_child(const fs::path& dir, std::optional<std::chrono::microseconds> kill_after,
                   std::string die_at = {}) {
        pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            Diagnostics diags;
            ImportOptions options;
            options.checkpoint = [&](std::string_view step) {
                if (step == die_at)
                    raise(SIGKILL);
            };
            auto outcome = Store(dir).import_pack(packs / "new", diags, options);
            _exit(outcome == ImportOutcome::installed ? 0 : 3);
        }
        if (kill_after) {
            std::this_thread::sleep_for(*kill_after); // chooses the moment, races nothing
            kill(pid, SIGKILL);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        if (WIFEXITED(status)) {
            ASSERT_EQ(WEXITSTATUS(status), 0) << "the import itself failed";
        }
    }

    // The catalogue is whole and exactly the old or the new one. Returns its version.
    int64_t check_whole(const fs::path& dir) {
        Store store(dir);
        Catalog c = store.load();
        auto info = store.info();
        EXPECT_TRUE(info.current);
        if (c.stamp.version == 1) {
            EXPECT_EQ(c.exhibitors.size(), 4u);
            EXPECT_EQ(c.products.size(), 8u);
        } else {
            EXPECT_EQ(c.stamp.version, 2);
            EXPECT_EQ(c.exhibitors.size(), 6u);
            EXPECT_EQ(c.products.size(), 30u);
        }
        for (const Product& p : c.products)
            for (const std::string& hash : p.photos) {
                const Photo& photo = c.photos.at(hash);
                EXPECT_TRUE(fs::is_regular_file(store.media_path(photo.display_path)));
                EXPECT_TRUE(fs::is_regular_file(store.media_path(photo.thumb_path)));
            }
        // And the kiosk can go on: the next import works.
        Diagnostics diags;
        ImportOutcome again = store.import_pack(packs / "new", diags);
        EXPECT_TRUE(again == ImportOutcome::installed || again == ImportOutcome::already_installed)
            << dump(diags);
        EXPECT_EQ(store.load().stamp.version, 2);
        return c.stamp.version;
    }

    TempDir packs, pristine, scratch;
};

} // namespace

TEST_F(InterruptedImport, KilledAtEveryStepLeavesAWholeCatalogue) {
    int n = 0;
    for (const char* step : {"locked", "photos stored", "database written", "catalogue in place",
                             "previous kept", "swapped"}) {
        SCOPED_TRACE(step);
        fs::path dir = fresh_data_dir(n++);
        run_child(dir, std::nullopt, step);
        int64_t version = check_whole(dir);
        // Before the swap nothing visible changes; from the swap on, the new one is there.
        EXPECT_EQ(version, std::string_view(step) == "swapped" ? 2 : 1);
    }
}

TEST_F(InterruptedImport, KilledAtRandomMomentsLeavesAWholeCatalogue) {
    // How long an import takes here, so kills spread over all of it.
    fs::path timing = fresh_data_dir(1000);
    auto start = std::chrono::steady_clock::now();
    run_child(timing, std::nullopt);
    auto duration = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start);

    std::mt19937 rng(12345);
    std::uniform_int_distribution<int64_t> moment(0, duration.count() * 11 / 10);
    std::set<int64_t> seen;
    for (int i = 0; i < 24; ++i) {
        fs::path dir = fresh_data_dir(i);
        auto at = std::chrono::microseconds(moment(rng));
        SCOPED_TRACE("killed after " + std::to_string(at.count()) + " us of " +
                     std::to_string(duration.count()));
        run_child(dir, at);
        seen.insert(check_whole(dir));
    }
    EXPECT_TRUE(seen.contains(1)); // some kills landed before the swap
}

// Real photos, as the sample fair's: their renditions are larger than the size limit, so the
// writes that fail are the photos' own, in the import's worker threads (solid-colour photos
// fit under it and only the database write, on the caller's thread, failed).
namespace {

void use_real_photos(const fs::path& pack) {
    std::vector<fs::path> real;
    for (const auto& entry : fs::recursive_directory_iterator(sample_pack() / "photos"))
        if (entry.path().extension() == ".jpg")
            real.push_back(entry.path());
    std::sort(real.begin(), real.end()); // the same photos on every run
    ASSERT_GE(real.size(), 8u) << "the sample fair's photos are drawn by the build";
    // The first photos the import takes, so that every worker meets one; the rest stay small
    // to keep the test quick.
    std::vector<fs::path> first;
    for (const auto& entry : fs::directory_iterator(pack / "photos"))
        first.push_back(entry.path());
    std::sort(first.begin(), first.end());
    for (size_t i = 0; i < 8 && i < first.size(); ++i)
        fs::copy_file(real[i], first[i], fs::copy_options::overwrite_existing);
}

} // namespace

TEST_F(InterruptedImport, AFullDiskRefusesTheImportAndKeepsTheOldCatalogue) {
    use_real_photos(packs / "new");
    fs::path dir = fresh_data_dir(0);
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        // A file size limit makes every write past it fail as on a full disk.
        signal(SIGXFSZ, SIG_IGN);
        rlimit limit{16 * 1024, 16 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        Diagnostics diags;
        ImportOptions options;
        options.threads = 2;
        auto outcome = Store(dir).import_pack(packs / "new", diags, options);
        bool told = dump(diags).find("installed catalogue is unchanged") != std::string::npos;
        _exit(outcome != ImportOutcome::refused ? 3 : told ? 0 : 4);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status))
        << "the import ended with signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    EXPECT_EQ(WEXITSTATUS(status), 0) << "3: not refused, 4: the organiser was not told";
    EXPECT_EQ(check_whole(dir), 1);
}
