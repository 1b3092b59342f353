// The admin screen: the hidden gesture opens it, the PIN guards it (five wrong ones lock the pad
// for a minute), a minute without a touch closes it, and what it changes is kept in the data
// directory's kiosk-settings.json, read back at the next start.
#include "app/admin_gesture.h"
#include "app/app.h"
#include "app/kiosk_settings.h"
#include "pack_builder.h"
#include "platform/headless_target.h"
#include "platform/imgui_sdl_renderer.h"
#include "screens/admin.h"
#include "test_support.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/pin.h"
#include "vitrine/catalog/store.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::kiosk;
using namespace vitrine::test;

namespace {

class AdminKiosk : public ::testing::Test {
protected:
    void SetUp() override {
        build_pack(packs.path() / "v1", {.exhibitors = 3, .version = 1});
        Diagnostics diags;
        ASSERT_EQ(Store(data.path()).import_pack(packs.path() / "v1", diags),
                  ImportOutcome::installed);
        options.data_dir = data.path();
        options.assets_dir = VITRINE_ASSETS_DIR;
        options.photos = false;
        options.admin_pin_sha256 = hash_pin("2468");
        app = std::make_unique<App>(options);
        renderer = std::make_unique<ImGuiSdlRenderer>(target.renderer(), ImGui::GetIO());
        app->resize(target.width(), target.height(), *renderer);
        frame();
    }
    void TearDown() override {
        renderer.reset();
        app.reset();
    }
    void frame() {
        now += 1.0 / 60;
        app->frame(now);
    }
    void mouse(Uint32 type, float x, float y) {
        SDL_Event e{};
        e.type = type;
        if (type == SDL_MOUSEMOTION) {
            e.motion.x = static_cast<int>(x), e.motion.y = static_cast<int>(y);
        } else {
            e.button.button = SDL_BUTTON_LEFT;
            e.button.x = static_cast<int>(x), e.button.y = static_cast<int>(y);
        }
        app->handle(e, now);
    }
    void tap_at(float x, float y) {
        mouse(SDL_MOUSEMOTION, x, y);
        mouse(SDL_MOUSEBUTTONDOWN, x, y);
        mouse(SDL_MOUSEBUTTONUP, x, y);
        for (int i = 0; i < 4; ++i)
            frame();
    }
    const VisibleItem* item(const std::string& text) {
        for (const VisibleItem& i : app->ui().items())
            if (i.text == text && i.tappable)
                return &i;
        return nullptr;
    }
    void tap(const std::string& text) {
        const VisibleItem* i = item(text);
        ASSERT_TRUE(i) << "nothing to tap shows " << text;
        ImVec2 c = i->rect.centre();
        tap_at(c.x, c.y);
    }
    bool shows(const std::string& key) {
        std::string text = app->i18n().tr(Lang::fr, key);
        for (const VisibleItem& i : app->ui().items())
            if (i.text.find(text) != std::string::npos)
                return true;
        return false;
    }
    void corner_taps(int n, double apart = 0.3) {
        for (int i = 0; i < n; ++i) {
            tap_at(20, static_cast<float>(target.height()) - 20);
            now += apart;
        }
    }
    void type_pin(const std::string& pin) {
        for (char c : pin)
            tap(std::string(1, c));
        tap(app->i18n().tr(Lang::fr, "admin.pin_ok"));
    }

    TempDir packs, data;
    AppOptions options;
    HeadlessTarget target{1920, 1080};
    std::unique_ptr<App> app;
    std::unique_ptr<ImGuiSdlRenderer> renderer;
    double now = 10;
};

} // namespace

TEST(AdminGesture, FiveTapsInTheCornerWithinThreeSecondsAndNothingElse) {
    AdminGesture g;
    auto tap = [&](float x, float y, double t) {
        SDL_Event e{};
        e.type = SDL_MOUSEBUTTONDOWN;
        e.button.x = static_cast<int>(x), e.button.y = static_cast<int>(y);
        return g.handle(e, t, 1920, 1080, 1.0f);
    };
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(tap(30, 1050, i * 0.5));
    EXPECT_TRUE(tap(30, 1050, 2.0));
    // Too slow: the first taps fall out of the three seconds.
    for (int i = 0; i < 5; ++i)
        EXPECT_FALSE(tap(30, 1050, 10 + i * 1.0)) << i;
    // A tap elsewhere breaks the sequence: a visitor tapping about does not get in.
    for (int i = 0; i < 4; ++i)
        tap(30, 1050, 20 + i * 0.1);
    EXPECT_FALSE(tap(960, 540, 20.5));
    EXPECT_FALSE(tap(30, 1050, 20.6));
}

TEST_F(AdminKiosk, TheHiddenGestureOpensThePinPadAndTheRightPinOpensTheAdminScreen) {
    corner_taps(4);
    EXPECT_NE(app->nav().current().kind, ScreenKind::admin);
    corner_taps(1);
    ASSERT_EQ(app->nav().current().kind, ScreenKind::admin);
    EXPECT_TRUE(shows("admin.pin_title"));
    EXPECT_FALSE(shows("admin.installed"));
    type_pin("2468");
    EXPECT_TRUE(shows("admin.installed"));
    EXPECT_TRUE(shows("admin.updates"));
}

TEST_F(AdminKiosk, FiveWrongPinsLockThePadForAMinute) {
    corner_taps(5);
    ASSERT_EQ(app->nav().current().kind, ScreenKind::admin);
    for (int i = 0; i < 4; ++i) {
        type_pin("1111");
        EXPECT_TRUE(shows("admin.pin_wrong"));
    }
    type_pin("1111");
    EXPECT_FALSE(shows("admin.pin_wrong"));
    // Locked: even the right PIN does nothing.
    type_pin("2468");
    EXPECT_FALSE(shows("admin.installed"));
    now += AdminScreen::kLockFor / 2;
    frame();
    type_pin("2468");
    EXPECT_FALSE(shows("admin.installed"));
    now += AdminScreen::kLockFor / 2;
    frame();
    type_pin("2468");
    EXPECT_TRUE(shows("admin.installed"));
}

TEST_F(AdminKiosk, AMinuteWithoutATouchGoesBackToTheAttractScreen) {
    corner_taps(5);
    type_pin("2468");
    ASSERT_TRUE(shows("admin.installed"));
    auto wake = app->next_wake(now);
    ASSERT_TRUE(wake);
    EXPECT_LE(*wake, AdminScreen::kLeaveAfter);
    now += AdminScreen::kLeaveAfter;
    frame();
    frame();
    EXPECT_EQ(app->nav().current().kind, ScreenKind::attract);
    // Opened again, it asks for the PIN again.
    corner_taps(5);
    EXPECT_TRUE(shows("admin.pin_title"));
}

TEST_F(AdminKiosk, WithNoPinConfiguredTheScreenStaysShut) {
    renderer.reset();
    app.reset();
    options.admin_pin_sha256.clear();
    app = std::make_unique<App>(options);
    renderer = std::make_unique<ImGuiSdlRenderer>(target.renderer(), ImGui::GetIO());
    app->resize(target.width(), target.height(), *renderer);
    frame();
    corner_taps(5);
    EXPECT_TRUE(shows("admin.no_pin"));
    EXPECT_EQ(item("5"), nullptr);
}

TEST_F(AdminKiosk, TheDefaultLanguageAndTimeoutChosenAreKeptForTheNextStart) {
    corner_taps(5);
    type_pin("2468");
    tap("العربية");
    tap(app->i18n().format(Lang::fr, "admin.seconds", "s", "120"));
    EXPECT_TRUE(shows("admin.saved"));
    AppOptions next;
    next.data_dir = data.path();
    apply_kiosk_settings(next);
    EXPECT_EQ(next.default_lang, Lang::ar);
    EXPECT_EQ(next.idle_timeout_s, 120);
}

TEST_F(AdminKiosk, RollbackAsksFirstThenGoesBack) {
    build_pack(packs.path() / "v2", {.exhibitors = 4, .version = 2});
    Diagnostics diags;
    ASSERT_EQ(Store(data.path()).import_pack(packs.path() / "v2", diags), ImportOutcome::installed);
    corner_taps(5);
    type_pin("2468");
    tap(app->i18n().tr(Lang::fr, "admin.rollback"));
    EXPECT_TRUE(shows("admin.rollback_title"));
    EXPECT_EQ(Store(data.path()).info().current->stamp.version, 2);
    tap(app->i18n().tr(Lang::fr, "admin.rollback_confirm"));
    EXPECT_EQ(Store(data.path()).info().current->stamp.version, 1);
    EXPECT_TRUE(shows("admin.installed"));
}
