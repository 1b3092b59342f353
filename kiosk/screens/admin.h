// The organisers' admin screen, behind a hidden gesture (five taps in the bottom-left corner
// within three seconds, see app/admin_gesture.h) and a PIN: what is installed, the last updates
// and their reports, rollback, which kiosk this is on the plan, its default language and idle
// timeout, a touch test, the statistics export, and a way out to the system for maintenance.
//
// The screen shows and asks; the app does (AdminHooks), so the screen never reaches into the
// store or the configuration. Five wrong PINs lock the pad for a minute; a minute without a
// touch takes the kiosk back to the attract screen. UI thread only.
#pragma once

#include "screens/screen.h"
#include "ui/pin_pad.h"
#include "vitrine/catalog/store.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vitrine::kiosk {

// One past update, from the report the kiosk kept (data_dir/reports/*/).
struct PastUpdate {
    std::string when;               // "2026-12-04 18:02"
    std::string outcome;            // "installed", "refused", ... (outcome_key)
    std::string pack;               // as named on the stick
    std::optional<int64_t> version; // the pack's, installed or refused
    std::string report;             // the report's text, French then English
};

// What the admin screen shows, read when it opens and after each action.
struct AdminFacts {
    std::optional<CatalogInfo> installed;
    bool can_rollback = false;
    std::vector<PastUpdate> updates; // newest first
    std::string kiosk_name;
    std::string kiosk_id;            // "you are here" on the plan
    std::vector<std::string> kiosks; // the plan's kiosks
    Lang default_lang = Lang::fr;
    double idle_timeout_s = 90;
    bool can_force = false; // the last pack was refused as older or another fair's, stick in
};

// What the admin screen asks of the app. Each returns a line to show (what came of it).
struct AdminHooks {
    std::function<bool(std::string_view pin)> pin_matches; // null: no PIN configured
    std::function<AdminFacts()> facts;
    std::function<std::string()> rollback;
    std::function<std::string()> force_install;
    std::function<std::string(const std::string& kiosk_id)> set_kiosk;
    std::function<std::string(Lang)> set_default_lang;
    std::function<std::string(double seconds)> set_idle_timeout;
    // STATISTICS EXPORT: App::export_statistics, filled in by the statistics work; while it is
    // null the button is not shown.
    std::function<std::string()> export_statistics;
    std::function<void()> quit; // to the system, for maintenance
};

class AdminScreen : public Screen {
public:
    static constexpr int kTries = 5;          // wrong PINs before the lockout
    static constexpr double kLockFor = 60;    // seconds
    static constexpr double kLeaveAfter = 60; // seconds without a touch: back to attract

    void attach(AdminHooks hooks) { hooks_ = std::move(hooks); }

    void draw(Ui& ui, Navigator& nav, const Route& route, Rect area) override;
    void reset() override;
    std::string title(Ui& ui, const Route&) override;
    std::optional<double> wake_in(const Ui& ui) const override;
    std::vector<Target> every_target(const Catalog*) const override { return {Target{}}; }

private:
    enum class Page { pin, main, report, confirm_rollback, touch_test };

    void draw_pin(Ui& ui, Rect area);
    void draw_main(Ui& ui, Navigator& nav, Rect area);
    void draw_catalogue(Ui& ui, Rect card);
    void draw_updates(Ui& ui, Rect card);
    void draw_settings(Ui& ui, Rect card);
    void draw_actions(Ui& ui, Navigator& nav, Rect card);
    void draw_report(Ui& ui, Rect area);
    void draw_confirm(Ui& ui, Rect area);
    void draw_touch_test(Ui& ui, Rect area);
    void open(Page page);
    void refresh();
    void said(std::string message) { message_ = std::move(message); }

    AdminHooks hooks_;
    AdminFacts facts_;
    Page page_ = Page::pin;
    PinPad pad_;
    int wrong_ = 0;
    double locked_until_ = 0;
    double last_touch_ = -1; // -1: not yet drawn since the screen opened
    size_t report_ = 0;      // the update whose report is open
    std::string message_;    // what came of the last action, or of the last PIN
    std::vector<ImVec2> touches_;
};

} // namespace vitrine::kiosk
