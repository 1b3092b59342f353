// The translation layer: every interface string exists in French, Arabic, English and Amazigh,
// keeps its placeholders, can be drawn with the fonts of the atlas, and no screen draws a word
// that bypasses it.
#include "source_scan.h"
#include "test_support.h"
#include "ui/fonts.h"
#include "ui/i18n.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

using namespace vitrine;
using namespace vitrine::kiosk;
namespace fs = std::filesystem;

namespace {

fs::path i18n_dir() {
    return vitrine::test::source_dir() / "assets/i18n";
}

// One language's file as key -> text.
std::map<std::string, std::string> table_of(Lang lang) {
    fs::path file = i18n_dir() / (std::string(lang_code(lang)) + ".json");
    nlohmann::json doc = nlohmann::json::parse(vitrine::test::read_file(file));
    std::map<std::string, std::string> out;
    for (auto& [key, value] : doc.items())
        out[key] = value.get<std::string>();
    return out;
}

std::set<std::string> placeholders_of(const std::string& text) {
    std::set<std::string> out;
    static const std::regex placeholder(R"(\{[A-Za-z_][A-Za-z0-9_]*\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder);
         it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

// The kiosk's sources that draw the interface, relative to the repository.
std::vector<fs::path> interface_sources() {
    std::vector<fs::path> out;
    for (const char* dir : {"kiosk/screens", "kiosk/ui", "kiosk/app"})
        for (const auto& entry : fs::directory_iterator(vitrine::test::source_dir() / dir))
            if (entry.path().extension() == ".cpp" || entry.path().extension() == ".h")
                out.push_back(fs::relative(entry.path(), vitrine::test::source_dir()));
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_source(const fs::path& relative) {
    return vitrine::test::read_file(vitrine::test::source_dir() / relative);
}

// The Unicode code points of a UTF-8 string.
std::vector<char32_t> code_points(std::string_view utf8) {
    std::vector<char32_t> out;
    for (size_t i = 0; i < utf8.size();) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        char32_t cp = n == 1 ? c : c & (0x7F >> n);
        for (size_t k = 1; k < n && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
    }
    return out;
}

} // namespace

// [SECTION] The translation files

TEST(I18n, EveryLanguageHasEveryKey) {
    I18n i18n(i18n_dir());
    ASSERT_GT(i18n.key_count(), 50u);
    std::string report;
    for (Lang lang : {Lang::ar, Lang::en, Lang::zgh}) {
        std::vector<std::string> missing = i18n.missing_keys(lang);
        if (missing.empty())
            continue;
        report += "\n  " + std::string(lang_code(lang)) + ".json lacks " +
                  std::to_string(missing.size()) + ":";
        for (const std::string& key : missing)
            report += " " + key;
    }
    EXPECT_TRUE(report.empty()) << "keys of fr.json with no translation:" << report;
}

TEST(I18n, TranslationsKeepThePlaceholdersAndHaveNoStrayKeys) {
    auto french = table_of(Lang::fr);
    std::string report;
    for (Lang lang : {Lang::ar, Lang::en, Lang::zgh}) {
        std::string code(lang_code(lang));
        for (const auto& [key, text] : table_of(lang)) {
            auto fr = french.find(key);
            if (fr == french.end())
                report += "\n  " + code + ".json: \"" + key + "\" is not a key of fr.json";
            else if (!text.empty() && placeholders_of(text) != placeholders_of(fr->second))
                report += "\n  " + code + ".json: \"" + key +
                          "\" does not keep the placeholders of \"" + fr->second + "\"";
        }
    }
    EXPECT_TRUE(report.empty()) << report;
}

// Each script is drawn by the font that fonts.cpp merges into the atlas for its range: Noto
// Sans for Latin and punctuation, Noto Sans Arabic UI for Arabic, Noto Sans Tifinagh for Tifinagh.
// A letter the font lacks would be drawn as a fallback box.
TEST(I18n, EveryTranslatedCharacterIsInTheFontThatDrawsIt) {
    FT_Library library = nullptr;
    ASSERT_EQ(FT_Init_FreeType(&library), 0);
    auto open = [&](const std::string& file, const std::string& package) {
        FT_Face face = nullptr;
        fs::path path = find_font(file, package);
        EXPECT_EQ(FT_New_Face(library, path.c_str(), 0, &face), 0) << file;
        return face;
    };
    FT_Face latin = open("NotoSans-Regular.ttf", "fonts-noto-core");
    FT_Face arabic = open("NotoSansArabicUI-Regular.ttf", "fonts-noto-ui-core");
    FT_Face tifinagh = open("NotoSansTifinagh-Regular.ttf", "fonts-noto-core");
    ASSERT_TRUE(latin && arabic && tifinagh);
    std::string report;
    for (Lang lang : kLangs) {
        std::set<char32_t> lacking;
        for (const auto& [key, text] : table_of(lang))
            for (char32_t cp : code_points(text)) {
                FT_Face face = cp >= 0x2D30 && cp <= 0x2D7F   ? tifinagh
                               : cp >= 0x0600 && cp <= 0x08FF ? arabic
                                                              : latin;
                if (FT_Get_Char_Index(face, cp) == 0)
                    lacking.insert(cp);
            }
        for (char32_t cp : lacking) {
            char hex[16];
            std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
            report += "\n  " + std::string(lang_code(lang)) + ".json: " + hex;
        }
    }
    FT_Done_Face(latin);
    FT_Done_Face(arabic);
    FT_Done_Face(tifinagh);
    FT_Done_FreeType(library);
    EXPECT_TRUE(report.empty()) << "characters no font of the atlas has:" << report;
}

TEST(I18n, FallsBackToFrenchThenShowsTheKey) {
    vitrine::test::TempDir dir;
    vitrine::test::write_file(dir / "fr.json", R"({"a": "Bonjour", "b": "{n} exposants"})");
    vitrine::test::write_file(dir / "ar.json", R"({"a": "مرحبا", "b": ""})");
    I18n i18n(dir.path());
    EXPECT_EQ(i18n.tr(Lang::ar, "a"), "مرحبا");
    EXPECT_EQ(i18n.tr(Lang::ar, "b"), "{n} exposants"); // empty means not translated yet
    EXPECT_EQ(i18n.tr(Lang::en, "a"), "Bonjour");
    EXPECT_EQ(i18n.tr(Lang::fr, "nowhere"), "nowhere");
    EXPECT_EQ(i18n.format(Lang::fr, "b", "n", "70"), "70 exposants");
    EXPECT_EQ(i18n.missing_keys(Lang::ar), std::vector<std::string>{"b"});
}

TEST(I18n, AFileThatIsNotAnObjectOfStringsIsRefusedByName) {
    vitrine::test::TempDir dir;
    vitrine::test::write_file(dir / "fr.json", R"({"a": 3})");
    try {
        I18n i18n(dir.path());
        FAIL() << "accepted a number as a string";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("fr.json"), std::string::npos) << e.what();
    }
}

// [SECTION] The sources

// The scan itself, on a made-up screen: what it must catch and what it must let pass.
TEST(I18n, TheSourceScanCatchesWordsDrawnWithoutTheTranslationLayer) {
    const std::string sample = R"cpp(
#include "ui/ui.h" // a literal in an #include is not drawn
void Demo::draw(Ui& ui, Rect r) {
    ui.text(dl, "Bonjour", r, TextSize::body, palette::ink);
    ui.text(dl, ui.tr("home.search"), r, TextSize::body, palette::ink);
    ui.text(dl, ui.i18n().tr(Lang::ar, "attract.touch"), r, TextSize::body, palette::ink);
    if (ui.button("info", r, "Infos pratiques", icon::info, fill, ink))
        ui.nav().home();
    ui.paragraph(dl, std::string("Prix : ") + price, r, TextSize::body, palette::ink);
    dl->AddText(f, 20, pos, col, "Stand");
    dl->AddText(f, 20, pos, col, icon::star);
    dl->AddText(pos, col, "\xef\x80\x85"); // an icon glyph has no letter
    ui.text(dl, ui.i18n().format(ui.lang, "sectors.exhibitors", "n", "12"), r, s, ink);
    ui.text(dl, ui.i18n().format(ui.lang, "sectors.exhibitors", "n", "douze"), r, s, ink);
    ui.text(dl, kind + " · " + where, r, TextSize::body, palette::ink);
    ui.text(dl, ui.tr(std::string("kind.") + key) + " – ", r, TextSize::body, palette::ink);
    bool tapped = ui.hit("stand-b12", r, "Stand B12", &pressed);
    // ui.text(dl, "a comment is not drawn", r, TextSize::body, palette::ink);
    /* ui.text(dl, "nor is this one", r, TextSize::body, palette::ink); */
    ui.text(dl, "مرحبا", r, TextSize::body, palette::ink);
    ui.text(dl, u8"ⴰⵣⵓⵍ", r, TextSize::body, palette::ink);
    ui.record("Accueil", r, true);
    ImGui::Text("Version %d", 2);
    float size = m.text(TextSize::body); // the type scale, not a text
    ui.text(dl, "home.featured", r, TextSize::body, palette::ink); // a key, never looked up
    lay_out_text(ui, page, y, "Que cherchez-vous ?", TextSize::title, palette::ink, true, w);
}
float Demo::lay_out_text(Ui& ui, Rect page, float y, std::string text, TextSize size) {
    return ui.paragraph_height(text, page.w, size);
}
)cpp";
    std::vector<std::string> found;
    for (const vitrine::test::Bypass& b : vitrine::test::find_bypasses(sample))
        found.push_back(std::to_string(b.line) + " " + b.call + " " + b.literal);
    std::vector<std::string> expected{
        "4 text Bonjour",        "7 button Infos pratiques",
        "9 paragraph Prix : ",   "10 AddText Stand",
        "14 text douze",         "17 hit Stand B12",
        "20 text مرحبا",         "21 text ⴰⵣⵓⵍ",
        "22 record Accueil",     "23 Text Version %d",
        "25 text home.featured", "26 lay_out_text Que cherchez-vous ?",
    };
    EXPECT_EQ(found, expected);

    std::vector<std::string> keys;
    for (const vitrine::test::KeyUse& k : vitrine::test::find_key_uses(sample))
        keys.push_back(k.key + (k.prefix ? " (family)" : ""));
    std::vector<std::string> expected_keys{"home.search",        "attract.touch",
                                           "sectors.exhibitors", "sectors.exhibitors",
                                           "kind. (family)",     "home.featured"};
    EXPECT_EQ(keys, expected_keys);
}

TEST(I18n, NoScreenDrawsAWordThatBypassesTheTranslationLayer) {
    std::string report;
    size_t files = 0;
    for (const fs::path& file : interface_sources()) {
        ++files;
        for (const vitrine::test::Bypass& b : vitrine::test::find_bypasses(read_source(file)))
            report += "\n  " + file.generic_string() + ":" + std::to_string(b.line) + ": " +
                      b.call + "() draws \"" + b.literal + "\"";
    }
    ASSERT_GT(files, 10u);
    EXPECT_TRUE(report.empty()) << "words drawn as they are, not looked up with tr() or format() "
                                   "(make each a key of assets/i18n/*.json):"
                                << report;
}

TEST(I18n, EveryKeyTheSourcesUseIsInFrench) {
    auto french = table_of(Lang::fr);
    std::string report;
    size_t uses = 0;
    for (const fs::path& file : interface_sources())
        for (const vitrine::test::KeyUse& use : vitrine::test::find_key_uses(read_source(file))) {
            ++uses;
            bool known = french.count(use.key) > 0;
            if (use.prefix) // a family: some key must start with it
                known = std::any_of(french.begin(), french.end(), [&](const auto& entry) {
                    return entry.first.starts_with(use.key);
                });
            if (!known)
                report += "\n  " + file.generic_string() + ":" + std::to_string(use.line) + ": \"" +
                          use.key + "\"" + (use.prefix ? " (no key starts so)" : "");
        }
    ASSERT_GT(uses, 50u);
    EXPECT_TRUE(report.empty()) << "keys the kiosk looks up that fr.json lacks:" << report;
}
