// The installed catalogue: a data directory holding SQLite catalogues and content-addressed
// photos. Imports are atomic: a new catalogue is built and checked beside the current one and
// swapped in by rename, so a failure or a kill at any moment leaves a working catalogue.
//
// Layout of a data directory:
//   current  -> catalogs/<id>   symbolic link to the installed catalogue
//   previous -> catalogs/<id>   the one before, for rollback
//   catalogs/<id>/catalog.db
//   media/<ab>/<hash>-display.jpg, <hash>-thumb.jpg   photo renditions, shared by catalogues
//   tmp/                         imports being built; anything there is garbage after a crash
//   lock                         held by imports and rollbacks
//
// Thread safety: a Store is used from one thread. Several processes may share a data
// directory: writers serialise on the lock file; readers never see a half-built catalogue.
#pragma once

#include "vitrine/catalog/diagnostics.h"
#include "vitrine/catalog/model.h"
#include "vitrine/catalog/search.h"

#include <filesystem>
#include <functional>
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
};

struct StoreInfo {
    std::optional<CatalogInfo> current;
    std::optional<CatalogInfo> previous;
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

    // Makes the previous catalogue current again (and the current one previous).
    // Returns the stamp now installed. Throws StoreError when there is no previous catalogue.
    PackStamp rollback();

    StoreInfo info() const;

    // The whole installed catalogue, ready to display. Throws NoCatalogError when none is
    // installed, StoreError when it cannot be read.
    Catalog load() const;

    // The search index of the installed catalogue, for the kiosk (see search.h). It stays on
    // the catalogue it opened: after an import or a rollback, open it again. Throws
    // NoCatalogError when none is installed, StoreError when it cannot be read.
    Search open_search() const;

    // Absolute path of a photo rendition (Photo::display_path / thumb_path).
    std::filesystem::path media_path(const std::string& relative) const { return dir_ / relative; }

private:
    std::filesystem::path dir_;
};

// --data-dir when given; else $VITRINE_DATA_DIR; else /var/lib/vitrine when it exists (a
// system install); else $XDG_DATA_HOME/vitrine, or ~/.local/share/vitrine.
std::filesystem::path default_data_dir();

} // namespace vitrine
