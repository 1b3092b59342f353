// [SECTION] Index
// - Paths, links and the translation of errors
// - Garbage collection: what no link and no reader needs
// - Import: validate, render photos, build, check, swap, collect garbage
// - Rollback, info and the readers' side (leases)
//
// The SQLite mapping of a catalogue is catalog_db.cpp; this file is the policy around it.

#include "vitrine/catalog/store.h"

#include "catalog_db.h"
#include "durable.h"
#include "utc_time.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_source.h"
#include "vitrine/catalog/photo_pipeline.h"
#include "vitrine/catalog/sha256.h"

#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <unistd.h>

namespace fs = std::filesystem;

namespace vitrine {
namespace {

// [SECTION] Paths, links and the translation of errors

constexpr const char* kLeaseName = "lease";

fs::path current_link(const fs::path& dir) {
    return dir / "current";
}
fs::path previous_link(const fs::path& dir) {
    return dir / "previous";
}

// The catalogue folder a link points at, or nullopt when the link is missing or dangling.
std::optional<fs::path> resolve(const fs::path& link) {
    std::error_code ec;
    if (!fs::is_symlink(link, ec))
        return std::nullopt;
    fs::path target = fs::read_symlink(link, ec);
    if (ec)
        return std::nullopt;
    fs::path full = target.is_absolute() ? target : link.parent_path() / target;
    if (!fs::is_regular_file(full / catalog_db::kFileName, ec))
        return std::nullopt;
    return full;
}

std::string new_catalog_id(const PackStamp& stamp) {
    std::random_device rd;
    char buf[64];
    std::snprintf(buf, sizeof buf, "v%lld-%08x%08x", static_cast<long long>(stamp.version), rd(),
                  rd());
    return buf;
}

// "media/ab/abcdef…-display.jpg"
std::string media_relative(const std::string& hash, const char* role, const std::string& ext) {
    return "media/" + hash.substr(0, 2) + "/" + hash + "-" + role + "." + ext;
}

std::string damaged(const fs::path& what, const char* why) {
    return what.string() + " cannot be read (" + why +
           "): roll back with 'vitrine-pack rollback', or import the pack again";
}

// Runs `f`, turning what SQLite, JSON and the file system throw into a StoreError that names
// `what` (a catalogue's database, or the data directory) and what to do: the one translation
// every public Store method goes through.
template <class F> auto translated(const fs::path& what, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const Error&) {
        throw;
    } catch (const SQLite::Exception& e) {
        throw StoreError(damaged(what, e.what()));
    } catch (const nlohmann::json::exception& e) {
        throw StoreError(damaged(what, e.what()));
    } catch (const fs::filesystem_error& e) {
        throw StoreError("cannot use " + what.string() + ": " + e.code().message() +
                         " (check the disk and its permissions)");
    }
}

fs::path db_of(const fs::path& folder) {
    return folder / catalog_db::kFileName;
}

// Search reports its own StoreError, which names neither the file nor the way out.
Search open_search_in(const fs::path& folder) {
    return translated(db_of(folder), [&] {
        try {
            return Search(db_of(folder));
        } catch (const StoreError& e) {
            throw StoreError(damaged(db_of(folder), e.what()));
        }
    });
}

CatalogInfo read_info(const fs::path& folder) {
    return translated(db_of(folder), [&] { return catalog_db::read_info(folder); });
}

// A fingerprint of every file of a pack: two packs with the same one hold the same bytes.
// Empty when a file cannot be read (the full validation then says why).
std::string pack_fingerprint(const PackSource& source) {
    try {
        std::string list;
        for (const std::string& file : source.files())
            list += file + '\t' + sha256_hex(source.read(file, ~0ull)) + '\n';
        return sha256_hex(list);
    } catch (const PackError&) {
        return {};
    }
}

// [SECTION] Garbage collection

// Removes imports cut short, catalogues no link points at and no reader holds, and the photos
// none of the rest needs. Catalogues a kiosk still shows (their lease is held) are kept with
// their photos and collected by a later import or rollback. When what a kept catalogue needs
// cannot be read, no photo is removed: a full disk is better than a blank kiosk.
void collect_garbage(const fs::path& dir) {
    std::error_code ec;
    std::set<fs::path> keep;
    std::set<std::string> media;
    bool media_known = true;
    auto need = [&](const fs::path& folder) {
        try {
            auto needed = catalog_db::media_of(folder);
            media.insert(needed.begin(), needed.end());
        } catch (const std::exception&) {
            media_known = false;
        }
    };
    for (const fs::path& link : {current_link(dir), previous_link(dir)}) {
        if (auto folder = resolve(link)) {
            keep.insert(fs::weakly_canonical(*folder, ec));
            need(*folder);
        }
    }
    fs::remove_all(dir / "tmp", ec);
    fs::create_directories(dir / "tmp", ec);
    for (const auto& entry : fs::directory_iterator(dir / "catalogs", ec)) {
        if (keep.contains(fs::weakly_canonical(entry.path(), ec)))
            continue;
        if (!entry.is_directory(ec)) {
            fs::remove(entry.path(), ec);
            continue;
        }
        // Held while the folder goes, so that a reader locking it meanwhile sees it is gone.
        auto unused = durable::FileLock::try_exclusive(entry.path() / kLeaseName);
        if (!unused) {
            need(entry.path());
            continue;
        }
        fs::remove_all(entry.path(), ec);
    }
    if (!media_known)
        return;
    for (const auto& entry : fs::recursive_directory_iterator(dir / "media", ec)) {
        if (!entry.is_regular_file(ec))
            continue;
        std::string relative = fs::relative(entry.path(), dir, ec).generic_string();
        if (!media.contains(relative))
            fs::remove(entry.path(), ec);
    }
}

// After a swap the new catalogue is installed whatever happens here: a failure to clean up is
// a warning, and the next import or rollback tries again.
void collect_garbage_after_swap(const fs::path& dir, Diagnostics* diags) {
    try {
        collect_garbage(dir);
    } catch (const std::exception& e) {
        if (diags)
            diags->warning(dir.string(), 0,
                           std::string("old catalogues could not be cleaned up: ") + e.what(),
                           "nothing to do: the next import or rollback tries again");
    }
}

// [SECTION] Import

class Import {
public:
    Import(const fs::path& dir, const fs::path& pack, Diagnostics& diags,
           const ImportOptions& options)
        : dir_(dir), pack_(pack), diags_(diags), options_(options) {}

    ImportOutcome run();

private:
    void checkpoint(std::string_view step) {
        if (options_.checkpoint)
            options_.checkpoint(step);
    }
    void read_installed();
    std::optional<ImportOutcome> compare_with_installed();
    bool store_photos();
    bool install();
    std::optional<Photo> lookup(const std::string& hash) const;
    Photo store(const std::string& hash, const Renditions& r) const;

    const fs::path& dir_;
    const fs::path& pack_;
    Diagnostics& diags_;
    const ImportOptions& options_;
    std::unique_ptr<PackSource> source_;
    std::optional<PackContents> contents_;
    std::string fingerprint_;
    std::optional<Catalog> installed_;
    std::string installed_fingerprint_;
};

ImportOutcome Import::run() {
    durable::FileLock lock(dir_ / "lock");
    checkpoint("locked");
    try {
        source_ = open_pack(pack_);
    } catch (const PackError& e) {
        diags_.error(pack_.filename().string(), 0, e.what());
        return ImportOutcome::refused;
    }
    contents_ = read_pack(*source_, diags_);
    if (!contents_ || diags_.has_errors())
        return ImportOutcome::refused;
    fingerprint_ = pack_fingerprint(*source_);
    read_installed();
    if (auto outcome = compare_with_installed())
        return *outcome;
    if (!store_photos())
        return ImportOutcome::refused;
    checkpoint("photos stored");
    if (!install())
        return ImportOutcome::refused;
    collect_garbage_after_swap(dir_, &diags_);
    return ImportOutcome::installed;
}

void Import::read_installed() {
    auto folder = resolve(current_link(dir_));
    if (!folder)
        return;
    try {
        installed_ = catalog_db::read(*folder);
        SQLite::Database db = catalog_db::open(*folder);
        installed_fingerprint_ = catalog_db::read_pack(db).files_sha256;
    } catch (const std::exception&) {
        // An unreadable installed catalogue must not block its own replacement.
        installed_.reset();
    }
}

std::optional<ImportOutcome> Import::compare_with_installed() {
    if (!installed_)
        return std::nullopt;
    const PackStamp& stamp = contents_->manifest.stamp;
    // Only a pack whose every file is the one installed is skipped: one that merely names
    // the installed version may hold other photos, and is validated whole.
    if (stamp == installed_->stamp && !options_.force && !fingerprint_.empty() &&
        fingerprint_ == installed_fingerprint_)
        return ImportOutcome::already_installed;
    if (stamp < installed_->stamp && !options_.force) {
        diags_.error(kManifestFile, 0,
                     "this pack (version " + std::to_string(stamp.version) + ", " + stamp.created +
                         ") is older than the installed catalogue (version " +
                         std::to_string(installed_->stamp.version) + ", " +
                         installed_->stamp.created + ")",
                     "raise \"version\" in manifest.json, or import with --force");
        return ImportOutcome::refused;
    }
    report_removals(*installed_, *contents_, diags_);
    return std::nullopt;
}

std::optional<Photo> Import::lookup(const std::string& hash) const {
    if (!installed_)
        return std::nullopt;
    auto it = installed_->photos.find(hash);
    std::error_code ec;
    if (it == installed_->photos.end() ||
        !fs::is_regular_file(dir_ / it->second.display_path, ec) ||
        !fs::is_regular_file(dir_ / it->second.thumb_path, ec))
        return std::nullopt;
    return it->second;
}

Photo Import::store(const std::string& hash, const Renditions& r) const {
    Photo p{hash,
            r.display.width,
            r.display.height,
            r.thumb.width,
            r.thumb.height,
            media_relative(hash, "display", r.extension),
            media_relative(hash, "thumb", r.extension)};
    std::error_code ec;
    fs::create_directories((dir_ / p.display_path).parent_path(), ec);
    // Written again even when present: a file left by an import cut before its flush
    // could be empty, and the rename makes rewriting the same bytes harmless.
    durable::write_file(dir_ / p.display_path, r.display_bytes, false);
    durable::write_file(dir_ / p.thumb_path, r.thumb_bytes, false);
    return p;
}

bool Import::store_photos() {
    PhotoPipelineOptions photos;
    photos.work = PhotoPipelineOptions::Work::render;
    photos.threads = options_.threads;
    photos.progress = options_.progress;
    photos.lookup = [&](const std::string& hash) { return lookup(hash); };
    photos.store = [&](const std::string& hash, const Renditions& r) { return store(hash, r); };
    try {
        process_photos(*source_, *contents_, diags_, photos);
    } catch (const StoreError& e) {
        diags_.error(pack_.filename().string(), 0, e.what(),
                     "free some space on the kiosk's disk and import again");
        return false;
    }
    return !diags_.has_errors();
}

bool Import::install() {
    const Catalog& next = contents_->catalog;
    std::string id = new_catalog_id(next.stamp);
    fs::path staging = dir_ / "tmp" / id;
    fs::path final_folder = dir_ / "catalogs" / id;
    catalog_db::PackRecord record{
        next.stamp,  next.fair.default_lang, next.fair.start_date, next.fair.end_date, now_utc(),
        fingerprint_};
    try {
        fs::create_directories(staging);
        catalog_db::write(db_of(staging), next, record);
        durable::write_file(staging / kLeaseName, "", false);
        checkpoint("database written");
        catalog_db::verify(staging, dir_, next);
        durable::sync_filesystem(dir_); // the photos, the database and their names
        fs::rename(staging, final_folder);
        durable::sync(dir_ / "catalogs");
        checkpoint("catalogue in place");

        if (auto old = resolve(current_link(dir_))) {
            durable::replace_symlink(previous_link(dir_), fs::path("catalogs") / old->filename());
            checkpoint("previous kept");
        }
        durable::replace_symlink(current_link(dir_), fs::path("catalogs") / id);
        checkpoint("swapped");
        return true;
    } catch (const StoreError& e) {
        std::error_code ec;
        fs::remove_all(staging, ec);
        diags_.error(pack_.filename().string(), 0, e.what());
    } catch (const std::exception& e) {
        std::error_code ec;
        fs::remove_all(staging, ec);
        diags_.error(pack_.filename().string(), 0,
                     std::string("cannot write the new catalogue: ") + e.what(),
                     "check the disk has free space; the installed catalogue is unchanged");
    }
    return false;
}

} // namespace

Store::Store(fs::path data_dir) : dir_(std::move(data_dir)) {
    std::error_code ec;
    for (const char* sub : {"catalogs", "media", "tmp"}) {
        fs::create_directories(dir_ / sub, ec);
        if (ec)
            throw StoreError("cannot create the data directory " + (dir_ / sub).string() + ": " +
                             ec.message() + " (choose another with --data-dir)");
    }
}

ImportOutcome Store::import_pack(const fs::path& pack_path, Diagnostics& diags,
                                 const ImportOptions& options) {
    return translated(dir_, [&] { return Import(dir_, pack_path, diags, options).run(); });
}

// [SECTION] Rollback and info

PackStamp Store::rollback() {
    return translated(dir_, [&] {
        durable::FileLock lock(dir_ / "lock");
        auto previous = resolve(previous_link(dir_));
        if (!previous)
            throw StoreError("there is no previous catalogue to go back to: a rollback undoes "
                             "the last import once; to change the catalogue again, import a pack");
        CatalogInfo before = read_info(*previous);
        if (before.older_schema)
            throw StoreError("the previous catalogue (pack version " +
                             std::to_string(before.stamp.version) +
                             ") was made by an older Vitrine, which this one cannot show: import "
                             "its pack again instead; the installed catalogue is unchanged");
        durable::replace_symlink(current_link(dir_), fs::path("catalogs") / previous->filename());
        // The catalogue undone is forgotten, so that a second rollback cannot bring it back.
        fs::remove(previous_link(dir_));
        durable::sync(dir_);
        collect_garbage_after_swap(dir_, nullptr);
        return before.stamp;
    });
}

StoreInfo Store::info() const {
    StoreInfo info;
    if (auto folder = resolve(current_link(dir_)))
        info.current = read_info(*folder);
    if (auto folder = resolve(previous_link(dir_)))
        info.previous = read_info(*folder);
    return info;
}

Catalog Store::load() const {
    auto folder = resolve(current_link(dir_));
    if (!folder)
        throw NoCatalogError("no catalogue is installed in " + dir_.string() +
                             " yet: import a pack with 'vitrine-pack import PACK'");
    return translated(db_of(*folder), [&] { return catalog_db::read(*folder); });
}

Search Store::open_search() const {
    auto folder = resolve(current_link(dir_));
    if (!folder)
        throw NoCatalogError("no catalogue is installed in " + dir_.string() +
                             " yet: import a pack with 'vitrine-pack import PACK'");
    return open_search_in(*folder);
}

// [SECTION] Readers' leases

CatalogLease::CatalogLease(std::string id, fs::path folder, std::unique_ptr<durable::FileLock> lock)
    : id_(std::move(id)), folder_(std::move(folder)), lock_(std::move(lock)) {}
CatalogLease::CatalogLease(CatalogLease&&) noexcept = default;
CatalogLease& CatalogLease::operator=(CatalogLease&&) noexcept = default;
CatalogLease::~CatalogLease() = default;

CatalogLease Store::lease() const {
    // Garbage collection may remove the catalogue between reading the link and locking its
    // lease: then the link has moved on, and the next attempt follows it.
    for (int attempt = 0;; ++attempt) {
        auto folder = resolve(current_link(dir_));
        if (!folder)
            throw NoCatalogError("no catalogue is installed in " + dir_.string() +
                                 " yet: import a pack with 'vitrine-pack import PACK'");
        fs::path file = *folder / kLeaseName;
        try {
            auto lock = std::make_unique<durable::FileLock>(file, durable::FileLock::Kind::reader);
            if (lock->still_at(file) && fs::is_regular_file(db_of(*folder)))
                return CatalogLease(folder->filename().string(), *folder, std::move(lock));
        } catch (const StoreError&) {
            if (attempt >= 8)
                throw;
        }
        if (attempt >= 8)
            throw StoreError("the catalogue in " + dir_.string() +
                             " kept changing while it was opened: try again");
    }
}

Catalog Store::load(const CatalogLease& lease) const {
    return translated(db_of(lease.folder()), [&] { return catalog_db::read(lease.folder()); });
}

Search Store::open_search(const CatalogLease& lease) const {
    return open_search_in(lease.folder());
}

std::string Store::current_id() const noexcept {
    std::error_code ec;
    fs::path target = fs::read_symlink(current_link(dir_), ec);
    if (ec)
        return {};
    try {
        return target.filename().string();
    } catch (...) {
        return {};
    }
}

} // namespace vitrine
