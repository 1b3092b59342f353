// The kiosk's side of updates by stick: it runs the catalogue's Updater beside the kiosk
// (its own thread, low priority: see vitrine/catalog/updater.h), reads its status between
// frames, and draws the discreet banner that tells visitors and the organiser what is happening:
// the progress of an update, then what came of it, for a few seconds. The banner covers only
// its own strip at the bottom of the screen; taps elsewhere reach the screen below.
//
// Thread safety: used from the kiosk's main thread only (the Updater inside is thread-safe).
#pragma once

#include "vitrine/catalog/updater.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vitrine::kiosk {

class Ui;

// From the kiosk's configuration: where sticks appear, whose signatures count.
struct UpdateSettings {
    bool enabled = false; // false: no updater at all (the layout check, tests of other screens)
    std::vector<std::filesystem::path> watch_roots{"/media", "/run/media"};
    std::vector<PublicKey> trusted_keys;
    std::string kiosk_name;
    std::chrono::milliseconds settle{1000}; // a stick's content unchanged this long is complete
    std::function<void(size_t done, size_t total)> on_import_progress; // for scenarios and tests
    // On the updater's thread, after each stick's report: what else goes onto the stick (the
    // kiosk's statistics).
    std::function<void(const std::filesystem::path& stick)> extra_exports;
};

class KioskUpdates {
public:
    static constexpr double kResultFor = 8.0; // seconds the outcome stays on the banner

    KioskUpdates(const UpdateSettings& settings, const std::filesystem::path& data_dir);

    // Between frames: reads the updater's status. True when the banner changed (a frame is
    // needed). `installed` is set when a new catalogue was installed since the last call.
    bool poll(double now, bool* installed = nullptr);
    // Draws the banner over the screen, if there is one now.
    void draw_banner(Ui& ui, double now) const;
    // Seconds until the banner needs a frame by itself; nullopt for never.
    std::optional<double> wake_in(double now) const;

    const UpdateStatus& status() const { return status_; }
    Updater* updater() { return updater_.get(); }
    // The banner's text for the last status, in the ui's language; empty when none is shown.
    std::string banner_text(const Ui& ui, double now) const;

private:
    std::unique_ptr<Updater> updater_;
    UpdateStatus status_;
    double result_until_ = 0;
    bool busy() const;
};

} // namespace vitrine::kiosk
