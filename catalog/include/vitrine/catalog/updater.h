// Updates by stick, start to end, beside a running kiosk: watches for sticks (stick_watch.h),
// finds the pack (stick.h), checks its signature and rights (trust.h), imports it with
// Store::import_pack, and writes the report on the stick (update_report.h).
//
// All of it runs on the updater's own thread at the lowest CPU priority (nice 19, inherited by
// the photo workers it starts), so the kiosk keeps drawing at full speed. Every exception is
// caught on that thread and becomes a `failed` update with its reason: nothing reaches the
// kiosk but the status. Once a report is written, no file on the stick is left open.
//
// Thread safety: every public member may be called from any thread.
#pragma once

#include "vitrine/catalog/signature.h"
#include "vitrine/catalog/stick_watch.h"
#include "vitrine/catalog/update_report.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace vitrine {

struct UpdaterOptions {
    std::filesystem::path data_dir;
    std::string kiosk_name;              // written in the report
    std::vector<PublicKey> trusted_keys; // empty: unsigned packs are accepted
    StickWatchOptions watch;             // its roots empty: only insert() starts updates
    unsigned threads = 0;                // photo workers; 0: one per core
    // Files to put on the stick besides the report (the statistics of a later issue): called on
    // the updater's thread with the stick's folder, after the report; its exceptions become a
    // line in the status, not a failed update.
    std::function<void(const std::filesystem::path& stick)> extra_exports;
    // For tests: called on each photo imported (done, total), e.g. to pull the stick.
    std::function<void(size_t done, size_t total)> on_import_progress;
};

// What the kiosk shows: a snapshot, copied out under a lock.
struct UpdateStatus {
    enum class State { idle, checking, importing, done, refused, failed };
    State state = State::idle;
    int percent = 0;              // while importing: photos done, 0-100
    std::filesystem::path stick;  // the stick being read, or last read
    std::filesystem::path report; // folder holding the last report's two files
    bool report_on_stick = true;  // false: the stick was read-only or full; kept in data_dir
    std::string problem;          // refused or failed: the first problem, one line
    std::optional<UpdateOutcome> outcome; // of the last update
    uint64_t updates = 0;                 // finished updates so far: a new value is a new report
    bool stick_present = false;           // a watched stick is in (false once it is pulled out)
    uint64_t installs = 0; // catalogues installed so far: the kiosk reloads on change
};

class Updater {
public:
    explicit Updater(UpdaterOptions options); // starts the thread and the watch
    ~Updater();                               // stops and joins; an import under way is
                                              // abandoned by the store, the old catalogue kept
    Updater(const Updater&) = delete;
    Updater& operator=(const Updater&) = delete;

    UpdateStatus status() const;
    std::optional<UpdateReport> last_report() const;

    // Treats `folder` as a stick just inserted (scenario commands, a synced folder). With
    // force (the admin screen), an older pack or another fair's is installed.
    void insert(const std::filesystem::path& folder, bool force = false);

    // Blocks until every queued stick is handled (tests, an orderly shutdown).
    void wait_idle();
    // Blocks until `count` updates have finished in all, or `timeout`; true if they have.
    bool wait_for_updates(uint64_t count, std::chrono::milliseconds timeout);

private:
    struct Request {
        std::filesystem::path stick;
        bool force = false;
    };
    void run();
    void handle(const Request& request);
    UpdateReport update(const Request& request);
    void set_state(UpdateStatus::State state, int percent = 0);

    UpdaterOptions options_;
    StickWatch watch_;
    mutable std::mutex mutex_;
    std::condition_variable idle_;
    std::deque<Request> queue_;
    bool busy_ = false;
    bool stop_ = false;
    UpdateStatus status_;
    std::optional<UpdateReport> last_report_;
    std::thread thread_; // last: starts once everything above is ready
};

} // namespace vitrine
