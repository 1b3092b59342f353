// Search on the sample fair as visitors type it, in French, Arabic and English: what comes
// first for each query, and the rules every ranking follows.
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/normalize.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_source.h"
#include "vitrine/catalog/search.h"
#include "vitrine/catalog/store.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

namespace {

// "kind:id" or "kind:id@tier", as the expectations below write a hit.
std::string label(const SearchHit& h, bool with_tier) {
    std::string out = std::string(search_kind_key(h.kind)) + ":" + h.id;
    if (with_tier)
        out += "@" + std::string(match_tier_key(h.tier));
    return out;
}

std::string describe(const SearchResults& r) {
    std::string out = "normalised \"" + r.normalized_query + "\"" +
                      (r.nothing_found ? ", nothing found" : "") + (r.failed ? ", FAILED" : "") +
                      "\n";
    for (const SearchHit& h : r.hits)
        out += "  " + label(h, true) + (h.featured ? " (featured)" : "") + "\n";
    return out;
}

enum class Outcome { hits, nothing_found, nothing_asked };

// One visitor query and what it must show.
struct Case {
    Case(const char* query_, Lang lang_ = Lang::fr, std::string first_ = {},
         std::vector<std::string> leading_ = {}, std::vector<std::string> absent_ = {},
         Outcome outcome_ = Outcome::hits, std::optional<MatchTier> worst_tier_ = std::nullopt)
        : query(query_), lang(lang_), first(std::move(first_)), leading(std::move(leading_)),
          absent(std::move(absent_)), outcome(outcome_), worst_tier(worst_tier_) {}

    const char* query;
    Lang lang;
    // The very first hit, "kind:id@tier"; empty: not checked.
    std::string first;
    // For each kind named, its first hits in this order ("kind:id" or "kind:id@tier").
    std::vector<std::string> leading;
    // Hits that must not be there, "kind:id" or "kind:id@tier".
    std::vector<std::string> absent;
    Outcome outcome;
    std::optional<MatchTier> worst_tier; // every hit at this tier or better
};

// Checks one case; returns what went wrong, empty when all is well.
std::string check(const Case& c, const SearchResults& r) {
    std::string problems;
    if (r.failed)
        problems += "the query failed\n";
    if (c.outcome == Outcome::nothing_asked &&
        (!r.normalized_query.empty() || !r.hits.empty() || r.nothing_found))
        problems += "expected no words to search for\n";
    if (c.outcome == Outcome::nothing_found &&
        (!r.nothing_found || !r.hits.empty() || r.suggested_sectors.empty()))
        problems += "expected nothing found, with suggested sectors\n";
    if (c.outcome == Outcome::hits && r.hits.empty())
        problems += "expected hits\n";
    if (!c.first.empty() && (r.hits.empty() || label(r.hits[0], true) != c.first))
        problems += "expected first " + c.first + "\n";
    std::map<std::string, std::vector<const SearchHit*>> by_kind;
    for (const SearchHit& h : r.hits)
        by_kind[std::string(search_kind_key(h.kind))].push_back(&h);
    std::map<std::string, size_t> position;
    for (const std::string& want : c.leading) {
        std::string kind = want.substr(0, want.find(':'));
        size_t& at = position[kind];
        const auto& hits = by_kind[kind];
        bool with_tier = want.find('@') != std::string::npos;
        if (at >= hits.size() || label(*hits[at], with_tier) != want)
            problems += "expected " + want + " as " + kind + " #" + std::to_string(at + 1) + "\n";
        ++at;
    }
    for (const std::string& unwanted : c.absent)
        for (const SearchHit& h : r.hits)
            if (label(h, unwanted.find('@') != std::string::npos) == unwanted)
                problems += "did not expect " + unwanted + "\n";
    if (c.worst_tier)
        for (const SearchHit& h : r.hits)
            if (h.tier > *c.worst_tier)
                problems += "did not expect " + label(h, true) + " for this query\n";
    return problems;
}

// The rules every result follows, whatever the query.
std::string check_ranking_rules(const SearchResults& r, size_t limit) {
    std::string problems;
    std::vector<SearchKind> groups;
    std::map<SearchKind, size_t> counts;
    for (size_t i = 0; i < r.hits.size(); ++i) {
        const SearchHit& h = r.hits[i];
        if (groups.empty() || groups.back() != h.kind) {
            if (std::find(groups.begin(), groups.end(), h.kind) != groups.end())
                problems += "kind " + std::string(search_kind_key(h.kind)) + " is split\n";
            groups.push_back(h.kind);
        } else {
            const SearchHit& before = r.hits[i - 1];
            if (h.tier < before.tier)
                problems += label(h, true) + " comes after a worse match\n";
            bool featured_matters =
                h.kind == SearchKind::exhibitor || h.kind == SearchKind::product;
            if (featured_matters && h.tier == before.tier && h.featured && !before.featured)
                problems += label(h, true) + " is featured but after one that is not\n";
        }
        if (++counts[h.kind] > limit)
            problems += "more than the limit of " + std::string(search_kind_key(h.kind)) + "\n";
        if (h.score != 100 * (8 - static_cast<int>(h.tier)) + (h.featured ? 10 : 0))
            problems += label(h, true) + " has a score that does not follow its tier\n";
        if (h.name.empty())
            problems += label(h, true) + " has no name\n";
    }
    // Groups come by their best hit: each group's first hit is no better than the previous'.
    MatchTier previous = MatchTier::exact;
    for (SearchKind kind : groups) {
        for (const SearchHit& h : r.hits) {
            if (h.kind != kind)
                continue;
            if (h.tier < previous)
                problems += "group " + std::string(search_kind_key(kind)) + " is out of order\n";
            previous = h.tier;
            break;
        }
    }
    return problems;
}

std::vector<Case> sample_fair_cases() {
    using T = MatchTier;
    return {
        // As you type: the last word is a prefix; a single letter means names starting with it.
        {"pot",
         Lang::fr,
         "sector:poterie@name-start",
         {"exhibitor:atelier-tell-fekharine@name-start"}},
        {"zel", Lang::fr, "sector:zellige@name-start"},
        {"taj", Lang::fr, "", {"product:wahat-tajine-service@name-start"}},
        {"coop", Lang::fr, "", {"exhibitor:coop-al-wahat-tamegroute@name-start"}},
        {"p", Lang::fr, "", {"sector:poterie@name-start"}, {}, Outcome::hits, T::name_start},
        {"z", Lang::fr, "", {"sector:zellige", "city:Zagora"}, {}, Outcome::hits, T::name_start},
        {"ح", Lang::ar, "", {"sector:bijoux@name-start"}, {}, Outcome::hits, T::name_start},
        {"argan o", Lang::en, "sector:huile-argan@name-start"},
        {"huile d'a", Lang::fr, "sector:huile-argan@name-start"},
        {"زيت الأ", Lang::ar, "sector:huile-argan@name-start"},
        {"cooperative f", Lang::fr, "", {"exhibitor:coop-izourane@name-start"}},
        // Accents and case never matter.
        {"creme",
         Lang::fr,
         "",
         {"product:cosm-ward-creme-rose-50@name-start",
          "product:cosm-aknari-creme-mains@name-start"}},
        {"Crème", Lang::fr, "", {"product:cosm-ward-creme-rose-50@name-start"}},
        {"CRÈME", Lang::fr, "", {"product:cosm-ward-creme-rose-50@name-start"}},
        {"fes", Lang::fr, "city:Fès@exact"},
        {"Fès", Lang::fr, "city:Fès@exact"},
        {"FÈS", Lang::fr, "city:Fès@exact"},
        {"ait", Lang::fr, "", {"city:Aït Baha@name-start"}},
        {"Aït Baha", Lang::fr, "city:Aït Baha@exact"},
        {"oeufs", Lang::fr, "", {"product:argan-chorouk-torrefiee-250@text"}},
        {"œufs", Lang::fr, "", {"product:argan-chorouk-torrefiee-250@text"}},
        {"patisserie", Lang::fr, "sector:patisserie@name-start"},
        {"REPARATION", Lang::fr, "sector:reparation@exact"},
        {"sèche-cheveux", Lang::fr, "", {"product:amine-reparation-seche-cheveux@name"}},
        {"seche cheveux", Lang::fr, "", {"product:amine-reparation-seche-cheveux@name"}},
        {"mgouna", Lang::fr, "", {"city:Kelaat M'Gouna@name"}},
        // English names.
        {"pottery", Lang::en, "sector:poterie@exact"},
        {"honey", Lang::en, "sector:miel@exact", {"product:miel-tazwit-rayon@name-start"}},
        {"argan oil", Lang::en, "sector:huile-argan@exact"},
        {"rugs", Lang::en, "sector:tapis@exact", {"exhibitor:coop-tiziri-azilal@sector"}},
        {"leather", Lang::en, "sector:cuir@name-start"},
        {"fez", Lang::en, "city:Fès@exact"},
        {"henna", Lang::en, "", {"product:zahra-poudre-henne@name-start"}},
        {"women's cooperative", Lang::en, "", {"exhibitor:coop-izourane@name"}},
        // Arabic as people type it.
        {"أركان", Lang::ar, "sector:huile-argan@name"},
        {"اركان", Lang::ar, "sector:huile-argan@name"},
        {"الأركان", Lang::ar, "sector:huile-argan@name"},
        {"إركان", Lang::ar, "sector:huile-argan@name"},
        {"زيت الأركان", Lang::ar, "sector:huile-argan@exact"},
        {"زيت اركان", Lang::ar, "sector:huile-argan@exact"},
        {"زَيْتُ الأَرْكَانِ", Lang::ar, "sector:huile-argan@exact"},
        {"زيـــت الأركـــان", Lang::ar, "sector:huile-argan@exact"},
        {"حلوى", Lang::ar, "", {"product:miel-zegzel-bonbons@name-start"}},
        {"حلوي", Lang::ar, "", {"product:miel-zegzel-bonbons@name-start"}},
        {"تعاونية نسائية", Lang::ar, "", {"exhibitor:coop-izourane@name-start"}},
        {"تعاونيه نسائيه", Lang::ar, "", {"exhibitor:coop-izourane@name-start"}},
        {"الفخار", Lang::ar, "sector:poterie@exact"},
        {"بالعسل", Lang::ar, "sector:miel@exact"},
        {"فاس", Lang::ar, "city:Fès@exact"},
        {"آسفي", Lang::ar, "city:Safi@exact"},
        {"اسفي", Lang::ar, "city:Safi@exact"},
        {"شبَّاكِيَّة", Lang::ar, "", {"product:pat-hamama-chebakia-1kg@name-start"}},
        {"ⴰⵔⴳⴰⵏ", Lang::fr, "sector:huile-argan@exact"},
        // Typos: one edit from five letters, two from nine; exact matches first.
        {"zelige",
         Lang::fr,
         "sector:zellige@name-fuzzy",
         {"exhibitor:atelier-dar-lmaalem-zellige@name-fuzzy"}},
        {"argane", Lang::fr, "sector:huile-argan@name-fuzzy"},
        {"babouche", Lang::fr, "", {"product:belgha-jaune-homme@name-start"}},
        {"safrn", Lang::fr, "sector:safran@name-fuzzy"},
        {"tajien", Lang::fr, "", {"product:wahat-tajine-service@name-fuzzy"}},
        {"tapsi", Lang::fr, "sector:tapis@name-fuzzy"},
        {"chebakiya", Lang::fr, "", {"product:pat-hamama-chebakia-1kg@name-fuzzy"}},
        {"mogadorr", Lang::fr, "", {"exhibitor:atelier-mogador-argent@name-fuzzy"}},
        {"kaftan", Lang::en, "", {"product:sqalli-caftan-velours@name"}}, // a synonym now
        {"marrakesh",
         Lang::en,
         "",
         {"exhibitor:zahra-neqqacha-marrakech@name", "city:Marrakech@name-fuzzy"}},
        {"طاجبن", Lang::ar, "", {"product:wahat-tajine-service@name-fuzzy"}},
        {"cuivre", Lang::fr, "", {"product:fanar-suspension-cuivre@name"}},
        {"miel", Lang::fr, "sector:miel@exact", {}, {"product:tell-tajine-cuisson"}},
        {"tapi", Lang::fr, "sector:tapis@name-start"},
        {"zeligg", Lang::fr, "", {}, {}, Outcome::nothing_found}, // two edits on six letters
        // Stand numbers as people say them.
        {"A12", Lang::fr, "stand:A12@exact", {"exhibitor:atelier-rose-boujad@exact"}},
        {"a12", Lang::fr, "stand:A12@exact", {"exhibitor:atelier-rose-boujad@exact"}},
        {"A 12", Lang::fr, "stand:A12@exact", {"exhibitor:atelier-rose-boujad@exact"}},
        {"stand 12",
         Lang::fr,
         "stand:A12@exact",
         {"exhibitor:atelier-rose-boujad@exact"},
         {},
         Outcome::hits,
         T::exact},
        {"Stand A-12", Lang::fr, "stand:A12@exact", {}, {}, Outcome::hits, T::exact},
        {"stand n° 12", Lang::fr, "stand:A12@exact"},
        {"b7", Lang::fr, "stand:B07@exact", {"exhibitor:coop-ayyur-tiznit@exact"}},
        {"B07", Lang::fr, "stand:B07@exact", {"exhibitor:coop-ayyur-tiznit@exact"}},
        {"booth b 7", Lang::en, "stand:B07@exact"},
        {"b1", Lang::fr, "stand:B01@exact", {"stand:B01", "stand:B10@name-start"}},
        {"جناح ١٢", Lang::ar, "stand:A12@exact", {"exhibitor:atelier-rose-boujad@exact"}},
        {"الجناح A١٢", Lang::ar, "stand:A12@exact"},
        {"stand", Lang::fr, "stand:A01@name-start", {}, {}, Outcome::hits, T::name_start},
        {"1",
         Lang::fr,
         "stand:A01@exact",
         {"stand:A01", "stand:B01"},
         {"exhibitor:atelier-tell-fekharine"}},
        // Several words, sectors and descriptions, cities.
        {"huile argan", Lang::fr, "sector:huile-argan@name-start"},
        {"tapis azilal", Lang::fr, "", {"product:tiziri-tapis-170x240@name-start"}},
        {"miel de thym", Lang::fr, "", {"product:miel-tazwit-thym-500@name-start"}},
        {"fes bleu", Lang::fr, "", {"product:azraq-plat-rosace@name"}},
        // Azraq's English name is "Azraq Pottery", a synonym of poterie: a name match comes first.
        {"poterie",
         Lang::fr,
         "sector:poterie@exact",
         {"exhibitor:atelier-azraq-fes@name", "exhibitor:coop-al-wahat-tamegroute@sector"}},
        {"tiznit", Lang::fr, "city:Tiznit@exact", {"exhibitor:atelier-nokra-tiznit@text"}},
        {"marrakech", Lang::fr, "city:Marrakech@exact"},
        {"organic", Lang::en, "", {"product:argan-aghsane-cosmetique-bio@name-start"}},
        {"recyclé", Lang::fr, "", {"product:nassij-boucherouite-120x180@text"}}, // a label
        {"IGP", Lang::fr, "", {"product:argan-izourane-alimentaire-250@text"}},
        // FTS5 syntax typed by a visitor is text; empty and absurd input.
        {"", Lang::fr, "", {}, {}, Outcome::nothing_asked},
        {"   ", Lang::fr, "", {}, {}, Outcome::nothing_asked},
        {"\"", Lang::fr, "", {}, {}, Outcome::nothing_asked},
        {"*", Lang::fr, "", {}, {}, Outcome::nothing_asked},
        {"-", Lang::fr, "", {}, {}, Outcome::nothing_asked},
        {"🙂", Lang::fr, "", {}, {}, Outcome::nothing_asked},
        {"pot*", Lang::fr, "sector:poterie@name-start"},
        {"\"pot", Lang::fr, "sector:poterie@name-start"},
        {"^pot", Lang::fr, "sector:poterie@name-start"},
        {"\xff\xfepot", Lang::fr, "sector:poterie@name-start"},
        {"NEAR(", Lang::fr},
        {"OR", Lang::fr},
        {"NEAR(pot tajine)", Lang::fr, "", {}, {}, Outcome::nothing_found},
        {"{names} : pot", Lang::fr, "", {}, {}, Outcome::nothing_found},
        {"tapis AND -azilal", Lang::en, "", {"product:tiziri-tapis-170x240@text"}},
        {"xyzzy", Lang::fr, "", {}, {}, Outcome::nothing_found},
        {"qwertyuiopasdfghjkl", Lang::fr, "", {}, {}, Outcome::nothing_found},
    };
}

} // namespace

TEST(SearchSampleFair, FindsWhatTheVisitorMeansInEveryLanguage) {
    Search search = Search::build(sample_catalog());
    const std::vector<Case> cases = sample_fair_cases();
    EXPECT_GE(cases.size(), 60u);
    for (const Case& c : cases) {
        SearchResults r = search.query(c.query, c.lang, 5);
        std::string problems = check(c, r) + check_ranking_rules(r, 5);
        EXPECT_TRUE(problems.empty()) << "query \"" << c.query << "\": " << problems << describe(r);
        EXPECT_EQ(r.query, c.query);
        // The same query twice gives the same answer.
        SearchResults again = search.query(c.query, c.lang, 5);
        EXPECT_EQ(describe(again), describe(r)) << c.query;
    }
}

TEST(SearchSampleFair, NamesComeInTheVisitorsLanguage) {
    Search search = Search::build(sample_catalog());
    struct Case {
        Lang lang;
        const char* name;
    };
    for (const Case& c : {Case{Lang::fr, "Poterie"}, Case{Lang::ar, "الفخار"},
                          Case{Lang::en, "Pottery"}, Case{Lang::zgh, "Poterie"}}) {
        SearchResults r = search.query("poterie", c.lang);
        ASSERT_FALSE(r.hits.empty());
        EXPECT_EQ(r.hits[0].id, "poterie");
        EXPECT_EQ(r.hits[0].name, c.name) << lang_code(c.lang);
    }
    // A stand shows who is on it; a product, its maker's stand.
    SearchResults stand = search.query("A12", Lang::en);
    ASSERT_FALSE(stand.hits.empty());
    EXPECT_EQ(stand.hits[0].name, "Boujad Rose Studio");
    EXPECT_EQ(stand.hits[0].exhibitor, "atelier-rose-boujad");
    SearchResults product = search.query("Chebakia au miel 1 kg", Lang::fr);
    ASSERT_FALSE(product.hits.empty());
    EXPECT_EQ(product.hits[0].id, "pat-hamama-chebakia-1kg");
    EXPECT_EQ(product.hits[0].tier, MatchTier::exact);
    EXPECT_EQ(product.hits[0].exhibitor, "coop-hamama-bayda");
    EXPECT_EQ(product.hits[0].stand, "F08");
}

TEST(SearchSampleFair, NothingFoundOffersTheClosestSectors) {
    Search search = Search::build(sample_catalog());
    // "zelij" is in the sample fair's synonyms now (Darija for zellige): a word in no group.
    SearchResults zelij = search.query("zeligg", Lang::fr);
    EXPECT_TRUE(zelij.nothing_found);
    ASSERT_EQ(zelij.suggested_sectors.size(), 3u);
    EXPECT_EQ(zelij.suggested_sectors[0].id, "zellige");
    EXPECT_EQ(zelij.suggested_sectors[0].parent, "artisanat");
    EXPECT_EQ(zelij.normalized_query, "zeligg"); // for the statistics

    SearchResults cuscus = search.query("cuscus", Lang::ar);
    ASSERT_FALSE(cuscus.suggested_sectors.empty());
    EXPECT_EQ(cuscus.suggested_sectors[0].id, "couscous");
    EXPECT_EQ(cuscus.suggested_sectors[0].name, "الكسكس");

    // Nothing close: the sectors with the most exhibitors.
    SearchResults xyzzy = search.query("xyzzy", Lang::en);
    ASSERT_EQ(xyzzy.suggested_sectors.size(), 3u);
    EXPECT_EQ(xyzzy.suggested_sectors[0].id, "artisanat");
    EXPECT_EQ(xyzzy.suggested_sectors[0].name, "Crafts");
    for (const SectorSuggestion& s : xyzzy.suggested_sectors)
        EXPECT_TRUE(s.parent.empty()) << s.id;

    // Found something: no suggestions.
    EXPECT_TRUE(search.query("poterie", Lang::fr).suggested_sectors.empty());
}

TEST(SearchSampleFair, AbsurdInputIsAnsweredQuickly) {
    Search search = Search::build(sample_catalog());
    std::vector<std::string> inputs{std::string(100'000, 'a'), std::string(50'000, '"'),
                                    std::string(20'000, '*')};
    std::string words;
    for (int i = 0; i < 500; ++i)
        words += "argan OR NEAR(\"tapis\" * ";
    inputs.push_back(words);
    std::string arabic;
    for (int i = 0; i < 5'000; ++i)
        arabic += "زَيْت ";
    inputs.push_back(arabic);
    std::string bytes;
    for (int i = 0; i < 4096; ++i)
        bytes += static_cast<char>(i * 7919 % 256);
    inputs.push_back(bytes);
    for (const std::string& input : inputs) {
        auto start = std::chrono::steady_clock::now();
        SearchResults r = search.query(input, Lang::fr);
        auto elapsed = std::chrono::steady_clock::now() - start;
        EXPECT_FALSE(r.failed);
        EXPECT_EQ(r.query, input);
        EXPECT_LE(r.normalized_query.size(), 8u * (kMaxWordLength * 4 + 1));
        // Far above the kiosk's budget, far below what an unbounded query could take.
        EXPECT_LT(elapsed, std::chrono::milliseconds(500));
    }
}

TEST(SearchSampleFair, LimitIsPerKind) {
    Search search = Search::build(sample_catalog());
    for (size_t limit : {size_t{1}, size_t{3}, size_t{50}}) {
        SearchResults r = search.query("a", Lang::fr, limit);
        EXPECT_EQ(check_ranking_rules(r, limit), "") << describe(r);
    }
    SearchResults big = search.query("argan", Lang::fr, 1000);
    std::map<SearchKind, size_t> counts;
    for (const SearchHit& h : big.hits)
        ++counts[h.kind];
    EXPECT_GT(counts[SearchKind::product], 10u);
    // A limit of 0 would show nothing: it is read as 1.
    SearchResults zero = search.query("argan", Lang::fr, 0);
    EXPECT_EQ(check_ranking_rules(zero, 1), "") << describe(zero);
    EXPECT_FALSE(zero.hits.empty());
}

TEST(SearchSampleFair, ReportsItsMemory) {
    Search search = Search::build(sample_catalog());
    search.query("poterie", Lang::fr);
    SearchMemory m = search.memory();
    EXPECT_GT(m.vocabulary, 10'000u);
    EXPECT_GT(m.sqlite_cache, 0u);
}

TEST(SearchIndex, IsBuiltAtImportAndOpenedFromTheStore) {
    TempDir dir;
    Store store(dir / "data");
    EXPECT_THROW(store.open_search(), NoCatalogError);
    build_pack(dir / "pack", {.exhibitors = 4, .products_per_exhibitor = 2});
    Diagnostics diags;
    ASSERT_EQ(store.import_pack(dir / "pack", diags), ImportOutcome::installed);

    Search search = store.open_search();
    SearchResults r = search.query("Atelier 3", Lang::fr);
    ASSERT_FALSE(r.hits.empty()) << describe(r);
    EXPECT_EQ(label(r.hits[0], true), "exhibitor:ex-3@exact");
    EXPECT_EQ(r.hits[0].stand, "S03");
    SearchResults stand = search.query("s 2", Lang::fr);
    ASSERT_FALSE(stand.hits.empty());
    EXPECT_EQ(label(stand.hits[0], true), "stand:S02@exact");
    SearchResults arabic = search.query("منتوج p-2-1", Lang::ar);
    ASSERT_FALSE(arabic.hits.empty()) << describe(arabic);
    EXPECT_EQ(label(arabic.hits[0], true), "product:p-2-1@exact");
    EXPECT_EQ(arabic.hits[0].name, "منتوج p-2-1");

    // A new pack: the search opened now sees it.
    build_pack(dir / "pack2", {.exhibitors = 6, .version = 2});
    ASSERT_EQ(store.import_pack(dir / "pack2", diags), ImportOutcome::installed);
    EXPECT_TRUE(store.open_search().query("Workshop 6", Lang::en).hits.size() > 0);
}

TEST(SearchIndex, AnIndexFromAnotherVitrineAsksForANewImport) {
    TempDir dir;
    fs::path file = dir / "catalog.db";
    { Search::build(sample_catalog(), file); }
    EXPECT_NO_THROW(Search{file});
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE search_meta SET value = '0' WHERE key = 'normalization'");
    }
    try {
        Search stale(file);
        ADD_FAILURE() << "an index normalised by other rules was opened";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("import the pack again"), std::string::npos);
    }
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 1");
    }
    try {
        Search old(file);
        ADD_FAILURE() << "a catalogue from before search was opened";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("import the pack again"), std::string::npos);
    }
    EXPECT_THROW(Search{dir / "missing.db"}, StoreError);
}

TEST(SearchIndex, OrganisersSeeTheRankingFromTheCommandLine) {
    TempDir dir;
    build_pack(dir / "pack", {.exhibitors = 3});
    std::string data = " --data-dir " + (dir / "data").string();
    EXPECT_EQ(run_tool("search atelier" + data).status, 1); // nothing installed yet
    ASSERT_EQ(run_tool("import " + (dir / "pack").string() + data).status, 0);

    ToolRun text = run_tool("search 'atelier 2'" + data);
    EXPECT_EQ(text.status, 0) << text.output;
    EXPECT_NE(text.output.find("exhibitor\n  ex-2"), std::string::npos) << text.output;
    EXPECT_NE(text.output.find("Atelier 2  [stand S02, score 800, exact]"), std::string::npos)
        << text.output;

    ToolRun json = run_tool("search 'ورشة 2' --lang ar --limit 2 --json" + data);
    ASSERT_EQ(json.status, 0) << json.output;
    auto parsed = nlohmann::json::parse(json.output);
    EXPECT_EQ(parsed["normalized_query"], "ورشه 2");
    ASSERT_FALSE(parsed["hits"].empty());
    EXPECT_EQ(parsed["hits"][0]["kind"], "exhibitor");
    EXPECT_EQ(parsed["hits"][0]["id"], "ex-2");
    EXPECT_EQ(parsed["hits"][0]["name"], "ورشة 2");
    EXPECT_EQ(parsed["hits"][0]["tier"], "exact");
    EXPECT_FALSE(parsed["nothing_found"].get<bool>());

    ToolRun none = run_tool("search xyzzy" + data);
    EXPECT_EQ(none.status, 0);
    EXPECT_NE(none.output.find("Nothing found for \"xyzzy\". Closest sectors: Artisanat"),
              std::string::npos)
        << none.output;
    ToolRun syntax = run_tool("search '\"NEAR(*' --json" + data);
    EXPECT_EQ(syntax.status, 0) << syntax.output;
    EXPECT_EQ(run_tool("search pot --lang xx" + data).status, 2);
    EXPECT_EQ(run_tool("search" + data).status, 2);
}

TEST(SearchSampleFair, FacilitiesAreFoundByTheWordsVisitorsUse) {
    Search search = Search::build(sample_catalog());
    struct Case {
        const char* query;
        Lang lang;
        const char* facility;
    };
    for (const Case& c : {Case{"toilettes", Lang::fr, "toilettes"},
                          {"wc", Lang::fr, "toilettes"},
                          {"toilets", Lang::en, "toilettes"},
                          {"مراحيض", Lang::ar, "toilettes"},
                          {"المراحيض", Lang::ar, "toilettes"},
                          {"café", Lang::fr, "cafe"},
                          {"cafe", Lang::fr, "cafe"},
                          {"prière", Lang::fr, "priere"},
                          {"salle de prière", Lang::fr, "priere"},
                          {"prayer", Lang::en, "priere"},
                          {"مصلى", Lang::ar, "priere"},
                          {"premiers secours", Lang::fr, "secours"},
                          {"first aid", Lang::en, "secours"},
                          {"إسعاف", Lang::ar, "secours"},
                          {"information", Lang::fr, "accueil"},
                          {"accueil", Lang::fr, "accueil"},
                          {"toil", Lang::fr, "toilettes"}}) {
        SearchResults r = search.query(c.query, c.lang, 5);
        std::string problems = check_ranking_rules(r, 5);
        EXPECT_TRUE(problems.empty()) << c.query << ": " << problems << describe(r);
        ASSERT_FALSE(r.hits.empty()) << c.query;
        // The facility leads: visitors asking for the toilets want the toilets.
        EXPECT_EQ(r.hits[0].kind, SearchKind::facility) << c.query << "\n" << describe(r);
        EXPECT_EQ(r.hits[0].id, c.facility) << c.query << "\n" << describe(r);
        EXPECT_LE(r.hits[0].tier, MatchTier::name) << c.query << "\n" << describe(r);
    }
    // The facility's own name, in the visitor's language.
    SearchResults ar = search.query("wc", Lang::ar, 5);
    ASSERT_FALSE(ar.hits.empty());
    EXPECT_EQ(ar.hits[0].name, "المراحيض");
    // Words for a kind find no other kind of facility.
    for (const SearchHit& h : search.query("prayer", Lang::en, 10).hits)
        EXPECT_FALSE(h.kind == SearchKind::facility && h.id != "priere") << h.id;
}

TEST(SearchIndex, AFacilityWithoutANameIsNamedByItsKind) {
    Catalog c = sample_catalog();
    Facility garderie;
    garderie.id = "garderie";
    garderie.kind = FacilityKind::other;
    garderie.rect = {1, 1, 1, 1};
    garderie.name.exact(Lang::fr) = "Garderie des enfants";
    c.plan.facilities.push_back(garderie);
    for (Facility& f : c.plan.facilities)
        if (f.id == "toilettes")
            f.name = {};
    Search search = Search::build(c);
    SearchResults kids = search.query("garderie", Lang::en, 5);
    ASSERT_FALSE(kids.hits.empty()) << describe(kids);
    EXPECT_EQ(label(kids.hits[0], true), "facility:garderie@name-start") << describe(kids);
    EXPECT_EQ(kids.hits[0].name, "Garderie des enfants"); // no English name: French
    SearchResults wc = search.query("wc", Lang::en, 5);
    ASSERT_FALSE(wc.hits.empty()) << describe(wc);
    EXPECT_EQ(label(wc.hits[0], false), "facility:toilettes");
    EXPECT_EQ(wc.hits[0].name, "Toilets");
    EXPECT_EQ(search.query("wc", Lang::ar, 5).hits[0].name, "مراحيض");
}
