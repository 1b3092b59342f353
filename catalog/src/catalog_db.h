// The SQLite mapping of a catalogue: one database file per installed catalogue, written once
// at import and read by the kiosk and the tools. No policy here: import, rollback and garbage
// collection are the store's (store.cpp). Every function throws SQLite::Exception or
// nlohmann::json::exception on a damaged file; the Store turns them into StoreError.
#pragma once

#include "vitrine/catalog/model.h"
#include "vitrine/catalog/store.h"

#include <SQLiteCpp/Database.h>
#include <filesystem>
#include <set>
#include <string>

namespace vitrine::catalog_db {

inline constexpr const char* kFileName = "catalog.db";

// What the `pack` table records about the pack a catalogue was made from.
struct PackRecord {
    PackStamp stamp;
    Lang default_lang = Lang::fr;
    std::string start_date, end_date;
    std::string imported_at;  // ISO 8601 UTC
    std::string files_sha256; // fingerprint of the pack's files (empty before it was kept)
};

// Writes a new database at `db_path` holding `catalog` (photos as content hashes).
void write(const std::filesystem::path& db_path, const Catalog& catalog, const PackRecord& pack);

// Opens a catalogue read-only. With current_schema, a database of another schema version is
// refused with a StoreError that says what to do; without, any version this build knows is
// accepted (for info and garbage collection, which read only what every version has).
SQLite::Database open(const std::filesystem::path& folder, bool current_schema = true);

// The whole catalogue, ready to display.
Catalog read(const std::filesystem::path& folder);

// The pack record, the fair's name and the counts; works on older schemas too.
CatalogInfo read_info(const std::filesystem::path& folder);

// The pack record alone.
PackRecord read_pack(SQLite::Database& db);

// Every media file (relative to the data directory) a catalogue needs; older schemas too.
std::set<std::string> media_of(const std::filesystem::path& folder);

// Throws StoreError unless the database in `folder` is sound and holds what `expected` holds,
// with every photo present under data_dir.
void verify(const std::filesystem::path& folder, const std::filesystem::path& data_dir,
            const Catalog& expected);

} // namespace vitrine::catalog_db
