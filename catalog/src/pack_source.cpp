#include "vitrine/catalog/pack_source.h"

#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/text.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

namespace fs = std::filesystem;

namespace vitrine {

namespace {

constexpr size_t kChunkBytes = 64 * 1024;
constexpr uint64_t kRatioCheckedFrom = 1ull << 20;

std::string describe_size(uint64_t bytes) {
    const auto scaled = [&](uint64_t unit, const char* name) {
        const uint64_t tenths = bytes * 10 / unit;
        std::string out = std::to_string(tenths / 10);
        if (tenths % 10 != 0)
            out += "." + std::to_string(tenths % 10);
        return out + " " + name;
    };
    if (bytes >= (1ull << 30))
        return scaled(1ull << 30, "GB");
    if (bytes >= (1ull << 20))
        return scaled(1ull << 20, "MB");
    if (bytes >= (1ull << 10))
        return scaled(1ull << 10, "KB");
    return std::to_string(bytes) + " bytes";
}

std::string in_quotes(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

[[noreturn]] void too_large(const std::string& what, uint64_t cap) {
    throw PackError(what + " is too large (more than " + describe_size(cap) +
                    "): make it smaller, or leave it out of the pack");
}

// What file managers and operating systems leave behind: macOS's resource forks, folder
// settings and indexes, Windows' thumbnail caches, recycle bin and autorun file, Linux
// desktops' trash, USB-stick housekeeping. Never part of a pack (a pack at the root of a stick
// sits beside them), and they must be skipped the same way in a folder and in its zip, or
// sealing one and importing the other would disagree. Windows and macOS ignore case in names,
// so the comparison does too.
constexpr std::array<std::string_view, 12> kJunk = {
    "__macosx",     ".ds_store",   ".trashes",    ".spotlight-v100",
    ".fseventsd",   "thumbs.db",   "desktop.ini", "system volume information",
    "$recycle.bin", "autorun.inf", ".trash",      ".temporaryitems"};

bool is_junk_name(std::string_view name) {
    if (name.starts_with("._")) // AppleDouble: the resource fork of the file of that name
        return true;
    const std::string lower = lower_ascii(name);
    if (lower.starts_with(".trash-")) // a Linux desktop's trash on a stick, .Trash-1000
        return true;
    return std::find(kJunk.begin(), kJunk.end(), lower) != kJunk.end();
}

bool is_inside(const fs::path& root, const fs::path& path) {
    auto p = path.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++p)
        if (p == path.end() || *p != *r)
            return false;
    return true;
}

class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

// [SECTION] Folder

class FolderSource final : public PackSource {
public:
    FolderSource(fs::path origin, const PackLimits& limits)
        : origin_(std::move(origin)), limits_(limits) {
        std::error_code ec;
        root_ = fs::canonical(origin_, ec);
        if (ec)
            throw PackError(origin_.string() + " cannot be read (" + ec.message() +
                            "): check that the folder is there and readable");
        std::vector<fs::path> walking{root_};
        walk(root_, "", walking);
        std::sort(files_.begin(), files_.end());
    }

    const fs::path& origin() const override { return origin_; }
    std::vector<std::string> files() const override { return files_; }

    bool exists(const std::string& relative) const override {
        return std::binary_search(files_.begin(), files_.end(), relative);
    }

    std::optional<uint64_t> size(const std::string& relative) const override {
        if (!exists(relative))
            return std::nullopt;
        std::error_code ec;
        const uint64_t bytes = fs::file_size(root_ / relative, ec);
        if (ec)
            return std::nullopt;
        return bytes;
    }

    std::string read(const std::string& relative, uint64_t max_bytes) const override {
        if (!exists(relative))
            throw PackError(relative + " is not in the pack: check the file's name and place");
        const uint64_t cap = std::min(max_bytes, limits_.max_file_bytes);

        // The listing checked every link, but the folder may have changed since: resolve again
        // now, and refuse a final component that became a link after this check.
        std::error_code ec;
        const fs::path real = fs::canonical(root_ / relative, ec);
        if (ec)
            throw PackError(relative + " cannot be read (" + ec.message() +
                            "): check that the file is still there");
        if (!is_inside(root_, real))
            throw PackError(relative + " is a link to " + real.string() +
                            ", outside the pack's folder: copy the file itself into the pack");
        Fd fd(::open(real.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
        if (fd.get() < 0) {
            if (errno == ELOOP)
                throw PackError(relative + " was replaced by a link while the pack was read: "
                                           "copy the file itself into the pack");
            throw PackError(relative + " cannot be read (" + std::strerror(errno) +
                            "): check the file's permissions");
        }
        struct stat st {};
        if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
            throw PackError(relative + " is not a regular file: put the file itself in the pack");

        // One byte past the cap tells "exactly at the cap" from "over it" without trusting the
        // size the file system reports, which can change under us.
        const uint64_t limit = cap == UINT64_MAX ? cap : cap + 1;
        std::string out;
        out.reserve(
            static_cast<size_t>(std::min<uint64_t>(static_cast<uint64_t>(st.st_size), limit)));
        std::array<char, kChunkBytes> buffer;
        while (out.size() < limit) {
            const size_t want =
                static_cast<size_t>(std::min<uint64_t>(buffer.size(), limit - out.size()));
            const ssize_t got = ::read(fd.get(), buffer.data(), want);
            if (got < 0) {
                if (errno == EINTR)
                    continue;
                throw PackError(relative + " cannot be read (" + std::strerror(errno) +
                                "): copy the pack again from a working disk");
            }
            if (got == 0)
                break;
            out.append(buffer.data(), static_cast<size_t>(got));
        }
        if (out.size() > cap)
            too_large(relative, cap);
        return out;
    }

private:
    // `walking` holds the real folders from the root down to `dir`, so that a link back to one
    // of them is not followed into an endless loop.
    void walk(const fs::path& dir, const std::string& prefix, std::vector<fs::path>& walking) {
        std::error_code ec;
        const std::string where = prefix.empty() ? origin_.string() : prefix;
        for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator();
             it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (is_junk_name(name))
                continue;
            const std::string relative = prefix.empty() ? name : prefix + "/" + name;
            std::error_code entry_ec;
            fs::file_type type = it->symlink_status(entry_ec).type();
            fs::path real = dir / name;
            if (type == fs::file_type::symlink) {
                real = fs::weakly_canonical(it->path(), entry_ec);
                if (entry_ec || !is_inside(root_, real))
                    throw PackError(relative + " is a link to " + real.string() +
                                    ", outside the pack's folder: a pack must hold its files "
                                    "itself; copy the file or folder into the pack");
                type = fs::status(real, entry_ec).type();
                if (entry_ec)
                    continue; // a broken link is no file: whoever needs it reports it missing
            }
            if (type == fs::file_type::directory) {
                if (std::find(walking.begin(), walking.end(), real) != walking.end())
                    continue;
                walking.push_back(real);
                walk(real, relative, walking);
                walking.pop_back();
            } else if (type == fs::file_type::regular) {
                files_.push_back(relative);
                if (files_.size() > limits_.max_entries)
                    throw PackError(origin_.string() + " holds more than " +
                                    std::to_string(limits_.max_entries) +
                                    " files: give the pack's own folder, the one holding "
                                    "manifest.json");
            }
        }
        if (ec)
            throw PackError(where + " cannot be read (" + ec.message() +
                            "): check the folder's permissions");
    }

    fs::path origin_;
    fs::path root_; // canonical, to tell links that leave it
    PackLimits limits_;
    std::vector<std::string> files_;
};

// [SECTION] Zip

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

class ZipSource final : public PackSource {
public:
    ZipSource(fs::path origin, const PackLimits& limits)
        : origin_(std::move(origin)), name_(origin_.filename().string()), limits_(limits) {
        int code = 0;
        zip_.reset(zip_open(origin_.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
        if (!zip_)
            throw open_error(code);
        index_entries();
    }

    const fs::path& origin() const override { return origin_; }

    std::vector<std::string> files() const override {
        std::vector<std::string> out;
        out.reserve(entries_.size());
        for (const auto& [name, entry] : entries_)
            out.push_back(name);
        return out;
    }

    bool exists(const std::string& relative) const override { return entries_.contains(relative); }

    std::optional<uint64_t> size(const std::string& relative) const override {
        auto it = entries_.find(relative);
        if (it == entries_.end())
            return std::nullopt;
        return it->second.size;
    }

    std::string read(const std::string& relative, uint64_t max_bytes) const override {
        auto it = entries_.find(relative);
        if (it == entries_.end())
            throw PackError(relative + " is not in " + name_ + ": check the file's name and place");
        const Entry& entry = it->second;
        const uint64_t cap = std::min(max_bytes, limits_.max_file_bytes);
        if (entry.size > cap)
            too_large(relative + " in " + name_, cap);

        // libzip's archive handle is not thread safe, and photos are read by two workers.
        std::lock_guard lock(mutex_);
        std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(zip_.get(), entry.index, 0));
        if (!file)
            throw damaged(relative, zip_strerror(zip_.get()));
        std::string out;
        out.reserve(static_cast<size_t>(entry.size));
        std::array<char, kChunkBytes> buffer;
        for (;;) {
            const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
            if (got < 0)
                throw damaged(relative, zip_file_strerror(file.get()));
            if (got == 0)
                break;
            const auto n = static_cast<uint64_t>(got);
            // The declared size passed the caps, but only the bytes inflated are real: a forged
            // header can hide gigabytes behind a small number.
            if (out.size() + n > entry.size)
                throw PackError(relative + " in " + name_ +
                                " holds more data than the zip says it does: the zip is forged "
                                "or damaged and is refused; make it again from the pack's folder");
            // Re-reading an entry (fingerprints, then photos) inflates nothing new: only bytes
            // past what the entry already gave count, so a big honest pack read twice passes.
            const uint64_t produced = out.size() + n;
            if (produced > entry.inflated) {
                const uint64_t fresh = produced - entry.inflated;
                if (inflated_ + fresh > limits_.max_total_bytes)
                    throw PackError(name_ + " unpacks to more than " +
                                    describe_size(limits_.max_total_bytes) +
                                    ", more than a pack may hold: reading stopped at " + relative +
                                    "; check that this is the right zip");
                inflated_ += fresh;
                entry.inflated = produced;
            }
            out.append(buffer.data(), static_cast<size_t>(n));
        }
        if (out.size() != entry.size)
            throw damaged(relative, "it is shorter than the zip says");
        return out;
    }

private:
    struct Entry {
        zip_uint64_t index = 0;
        uint64_t size = 0;             // declared, uncompressed
        mutable uint64_t inflated = 0; // most bytes one read of it has produced; under mutex_
    };

    PackError open_error(int code) const {
        switch (code) {
        case ZIP_ER_NOZIP:
            return PackError(name_ + " is not a zip, or it is damaged: make the zip again from "
                                     "the pack's folder");
        case ZIP_ER_INCONS:
            return PackError(name_ + " is damaged (its table of contents does not match its "
                                     "contents): copy it again, or make the zip again");
        default: {
            zip_error_t error;
            zip_error_init_with_code(&error, code);
            std::string reason = zip_error_strerror(&error);
            zip_error_fini(&error);
            return PackError(name_ + " cannot be opened as a zip (" + reason +
                             "): make the zip again from the pack's folder");
        }
        }
    }

    PackError damaged(const std::string& relative, const std::string& reason) const {
        return PackError(relative + " in " + name_ + " cannot be unpacked (" + reason +
                         "): the zip is damaged; copy it again, or make it again");
    }

    [[noreturn]] void refuse(const std::string& entry, const std::string& why) const {
        throw PackError(name_ + ": the entry " + in_quotes(entry) + " " + why +
                        ": the zip is refused; make it again from the pack's folder");
    }

    // Every check runs on every entry, junk included: a hostile name is refused wherever it hides.
    void index_entries() {
        const zip_int64_t count = zip_get_num_entries(zip_.get(), 0);
        if (count < 0)
            throw open_error(ZIP_ER_INCONS);
        if (static_cast<uint64_t>(count) > limits_.max_entries)
            throw PackError(name_ + " holds " + std::to_string(count) + " entries, more than the " +
                            std::to_string(limits_.max_entries) +
                            " a pack may hold: check that this is the right zip");

        std::map<std::string, Entry> found;
        uint64_t declared_total = 0;
        for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
            zip_stat_t st;
            zip_stat_init(&st);
            if (zip_stat_index(zip_.get(), i, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) ||
                st.name == nullptr || !(st.valid & ZIP_STAT_SIZE))
                throw open_error(ZIP_ER_INCONS);
            const std::string raw = st.name;
            std::vector<std::string> parts = checked_parts(raw);

            zip_uint8_t opsys = 0;
            zip_uint32_t attributes = 0;
            if (zip_file_get_external_attributes(zip_.get(), i, 0, &opsys, &attributes) == 0 &&
                opsys == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK)
                refuse(raw, "is a symbolic link, which could point anywhere on the kiosk");
            if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
                throw PackError(name_ + ": " + in_quotes(raw) +
                                " is password-protected: make the zip again without a password");
            if (raw.ends_with('/') || raw.ends_with('\\') || parts.empty())
                continue; // a folder: its files have entries of their own

            if ((st.valid & ZIP_STAT_COMP_METHOD) &&
                !zip_compression_method_supported(static_cast<zip_int32_t>(st.comp_method), 0))
                throw PackError(name_ + ": " + in_quotes(raw) +
                                " is compressed in a way Vitrine cannot read: make the zip "
                                "again with the computer's own \"Compress\" command");
            if (st.size > limits_.max_file_bytes)
                refuse(raw, "unpacks to " + describe_size(st.size) + ", more than the " +
                                describe_size(limits_.max_file_bytes) + " a file may be");
            declared_total += st.size;
            if (declared_total > limits_.max_total_bytes)
                throw PackError(name_ + " unpacks to more than " +
                                describe_size(limits_.max_total_bytes) +
                                ", more than a pack may hold: check that this is the right zip");
            if (st.size > kRatioCheckedFrom) {
                const uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
                if (compressed == 0 || st.size / compressed > limits_.max_ratio)
                    refuse(raw, "is compressed suspiciously well (" + describe_size(st.size) +
                                    " from " + describe_size(compressed) +
                                    "), the mark of a zip bomb");
            }

            if (std::any_of(parts.begin(), parts.end(), is_junk_name))
                continue;
            std::string relative;
            for (const std::string& part : parts)
                relative += (relative.empty() ? "" : "/") + part;
            if (!found.emplace(relative, Entry{i, st.size}).second)
                refuse(raw, "appears twice");
        }

        // Zipping a folder (rather than its contents) puts everything under its name.
        std::optional<std::string> top;
        bool one_top = !found.empty();
        for (const auto& [relative, entry] : found) {
            const size_t slash = relative.find('/');
            const std::string first = slash == std::string::npos ? "" : relative.substr(0, slash);
            if (first.empty() || (top && *top != first)) {
                one_top = false;
                break;
            }
            top = first;
        }
        if (!one_top) {
            entries_ = std::move(found);
            return;
        }
        for (auto& [relative, entry] : found)
            entries_.emplace(relative.substr(top->size() + 1), entry);
    }

    // The entry's name as path components, '.' and empty ones dropped. Refuses names that would
    // land outside the pack if anything ever extracted them. Old Windows tools write '\' as the
    // separator, so it is one here too.
    std::vector<std::string> checked_parts(const std::string& raw) const {
        std::string name = raw;
        std::replace(name.begin(), name.end(), '\\', '/');
        if (name.starts_with('/'))
            refuse(raw, "has an absolute path");
        if (name.size() >= 2 && name[1] == ':' &&
            ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z')))
            refuse(raw, "names a drive");
        std::vector<std::string> parts;
        size_t start = 0;
        while (start <= name.size()) {
            size_t end = name.find('/', start);
            if (end == std::string::npos)
                end = name.size();
            std::string part = name.substr(start, end - start);
            if (part == "..")
                refuse(raw, "has \"..\" in its path, so it points outside the pack");
            if (!part.empty() && part != ".")
                parts.push_back(std::move(part));
            start = end + 1;
        }
        return parts;
    }

    fs::path origin_;
    std::string name_; // the zip's file name, for messages
    PackLimits limits_;
    std::unique_ptr<zip_t, ZipDiscard> zip_;
    std::map<std::string, Entry> entries_;
    mutable std::mutex mutex_;      // guards zip_ and the inflated counts
    mutable uint64_t inflated_ = 0; // distinct bytes actually inflated, over all entries
};

bool starts_like_zip(const fs::path& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0)
        throw PackError(path.string() + " cannot be read (" + std::strerror(errno) +
                        "): check the file's permissions");
    std::array<char, 4> magic{};
    ssize_t got = 0;
    do {
        got = ::read(fd.get(), magic.data(), magic.size());
    } while (got < 0 && errno == EINTR);
    if (got != static_cast<ssize_t>(magic.size()))
        return false;
    const std::string_view head(magic.data(), magic.size());
    return head == std::string_view("PK\x03\x04", 4) || head == std::string_view("PK\x05\x06", 4);
}

} // namespace

std::unique_ptr<PackSource> open_pack(const fs::path& path, const PackLimits& limits) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        throw PackError(path.string() + " does not exist: check the name of the pack's folder "
                                        "or zip, and that the USB stick is plugged in");
    if (ec)
        throw PackError(path.string() + " cannot be read (" + ec.message() +
                        "): check its permissions");
    if (fs::is_directory(status))
        return std::make_unique<FolderSource>(path, limits);
    if (fs::is_regular_file(status) && starts_like_zip(path))
        return std::make_unique<ZipSource>(path, limits);
    throw PackError(path.string() +
                    " is neither a folder nor a .zip: give the pack's folder or its zip");
}

} // namespace vitrine
