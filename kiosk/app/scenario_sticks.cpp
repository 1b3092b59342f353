#include "app/scenario_sticks.h"

#include <chrono>
#include <random>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace vitrine::kiosk {

ScenarioSticks::ScenarioSticks() {
    root_ = fs::temp_directory_path() / ("vitrine-sticks-" + std::to_string(getpid()) + "-" +
                                         std::to_string(std::random_device{}()));
    fs::create_directories(root_);
}

ScenarioSticks::~ScenarioSticks() {
    release();
    std::error_code ec;
    fs::remove_all(root_, ec);
}

AppOptions ScenarioSticks::wire(AppOptions options) {
    options.updates.enabled = true;
    options.updates.watch_roots = {root_};
    // Short, since the copy is renamed in whole: nothing changes once it is there.
    options.updates.settle = std::chrono::milliseconds(150);
    options.updates.on_import_progress = [this](size_t done, size_t total) {
        progress(done, total);
    };
    return options;
}

void ScenarioSticks::insert(const fs::path& pack, Updater& updater) {
    if (!fs::exists(pack))
        throw std::runtime_error("no pack at " + pack.string());
    if (!stick_.empty())
        pull();
    // Copied beside the root, then renamed in: the watch sees a complete folder appear.
    fs::path staging = root_.string() + ".staging";
    fs::remove_all(staging);
    fs::create_directories(staging);
    fs::copy(pack, staging / pack.filename(), fs::copy_options::recursive);
    stick_ = root_ / ("STICK" + std::to_string(++count_));
    expected_ = updater.status().updates + 1;
    fs::rename(staging, stick_);
}

void ScenarioSticks::hold(int percent) {
    std::lock_guard lock(mutex_);
    hold_at_ = percent;
    held_ = false;
}

void ScenarioSticks::pull() {
    if (stick_.empty())
        throw std::runtime_error("no stick is in");
    fs::remove_all(stick_);
    stick_.clear();
    release();
}

void ScenarioSticks::release() {
    std::lock_guard lock(mutex_);
    hold_at_.reset();
    held_ = false;
    changed_.notify_all();
}

void ScenarioSticks::progress(size_t done, size_t total) {
    std::unique_lock lock(mutex_);
    if (!hold_at_ || done * 100 < static_cast<size_t>(*hold_at_) * total)
        return;
    held_ = true;
    changed_.notify_all();
    changed_.wait(lock, [&] { return !hold_at_; });
}

void ScenarioSticks::wait(Updater& updater) {
    using namespace std::chrono;
    auto deadline = steady_clock::now() + minutes(1);
    while (steady_clock::now() < deadline) {
        {
            std::unique_lock lock(mutex_);
            if (changed_.wait_for(lock, milliseconds(20), [&] { return held_; }))
                return;
        }
        if (updater.wait_for_updates(expected_, milliseconds(20)))
            return;
    }
    throw std::runtime_error("the update did not finish within a minute");
}

} // namespace vitrine::kiosk
