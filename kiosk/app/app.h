// The kiosk application, the same for the window and the headless runner: it owns the ImGui
// context, the catalogue, the screens and the visit (language, history, idle timer). The
// platform around it feeds SDL events and a clock, and asks for frames only when needed.
#pragma once

#include "app/admin_gesture.h"
#include "app/catalog_follower.h"
#include "app/updates.h"
#include "input/touch_input.h"
#include "nav/navigator.h"
#include "platform/picture_check.h"
#include "screens/screen.h"
#include "ui/bidi.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/photo_cache.h"
#include "ui/ui.h"
#include "ui/visit_pin.h"
#include "vitrine/catalog/search.h"
#include "vitrine/catalog/stats.h"
#include "vitrine/catalog/store.h"
#include "vitrine/catalog/wayfinding.h"

#include <SDL.h>
#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace vitrine::kiosk {

class ImGuiSdlRenderer;
struct AdminHooks;

struct AppOptions {
    std::filesystem::path data_dir;
    std::filesystem::path assets_dir;
    Lang default_lang = Lang::fr;
    double idle_timeout_s = 90; // no touch for this long: back to attract, default language
    double countdown_s = 10;    // the last seconds of it are counted down on screen
    std::string kiosk_id;       // "you are here" on the map; empty: the plan's first kiosk
    bool photos = true;         // false: placeholders only (the layout check reads no photo)

    // Sticks: where they appear, whose signatures count (see app/updates.h).
    UpdateSettings updates;
    // The admin screen's PIN as vitrine-pack pin-hash prints it; empty: the screen stays shut.
    std::string admin_pin_sha256;
};

class App {
public:
    explicit App(AppOptions options);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // The display's size in pixels. Rebuilds fonts (and their texture) when the scale changes.
    void resize(int width, int height, ImGuiSdlRenderer& renderer);

    // One input event; true when it may change what is shown.
    bool handle(const SDL_Event& event, double now);

    // Draws one frame into ImGui's draw data (the caller renders it). `now` in seconds.
    void frame(double now);

    // Whether a frame is needed now, and when the next one will be if nothing happens
    // (nullopt: not before the next input, so the kiosk can sleep).
    bool needs_frame() const;
    std::optional<double> next_wake(double now) const;

    // Uploads photos that finished decoding; true when one arrived.
    bool pump_photos(SDL_Renderer* renderer);

    // Between frames: switches to a catalogue an import or a rollback installed (see
    // catalog_follower.h); true when it did. follow_in: seconds until it looks again, for the
    // platform's sleep (a look draws no frame).
    bool follow_catalog(double now);
    double follow_in(double now) const { return follower_.check_in(now); }

    // Whether the last frame() shows anything the frame before it did not. When it does not
    // (a wake that changed nothing on screen, such as the attract screen decoding its next
    // photo ahead), the window need not rasterise and present it. Call once after frame().
    bool picture_changed();

    void set_lang(Lang lang);
    // A new visitor: attract screen, default language, every screen's state forgotten.
    void reset_visit();

    // The organisers' statistics (stats.h) to `dir` as vitrine-stats-<kiosk>-<date>.csv, for the
    // admin screen and the USB update (UpdaterOptions::extra_exports); the file written. Throws
    // StatsError (also when this kiosk could not open its statistics file). Safe from the
    // updater's thread: it touches only the StatsStore, which is thread safe.
    std::filesystem::path export_statistics(const std::filesystem::path& dir);
    const VisitSession& visit() const { return visit_; }

    Ui& ui() { return ui_; }
    Navigator& nav() { return nav_; }
    // The screen drawn for this kind (the layout check asks each for its targets).
    const Screen& screen(ScreenKind kind) const { return *screens_.at(kind); }
    PhotoCache& photos() { return photos_; }
    const I18n& i18n() const { return i18n_; }
    bool has_catalog() const { return catalog_.has_value(); }
    const Catalog* catalog() const { return catalog_ ? &*catalog_ : nullptr; }
    KioskUpdates& updates() { return updates_; }
    // The admin screen asked to quit to the system (maintenance): the window loop ends.
    bool quit_requested() const { return quit_; }

private:
    void build_fonts(ImGuiSdlRenderer& renderer);
    void draw_top_bar(Screen& screen, const Route& route, Rect bar);
    void draw_countdown(double remaining);
    Screen& screen_for(ScreenKind kind);
    void show(std::unique_ptr<ShownCatalog> shown);
    // [SECTION] Statistics (app/app_stats.cpp): what this frame showed, counted; never throws.
    Clock::time_point stats_time(double now) const;
    void count_screen(const Route& from, const Route& to, double now);
    void count_visit_end(double now);
    void flush_statistics(double now);
    // The update settings, with the statistics written to every stick after its report.
    UpdateSettings with_stick_exports(UpdateSettings settings);
    AdminHooks admin_hooks(); // in admin_hooks.cpp

    AppOptions options_;
    ImGuiContext* imgui_ = nullptr;
    I18n i18n_;
    Fonts fonts_;
    GlyphSet glyphs_;                           // what the atlas holds: see fonts.h
    ImGuiSdlRenderer* font_renderer_ = nullptr; // holds the atlas's texture; set by resize()
    bool glyphs_added_ = false;                 // since the atlas was built
    size_t font_builds_ = 0;                    // a new atlas may reuse the old one's address
    PictureCheck picture_;                      // the last frame's draw data, to compare
    bool countdown_shown_ = false;              // the last frame drew the idle countdown
    bool swallowing_ = false;                   // a touch on the countdown, until it lifts
    BidiCache bidi_;
    PhotoCache photos_;
    TouchInput input_;
    Navigator nav_;
    Ui ui_;
    std::optional<Store> store_;
    CatalogFollower follower_;
    KioskUpdates updates_;
    AdminGesture admin_gesture_;
    bool quit_ = false;
    std::optional<CatalogLease> lease_; // keeps catalog_'s files from garbage collection
    std::optional<Catalog> catalog_;
    std::unique_ptr<Search> search_;
    std::optional<Wayfinder> wayfinder_;
    std::map<ScreenKind, std::unique_ptr<Screen>> screens_;
    Lang lang_;
    float scale_ = 0;
    int width_ = 0, height_ = 0;
    double last_input_ = 0;
    VisitSession visit_;                // "Ma visite", cleared at the idle reset
    std::unique_ptr<StatsStore> stats_; // null when its file cannot be opened (logged)
    // stats_ once it is open, for the updater's thread, which starts before it is.
    std::atomic<StatsStore*> stats_for_sticks_{nullptr};
    Clock::time_point stats_epoch_;       // the wall clock at `now` == 0
    std::optional<double> visit_started_; // the first touch of this visitor
    Route counted_route_;                 // the last screen counted
    Lang counted_lang_ = Lang::fr;
    std::string counted_search_; // the last search counted, not counted again on its own
    double last_frame_ = 0;
    bool dirty_ = true;
};

} // namespace vitrine::kiosk
