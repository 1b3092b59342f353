// The translation layer: every interface string exists in French, Arabic and English.
#include "test_support.h"
#include "ui/i18n.h"

#include <gtest/gtest.h>

using namespace vitrine;
using namespace vitrine::kiosk;

TEST(I18n, FrenchArabicAndEnglishHaveEveryKey) {
    I18n i18n(vitrine::test::source_dir() / "assets/i18n");
    ASSERT_GT(i18n.key_count(), 50u);
    for (Lang lang : {Lang::ar, Lang::en}) {
        std::string missing;
        for (const std::string& key : i18n.missing_keys(lang))
            missing += " " + key;
        EXPECT_TRUE(missing.empty()) << lang_code(lang) << " lacks:" << missing;
    }
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
