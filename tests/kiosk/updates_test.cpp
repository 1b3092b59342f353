// The kiosk takes a stick: an App runs headless with a temporary folder as its watched root,
// and a "stick" appears in it as a folder renamed into place (test machines may not mount
// devices). What the visitor sees (the catalogue, the banner) and what the stick holds after (the
// report) are checked, for a good pack, a refused one, and a stick pulled out mid-import.
#include "app/app.h"
#include "pack_builder.h"
#include "platform/headless_target.h"
#include "platform/imgui_sdl_renderer.h"
#include "test_support.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/store.h"

#include <atomic>
#include <gtest/gtest.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using namespace std::chrono;
using namespace vitrine;
using namespace vitrine::kiosk;
using namespace vitrine::test;

namespace {

class KioskWithSticks : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(root);
        install_first();
    }
    void TearDown() override {
        renderer.reset(); // its textures before the target, the ImGui context before the app
        app.reset();
    }

    // The kiosk starts on version 1 of the fair, installed by the tool.
    void install_first() {
        fs::path v1 = packs / "v1";
        build_pack(v1, {.exhibitors = 3, .version = 1});
        Diagnostics diags;
        ASSERT_TRUE(seal_pack(v1, diags, std::nullopt));
        ASSERT_EQ(Store(data.path()).import_pack(v1, diags), ImportOutcome::installed);
    }
    void start(std::function<void(size_t, size_t)> progress = {}) {
        AppOptions o;
        o.data_dir = data.path();
        o.assets_dir = VITRINE_ASSETS_DIR;
        o.photos = false;
        o.updates.enabled = true;
        o.updates.watch_roots = {root};
        o.updates.settle = milliseconds(100);
        o.updates.on_import_progress = std::move(progress);
        app = std::make_unique<App>(o);
        renderer = std::make_unique<ImGuiSdlRenderer>(target.renderer(), ImGui::GetIO());
        app->resize(target.width(), target.height(), *renderer);
        frame();
    }
    // A sealed pack of this version, `exhibitors` makers, in a folder ready to become a stick.
    fs::path pack(const std::string& label, int version, int exhibitors) {
        fs::path stick = packs / label;
        build_pack(stick / "foire", {.exhibitors = exhibitors, .version = version});
        Diagnostics diags;
        EXPECT_TRUE(seal_pack(stick / "foire", diags, std::nullopt));
        return stick;
    }
    // The stick appears whole, as a mount point does; returns where.
    fs::path plug(const fs::path& stick, const std::string& label) {
        fs::path at = root / label;
        fs::rename(stick, at);
        return at;
    }
    // The kiosk runs as its window loop does until `updates` updates have finished and the
    // app has seen the last one.
    void run_until_updates(uint64_t updates) {
        ASSERT_TRUE(app->updates().updater()->wait_for_updates(updates, seconds(60)));
        now += 0.1;
        app->follow_catalog(now);
        frame();
    }
    void frame() {
        now += 1.0 / 60;
        app->frame(now);
    }
    bool shows(const std::string& key) {
        std::string text = app->i18n().tr(Lang::fr, key);
        for (const VisibleItem& item : app->ui().items())
            if (item.text.find(text) != std::string::npos)
                return true;
        return false;
    }

    TempDir packs, data, sticks;
    fs::path root = sticks.path() / "media";
    HeadlessTarget target{1280, 800};
    std::unique_ptr<App> app;
    std::unique_ptr<ImGuiSdlRenderer> renderer;
    double now = 10;
};

} // namespace

TEST_F(KioskWithSticks, AGoodPackInstallsTheKioskShowsItAndTheStickSaysSo) {
    start();
    ASSERT_EQ(app->catalog()->exhibitors.size(), 3u);
    fs::path stick = plug(pack("v2", 2, 5), "FOIRE");
    run_until_updates(1);
    EXPECT_EQ(app->catalog()->stamp.version, 2);
    EXPECT_EQ(app->catalog()->exhibitors.size(), 5u);
    EXPECT_TRUE(shows("update.installed"));
    auto report = nlohmann::json::parse(read_file(stick / kReportJson));
    EXPECT_EQ(report["outcome"], "installed");
    EXPECT_EQ(report["after"]["version"], 2);
    EXPECT_NE(read_file(stick / kReportText).find("installé"), std::string::npos);
    // The banner goes by itself, and the kiosk wakes for that rather than drawing meanwhile.
    auto wake = app->next_wake(now);
    ASSERT_TRUE(wake);
    EXPECT_LE(*wake, KioskUpdates::kResultFor);
    now += KioskUpdates::kResultFor;
    frame();
    EXPECT_FALSE(shows("update.installed"));
}

TEST_F(KioskWithSticks, ATamperedPackIsRefusedAndTheKioskKeepsItsCatalogue) {
    start();
    fs::path stick = pack("v2", 2, 5);
    append_to_file(stick / "foire" / "exhibitors.csv", "\n");
    stick = plug(stick, "FOIRE");
    run_until_updates(1);
    EXPECT_EQ(app->catalog()->stamp.version, 1);
    EXPECT_EQ(app->catalog()->exhibitors.size(), 3u);
    EXPECT_TRUE(shows("update.refused"));
    auto report = nlohmann::json::parse(read_file(stick / kReportJson));
    EXPECT_EQ(report["outcome"], "refused");
    EXPECT_FALSE(report["problems"].empty());
}

TEST_F(KioskWithSticks, PulledOutMidImportTheOldCatalogueStaysAndTheNextStickWorks) {
    std::atomic<bool> pull{true};
    fs::path at = root / "FOIRE";
    start([&](size_t, size_t) {
        if (pull.exchange(false))
            fs::remove_all(at); // the organiser changes their mind half-way
    });
    plug(pack("v2", 2, 5), "FOIRE");
    run_until_updates(1);
    EXPECT_EQ(app->catalog()->stamp.version, 1);
    EXPECT_TRUE(shows("update.failed"));

    plug(pack("v2-again", 2, 5), "FOIRE2");
    run_until_updates(2);
    EXPECT_EQ(app->catalog()->stamp.version, 2);
    EXPECT_TRUE(shows("update.installed"));
}

TEST_F(KioskWithSticks, WhileAnUpdateRunsTheBannerShowsItsProgressAndVisitorsKeepBrowsing) {
    std::mutex m;
    std::condition_variable cv;
    bool held = false, go = false;
    start([&](size_t done, size_t total) {
        if (done * 2 < total)
            return;
        std::unique_lock lock(m);
        if (go)
            return;
        held = true;
        cv.notify_all();
        cv.wait(lock, [&] { return go; });
    });
    plug(pack("v2", 2, 5), "FOIRE");
    {
        std::unique_lock lock(m);
        ASSERT_TRUE(cv.wait_for(lock, seconds(60), [&] { return held; }));
    }
    now += 0.5;
    app->follow_catalog(now);
    frame();
    std::string progress = app->i18n().format(Lang::fr, "update.progress", "percent",
                                              std::to_string(app->updates().status().percent));
    bool seen = false;
    for (const VisibleItem& item : app->ui().items())
        seen = seen || item.text == progress;
    EXPECT_TRUE(seen) << progress;
    EXPECT_GE(app->updates().status().percent, 50);
    // A visitor's tap still opens the home screen while the import waits.
    SDL_Event e{};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = 640, e.button.y = 600;
    app->handle(e, now);
    e.type = SDL_MOUSEBUTTONUP;
    app->handle(e, now);
    for (int i = 0; i < 5; ++i)
        frame();
    EXPECT_EQ(app->nav().current().kind, ScreenKind::home);
    {
        std::lock_guard lock(m);
        go = true;
        cv.notify_all();
    }
    run_until_updates(1);
    EXPECT_EQ(app->catalog()->stamp.version, 2);
}
