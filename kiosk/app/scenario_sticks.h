// Sticks for headless scenarios, through the real watch: a temporary folder is the kiosk's only
// watched root, and a stick "appears" as a copy of a pack folder renamed into it, the way a
// mount point appears (test machines may not mount devices). An import can be held at a
// percentage, to picture the progress banner, and the stick pulled out while it is held.
//
// Thread safety: the progress hook runs on the updater's thread; everything else on the
// runner's thread.
#pragma once

#include "app/app.h"

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>

namespace vitrine::kiosk {

class ScenarioSticks {
public:
    ScenarioSticks();  // makes the watched root
    ~ScenarioSticks(); // lets a held import go, and removes the root

    // The app's options with this root as the only one watched.
    AppOptions wire(AppOptions options);

    // `stick insert PATH`: a copy of PATH (a folder, or a .zip put in a folder) appears.
    void insert(const std::filesystem::path& pack, Updater& updater);
    // `stick hold PERCENT`: the next import stops at that percentage until pulled or released.
    void hold(int percent);
    // `stick pull`: the stick goes away (mid-import too), then a held import goes on.
    void pull();
    // `wait-update`: until the stick inserted last is handled, or its import is held. Throws
    // when that takes longer than a minute (a hung update).
    void wait(Updater& updater);
    void release();

private:
    void progress(size_t done, size_t total);

    std::filesystem::path root_;
    std::filesystem::path stick_; // the stick in now; empty when none
    int count_ = 0;
    uint64_t expected_ = 0; // updates finished once the last stick is handled
    std::mutex mutex_;
    std::condition_variable changed_;
    std::optional<int> hold_at_;
    bool held_ = false;
};

} // namespace vitrine::kiosk
