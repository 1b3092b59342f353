// Watches the places where removable media appear (/media, /run/media, or any folder another
// program fills) and says when a new folder has appeared and finished changing, and when one
// has gone. It never mounts anything and does not care how a folder arrived.
//
// A stick is a new folder under a root, or one level down under a user's folder
// (/media/USER/LABEL): a child of a root named after a user account, and not a mount point
// itself, is such a folder. inotify wakes the watch; a slow poll covers roots that do not
// exist yet and systems without inotify. While nothing is settling and every root is
// watched, wait() sleeps in poll(2) until the kernel wakes it: no busy loop.
//
// Thread safety: wait() is called from one thread; interrupt() may be called from any thread.
#pragma once

#include <chrono>
#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace vitrine {

struct StickEvent {
    enum class Kind { inserted, removed };
    Kind kind = Kind::inserted;
    std::filesystem::path path; // the stick's folder
};

struct StickWatchOptions {
    std::vector<std::filesystem::path> roots{"/media", "/run/media"};
    // A folder is complete when its files' count, sizes and times have not changed for this.
    std::chrono::milliseconds settle{1000};
    // Reported anyway after this long, for a folder that never stops changing: the pack's own
    // checks then say what is incomplete.
    std::chrono::milliseconds settle_limit{60000};
    // How often roots are looked at when inotify cannot watch them (missing, or no inotify).
    std::chrono::milliseconds poll{2000};
    // Folders already there when the watch starts count as inserted (a kiosk booted with the
    // stick in); by default only new ones do.
    bool report_existing = false;
};

class StickWatch {
public:
    explicit StickWatch(StickWatchOptions options = {});
    ~StickWatch();
    StickWatch(const StickWatch&) = delete;
    StickWatch& operator=(const StickWatch&) = delete;

    // The next event, waiting at most `timeout`; nullopt on timeout or interrupt().
    std::optional<StickEvent> wait(std::chrono::milliseconds timeout);

    // Wakes a wait() in progress, from any thread.
    void interrupt();

    // Whether inotify is in use (false: polling only).
    bool uses_inotify() const { return inotify_fd_ >= 0; }

private:
    struct Pending {
        std::string signature;
        std::chrono::steady_clock::time_point stable_since, first_seen;
    };
    std::set<std::filesystem::path> scan();
    void rescan();
    void check_pending();
    void watch_folder(const std::filesystem::path& folder);
    std::chrono::milliseconds next_wake() const;

    StickWatchOptions options_;
    int inotify_fd_ = -1;
    int wake_fd_ = -1;
    std::map<std::filesystem::path, int> watched_; // folder -> inotify watch descriptor
    std::set<std::filesystem::path> present_;      // sticks reported inserted
    std::map<std::filesystem::path, Pending> pending_;
    std::deque<StickEvent> events_;
};

// The count, sizes and modification times of a folder's tree, as one string: equal strings
// mean nothing visibly changed. Bounded (at most `max_entries` entries looked at).
std::string folder_signature(const std::filesystem::path& folder, size_t max_entries = 100000);

} // namespace vitrine
