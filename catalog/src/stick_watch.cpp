#include "vitrine/catalog/stick_watch.h"

#include <algorithm>
#include <cerrno>
#include <poll.h>
#include <pwd.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace std::chrono;

namespace vitrine {
namespace {

constexpr uint32_t kRootEvents = IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM |
                                 IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

bool is_mount_point(const fs::path& folder) {
    struct stat self {
    }, parent{};
    if (::stat(folder.c_str(), &self) != 0 || ::stat(folder.parent_path().c_str(), &parent) != 0)
        return false;
    return self.st_dev != parent.st_dev;
}

// /media/USER holds a user's sticks; it is not one.
bool is_user_folder(const fs::path& folder) {
    if (is_mount_point(folder))
        return false;
    std::string name = folder.filename().string();
    struct passwd pw {};
    struct passwd* found = nullptr;
    char buf[4096];
    return ::getpwnam_r(name.c_str(), &pw, buf, sizeof buf, &found) == 0 && found;
}

std::vector<fs::path> subfolders(const fs::path& folder) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_directory(type_ec) && !it->path().filename().string().starts_with("."))
            out.push_back(it->path());
    }
    return out;
}

} // namespace

std::string folder_signature(const fs::path& folder, size_t max_entries) {
    size_t count = 0;
    uintmax_t bytes = 0;
    int64_t newest = 0;
    struct stat top {};
    if (::stat(folder.c_str(), &top) != 0)
        return "gone";
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    for (fs::recursive_directory_iterator end; !ec && it != end && count < max_entries;
         it.increment(ec)) {
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) != 0)
            continue;
        ++count;
        bytes += static_cast<uintmax_t>(st.st_size);
        newest =
            std::max<int64_t>(newest, st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec);
    }
    return std::to_string(top.st_dev) + ":" + std::to_string(count) + ":" + std::to_string(bytes) +
           ":" + std::to_string(newest) + ":" + std::to_string(top.st_mtim.tv_nsec);
}

StickWatch::StickWatch(StickWatchOptions options) : options_(std::move(options)) {
    inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    wake_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    for (const fs::path& stick : scan())
        if (options_.report_existing) {
            auto now = steady_clock::now();
            pending_[stick] = {folder_signature(stick), now, now};
        } else {
            present_.insert(stick);
        }
}

StickWatch::~StickWatch() {
    if (inotify_fd_ >= 0)
        ::close(inotify_fd_);
    if (wake_fd_ >= 0)
        ::close(wake_fd_);
}

void StickWatch::interrupt() {
    uint64_t one = 1;
    if (wake_fd_ >= 0) [[maybe_unused]]
        auto n = ::write(wake_fd_, &one, sizeof one);
}

void StickWatch::watch_folder(const fs::path& folder) {
    if (inotify_fd_ < 0 || watched_.contains(folder))
        return;
    int wd = ::inotify_add_watch(inotify_fd_, folder.c_str(), kRootEvents);
    if (wd >= 0)
        watched_[folder] = wd;
}

// Every folder that counts as a stick now; watches the folders they appear in.
std::set<fs::path> StickWatch::scan() {
    std::set<fs::path> sticks;
    for (const fs::path& root : options_.roots) {
        std::error_code ec;
        if (!fs::is_directory(root, ec))
            continue;
        watch_folder(root);
        for (const fs::path& child : subfolders(root)) {
            if (is_user_folder(child)) {
                watch_folder(child);
                for (const fs::path& stick : subfolders(child))
                    sticks.insert(stick);
            } else {
                sticks.insert(child);
            }
        }
    }
    return sticks;
}

void StickWatch::rescan() {
    // Watches of folders that went away were dropped by the kernel (IN_IGNORED).
    for (auto it = watched_.begin(); it != watched_.end();) {
        std::error_code ec;
        if (!fs::is_directory(it->first, ec)) {
            ::inotify_rm_watch(inotify_fd_, it->second);
            it = watched_.erase(it);
        } else {
            ++it;
        }
    }
    std::set<fs::path> now = scan();
    auto t = steady_clock::now();
    for (const fs::path& stick : now)
        if (!present_.contains(stick) && !pending_.contains(stick))
            pending_[stick] = {folder_signature(stick), t, t};
    for (auto it = pending_.begin(); it != pending_.end();)
        it = now.contains(it->first) ? std::next(it) : pending_.erase(it);
    for (auto it = present_.begin(); it != present_.end();) {
        if (now.contains(*it)) {
            ++it;
            continue;
        }
        events_.push_back({StickEvent::Kind::removed, *it});
        it = present_.erase(it);
    }
}

void StickWatch::check_pending() {
    auto now = steady_clock::now();
    for (auto it = pending_.begin(); it != pending_.end();) {
        Pending& p = it->second;
        std::string sig = folder_signature(it->first);
        if (sig != p.signature) {
            p.signature = sig;
            p.stable_since = now;
        }
        if (now - p.stable_since >= options_.settle ||
            now - p.first_seen >= options_.settle_limit) {
            events_.push_back({StickEvent::Kind::inserted, it->first});
            present_.insert(it->first);
            it = pending_.erase(it);
        } else {
            ++it;
        }
    }
}

milliseconds StickWatch::next_wake() const {
    milliseconds wake = milliseconds::max();
    if (!pending_.empty())
        wake = std::clamp(options_.settle / 4, milliseconds(10), milliseconds(250));
    bool all_watched = inotify_fd_ >= 0;
    for (const fs::path& root : options_.roots)
        all_watched = all_watched && watched_.contains(root);
    if (!all_watched)
        wake = std::min(wake, options_.poll);
    return wake;
}

std::optional<StickEvent> StickWatch::wait(milliseconds timeout) {
    auto deadline = steady_clock::now() + timeout;
    for (;;) {
        if (!events_.empty()) {
            StickEvent e = std::move(events_.front());
            events_.pop_front();
            return e;
        }
        auto left = duration_cast<milliseconds>(deadline - steady_clock::now());
        if (left.count() <= 0)
            return std::nullopt;
        milliseconds sleep = std::min({left, next_wake(), milliseconds(hours(1))});
        pollfd fds[2] = {{wake_fd_, POLLIN, 0}, {inotify_fd_, POLLIN, 0}};
        int n = ::poll(fds, inotify_fd_ >= 0 ? 2 : 1, static_cast<int>(sleep.count()));
        if (n < 0 && errno != EINTR)
            return std::nullopt;
        if (fds[0].revents & POLLIN) {
            uint64_t v;
            [[maybe_unused]] auto r = ::read(wake_fd_, &v, sizeof v);
            return std::nullopt;
        }
        if (inotify_fd_ >= 0 && (fds[1].revents & POLLIN)) {
            alignas(inotify_event) char buf[4096];
            while (::read(inotify_fd_, buf, sizeof buf) > 0) {
                // What changed is found by rescanning; the events only wake us.
            }
        }
        rescan();
        check_pending();
    }
}

} // namespace vitrine
