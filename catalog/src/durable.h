// Durable file operations for the store: what is renamed into place survives power loss.
#pragma once

#include <filesystem>
#include <memory>
#include <string_view>

namespace vitrine::durable {

// Writes bytes to `path` through a temporary file in the same folder and renames it into place:
// readers see the old file or the whole new one, never a part. With sync_now, the data is on
// disk before the rename; without, the caller calls sync_filesystem() before relying on it
// (one flush for hundreds of photos instead of one each).
void write_file(const std::filesystem::path& path, std::string_view bytes, bool sync_now = true);

// Flushes everything written on the file system that holds `path`.
void sync_filesystem(const std::filesystem::path& path);

// fsync of a file or a folder (a folder's entries: renames and new files in it).
void sync(const std::filesystem::path& path);

// Points `link` at `target` atomically (a new link renamed over the old one), then syncs the
// folder.
void replace_symlink(const std::filesystem::path& link, const std::filesystem::path& target);

// An advisory lock (flock) on a file, released on destruction (and by the kernel if the
// process dies, so a killed import never leaves the directory locked).
class FileLock {
public:
    enum class Kind {
        writer, // exclusive; throws StoreError at once if held elsewhere
        reader, // shared; waits while a writer holds it. The file must be in an existing folder
    };
    explicit FileLock(const std::filesystem::path& path, Kind kind = Kind::writer);
    // An exclusive lock when nobody holds one on the file (nullptr when somebody does, or the
    // file cannot be opened).
    static std::unique_ptr<FileLock> try_exclusive(const std::filesystem::path& path);
    ~FileLock();
    // Whether `path` still names the locked file (not removed, nor replaced by another).
    bool still_at(const std::filesystem::path& path) const;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    FileLock() = default;
    int fd_ = -1;
};

} // namespace vitrine::durable
