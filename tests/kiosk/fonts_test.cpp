// The glyph set behind the font atlas: it holds what the kiosk can show, Arabic in every form
// shaping gives it, so that text typed or shaped later never falls back to "?".
#include "test_support.h"
#include "ui/bidi.h"
#include "ui/fonts.h"
#include "vitrine/catalog/drawable.h"
#include "vitrine/catalog/text.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <string>

namespace vitrine::kiosk {
namespace {

TEST(GlyphSet, HoldsDigitsPunctuationAndTheKeyboardsFromTheStart) {
    GlyphSet glyphs;
    EXPECT_TRUE(glyphs.covers("Stand B12 · 120,00 MAD – «zellige»…"));
    EXPECT_TRUE(glyphs.covers("éèàç"));
    EXPECT_TRUE(glyphs.covers(icon::home));
    EXPECT_TRUE(glyphs.covers("ⵜⴰⵎⴰⵣⵉⵖⵜ")); // the Tifinagh keyboard's letters
    EXPECT_FALSE(glyphs.covers("Ş"));       // other Latin letters come with the texts that use them
}

TEST(GlyphSet, AnyWordTypedOnTheArabicKeyboardIsCoveredOnceShaped) {
    GlyphSet glyphs;
    for (const char* word : {"زليج", "الصناعة التقليدية", "لا", "سلال", "مؤسسة", "ئـ"}) {
        SCOPED_TRACE(word);
        EXPECT_TRUE(glyphs.covers(word));
        EXPECT_TRUE(glyphs.covers(to_visual(word, true))); // joined forms, lam-alef
    }
}

TEST(GlyphSet, AddsTheTextItIsGivenAndSaysWhenItLearntSomething) {
    GlyphSet glyphs;
    EXPECT_FALSE(glyphs.add_missing("Plat bleu"));
    EXPECT_TRUE(glyphs.add_missing("Ştefan Āţ"));
    EXPECT_TRUE(glyphs.covers("Āţ"));
    EXPECT_FALSE(glyphs.add_missing("Ştefan"));
    EXPECT_TRUE(glyphs.covers("\xF0\x9F\x98\x80")); // beyond 16-bit ImWchar: not for the atlas
    EXPECT_TRUE(glyphs.covers("\xFF"));             // malformed UTF-8 is skipped, not a loop
}

TEST(GlyphSet, RangesAreTheSetWithinWhatAFontDraws) {
    GlyphSet glyphs;
    glyphs.add_text("Āā");
    // U+0100 and U+0101 are consecutive: one range; nothing else of Latin Extended-A.
    EXPECT_EQ(glyphs.ranges_within({0x0100, 0x017F, 0}), (std::vector<ImWchar>{0x0100, 0x0101, 0}));
    EXPECT_EQ(glyphs.ranges_within({0x0041, 0x0043, 0x0061, 0x0061, 0}),
              (std::vector<ImWchar>{0x0041, 0x0043, 0x0061, 0x0061, 0}));
}

TEST(GlyphSet, TranslationFilesBringTheirCharacters) {
    test::TempDir dir;
    test::write_file(dir / "tr.json", R"({"home.title": "Ĝĥ"})");
    test::write_file(dir / "notes.txt", "Ş"); // not a translation file
    GlyphSet glyphs = glyphs_for(dir.path(), nullptr);
    EXPECT_TRUE(glyphs.covers("Ĝĥ"));
    EXPECT_FALSE(glyphs.contains(U'Ş'));
}

// Validation warns of characters outside drawable_ranges() (catalog/drawable.h): every one of
// those it lets through must really be in the atlas, in every size and weight, or a visitor
// sees "?" where the organiser was told all was well.
TEST(Fonts, DrawEveryCharacterValidationLetsThrough) {
    std::string every;
    for (const CodeRange& r : drawable_ranges())
        for (char32_t cp = r.first; cp <= r.last; ++cp)
            append_utf8(every, cp);
    GlyphSet glyphs;
    glyphs.add_text(every);
    ImFontAtlas atlas;
    Fonts fonts;
    Metrics small;
    small.scale = 0.25f; // the same glyphs, a smaller atlas to build
    fonts.build(atlas, small, glyphs);
    for (ImFont* font : {fonts.caption, fonts.body, fonts.body_bold, fonts.title, fonts.display}) {
        std::vector<char32_t> missing;
        for (const CodeRange& r : drawable_ranges())
            for (char32_t cp = r.first; cp <= r.last; ++cp)
                if (!font->FindGlyphNoFallback(static_cast<ImWchar>(cp)))
                    missing.push_back(cp);
        std::string named;
        for (size_t i = 0; i < missing.size() && i < 20; ++i)
            named += code_point_name(missing[i]) + " ";
        EXPECT_TRUE(missing.empty()) << missing.size() << " not drawn, e.g. " << named;
    }
}

} // namespace
} // namespace vitrine::kiosk
