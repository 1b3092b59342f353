// Search over the FTS5 index that search_index.cpp builds. The vocabulary and its typo
// candidates live in search_vocabulary.cpp, the reading of stand numbers in stand_number.cpp.
//
// [SECTION] Index
// - Names of kinds and tiers
// - Stands (their numbers are read in stand_number.cpp)
// - Opening an index
// - Answering a query: stands, exact names, then FTS5 tier by tier
// - Suggestions when nothing is found
// - Search: opening, building, and the never-failing query

#include "vitrine/catalog/search.h"

#include "schema.h"
#include "search_vocabulary.h"
#include "stand_number.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/normalize.h"
#include "vitrine/catalog/text.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <array>
#include <optional>
#include <sqlite3.h>
#include <unordered_set>

namespace fs = std::filesystem;

namespace vitrine {

// [SECTION] Names of kinds and tiers

std::string_view search_kind_key(SearchKind kind) {
    switch (kind) {
    case SearchKind::stand:
        return "stand";
    case SearchKind::sector:
        return "sector";
    case SearchKind::exhibitor:
        return "exhibitor";
    case SearchKind::product:
        return "product";
    case SearchKind::city:
        return "city";
    case SearchKind::facility:
        return "facility";
    }
    return "product";
}

std::string_view match_tier_key(MatchTier tier) {
    switch (tier) {
    case MatchTier::exact:
        return "exact";
    case MatchTier::name_start:
        return "name-start";
    case MatchTier::name:
        return "name";
    case MatchTier::name_fuzzy:
        return "name-fuzzy";
    case MatchTier::sector:
        return "sector";
    case MatchTier::sector_fuzzy:
        return "sector-fuzzy";
    case MatchTier::text:
        return "text";
    case MatchTier::text_fuzzy:
        return "text-fuzzy";
    }
    return "text-fuzzy";
}

namespace {

constexpr size_t kKindCount = 6;
// In the order that breaks ties between groups: a facility named exactly ("Café") comes before
// the products of that name.
constexpr std::array<SearchKind, kKindCount> kAllKinds{SearchKind::stand,   SearchKind::facility,
                                                       SearchKind::sector,  SearchKind::exhibitor,
                                                       SearchKind::product, SearchKind::city};
// The kinds the FTS5 table holds; stands are matched by their numbers, in memory.
constexpr std::array<SearchKind, 5> kTextKinds{SearchKind::sector, SearchKind::exhibitor,
                                               SearchKind::product, SearchKind::city,
                                               SearchKind::facility};

// What a visitor can type is bounded, so that a pasted page or a stuck key costs no more than a
// real query: the text is cut, and so are the words it makes.
constexpr size_t kMaxQueryBytes = 256;
constexpr size_t kMaxQueryWords = 8;
constexpr size_t kMaxLimit = 1000;
// A prefix that starts at most this many terms is searched as those terms: FTS5 reads them
// lazily, where a prefix query would first merge every matching doclist.
constexpr size_t kMaxPrefixTerms = 12;
constexpr size_t kSuggestions = 3;

size_t index_of(SearchKind kind) {
    return static_cast<size_t>(kind);
}

std::string join(const std::vector<std::string>& words, std::string_view separator = " ") {
    std::string out;
    for (const std::string& w : words) {
        if (!out.empty())
            out += separator;
        out += w;
    }
    return out;
}

// An FTS5 string: whatever the visitor typed is one term, never syntax.
std::string fts_string(std::string_view term) {
    std::string out = "\"";
    for (char c : term) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

// [SECTION] Stands

struct StandEntry {
    int64_t doc = 0;
    std::string plain; // "b12": the id lower-cased, letters and digits only
    std::optional<StandNumber> number;
    std::optional<int64_t> exhibitor_doc;
};

// [SECTION] Opening an index

struct SectorEntry {
    int64_t doc = 0;
    std::string id, parent;
    std::array<std::string, 4> names;
    int64_t exhibitors = 0;
    std::vector<std::u32string> words; // in every language
};

// Hits being gathered: per kind, in the order found, each document once.
class Gathered {
public:
    explicit Gathered(size_t limit) : limit_(limit) {}
    bool full(SearchKind kind) const { return found_[index_of(kind)].size() >= limit_; }
    bool add(SearchKind kind, int64_t doc, MatchTier tier) {
        if (full(kind) || !seen_.insert(doc).second)
            return false;
        found_[index_of(kind)].push_back({tier, doc});
        return true;
    }
    const std::vector<std::pair<MatchTier, int64_t>>& of(SearchKind kind) const {
        return found_[index_of(kind)];
    }

private:
    size_t limit_;
    std::array<std::vector<std::pair<MatchTier, int64_t>>, kKindCount> found_;
    std::unordered_set<int64_t> seen_;
};

} // namespace

struct Search::Impl {
    explicit Impl(SQLite::Database database);

    SearchResults run(std::string_view text, Lang lang, size_t limit);

    SQLite::Database db;
    // The scopes of the ranking tiers: names (and first words), names and sectors, all text.
    SQLite::Statement in_names, in_sectors, in_text;
    SQLite::Statement exact, doc;
    std::array<std::optional<std::pair<int64_t, int64_t>>, kKindCount> ranges; // per kind
    std::vector<SearchKind> text_kinds; // the kinds of the FTS5 tables, by document number
    Vocabulary vocabulary;
    std::vector<StandEntry> stands;
    std::vector<SectorEntry> sectors;

    void reset_statements();

private:
    std::optional<SearchKind> kind_of(int64_t number) const;
    bool match_stands(const std::vector<std::string>& words, Gathered& hits) const;
    std::string prefix_expression(std::string_view word, std::string_view mark) const;
    void scan(SQLite::Statement& scope, const std::string& expression, MatchTier tier,
              Gathered& hits);
    void run_text_tiers(const std::vector<std::string>& words, Gathered& hits);
    std::vector<SectorSuggestion> suggest(const std::vector<std::string>& words, Lang lang) const;
};

Search::Impl::Impl(SQLite::Database database)
    : db(std::move(database)),
      in_names(db, "SELECT rowid FROM search_names WHERE search_names MATCH ? AND rowid "
                   "BETWEEN ? AND ? ORDER BY rowid"),
      in_sectors(db, "SELECT rowid FROM search_sectors WHERE search_sectors MATCH ? AND rowid "
                     "BETWEEN ? AND ? ORDER BY rowid"),
      in_text(db, "SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid BETWEEN ? "
                  "AND ? ORDER BY rowid"),
      exact(db, "SELECT doc FROM search_whole_names WHERE name = ? ORDER BY doc"),
      doc(db, "SELECT kind, id, stand, exhibitor, parent, featured, name_fr, name_ar, name_en, "
              "name_zgh FROM search_docs WHERE doc = ?") {
    {
        SQLite::Statement meta(db, "SELECT value FROM search_meta WHERE key = 'normalization'");
        if (!meta.executeStep() ||
            meta.getColumn(0).getString() != std::to_string(kNormalizationVersion))
            throw StoreError("the catalogue's search index was made by another version of "
                             "Vitrine: import the pack again");
    }
    {
        SQLite::Statement st(db, "SELECT kind, min(doc), max(doc) FROM search_docs GROUP BY kind");
        while (st.executeStep()) {
            std::string key = st.getColumn(0).getString();
            for (SearchKind kind : kAllKinds)
                if (search_kind_key(kind) == key)
                    ranges[index_of(kind)] =
                        std::pair{st.getColumn(1).getInt64(), st.getColumn(2).getInt64()};
        }
        for (SearchKind kind : kTextKinds)
            if (ranges[index_of(kind)])
                text_kinds.push_back(kind);
        std::sort(text_kinds.begin(), text_kinds.end(), [&](SearchKind a, SearchKind b) {
            return ranges[index_of(a)]->first < ranges[index_of(b)]->first;
        });
    }
    {
        SQLite::Statement st(db, "SELECT term, docs FROM search_terms ORDER BY term");
        while (st.executeStep())
            vocabulary.add(st.getColumn(0).getString(),
                           static_cast<uint32_t>(st.getColumn(1).getInt64()));
    }
    {
        SQLite::Statement st(db, "SELECT doc, id, link FROM search_docs WHERE kind = 'stand' "
                                 "ORDER BY doc");
        while (st.executeStep()) {
            StandEntry s;
            s.doc = st.getColumn(0).getInt64();
            for (char c : normalize_text(st.getColumn(1).getString()))
                if (c != ' ')
                    s.plain += c;
            s.number = parse_stand_number(s.plain);
            if (!st.getColumn(2).isNull())
                s.exhibitor_doc = st.getColumn(2).getInt64();
            stands.push_back(std::move(s));
        }
    }
    {
        SQLite::Statement st(db, "SELECT doc, id, parent, weight, name_fr, name_ar, name_en, "
                                 "name_zgh FROM search_docs WHERE kind = 'sector' ORDER BY doc");
        while (st.executeStep()) {
            SectorEntry s;
            s.doc = st.getColumn(0).getInt64();
            s.id = st.getColumn(1).getString();
            s.parent = st.getColumn(2).getString();
            s.exhibitors = st.getColumn(3).getInt64();
            for (size_t l = 0; l < s.names.size(); ++l) {
                s.names[l] = st.getColumn(static_cast<int>(4 + l)).getString();
                for (const std::string& w : query_words(s.names[l]))
                    s.words.push_back(to_code_points(w));
            }
            sectors.push_back(std::move(s));
        }
    }
}

void Search::Impl::reset_statements() {
    for (SQLite::Statement* st : {&in_names, &in_sectors, &in_text, &exact, &doc})
        st->reset();
}

std::optional<SearchKind> Search::Impl::kind_of(int64_t number) const {
    for (SearchKind kind : kAllKinds)
        if (const auto& r = ranges[index_of(kind)]; r && number >= r->first && number <= r->second)
            return kind;
    return std::nullopt;
}

// [SECTION] Answering a query: stands, exact names, then FTS5 tier by tier

// Stand hits, and the exhibitor on a stand named exactly. True when the query is about stands
// only ("stand 12").
bool Search::Impl::match_stands(const std::vector<std::string>& words, Gathered& hits) const {
    StandQuery q = read_stand_query(words);
    if (q.announced && !q.number) {
        if (words.size() == 1) // "stand" alone: the stands, in order
            for (const StandEntry& s : stands)
                hits.add(SearchKind::stand, s.doc, MatchTier::name_start);
        return words.size() == 1;
    }
    if (!q.number)
        return false;
    const StandNumber& n = *q.number;
    std::string wanted = n.letters + n.digits;
    std::string value = n.digits.empty() ? "" : without_leading_zeros(n.digits);
    std::vector<const StandEntry*> exact, started;
    for (const StandEntry& s : stands) {
        if (s.plain == wanted) {
            exact.push_back(&s);
            continue;
        }
        if (!s.number)
            continue;
        bool letters = n.letters.empty() ? !n.digits.empty() : s.number->letters == n.letters;
        if (!letters)
            continue;
        if (!n.digits.empty() && without_leading_zeros(s.number->digits) == value)
            exact.push_back(&s);
        else if (s.number->digits.starts_with(n.digits) ||
                 without_leading_zeros(s.number->digits).starts_with(n.digits))
            started.push_back(&s);
    }
    for (const StandEntry* s : exact) {
        hits.add(SearchKind::stand, s->doc, MatchTier::exact);
        // The exhibitor too, when one stand is meant: "1" names a stand in every row.
        if (s->exhibitor_doc && exact.size() == 1)
            hits.add(SearchKind::exhibitor, *s->exhibitor_doc, MatchTier::exact);
    }
    for (const StandEntry* s : started)
        hits.add(SearchKind::stand, s->doc, MatchTier::name_start);
    return q.announced;
}

// The word being typed, as FTS5 should read it: the terms it starts, when they are few, else
// a prefix query. `mark` goes before each (first words are marked in the index).
std::string Search::Impl::prefix_expression(std::string_view word, std::string_view mark) const {
    std::string marked = std::string(mark) + std::string(word);
    auto [first, last] = vocabulary.starting_with(to_code_points(word));
    if (last - first > kMaxPrefixTerms)
        return fts_string(marked) + "*";
    if (first == last)
        return fts_string(marked); // nothing starts with it: a term that matches nothing
    std::string out = "(";
    for (size_t i = first; i < last; ++i)
        out += (i == first ? "" : " OR ") +
               fts_string(std::string(mark) + to_utf8(vocabulary.term(i)));
    return out + ")";
}

// Adds the documents matching `expression` in one scope, kind by kind in document order
// (which is ranking order), skipping the kinds already full: one FTS5 pass, restarted only
// to jump over a full kind.
void Search::Impl::scan(SQLite::Statement& scope, const std::string& expression, MatchTier tier,
                        Gathered& hits) {
    size_t k = 0;
    while (true) {
        while (k < text_kinds.size() && hits.full(text_kinds[k]))
            ++k;
        if (k == text_kinds.size())
            return;
        scope.bind(1, expression);
        scope.bind(2, ranges[index_of(text_kinds[k])]->first);
        scope.bind(3, ranges[index_of(text_kinds.back())]->second);
        bool jump = false;
        while (!jump && scope.executeStep()) {
            int64_t number = scope.getColumn(0).getInt64();
            while (k < text_kinds.size() && number > ranges[index_of(text_kinds[k])]->second)
                ++k;
            if (k == text_kinds.size())
                break;
            if (hits.full(text_kinds[k]))
                jump = true;
            else
                hits.add(text_kinds[k], number, tier);
        }
        scope.reset();
        if (!jump)
            return;
        ++k;
    }
}

void Search::Impl::run_text_tiers(const std::vector<std::string>& words, Gathered& hits) {
    exact.bind(1, join(words));
    while (exact.executeStep()) {
        int64_t number = exact.getColumn(0).getInt64();
        if (auto kind = kind_of(number))
            hits.add(*kind, number, MatchTier::exact);
    }
    exact.reset();

    // A single letter would match most of the catalogue anywhere: it means the names that
    // start with it, like the index of a book.
    bool one_letter = words.size() == 1 && to_code_points(words[0]).size() == 1;

    std::vector<std::string> exact_terms; // each word, the last one as a prefix
    for (size_t i = 0; i + 1 < words.size(); ++i)
        exact_terms.push_back(fts_string(words[i]));
    exact_terms.push_back(prefix_expression(words.back(), ""));
    std::optional<std::vector<std::string>> fuzzy_terms; // worked out when first needed
    auto typo_terms = [&]() -> const std::vector<std::string>* {
        if (!fuzzy_terms) {
            bool any = false;
            fuzzy_terms.emplace();
            for (size_t i = 0; i < words.size(); ++i) {
                std::u32string cps = to_code_points(words[i]);
                bool digits = std::any_of(cps.begin(), cps.end(),
                                          [](char32_t c) { return c >= '0' && c <= '9'; });
                int budget = digits ? 0 : typo_budget(cps.size());
                std::string alternatives = exact_terms[i];
                if (budget > 0) {
                    for (const Candidate& c :
                         typo_candidates(vocabulary, cps, budget, i + 1 == words.size())) {
                        alternatives += " OR " + (c.prefix ? prefix_expression(c.text, "")
                                                           : fts_string(c.text));
                        any = true;
                    }
                }
                fuzzy_terms->push_back("(" + alternatives + ")");
            }
            if (!any)
                fuzzy_terms->clear();
        }
        return fuzzy_terms->empty() ? nullptr : &*fuzzy_terms;
    };

    for (MatchTier tier :
         {MatchTier::name_start, MatchTier::name, MatchTier::name_fuzzy, MatchTier::sector,
          MatchTier::sector_fuzzy, MatchTier::text, MatchTier::text_fuzzy}) {
        if (one_letter && tier != MatchTier::name_start)
            break;
        if (std::all_of(text_kinds.begin(), text_kinds.end(),
                        [&](SearchKind k) { return hits.full(k); }))
            break;
        bool fuzzy = tier == MatchTier::name_fuzzy || tier == MatchTier::sector_fuzzy ||
                     tier == MatchTier::text_fuzzy;
        const std::vector<std::string>* terms = fuzzy ? typo_terms() : &exact_terms;
        if (!terms)
            continue; // no typo reading differs from the exact one
        std::string expression;
        if (tier == MatchTier::name_start) {
            // The first word, marked as a name's first word; the others anywhere in the name.
            std::vector<std::string> parts{
                words.size() == 1 ? prefix_expression(words[0], kFirstWordMark)
                                  : fts_string(std::string(kFirstWordMark) + words[0])};
            parts.insert(parts.end(), exact_terms.begin() + 1, exact_terms.end());
            expression = join(parts, " AND ");
        } else {
            expression = join(*terms, " AND ");
        }
        SQLite::Statement& scope = tier <= MatchTier::name_fuzzy     ? in_names
                                   : tier <= MatchTier::sector_fuzzy ? in_sectors
                                                                     : in_text;
        scan(scope, expression, tier, hits);
    }
}

SearchResults Search::Impl::run(std::string_view text, Lang lang, size_t limit) {
    SearchResults results;
    results.query = std::string(text);
    limit = std::clamp<size_t>(limit, 1, kMaxLimit);
    std::vector<std::string> words = query_words(text.substr(0, kMaxQueryBytes));
    if (words.size() > kMaxQueryWords)
        words.resize(kMaxQueryWords);
    results.normalized_query = join(words);
    if (words.empty())
        return results; // nothing asked: the kiosk keeps its home screen

    Gathered hits(limit);
    if (!match_stands(words, hits))
        run_text_tiers(words, hits);

    // Groups by their best hit; inside a group, by tier then document number.
    std::vector<SearchKind> order(kAllKinds.begin(), kAllKinds.end());
    auto best = [&](SearchKind kind) {
        const auto& found = hits.of(kind);
        return found.empty() ? MatchTier::text_fuzzy
                             : std::min_element(found.begin(), found.end())->first;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](SearchKind a, SearchKind b) { return best(a) < best(b); });
    for (SearchKind kind : order) {
        std::vector<std::pair<MatchTier, int64_t>> found = hits.of(kind);
        std::sort(found.begin(), found.end());
        for (const auto& [tier, number] : found) {
            doc.bind(1, number);
            if (doc.executeStep()) {
                SearchHit h;
                h.kind = kind;
                h.id = doc.getColumn(1).getString();
                h.stand = doc.getColumn(2).getString();
                h.exhibitor = doc.getColumn(3).getString();
                h.parent = doc.getColumn(4).getString();
                h.featured = doc.getColumn(5).getInt() != 0;
                h.name = doc.getColumn(6 + static_cast<int>(lang)).getString();
                if (h.name.empty())
                    h.name = doc.getColumn(6).getString();
                h.tier = tier;
                h.score = 100 * (8 - static_cast<int>(tier)) + (h.featured ? 10 : 0);
                results.hits.push_back(std::move(h));
            }
            doc.reset();
        }
    }
    if (results.hits.empty()) {
        results.nothing_found = true;
        results.suggested_sectors = suggest(words, lang);
    }
    return results;
}

// [SECTION] Suggestions when nothing is found

// The sectors whose names are spelt closest to the query's words; when none is close, the
// sectors with the most exhibitors, so that the empty state always offers somewhere to go.
std::vector<SectorSuggestion> Search::Impl::suggest(const std::vector<std::string>& words,
                                                    Lang lang) const {
    struct Scored {
        const SectorEntry* sector;
        double closeness;
    };
    std::vector<Scored> scored;
    for (const SectorEntry& s : sectors) {
        double closeness = 0;
        for (const std::string& w : words) {
            std::u32string word = to_code_points(w);
            if (word.size() < 3)
                continue;
            for (const std::u32string& name : s.words) {
                size_t longest = std::max(word.size(), name.size());
                double c = 1.0 - static_cast<double>(edit_distance(word, name)) /
                                     static_cast<double>(longest);
                closeness = std::max(closeness, c);
            }
        }
        if (closeness >= 0.5)
            scored.push_back({&s, closeness});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        if (a.closeness != b.closeness)
            return a.closeness > b.closeness;
        return a.sector->exhibitors > b.sector->exhibitors;
    });
    std::vector<const SectorEntry*> chosen;
    for (const Scored& s : scored)
        if (chosen.size() < kSuggestions)
            chosen.push_back(s.sector);
    std::vector<const SectorEntry*> largest;
    for (const SectorEntry& s : sectors)
        if (s.parent.empty())
            largest.push_back(&s);
    std::stable_sort(largest.begin(), largest.end(),
                     [](const auto* a, const auto* b) { return a->exhibitors > b->exhibitors; });
    for (const SectorEntry* s : largest)
        if (chosen.size() < kSuggestions &&
            std::find(chosen.begin(), chosen.end(), s) == chosen.end())
            chosen.push_back(s);

    std::vector<SectorSuggestion> out;
    for (const SectorEntry* s : chosen) {
        const std::string& own = s->names[static_cast<size_t>(lang)];
        out.push_back({s->id, own.empty() ? s->names[0] : own, s->parent});
    }
    return out;
}

// [SECTION] Search: opening, building, and the never-failing query

namespace {

SQLite::Database open_read_only(const fs::path& catalog_db) {
    std::error_code ec;
    if (!fs::is_regular_file(catalog_db, ec))
        throw StoreError("there is no catalogue at " + catalog_db.string() +
                         ": import a pack with 'vitrine-pack import PACK'");
    SQLite::Database db(catalog_db.string(), SQLite::OPEN_READONLY);
    int version = schema::version_of(db);
    if (version > schema::current_version())
        throw StoreError("the catalogue was made by a newer Vitrine: update Vitrine on this kiosk");
    if (version < schema::current_version())
        throw StoreError("the catalogue was made by an older Vitrine: import the pack again");
    // The catalogue never changes once installed: keeping the shared lock and reading pages
    // through the memory map spares every keystroke a lock and a copy.
    db.exec("PRAGMA locking_mode = EXCLUSIVE; PRAGMA mmap_size = 268435456;");
    return db;
}

} // namespace

Search::Search(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Search::Search(const fs::path& catalog_db) {
    try {
        impl_ = std::make_unique<Impl>(open_read_only(catalog_db));
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot read the catalogue's search index: " + std::string(e.what()));
    }
}

Search Search::build(const Catalog& catalog, const fs::path& file) {
    try {
        if (!file.empty()) {
            std::error_code ec;
            fs::remove(file, ec);
        }
        SQLite::Database db(file.empty() ? std::string(":memory:") : file.string(),
                            SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        schema::migrate(db);
        {
            SQLite::Transaction tx(db);
            build_search_index(db, catalog);
            tx.commit();
        }
        return Search(std::make_unique<Impl>(std::move(db)));
    } catch (const SQLite::Exception& e) {
        throw StoreError("cannot build the search index: " + std::string(e.what()));
    }
}

Search::~Search() = default;
Search::Search(Search&&) noexcept = default;
Search& Search::operator=(Search&&) noexcept = default;

SearchResults Search::query(std::string_view text, Lang lang, size_t limit) const noexcept {
    try {
        if (!impl_)
            throw StoreError("this search was moved away");
        return impl_->run(text, lang, limit);
    } catch (const std::exception& e) {
        // A visitor's keystroke never fails the kiosk: the statements are reset for the next.
        SearchResults failed;
        failed.failed = true;
        failed.error = e.what();
        try {
            if (impl_)
                impl_->reset_statements();
        } catch (const std::exception&) {
        }
        return failed;
    }
}

SearchMemory Search::memory() const {
    SearchMemory m;
    if (!impl_)
        return m;
    m.vocabulary = impl_->vocabulary.bytes();
    for (const StandEntry& s : impl_->stands)
        m.vocabulary += sizeof s + s.plain.capacity();
    for (const SectorEntry& s : impl_->sectors) {
        m.vocabulary += sizeof s;
        for (const auto& w : s.words)
            m.vocabulary += w.capacity() * sizeof(char32_t);
    }
    int current = 0, highest = 0;
    sqlite3_db_status(impl_->db.getHandle(), SQLITE_DBSTATUS_CACHE_USED, &current, &highest, 0);
    m.sqlite_cache = static_cast<size_t>(current);
    return m;
}

} // namespace vitrine
