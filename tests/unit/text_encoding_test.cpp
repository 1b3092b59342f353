#include "vitrine/catalog/text_encoding.h"

#include <gtest/gtest.h>

namespace vitrine {
namespace {

TEST(TextEncoding, AcceptsArabicFrenchTifinaghAndEmoji) {
    EXPECT_TRUE(is_valid_utf8(""));
    EXPECT_TRUE(is_valid_utf8("Coopérative Tifawin"));
    EXPECT_TRUE(is_valid_utf8("الصناعة التقليدية"));
    EXPECT_TRUE(is_valid_utf8("ⵜⴰⵎⴰⵣⵉⵖⵜ"));
    EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x8C\xBF")); // U+1F33F, four bytes
    EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF")); // U+10FFFF, the last code point
}

TEST(TextEncoding, RefusesMalformedSequences) {
    EXPECT_FALSE(is_valid_utf8("caf\xE9"));          // Windows-1252 é
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));     // overlong, three bytes
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));     // surrogate U+D800
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(is_valid_utf8("\xC3"));             // truncated at the end
    EXPECT_FALSE(is_valid_utf8("\xE2\x82x"));        // truncated in the middle
    EXPECT_FALSE(is_valid_utf8("\x80"));             // lone continuation byte
    EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(TextEncoding, FirstInvalidLineCountsEveryKindOfLineEnd) {
    EXPECT_EQ(first_invalid_utf8_line("id;name\nfine\n"), 0u);
    EXPECT_EQ(first_invalid_utf8_line("caf\xE9\n"), 1u);
    EXPECT_EQ(first_invalid_utf8_line("a\nb\r\nc\xE9"), 3u);
    EXPECT_EQ(first_invalid_utf8_line("a\rb\rc\xE9"), 3u); // old Mac line ends
    EXPECT_EQ(first_invalid_utf8_line("é\n\xE9\n\xE9"), 2u);
}

TEST(TextEncoding, ConvertsWindows1252IncludingItsOwnPunctuation) {
    EXPECT_EQ(windows1252_to_utf8("Caf\xE9 \xE0 F\xE8s"), "Café à Fès");
    EXPECT_EQ(windows1252_to_utf8("\x80 \x85 \x8C\x9C \x92 \x93x\x94 \x96 \x99"),
              "€ … Œœ ’ “x” – ™");
    EXPECT_EQ(windows1252_to_utf8("\xA0\xFF"), "\xC2\xA0ÿ");
    EXPECT_EQ(windows1252_to_utf8("plain ascii"), "plain ascii");
}

TEST(TextEncoding, UndefinedWindows1252BytesMeanAnotherEncoding) {
    for (const char* bad : {"\x81", "\x8D", "\x8F", "\x90", "\x9D"})
        EXPECT_FALSE(windows1252_to_utf8(std::string("ok ") + bad).has_value()) << int(bad[0]);
}

TEST(TextEncoding, StripsOnlyALeadingBom) {
    EXPECT_EQ(strip_bom("\xEF\xBB\xBFid;name"), "id;name");
    EXPECT_EQ(strip_bom("id;\xEF\xBB\xBFname"), "id;\xEF\xBB\xBFname");
    EXPECT_EQ(strip_bom("\xEF\xBB"), "\xEF\xBB");
    EXPECT_EQ(strip_bom(""), "");
}

} // namespace
} // namespace vitrine
