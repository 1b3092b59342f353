// Builds the search index at import, inside the import's transaction: the kiosk only reads it.
//
// Each thing a visitor can find is a document of search_docs, numbered
//   kind << 40 | (featured ? 0 : 1) << 32 | position
// so that FTS5's natural order (ascending document number) is already the tie-break of the
// ranking, and a kind is a range of numbers that a query can seek into. The kinds with few
// documents (sectors, cities) come first and side by side, so that one pass covers both.
// A document's terms (normalize.h) go to three FTS5 tables by scope: its names (and its names'
// first words, marked), its names and sectors, and all its text. The vocabulary of those
// terms, with how many documents use each, goes to search_terms for typo tolerance and prefix
// expansion; whole names go to search_whole_names for exact matches.

#include "search_synonyms.h"
#include "vitrine/catalog/labels.h"
#include "vitrine/catalog/normalize.h"
#include "vitrine/catalog/search.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace vitrine {
namespace {

int64_t kind_rank(SearchKind kind) {
    switch (kind) {
    case SearchKind::sector:
        return 1;
    case SearchKind::city:
        return 2;
    case SearchKind::exhibitor:
        return 3;
    case SearchKind::product:
        return 4;
    case SearchKind::stand:
        return 5;
    case SearchKind::facility:
        return 6;
    }
    return 7;
}

int64_t document_number(SearchKind kind, bool featured, size_t position) {
    return kind_rank(kind) << 40 | static_cast<int64_t>(featured ? 0 : 1) << 32 |
           static_cast<int64_t>(position);
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) {
        if (!out.empty())
            out += ' ';
        out += w;
    }
    return out;
}

// The terms of a name's first word, with the words glued to it ("Répar'Mobile"), marked.
std::vector<std::string> first_word_terms(std::string_view name) {
    std::vector<NormalizedWord> words = normalized_words(name);
    std::string chain;
    for (size_t i = 0; i < words.size() && (i == 0 || words[i].joined); ++i)
        chain += (i == 0 ? "" : "'") + words[i].text;
    std::vector<std::string> terms = index_terms(chain);
    for (std::string& term : terms)
        term = std::string(kFirstWordMark) + term;
    return terms;
}

// One document's terms, by scope, and the distinct terms it uses; with the words of each
// synonym group one of its texts holds, in the same scope.
class DocumentText {
public:
    explicit DocumentText(const SynonymExpander& synonyms) : synonyms_(synonyms) {}

    void add_name(const Text& name) {
        for (Lang lang : kLangs) {
            add(names_, name.exact(lang));
            for (const std::string& term : first_word_terms(name.exact(lang)))
                append(first_words_, term); // not a word of the vocabulary
        }
    }
    void add_sector(const Text& text) {
        for (Lang lang : kLangs)
            add(sector_, text.exact(lang));
    }
    void add_other(std::string_view text) { add(other_, text); }
    void add_other(const Text& text) {
        for (Lang lang : kLangs)
            add(other_, text.exact(lang));
    }

    std::string names() const { return join_scopes({&names_, &first_words_}); }
    std::string sectors() const { return join_scopes({&names_, &sector_}); }
    std::string text() const { return join_scopes({&names_, &sector_, &other_}); }
    const std::unordered_set<std::string>& terms() const { return terms_; }

private:
    void add(std::string& scope, std::string_view text) {
        add_terms(scope, text);
        for (size_t group : synonyms_.groups_in(text))
            if (expanded_.emplace(&scope, group).second)
                for (const std::string& word : synonyms_.words(group))
                    add_terms(scope, word);
    }
    void add_terms(std::string& scope, std::string_view text) {
        for (std::string& term : index_terms(text)) {
            append(scope, term);
            terms_.insert(std::move(term));
        }
    }
    static void append(std::string& scope, std::string_view term) {
        if (!scope.empty())
            scope += ' ';
        scope += term;
    }
    static std::string join_scopes(std::initializer_list<const std::string*> scopes) {
        std::string out;
        for (const std::string* scope : scopes)
            if (!scope->empty())
                append(out, *scope);
        return out;
    }

    const SynonymExpander& synonyms_;
    std::string names_, first_words_, sector_, other_;
    std::unordered_set<std::string> terms_;
    std::set<std::pair<const std::string*, size_t>> expanded_; // scope, group
};

class IndexWriter {
public:
    explicit IndexWriter(SQLite::Database& db)
        : db_(db), doc_(db, "INSERT INTO search_docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?)"),
          names_(db, "INSERT INTO search_names (rowid, terms) VALUES (?, ?)"),
          sectors_(db, "INSERT INTO search_sectors (rowid, terms) VALUES (?, ?)"),
          text_(db, "INSERT INTO search_text (rowid, terms) VALUES (?, ?)"),
          whole_(db, "INSERT OR IGNORE INTO search_whole_names (name, doc) VALUES (?, ?)") {}

    struct Document {
        SearchKind kind;
        int64_t number;
        std::string id, stand, exhibitor, parent;
        bool featured = false;
        int64_t weight = 0;
        std::optional<int64_t> link;
        const Text* name = nullptr;
    };

    void write(const Document& d, DocumentText* text) {
        int i = 1;
        doc_.bind(i++, d.number);
        doc_.bind(i++, std::string(search_kind_key(d.kind)));
        doc_.bind(i++, d.id);
        doc_.bind(i++, d.stand);
        doc_.bind(i++, d.exhibitor);
        doc_.bind(i++, d.parent);
        doc_.bind(i++, d.featured ? 1 : 0);
        doc_.bind(i++, d.weight);
        if (d.link)
            doc_.bind(i++, *d.link);
        else
            doc_.bind(i++);
        for (Lang lang : kLangs)
            doc_.bind(i++, d.name ? d.name->exact(lang) : std::string());
        doc_.exec();
        doc_.reset();
        if (!text)
            return; // stands are matched in memory, by their numbers
        insert(names_, d.number, text->names());
        insert(sectors_, d.number, text->sectors());
        insert(text_, d.number, text->text());
        for (const std::string& term : text->terms())
            ++document_frequency_[term];
        if (d.name) {
            for (Lang lang : kLangs) {
                std::string whole = join(query_words(d.name->exact(lang)));
                if (whole.empty())
                    continue;
                whole_.bind(1, whole);
                whole_.bind(2, d.number);
                whole_.exec();
                whole_.reset();
            }
        }
    }

    void finish() {
        // Sorted, so that the vocabulary's B-tree is written in order.
        std::vector<std::pair<std::string_view, uint32_t>> terms(document_frequency_.begin(),
                                                                 document_frequency_.end());
        std::sort(terms.begin(), terms.end());
        SQLite::Statement term(db_, "INSERT INTO search_terms (term, docs) VALUES (?, ?)");
        for (const auto& [text, docs] : terms) {
            term.bind(1, std::string(text));
            term.bind(2, static_cast<int64_t>(docs));
            term.exec();
            term.reset();
        }
        SQLite::Statement meta(db_, "INSERT INTO search_meta (key, value) VALUES (?, ?)");
        meta.bind(1, "normalization");
        meta.bind(2, std::to_string(kNormalizationVersion));
        meta.exec();
        // One b-tree per table instead of the segments written along the way: a query then
        // reads one doclist per term.
        for (const char* table : {"search_names", "search_sectors", "search_text"})
            db_.exec(std::string("INSERT INTO ") + table + " (" + table + ") VALUES ('optimize')");
    }

private:
    static void insert(SQLite::Statement& st, int64_t number, const std::string& terms) {
        if (terms.empty())
            return;
        st.bind(1, number);
        st.bind(2, terms);
        st.exec();
        st.reset();
    }

    SQLite::Database& db_;
    SQLite::Statement doc_, names_, sectors_, text_, whole_;
    std::unordered_map<std::string, uint32_t> document_frequency_;
};

// What visitors call a kind of facility: its name (shown when the pack gives the facility none),
// then the other words they type for it, in French, Arabic and English. Arabic is written
// without the article: the normalisation folds "المراحيض" to "مراحيض".
struct FacilityWords {
    Text name;
    std::vector<std::string_view> words;
};

FacilityWords facility_words(FacilityKind kind) {
    auto text = [](const char* fr, const char* ar, const char* en) {
        Text t;
        t.exact(Lang::fr) = fr;
        t.exact(Lang::ar) = ar;
        t.exact(Lang::en) = en;
        return t;
    };
    switch (kind) {
    case FacilityKind::toilets:
        return {text("Toilettes", "مراحيض", "Toilets"),
                {"wc", "sanitaires", "toilette", "toilet", "restrooms", "bathroom", "lavatory",
                 "دورة المياه", "حمام", "مرحاض"}};
    case FacilityKind::prayer_room:
        return {text("Salle de prière", "مصلى", "Prayer room"),
                {"prière", "prayer", "mosquée", "mosque", "قاعة الصلاة", "صلاة", "مسجد"}};
    case FacilityKind::cafe:
        return {text("Café", "مقهى", "Café"),
                {"cafétéria", "buvette", "restauration", "boissons", "coffee", "cafeteria",
                 "drinks", "snack", "قهوة", "مشروبات"}};
    case FacilityKind::first_aid:
        return {text("Premiers secours", "إسعافات أولية", "First aid"),
                {"secours", "infirmerie", "médecin", "medical", "doctor", "إسعاف", "طبيب"}};
    case FacilityKind::information:
        return {text("Accueil", "استقبال", "Information"),
                {"information", "informations", "renseignements", "info", "welcome", "help desk",
                 "معلومات", "إرشادات", "استعلامات"}};
    case FacilityKind::other:
        return {};
    }
    return {};
}

struct City {
    const Text* name = nullptr;
    std::vector<const Text*> regions;
    int64_t exhibitors = 0;
    std::string key; // normalised French name
};

} // namespace

void build_search_index(SQLite::Database& db, const Catalog& c) {
    IndexWriter writer(db);
    const SynonymExpander synonyms(c.synonyms);

    // Our own lookups: the catalogue's index may not be built.
    std::unordered_map<std::string, const Sector*> sectors;
    for (const Sector& s : c.sectors)
        sectors.emplace(s.id, &s);
    std::unordered_map<std::string, const Exhibitor*> exhibitors, at_stand;
    for (const Exhibitor& e : c.exhibitors) {
        exhibitors.emplace(e.id, &e);
        at_stand.emplace(e.stand, &e);
    }
    std::unordered_map<std::string, int64_t> exhibitor_numbers;
    for (size_t n = 0; n < c.exhibitors.size(); ++n)
        exhibitor_numbers.emplace(c.exhibitors[n].id, document_number(SearchKind::exhibitor,
                                                                      c.exhibitors[n].featured, n));
    auto sector_names = [&](DocumentText& text, const std::string& sector,
                            const std::string& subsector) {
        for (const std::string* id : {&sector, &subsector})
            if (auto it = sectors.find(*id); it != sectors.end())
                text.add_sector(it->second->name);
    };

    std::unordered_map<std::string, int64_t> sector_exhibitors;
    for (const Exhibitor& e : c.exhibitors) {
        ++sector_exhibitors[e.sector];
        if (!e.subsector.empty() && e.subsector != e.sector)
            ++sector_exhibitors[e.subsector];
    }
    for (size_t n = 0; n < c.sectors.size(); ++n) {
        const Sector& s = c.sectors[n];
        DocumentText text(synonyms);
        text.add_name(s.name);
        if (auto it = sectors.find(s.parent); it != sectors.end())
            text.add_sector(it->second->name);
        writer.write({SearchKind::sector, document_number(SearchKind::sector, false, n), s.id, "",
                      "", s.parent, false, sector_exhibitors[s.id], std::nullopt, &s.name},
                     &text);
    }

    std::vector<City> cities;
    std::unordered_map<std::string, size_t> city_index;
    for (size_t n = 0; n < c.exhibitors.size(); ++n) {
        const Exhibitor& e = c.exhibitors[n];
        DocumentText text(synonyms);
        text.add_name(e.name);
        sector_names(text, e.sector, e.subsector);
        text.add_other(e.description);
        text.add_other(e.city);
        text.add_other(e.region);
        writer.write({SearchKind::exhibitor, exhibitor_numbers[e.id], e.id, e.stand, e.id, "",
                      e.featured, 0, std::nullopt, &e.name},
                     &text);

        std::string key = join(query_words(e.city.exact(Lang::fr)));
        if (key.empty())
            continue;
        auto [it, added] = city_index.emplace(key, cities.size());
        if (added)
            cities.push_back({&e.city, {}, 0, key});
        City& city = cities[it->second];
        ++city.exhibitors;
        if (!e.region.empty() && std::none_of(city.regions.begin(), city.regions.end(),
                                              [&](const Text* r) { return *r == e.region; }))
            city.regions.push_back(&e.region);
    }

    for (size_t n = 0; n < c.products.size(); ++n) {
        const Product& p = c.products[n];
        auto maker = exhibitors.find(p.exhibitor);
        const Exhibitor* e = maker == exhibitors.end() ? nullptr : maker->second;
        DocumentText text(synonyms);
        text.add_name(p.name);
        if (e)
            sector_names(text, e->sector, e->subsector);
        text.add_other(p.description);
        text.add_other(p.material);
        for (const std::string& key : p.labels) {
            if (const LabelInfo* label = find_label(key)) {
                for (std::string_view words : {label->fr, label->ar, label->en, label->zgh})
                    text.add_other(words);
            } else {
                text.add_other(key);
            }
        }
        if (e) {
            text.add_other(e->name);
            text.add_other(e->city);
        }
        bool featured = e && e->featured;
        writer.write({SearchKind::product, document_number(SearchKind::product, featured, n), p.id,
                      e ? e->stand : "", p.exhibitor, "", featured, 0, std::nullopt, &p.name},
                     &text);
    }

    // Cities with the most exhibitors first: the likelier meaning of a short prefix.
    std::stable_sort(cities.begin(), cities.end(), [](const City& a, const City& b) {
        return a.exhibitors != b.exhibitors ? a.exhibitors > b.exhibitors : a.key < b.key;
    });
    for (size_t n = 0; n < cities.size(); ++n) {
        const City& city = cities[n];
        DocumentText text(synonyms);
        text.add_name(*city.name);
        for (const Text* region : city.regions)
            text.add_other(*region);
        writer.write({SearchKind::city, document_number(SearchKind::city, false, n),
                      city.name->exact(Lang::fr), "", "", "", false, city.exhibitors, std::nullopt,
                      city.name},
                     &text);
    }

    for (size_t n = 0; n < c.plan.stands.size(); ++n) {
        const Stand& s = c.plan.stands[n];
        auto occupant = at_stand.find(s.id);
        const Exhibitor* e = occupant == at_stand.end() ? nullptr : occupant->second;
        std::optional<int64_t> link;
        if (e)
            link = exhibitor_numbers[e->id];
        writer.write({SearchKind::stand, document_number(SearchKind::stand, false, n), s.id, s.id,
                      e ? e->id : "", "", e && e->featured, 0, link, e ? &e->name : nullptr},
                     nullptr);
    }
    // Facilities: by their own name, and by every word for their kind, as names, so that "wc"
    // ranks the toilets with the names that start with it.
    for (size_t n = 0; n < c.plan.facilities.size(); ++n) {
        const Facility& f = c.plan.facilities[n];
        FacilityWords kind = facility_words(f.kind);
        DocumentText text(synonyms);
        text.add_name(f.name);
        text.add_name(kind.name);
        for (std::string_view word : kind.words) {
            Text t;
            t.exact(Lang::fr) = std::string(word);
            text.add_name(t);
        }
        const Text* name = f.name.empty() && !kind.name.empty() ? &kind.name : &f.name;
        writer.write({SearchKind::facility, document_number(SearchKind::facility, false, n), f.id,
                      "", "", "", false, 0, std::nullopt, name},
                     &text);
    }
    writer.finish();
}

} // namespace vitrine
