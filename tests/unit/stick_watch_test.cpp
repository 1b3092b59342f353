#include "test_support.h"
#include "vitrine/catalog/stick_watch.h"

#include <ctime>
#include <gtest/gtest.h>

namespace fs = std::filesystem;
using namespace std::chrono;
using namespace vitrine;
using namespace vitrine::test;

namespace {

StickWatchOptions fast(const fs::path& root) {
    StickWatchOptions o;
    o.roots = {root};
    o.settle = milliseconds(150);
    o.poll = milliseconds(50);
    return o;
}

// A finished stick, made aside and renamed into place as a mount makes it appear at once.
fs::path plug(const TempDir& dir, const fs::path& root, const std::string& label) {
    fs::path aside = dir / ("aside-" + label);
    fs::create_directories(aside / "pack");
    write_file(aside / "pack/manifest.json", "{}");
    fs::rename(aside, root / label);
    return root / label;
}

std::optional<StickEvent> next(StickWatch& w) {
    return w.wait(seconds(10));
}

} // namespace

TEST(StickWatch, AFolderRenamedIntoARootIsInsertedThenRemoved) {
    TempDir dir;
    fs::create_directories(dir / "media/old-stick"); // there before: not new
    StickWatch watch(fast(dir / "media"));
    EXPECT_TRUE(watch.uses_inotify());
    fs::path stick = plug(dir, dir / "media", "CLE");
    auto in = next(watch);
    ASSERT_TRUE(in);
    EXPECT_EQ(in->kind, StickEvent::Kind::inserted);
    EXPECT_EQ(in->path, stick);
    fs::remove_all(stick);
    auto out = next(watch);
    ASSERT_TRUE(out);
    EXPECT_EQ(out->kind, StickEvent::Kind::removed);
    EXPECT_EQ(out->path, stick);
}

TEST(StickWatch, ASlowlyFilledFolderIsReportedOnlyOnceComplete) {
    TempDir dir;
    fs::create_directories(dir / "sync");
    StickWatchOptions options = fast(dir / "sync");
    options.settle = milliseconds(400); // far above the 60 ms between files, even on a busy machine
    StickWatch watch(options);
    fs::create_directories(dir / "sync/arriving");
    // Each file lands before the folder has been still for the settle time.
    for (int i = 0; i < 12; ++i) { // longer in all than the settle time
        write_file(dir / "sync/arriving" / ("f" + std::to_string(i)), std::string(100 * i, 'x'));
        EXPECT_FALSE(watch.wait(milliseconds(60))) << "reported while still filling, at file " << i;
    }
    auto in = next(watch);
    ASSERT_TRUE(in);
    EXPECT_EQ(in->path, dir / "sync/arriving");
    EXPECT_TRUE(fs::exists(dir / "sync/arriving/f11"));
}

TEST(StickWatch, SticksUnderAUserFolderAreFoundOneLevelDown) {
    TempDir dir;
    fs::create_directories(dir / "media/root"); // like /media/USER, USER an account here
    StickWatch watch(fast(dir / "media"));
    fs::path stick = plug(dir, dir / "media/root", "KINGSTON");
    auto in = next(watch);
    ASSERT_TRUE(in);
    EXPECT_EQ(in->path, stick);
}

TEST(StickWatch, ARootThatAppearsLaterIsPolled) {
    TempDir dir;
    StickWatch watch(fast(dir / "run-media"));
    EXPECT_FALSE(watch.wait(milliseconds(120)));
    fs::create_directories(dir / "run-media");
    fs::path stick = plug(dir, dir / "run-media", "USB");
    auto in = next(watch);
    ASSERT_TRUE(in);
    EXPECT_EQ(in->path, stick);
}

TEST(StickWatch, WaitingForNothingUsesNoCpu) {
    TempDir dir;
    fs::create_directories(dir / "media");
    StickWatch watch(fast(dir / "media"));
    std::clock_t cpu = std::clock();
    auto start = steady_clock::now();
    EXPECT_FALSE(watch.wait(milliseconds(300)));
    EXPECT_GE(steady_clock::now() - start, milliseconds(290));
    double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
    EXPECT_LT(cpu_ms, 20.0) << "the watch spun instead of sleeping";
}

TEST(StickWatch, InterruptWakesAWait) {
    TempDir dir;
    StickWatch watch(fast(dir / "media"));
    watch.interrupt();
    auto start = steady_clock::now();
    EXPECT_FALSE(watch.wait(seconds(10)));
    EXPECT_LT(steady_clock::now() - start, seconds(5));
}
