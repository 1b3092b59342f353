// The installed catalogue: a data directory holding SQLite catalogues and content-addressed
// photos. Imports are atomic: a new catalogue is built and checked beside the current one and
// swapped in by rename, so a failure or a kill at any moment leaves a working catalogue.
//
// Layout of a data directory:
//   current  -> catalogs/<id>   symbolic link to the installed catalogue
//   previous -> catalogs/<id>   the one before, for rollback (none right after a rollback)
//   catalogs/<id>/catalog.db
//   catalogs/<id>/lease          shared-locked by every reader of that catalogue (CatalogLease)
//   media/<ab>/<hash>-display.jpg, <hash>-thumb.jpg   photo renditions, shared by catalogues
//   tmp/                         imports being built; anything there is garbage after a crash
//   lock                         held by imports and rollbacks
//
// Thread safety: a Store is used from one thread. Several processes may share a data
// directory: writers serialise on the lock file; readers never see a half-built catalogue, and
// a reader holding a CatalogLease keeps its catalogue and photos from garbage collection.
//
// Errors: every public method throws only vitrine errors (StoreError naming the file and what
// to do), never SQLite's or the file system's own.
#pragma once

#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/model.h"
#include "vitrine/catalog/search.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace vitrine {

struct ImportOptions {
    bool force = false; // install even a pack older than the installed one
    // Photo progress (done, total); calls are serialised.
    std::function<void(size_t done, size_t total)> progress;
    unsigned threads = 0; // 0: one per core
    // For tests of interrupted imports: called at each step of the install with its name.
    std::function<void(std::string_view step)> checkpoint;
};

enum class ImportOutcome {
    installed,
    already_installed, // the same pack (same version and creation time) is installed
    refused,           // the pack has errors, or is older than the installed one
};

struct CatalogInfo {
    PackStamp stamp;
    Fair fair;
    std::string imported_at; // ISO 8601 UTC
    size_t sectors = 0, subsectors = 0, exhibitors = 0, products = 0, stands = 0, photos = 0;
    bool older_schema = false; // made by an older Vitrine: it cannot be shown again
};

struct StoreInfo {
    std::optional<CatalogInfo> current;
    std::optional<CatalogInfo> previous;
};

namespace durable {
class FileLock;
}

// A reader's claim on one installed catalogue: while it lives, garbage collection spares the
// catalogue and its photos, even after imports or rollbacks replaced it. Move-only; released
// on destruction (and by the kernel if the process dies).
class CatalogLease {
public:
    CatalogLease(std::string id, std::filesystem::path folder,
                 std::unique_ptr<durable::FileLock> lock);
    CatalogLease(CatalogLease&&) noexcept;
    CatalogLease& operator=(CatalogLease&&) noexcept;
    ~CatalogLease();

    const std::string& id() const { return id_; }                   // changes at every swap
    const std::filesystem::path& folder() const { return folder_; } // catalogs/<id>

private:
    std::string id_;
    std::filesystem::path folder_;
    std::unique_ptr<durable::FileLock> lock_;
};

class Store {
public:
    // Opens (and creates if needed) a data directory. Throws StoreError when it cannot.
    explicit Store(std::filesystem::path data_dir);

    const std::filesystem::path& dir() const { return dir_; }

    // Validates the pack (folder or zip) completely, then installs it. Every problem goes to
    // diags; on refusal nothing installed changes.
    ImportOutcome import_pack(const std::filesystem::path& pack, Diagnostics& diags,
                              const ImportOptions& options = {});

    // Undoes the last import: the previous catalogue becomes current again, and the one undone
    // is forgotten (collected once no kiosk shows it), so a second rollback never brings it
    // back: to install it again, import its pack. Returns the stamp now installed. Throws
    // StoreError when there is no previous catalogue, or when it was made by an older Vitrine.
    PackStamp rollback();

    StoreInfo info() const;

    // The whole installed catalogue, ready to display. Throws NoCatalogError when none is
    // installed, StoreError when it cannot be read.
    Catalog load() const;

    // The search index of the installed catalogue, for the kiosk (see search.h). It stays on
    // the catalogue it opened: after an import or a rollback, open it again. Throws
    // NoCatalogError when none is installed, StoreError when it cannot be read.
    Search open_search() const;

    // The installed catalogue, claimed for reading (see CatalogLease), and what it holds.
    // Throws NoCatalogError when none is installed, StoreError when it cannot be read.
    CatalogLease lease() const;
    Catalog load(const CatalogLease& lease) const;
    Search open_search(const CatalogLease& lease) const;

    // The id of the installed catalogue (one readlink: cheap enough to ask every second), or
    // empty when none is installed. Never throws.
    std::string current_id() const noexcept;

    // Absolute path of a photo rendition (Photo::display_path / thumb_path).
    std::filesystem::path media_path(const std::string& relative) const { return dir_ / relative; }

private:
    std::filesystem::path dir_;
};

// --data-dir when given; else $VITRINE_DATA_DIR; else /var/lib/vitrine when it exists (a
// system install); else $XDG_DATA_HOME/vitrine, or ~/.local/share/vitrine.
std::filesystem::path default_data_dir();

} // namespace vitrine
