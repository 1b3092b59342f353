// A running kiosk follows imports and rollbacks: the App runs headless on a data directory
// while Store::import_pack and Store::rollback land beside it, as vitrine-pack or a USB update
// would do from another process.
#include "app/app.h"
#include "app/catalog_follower.h"
#include "pack_builder.h"
#include "platform/headless_target.h"
#include "platform/imgui_sdl_renderer.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <imgui.h>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::kiosk;
using namespace vitrine::test;

namespace {

AppOptions options(const fs::path& data_dir) {
    AppOptions o;
    o.data_dir = data_dir;
    o.assets_dir = VITRINE_ASSETS_DIR;
    o.photos = false; // what is tested is which catalogue is shown, not its pictures
    return o;
}

class RunningKiosk : public ::testing::Test {
protected:
    void SetUp() override {
        for (int v = 1; v <= 4; ++v) {
            // Version 3 has one maker only: the others went away.
            build_pack(packs / std::to_string(v), {.exhibitors = v == 3 ? 1 : v + 2, .version = v});
            write_file(packs / std::to_string(v) / "photos/p-1-1.jpg",
                       solid_jpeg(64, 48, 0x304050u * static_cast<unsigned>(v)));
        }
        install(1);
        app = std::make_unique<App>(options(data.path()));
        renderer = std::make_unique<ImGuiSdlRenderer>(target.renderer(), ImGui::GetIO());
        app->resize(target.width(), target.height(), *renderer);
        frame();
    }
    void TearDown() override {
        renderer.reset(); // its textures before the target, the ImGui context before the app
        app.reset();
    }

    void install(int version) {
        Diagnostics diags;
        Store store(data.path());
        ASSERT_EQ(store.import_pack(packs / std::to_string(version), diags),
                  ImportOutcome::installed);
    }
    void frame() {
        now += 1.0 / 60;
        app->frame(now);
    }
    // The kiosk idles as the window loop does: it sleeps until its next look, then looks.
    // Seconds until it switched, or a large number when it did not within `limit`.
    double seconds_to_follow(double limit = 3) {
        for (int i = 0; i < 120 && app->needs_frame(); ++i)
            frame(); // what the last touch started settles first
        double start = now;
        while (now - start < limit) {
            now += std::max(app->follow_in(now), 1e-3);
            if (app->follow_catalog(now)) {
                double took = now - start;
                frame();
                return took;
            }
            EXPECT_FALSE(app->needs_frame()) << "a look that found nothing asked for a frame";
        }
        return 1e9;
    }
    bool shows(const std::string& text) {
        for (const VisibleItem& item : app->ui().items())
            if (item.text == text)
                return true;
        return false;
    }

    TempDir packs, data;
    HeadlessTarget target{1280, 800};
    std::unique_ptr<App> app;
    std::unique_ptr<ImGuiSdlRenderer> renderer;
    double now = 10;
};

} // namespace

TEST_F(RunningKiosk, SwitchesToANewImportWithinASecondAndKeepsTheVisitorWhereTheyAre) {
    app->nav().go({ScreenKind::exhibitor, ExhibitorId{"ex-2"}});
    frame();
    ASSERT_EQ(app->catalog()->exhibitors.size(), 3u);
    EXPECT_EQ(seconds_to_follow(), 1e9); // nothing landed: nothing changes
    install(2);
    EXPECT_LE(seconds_to_follow(), 1.0);
    EXPECT_EQ(app->catalog()->exhibitors.size(), 4u);
    EXPECT_EQ(app->nav().current(), (kiosk::Route{ScreenKind::exhibitor, ExhibitorId{"ex-2"}}));
    EXPECT_FALSE(shows(app->i18n().tr(Lang::fr, "update.back_home")));
}

TEST_F(RunningKiosk, AVisitorWhoseMakerWentAwayIsSentHomeAndTold) {
    app->nav().go({ScreenKind::exhibitor, ExhibitorId{"ex-3"}});
    frame();
    install(2);
    install(3); // ex-3 is gone
    EXPECT_LE(seconds_to_follow(), 1.0);
    EXPECT_EQ(app->catalog()->exhibitors.size(), 1u);
    EXPECT_EQ(app->nav().current().kind, ScreenKind::home);
    frame();
    std::string notice = app->i18n().tr(Lang::fr, "update.back_home");
    EXPECT_TRUE(shows(notice));
    // The notice goes by itself, and the kiosk wakes for that.
    auto wake = app->next_wake(now);
    ASSERT_TRUE(wake);
    EXPECT_LE(*wake, CatalogFollower::kNoticeFor);
    now += CatalogFollower::kNoticeFor;
    frame();
    EXPECT_FALSE(shows(notice));
}

TEST_F(RunningKiosk, FollowsARollbackToo) {
    install(2);
    ASSERT_LE(seconds_to_follow(), 1.0);
    ASSERT_EQ(app->catalog()->stamp.version, 2);
    Store(data.path()).rollback();
    EXPECT_LE(seconds_to_follow(), 1.0);
    EXPECT_EQ(app->catalog()->stamp.version, 1);
    EXPECT_EQ(app->catalog()->exhibitors.size(), 3u);
}

TEST_F(RunningKiosk, NoFileItMayStillReadIsDeletedUnderIt) {
    // Two imports land before the kiosk looks: what it shows is neither current nor previous.
    install(2);
    install(3);
    Store store(data.path());
    for (const auto& [hash, photo] : app->catalog()->photos) {
        EXPECT_TRUE(fs::exists(store.media_path(photo.display_path))) << photo.display_path;
        EXPECT_TRUE(fs::exists(store.media_path(photo.thumb_path))) << photo.thumb_path;
    }
    // Once it moved on, the next import collects what it no longer holds.
    std::string own = app->catalog()->product("p-1-1")->photos.at(0);
    fs::path own_path = store.media_path(app->catalog()->photos.at(own).display_path);
    ASSERT_LE(seconds_to_follow(), 1.0);
    install(4);
    EXPECT_FALSE(fs::exists(own_path));
}

TEST(CatalogFollower, AKioskWithNoCatalogueShowsTheFirstImport) {
    TempDir packs, data;
    build_pack(packs / "1");
    App app(options(data.path()));
    EXPECT_FALSE(app.has_catalog());
    EXPECT_EQ(app.nav().current().kind, ScreenKind::no_catalog);
    Diagnostics diags;
    ASSERT_EQ(Store(data.path()).import_pack(packs / "1", diags), ImportOutcome::installed);
    EXPECT_TRUE(app.follow_catalog(1.0));
    EXPECT_TRUE(app.has_catalog());
    EXPECT_EQ(app.nav().current().kind, ScreenKind::attract);
}

TEST(CatalogFollower, KnowsWhichRoutesStillHaveTheirItem) {
    TempDir packs, data;
    build_pack(packs / "1");
    Diagnostics diags;
    ASSERT_EQ(Store(data.path()).import_pack(packs / "1", diags), ImportOutcome::installed);
    Catalog c = Store(data.path()).load();
    EXPECT_TRUE(route_exists({ScreenKind::exhibitor, ExhibitorId{"ex-1"}}, c));
    EXPECT_FALSE(route_exists({ScreenKind::exhibitor, ExhibitorId{"ex-9"}}, c));
    EXPECT_TRUE(route_exists({ScreenKind::product, ProductId{"p-1-1"}}, c));
    EXPECT_FALSE(route_exists({ScreenKind::product, ProductId{"p-9-1"}}, c));
    EXPECT_TRUE(route_exists({ScreenKind::map, StandId{"S01"}}, c));
    EXPECT_FALSE(route_exists({ScreenKind::map, StandId{"Z99"}}, c));
    EXPECT_TRUE(route_exists({ScreenKind::map, {}}, c));
    EXPECT_FALSE(route_exists({ScreenKind::sector, SectorId{"no-such-sector"}}, c));
    EXPECT_TRUE(route_exists({ScreenKind::home, {}}, c));
}
