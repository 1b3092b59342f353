// Normalisation decides when what a visitor types and what the catalogue says are the same
// word: every spelling below must meet its catalogue form.
#include "vitrine/catalog/normalize.h"
#include "vitrine/catalog/text.h"
#include "vitrine/catalog/text_encoding.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace vitrine;

namespace {

struct Spelling {
    const char* typed;
    const char* normalized;
};

void PrintTo(const Spelling& s, std::ostream* os) {
    *os << '"' << s.typed << '"';
}

class SameWord : public ::testing::TestWithParam<Spelling> {};

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

TEST_P(SameWord, NormalizesTo) {
    EXPECT_EQ(normalize_text(GetParam().typed), GetParam().normalized);
}

INSTANTIATE_TEST_SUITE_P(
    Latin, SameWord,
    ::testing::Values(Spelling{"Crème", "creme"}, Spelling{"CRÈME", "creme"},
                      Spelling{"creme", "creme"}, Spelling{"Fès", "fes"},
                      Spelling{"œuvre", "oeuvre"}, Spelling{"ŒUVRE", "oeuvre"},
                      Spelling{"Aït Baha", "ait baha"}, Spelling{"Maâlem", "maalem"},
                      Spelling{"Straße", "strasse"}, Spelling{"Ærø", "aero"},
                      Spelling{"Łódź", "lodz"}, Spelling{"Ĳssel", "ijssel"},
                      // Decomposed accents, as some keyboards and files send them.
                      Spelling{"Cre\u0300me", "creme"}, Spelling{"Fe\u0300s", "fes"},
                      Spelling{"ＴＡＰＩＳ", "tapis"}, Spelling{"m²", "m2"}));

INSTANTIATE_TEST_SUITE_P(Arabic, SameWord,
                         ::testing::Values(Spelling{"زَيْتُ", "زيت"},    // harakat
                                           Spelling{"زيـــت", "زيت"}, // tatweel
                                           Spelling{"أركان", "اركان"}, Spelling{"إركان", "اركان"},
                                           Spelling{"آركان", "اركان"}, Spelling{"ٱركان", "اركان"},
                                           Spelling{"حلوى", "حلوي"},       // alef maqsura
                                           Spelling{"تعاونية", "تعاونيه"}, // teh marbuta
                                           Spelling{"١٢٣", "123"},
                                           Spelling{"۴۵", "45"},       // Arabic and Persian digits
                                           Spelling{"ڭلميم", "كلميم"}, // the Moroccan gaf
                                           Spelling{"زيت، عسل؟", "زيت عسل"}, // Arabic punctuation
                                           Spelling{"زي\u200Cت", "زيت"})); // zero-width non-joiner

INSTANTIATE_TEST_SUITE_P(
    Separators, SameWord,
    ::testing::Values(Spelling{"  Tapis   120 × 180 cm ", "tapis 120 180 cm"},
                      Spelling{"«Argan» !", "argan"}, Spelling{"l'Atlas", "l atlas"},
                      Spelling{"sèche-cheveux", "seche cheveux"},
                      Spelling{"Répar’Mobile", "repar mobile"},
                      Spelling{"\"pot\" OR NEAR(tajine*)", "pot or near tajine"},
                      Spelling{"🙂pot🙂", "pot"},
                      Spelling{"a\xff\xfe"
                               "b",
                               "a b"},
                      Spelling{"\xe2\x82", ""}, Spelling{"", ""}, Spelling{" \t\n", ""},
                      Spelling{"\xef\xbb\xbfmiel", "miel"}, // byte order mark
                      Spelling{"ⵜⴰⵎⵎⵏⵜ", "ⵜⴰⵎⵎⵏⵜ"}));       // Tifinagh is kept as written

TEST(Normalize, ArabicArticleIsOptionalInTheMatchForm) {
    struct Case {
        const char* word;
        const char* form;
    };
    for (const Case& c : {Case{"الاركان", "اركان"}, Case{"اركان", "اركان"}, Case{"بالعسل", "عسل"},
                          Case{"والعسل", "عسل"}, Case{"للبيع", "بيع"}, Case{"ال", "ال"},
                          Case{"الب", "الب"}, Case{"alpha", "alpha"}}) {
        EXPECT_EQ(match_form(c.word), c.form) << c.word;
    }
}

TEST(Normalize, QueryWordsAreMatchForms) {
    EXPECT_EQ(query_words("الأركان"), std::vector<std::string>{"اركان"});
    EXPECT_EQ(query_words("زيت الأركان"), (std::vector<std::string>{"زيت", "اركان"}));
    EXPECT_EQ(query_words("Huile d'Argan"), (std::vector<std::string>{"huile", "d", "argan"}));
    EXPECT_TRUE(query_words("\" * - ( ) :").empty());
}

TEST(Normalize, IndexTermsHoldEveryFormAWordIsTypedIn) {
    std::vector<std::string> argan = index_terms("Huile d'argan");
    for (const char* t : {"huile", "d", "argan", "dargan"})
        EXPECT_TRUE(contains(argan, t)) << t;
    std::vector<std::string> arabic = index_terms("زيت الأركان");
    for (const char* t : {"زيت", "الاركان", "اركان"})
        EXPECT_TRUE(contains(arabic, t)) << t;
    std::vector<std::string> gouna = index_terms("Kelaat M'Gouna");
    for (const char* t : {"kelaat", "m", "gouna", "mgouna"})
        EXPECT_TRUE(contains(gouna, t)) << t;
    // A space after the apostrophe ends the chain: no "lx" from "l' x".
    EXPECT_FALSE(contains(index_terms("l' x"), "lx"));
}

TEST(Normalize, JoinedWordsAreMarked) {
    auto words = normalized_words("pique-nique d' été");
    ASSERT_EQ(words.size(), 4u);
    EXPECT_FALSE(words[0].joined);
    EXPECT_TRUE(words[1].joined);
    EXPECT_FALSE(words[2].joined);
    EXPECT_FALSE(words[3].joined);
}

TEST(Normalize, LongWordsAreCut) {
    std::string endless(10'000, 'a');
    auto words = normalized_words(endless + " pot");
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(utf8_length(words[0].text), kMaxWordLength);
    EXPECT_EQ(words[1].text, "pot");
    std::string arabic;
    for (int i = 0; i < 100; ++i)
        arabic += "ب";
    EXPECT_EQ(utf8_length(normalize_text(arabic)), kMaxWordLength);
}

TEST(Normalize, FirstWordMarkIsNeverPartOfAWord) {
    EXPECT_EQ(normalize_text(std::string(kFirstWordMark) + "pot"), "pot");
}

TEST(Normalize, AnyBytesGiveValidUtf8) {
    // Every single byte, and every pair starting a multi-byte sequence, cut or not.
    for (int b = 0; b < 256; ++b) {
        for (int c : {0x00, 0x41, 0x80, 0xA9, 0xBF, 0xC0, 0xFF}) {
            std::string bytes{static_cast<char>(b), static_cast<char>(c), 'x'};
            std::string out = normalize_text(bytes);
            EXPECT_TRUE(is_valid_utf8(out)) << b << " " << c;
        }
    }
    // Overlong encodings and surrogates are not letters.
    EXPECT_EQ(normalize_text("\xc0\xaf"
                             "a"),
              "a");
    EXPECT_EQ(normalize_text("\xed\xa0\x80"
                             "a"),
              "a");
}
