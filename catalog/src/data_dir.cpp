#include "durable.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/store.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace vitrine {

fs::path default_data_dir() {
    if (const char* env = std::getenv("VITRINE_DATA_DIR"); env && *env)
        return env;
    std::error_code ec;
    if (fs::is_directory("/var/lib/vitrine", ec) && ::access("/var/lib/vitrine", W_OK) == 0)
        return "/var/lib/vitrine";
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return fs::path(xdg) / "vitrine";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".local/share/vitrine";
    return fs::current_path() / "vitrine-data";
}

namespace durable {
namespace {

std::string errno_text() {
    return std::strerror(errno);
}

} // namespace

void sync(const fs::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw StoreError("cannot open " + path.string() + ": " + errno_text());
    int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        throw StoreError("cannot write " + path.string() + " to disk: " + errno_text());
}

void sync_filesystem(const fs::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw StoreError("cannot open " + path.string() + ": " + errno_text());
    int rc = ::syncfs(fd);
    ::close(fd);
    if (rc != 0)
        throw StoreError("cannot write to disk under " + path.string() + ": " + errno_text());
}

void write_file(const fs::path& path, std::string_view bytes, bool sync_now) {
    std::random_device rd;
    fs::path tmp = path;
    tmp += ".tmp" + std::to_string(rd());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw StoreError("cannot create " + tmp.string() + ": " + errno_text());
    size_t written = 0;
    while (written < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            std::string why = errno == ENOSPC ? "the disk is full" : errno_text();
            ::close(fd);
            ::unlink(tmp.c_str());
            throw StoreError("cannot write " + path.string() + ": " + why);
        }
        written += static_cast<size_t>(n);
    }
    if ((sync_now && ::fsync(fd) != 0) || ::close(fd) != 0) {
        std::string why = errno == ENOSPC ? "the disk is full" : errno_text();
        ::unlink(tmp.c_str());
        throw StoreError("cannot write " + path.string() + ": " + why);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string why = errno_text();
        ::unlink(tmp.c_str());
        throw StoreError("cannot rename into " + path.string() + ": " + why);
    }
}

void replace_symlink(const fs::path& link, const fs::path& target) {
    fs::path tmp = link;
    tmp += ".new";
    ::unlink(tmp.c_str());
    if (::symlink(target.c_str(), tmp.c_str()) != 0)
        throw StoreError("cannot create " + tmp.string() + ": " + errno_text());
    if (::rename(tmp.c_str(), link.c_str()) != 0)
        throw StoreError("cannot replace " + link.string() + ": " + errno_text());
    sync(link.parent_path());
}

FileLock::FileLock(const fs::path& path, Kind kind) {
    // A reader may not own the data directory (a kiosk's user): it opens what imports made.
    if (kind == Kind::reader)
        fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0)
        fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throw StoreError("cannot open " + path.string() + ": " + errno_text());
    int rc;
    do
        rc = ::flock(fd_, kind == Kind::writer ? LOCK_EX | LOCK_NB : LOCK_SH);
    while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(fd_);
        fd_ = -1;
        if (kind == Kind::reader)
            throw StoreError("cannot lock " + path.string() + ": " + errno_text());
        throw StoreError("another import or rollback is running on this data directory: wait "
                         "for it to finish");
    }
}

std::unique_ptr<FileLock> FileLock::try_exclusive(const fs::path& path) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return nullptr;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return nullptr;
    }
    std::unique_ptr<FileLock> lock(new FileLock());
    lock->fd_ = fd;
    return lock;
}

bool FileLock::still_at(const fs::path& path) const {
    struct stat held {
    }, named{};
    return ::fstat(fd_, &held) == 0 && ::stat(path.c_str(), &named) == 0 &&
           held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

FileLock::~FileLock() {
    if (fd_ >= 0)
        ::close(fd_);
}

} // namespace durable
} // namespace vitrine
