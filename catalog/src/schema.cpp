#include "schema.h"

#include "vitrine/catalog/errors.h"

#include <SQLiteCpp/Transaction.h>
#include <array>
#include <string>

namespace vitrine::schema {
namespace {

// Migration N brings a database from version N to N + 1. Append only: never edit a migration
// that has shipped, since installed catalogues were made by it.
constexpr std::array<const char*, 3> kMigrations{
    // 0 -> 1: the first catalogue schema.
    R"sql(
    CREATE TABLE pack (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE fair (key TEXT PRIMARY KEY, fr TEXT, ar TEXT, en TEXT, zgh TEXT);
    CREATE TABLE sectors (
        position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, parent TEXT NOT NULL,
        color INTEGER NOT NULL, name_fr TEXT, name_ar TEXT, name_en TEXT, name_zgh TEXT);
    CREATE TABLE exhibitors (
        position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
        sector TEXT NOT NULL, subsector TEXT NOT NULL, stand TEXT NOT NULL,
        phone TEXT, email TEXT, website TEXT, association TEXT, featured INTEGER NOT NULL,
        name_fr TEXT, name_ar TEXT, name_en TEXT, name_zgh TEXT,
        city_fr TEXT, city_ar TEXT, city_en TEXT, city_zgh TEXT,
        region_fr TEXT, region_ar TEXT, region_en TEXT, region_zgh TEXT,
        description_fr TEXT, description_ar TEXT, description_en TEXT, description_zgh TEXT);
    CREATE INDEX exhibitors_sector ON exhibitors (sector, subsector);
    CREATE TABLE products (
        position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, exhibitor TEXT NOT NULL,
        labels TEXT NOT NULL, price_min INTEGER, price_max INTEGER,
        name_fr TEXT, name_ar TEXT, name_en TEXT, name_zgh TEXT,
        description_fr TEXT, description_ar TEXT, description_en TEXT, description_zgh TEXT,
        material_fr TEXT, material_ar TEXT, material_en TEXT, material_zgh TEXT);
    CREATE INDEX products_exhibitor ON products (exhibitor);
    CREATE TABLE photos (
        hash TEXT PRIMARY KEY, width INTEGER NOT NULL, height INTEGER NOT NULL,
        thumb_width INTEGER NOT NULL, thumb_height INTEGER NOT NULL,
        display_path TEXT NOT NULL, thumb_path TEXT NOT NULL);
    CREATE TABLE product_photos (
        product TEXT NOT NULL, position INTEGER NOT NULL, photo TEXT NOT NULL,
        PRIMARY KEY (product, position));
    CREATE TABLE stands (
        position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
        x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL, depth REAL NOT NULL,
        opening TEXT NOT NULL, zone_fr TEXT, zone_ar TEXT, zone_en TEXT, zone_zgh TEXT);
    CREATE TABLE floorplan (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    )sql",
    // 1 -> 2: the search index, built at import (search_index.cpp). Documents are numbered so
    // that ascending order is the ranking's tie-break: by kind, featured first, pack order.
    // One FTS5 table per scope a ranking tier searches (names; names and sectors; all text),
    // so that each doclist holds only the documents of its scope. They hold normalised terms
    // separated by spaces, which their 'ascii' tokenizer only splits on, and nothing else:
    // hits are shown from search_docs.
    R"sql(
    CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE search_docs (
        doc INTEGER PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL, stand TEXT NOT NULL,
        exhibitor TEXT NOT NULL, parent TEXT NOT NULL, featured INTEGER NOT NULL,
        weight INTEGER NOT NULL, link INTEGER,
        name_fr TEXT, name_ar TEXT, name_en TEXT, name_zgh TEXT);
    CREATE TABLE search_whole_names (
        name TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (name, doc)) WITHOUT ROWID;
    CREATE TABLE search_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
    CREATE VIRTUAL TABLE search_names USING fts5(
        terms, content = '', detail = none, columnsize = 0, tokenize = 'ascii',
        prefix = '1 2 3');
    CREATE VIRTUAL TABLE search_sectors USING fts5(
        terms, content = '', detail = none, columnsize = 0, tokenize = 'ascii',
        prefix = '1 2 3');
    CREATE VIRTUAL TABLE search_text USING fts5(
        terms, content = '', detail = none, columnsize = 0, tokenize = 'ascii',
        prefix = '1 2 3');
    )sql",
    // 2 -> 3: the microcredit association's name in each language ("association" stays the
    // French one, as packs made before wrote it).
    R"sql(
    ALTER TABLE exhibitors ADD COLUMN association_ar TEXT;
    ALTER TABLE exhibitors ADD COLUMN association_en TEXT;
    ALTER TABLE exhibitors ADD COLUMN association_zgh TEXT;
    )sql",
};

} // namespace

int current_version() {
    return static_cast<int>(kMigrations.size());
}

int version_of(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

void migrate(SQLite::Database& db) {
    int version = version_of(db);
    if (version > current_version())
        throw StoreError("the catalogue was made by a newer Vitrine (schema " +
                         std::to_string(version) + ", this one reads up to " +
                         std::to_string(current_version()) + "): update Vitrine on this kiosk");
    if (version == current_version())
        return;
    SQLite::Transaction tx(db);
    for (int v = version; v < current_version(); ++v)
        db.exec(kMigrations[static_cast<size_t>(v)]);
    db.exec("PRAGMA user_version = " + std::to_string(current_version()));
    tx.commit();
}

} // namespace vitrine::schema
