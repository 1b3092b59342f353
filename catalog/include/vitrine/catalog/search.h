// Search as the kiosk does it on every keystroke: exhibitors, products, sectors and
// sub-sectors, cities and stands, in every language of the catalogue at once, forgiving
// accents, Arabic spelling variants and typos.
//
// The index is built at import (build_search_index, called by the store inside the import's
// transaction) into the catalogue database: FTS5 tables of normalised terms (normalize.h), one
// per scope a ranking tier searches, the vocabulary of those terms, and the data a hit shows.
// A Search opens it read-only, holds the vocabulary in memory for typo tolerance (candidate
// spellings within the edit budget) and prefix expansion, and answers each query with a few
// FTS5 lookups, tier by tier, each stopping as soon as every kind has its hits.
//
// Thread safety: a Search is used from one thread at a time (the kiosk's UI thread); it owns
// its own SQLite connection. Several Search objects, in threads or processes, may read the
// same catalogue.
#pragma once

#include "vitrine/catalog/lang.h"
#include "vitrine/catalog/model.h"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace vitrine {

// What a hit is. Sub-sectors are sectors with a parent. A facility (toilets, prayer room, café,
// first aid, information) is found by its own name and by the words visitors use for its kind,
// in every language ("wc", "مراحيض", "prayer", "accueil").
enum class SearchKind { stand, sector, exhibitor, product, city, facility };

// "stand", "sector", "exhibitor", "product", "city", "facility".
std::string_view search_kind_key(SearchKind kind);

// How a hit matched the query, best first. A hit is ranked by its tier, then featured makers
// first, then the catalogue's own order, so equal queries always give equal results.
enum class MatchTier {
    exact,        // the whole name is the query; or the stand the query names, and its exhibitor
    name_start,   // a name starts with the query's first word, and holds the others
    name,         // every word of the query is in a name
    name_fuzzy,   // the same, allowing typos
    sector,       // in the names, or the (sub-)sector: the maker's, for a product
    sector_fuzzy, // the same, allowing typos
    text,         // anywhere: descriptions, materials, labels, city and region, the maker's name
    text_fuzzy,   // the same, allowing typos
};

// "exact", "name-start", "name", "name-fuzzy", "sector", "sector-fuzzy", "text", "text-fuzzy".
std::string_view match_tier_key(MatchTier tier);

struct SearchHit {
    SearchKind kind = SearchKind::product;
    // The exhibitor's, product's, sector's or facility's id; the stand number; for a city, its
    // French name as the pack writes it (cities have no ids: Exhibitor::city.exact(Lang::fr)).
    std::string id;
    // In the language asked for, else French; a stand's exhibitor's; a facility's own name, or
    // when the pack gives none, the name of its kind ("Toilettes", "Prayer room").
    std::string name;
    std::string stand;     // the exhibitor's, the product's maker's, or the stand itself
    std::string exhibitor; // the exhibitor it leads to: itself, the product's maker, the stand's
    std::string parent;    // a sub-sector's sector
    MatchTier tier = MatchTier::text_fuzzy;
    bool featured = false; // the exhibitor, or the product's maker, is featured
    // 100 × (8 − tier) + 10 if featured: higher is better; for organisers reading the order.
    int score = 0;
};

struct SectorSuggestion {
    std::string id;
    std::string name; // in the language asked for, else French
    std::string parent;
};

struct SearchResults {
    std::string query;            // as typed, for the statistics
    std::string normalized_query; // the words searched for, normalised, space-separated
    // Grouped by kind; the groups ordered by their best hit (ties: stands, facilities,
    // sectors, exhibitors, products, cities); best first within a group; at most the limit per
    // kind.
    std::vector<SearchHit> hits;
    // The query had words and nothing matched them: the kiosk shows a friendly empty state
    // with suggested_sectors, the closest sectors by spelling, else the largest ones.
    bool nothing_found = false;
    std::vector<SectorSuggestion> suggested_sectors;
    // The index could not be read (a disk failure): no hits, and the kiosk carries on.
    bool failed = false;
    std::string error; // what failed, for the log; empty unless failed
};

// What a Search holds in memory, in bytes: its own tables, and SQLite's cache for it.
struct SearchMemory {
    size_t vocabulary = 0; // terms for typo tolerance, stands, sectors
    size_t sqlite_cache = 0;
};

class Search {
public:
    // Opens the index of a catalogue database (catalogs/<id>/catalog.db; Store::open_search
    // finds the installed one). Throws StoreError when it is missing, unreadable, or was
    // made by another version of Vitrine (the message says to import the pack again).
    explicit Search(const std::filesystem::path& catalog_db);

    // Builds a database holding only the search index of `catalog` and opens it: in memory
    // when `file` is empty, else at `file` (replaced). For tests, benchmarks and tools; the
    // kiosk's index is built by the import.
    static Search build(const Catalog& catalog, const std::filesystem::path& file = {});

    ~Search();
    Search(Search&&) noexcept;
    Search& operator=(Search&&) noexcept;

    // Every word of the query must match; the last one as a prefix, as the visitor is still
    // typing it. `lang` chooses the language of the names returned, not what is searched:
    // every language is. At most `limit` hits of each kind (1 to 1000). Never throws: any
    // text is a query, FTS5 syntax included, and an unreadable index yields `failed`.
    SearchResults query(std::string_view text, Lang lang, size_t limit = 10) const noexcept;

    SearchMemory memory() const;

private:
    struct Impl;
    explicit Search(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Writes the search index of `catalog` into `db`, whose schema is current and whose search
// tables are empty. The store calls it inside the import's transaction.
void build_search_index(SQLite::Database& db, const Catalog& catalog);

} // namespace vitrine
