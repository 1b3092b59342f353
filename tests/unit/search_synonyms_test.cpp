// What visitors call things: the pack's synonyms.csv, read and checked line by line, and the
// sample fair found by the words visitors type, Darija in Latin letters included.
#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_source.h"
#include "vitrine/catalog/search.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <stdexcept>

using namespace vitrine;
using namespace vitrine::test;

namespace {

bool finds(const SearchResults& r, SearchKind kind, const std::string& id) {
    return std::any_of(r.hits.begin(), r.hits.end(),
                       [&](const SearchHit& h) { return h.kind == kind && h.id == id; });
}

std::string describe(const SearchResults& r) {
    std::string out = "\"" + r.normalized_query + "\" found:";
    for (const SearchHit& h : r.hits)
        out += " " + std::string(search_kind_key(h.kind)) + ":" + h.id;
    return out;
}

struct Expectation {
    const char* query;
    SearchKind kind;
    const char* id;
};

// What a visitor types, and a thing of the sample fair it must find.
const Expectation kVisitorWords[] = {
    {"zarbia", SearchKind::product, "tiziri-tapis-170x240"}, // Darija: زربية, a rug
    {"zarbia", SearchKind::sector, "tapis"},
    {"zerbia", SearchKind::sector, "tapis"},               // the other common spelling
    {"zarb", SearchKind::sector, "tapis"},                 // still typing
    {"3sel", SearchKind::product, "miel-tazwit-thym-500"}, // عسل, honey
    {"3sel", SearchKind::sector, "miel"},
    {"7enna", SearchKind::product, "cosm-aknari-henne-200"}, // حناء, henna
    {"tajine", SearchKind::product, "tell-tajine-cuisson"},
    {"tajin", SearchKind::product, "tell-tajine-cuisson"},
    {"zellij", SearchKind::sector, "zellige"}, // زليج
    {"zellij", SearchKind::product, "lmaalem-table-ronde"},
    {"rug", SearchKind::product, "tiziri-tapis-170x240"},
    {"carpet", SearchKind::product, "tiziri-tapis-170x240"},
    {"carpet", SearchKind::sector, "tapis"},
    {"argan oil", SearchKind::product, "argan-izourane-cosmetique-100"},
    {"huile d'argan", SearchKind::product, "argan-izourane-cosmetique-100"},
    {"زيت أركان", SearchKind::product, "argan-izourane-cosmetique-100"},
    {"zit argan", SearchKind::product, "argan-izourane-cosmetique-100"},
    {"zit argan", SearchKind::sector, "huile-argan"},
    {"belgha", SearchKind::product, "belgha-jaune-homme"},
    {"honey", SearchKind::product, "miel-tazwit-thym-500"},
};

} // namespace

TEST(SearchSynonyms, VisitorsFindThingsByTheirOwnWords) {
    Search search = Search::build(sample_catalog());
    for (const Expectation& e : kVisitorWords) {
        SearchResults r = search.query(e.query, Lang::fr, 50);
        EXPECT_TRUE(finds(r, e.kind, e.id))
            << e.query << " should find " << search_kind_key(e.kind) << ":" << e.id << "\n"
            << describe(r);
    }
}

// The Darija spellings are not guessed: without the pack's list they find nothing, which is
// what makes the list worth an organiser's time.
TEST(SearchSynonyms, DarijaInLatinLettersComesFromThePacksList) {
    Catalog catalog = sample_catalog();
    ASSERT_FALSE(catalog.synonyms.empty()) << "the sample fair has a synonyms.csv";
    catalog.synonyms.clear();
    Search search = Search::build(catalog);
    const Expectation only_from_the_list[] = {
        {"zarbia", SearchKind::sector, "tapis"},
        {"3sel", SearchKind::sector, "miel"},
        {"7enna", SearchKind::product, "cosm-aknari-henne-200"},
        {"carpet", SearchKind::sector, "tapis"},
    };
    for (const Expectation& e : only_from_the_list)
        EXPECT_FALSE(finds(search.query(e.query, Lang::fr, 50), e.kind, e.id)) << e.query;
}

// A synonym of a name ranks as a name: "zarbia" lists the rugs before products that only
// mention a rug in their description.
TEST(SearchSynonyms, ASynonymOfANameRanksAsAName) {
    Search search = Search::build(sample_catalog());
    SearchResults r = search.query("zarbia", Lang::fr, 50);
    auto rug = std::find_if(r.hits.begin(), r.hits.end(), [](const SearchHit& h) {
        return h.kind == SearchKind::product && h.id == "tiziri-tapis-170x240";
    });
    ASSERT_NE(rug, r.hits.end()) << describe(r);
    EXPECT_LE(rug->tier, MatchTier::name) << match_tier_key(rug->tier);
}

class SynonymsFile : public ::testing::Test {
protected:
    void SetUp() override {
        build_pack(dir.path(), {.exhibitors = 2, .products_per_exhibitor = 1});
    }
    std::optional<PackContents> read(const std::string& csv) {
        write_file(dir.path() / "synonyms.csv", csv);
        return read_pack(*open_pack(dir.path()), diags);
    }
    TempDir dir;
    Diagnostics diags;
};

TEST_F(SynonymsFile, IsOptional) {
    auto contents = read_pack(*open_pack(dir.path()), diags);
    ASSERT_TRUE(contents) << dump(diags);
    EXPECT_TRUE(contents->catalog.synonyms.empty());
    EXPECT_EQ(diags.error_count() + diags.warning_count(), 0u) << dump(diags);
}

TEST_F(SynonymsFile, RowsAreGroupsOfWordsInAnyLanguage) {
    auto contents = read("words\n"
                         "poterie / فخار / fekhar / pottery\n"
                         "huile d'argan/زيت أركان/argan oil\n");
    ASSERT_TRUE(contents) << dump(diags);
    EXPECT_EQ(diags.error_count() + diags.warning_count(), 0u) << dump(diags);
    ASSERT_EQ(contents->catalog.synonyms.size(), 2u);
    EXPECT_EQ(contents->catalog.synonyms[0].words,
              (std::vector<std::string>{"poterie", "فخار", "fekhar", "pottery"}));
    EXPECT_EQ(contents->catalog.synonyms[1].words,
              (std::vector<std::string>{"huile d'argan", "زيت أركان", "argan oil"}));
    EXPECT_EQ(contents->catalog.synonyms[1].line, 3u);

    Search search = Search::build(contents->catalog);
    EXPECT_TRUE(finds(search.query("fekhar", Lang::fr), SearchKind::sector, "poterie"));
    EXPECT_TRUE(finds(search.query("fekh", Lang::ar), SearchKind::product, "p-1-1"));
}

TEST_F(SynonymsFile, EveryProblemNamesItsLineAndTheFix) {
    auto contents = read("words\n"
                         "poterie / fekhar\n"
                         "tapis\n"
                         "fekhar / pottery\n"
                         "!!! / miel / honey\n"
                         "un deux trois quatre cinq / six\n");
    ASSERT_TRUE(contents) << dump(diags);
    EXPECT_EQ(diags.error_count(), 0u) << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::warning, "synonyms.csv", 3, "only one word"))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::warning, "synonyms.csv", 4, "already on line 2"))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::warning, "synonyms.csv", 5, "no letters or digits"))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::warning, "synonyms.csv", 6, "5 words")) << dump(diags);
    // What is left of each row still counts.
    ASSERT_EQ(contents->catalog.synonyms.size(), 2u) << dump(diags);
    EXPECT_EQ(contents->catalog.synonyms[1].words, (std::vector<std::string>{"miel", "honey"}));
}

TEST_F(SynonymsFile, AWrongColumnIsAnError) {
    auto contents = read("mots\ntapis / rug\n");
    EXPECT_TRUE(has_diag(diags, Severity::error, "synonyms.csv", 1, "missing column \"words\""))
        << dump(diags);
}
