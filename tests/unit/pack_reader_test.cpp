#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_tools.h"

#include <gtest/gtest.h>

using namespace vitrine;
using namespace vitrine::test;

namespace {

// Builds a valid pack, lets the test break it, and checks it in full (photos included).
class PackReader : public ::testing::Test {
protected:
    void SetUp() override { build_pack(dir.path(), spec); }
    Diagnostics check() {
        Diagnostics diags;
        contents = check_pack(dir.path(), diags);
        return diags;
    }
    TempDir dir;
    PackSpec spec;
    std::optional<PackContents> contents;
};

} // namespace

TEST_F(PackReader, ValidPackHasNoProblemsAndEveryRow) {
    Diagnostics diags = check();
    EXPECT_EQ(diags.error_count(), 0u) << dump(diags);
    EXPECT_EQ(diags.warning_count(), 0u) << dump(diags);
    ASSERT_TRUE(contents);
    const Catalog& c = contents->catalog;
    EXPECT_EQ(c.exhibitors.size(), 3u);
    EXPECT_EQ(c.products.size(), 6u);
    EXPECT_EQ(c.plan.stands.size(), 3u);
    EXPECT_EQ(c.fair.name.in(Lang::ar), "معرض تجريبي");
    // Sub-sectors follow their sector, and counts include both levels.
    ASSERT_EQ(c.sectors.size(), 3u);
    EXPECT_EQ(c.sectors[1].id, "poterie");
    EXPECT_EQ(c.sector("artisanat")->exhibitor_count, 2);
    EXPECT_EQ(c.sector("poterie")->exhibitor_count, 2);
    EXPECT_EQ(c.sector("poterie")->color, 0xC0643Bu);
    EXPECT_EQ(c.exhibitor_at_stand("S02")->id, "ex-2");
    EXPECT_EQ(c.product("p-1-2")->price->min_centimes, 2000);
}

TEST_F(PackReader, OnePassReportsEveryProblemWithFileAndLine) {
    replace_in_file(dir / "exhibitors.csv", "artisanat;poterie;S01", "artisant;;S01");
    replace_in_file(dir / "products.csv", "p-2-1;ex-2", "p-2-1;ex-9");
    replace_in_file(dir / "products.csv", "p-3-2;", "p-3-1;");
    Diagnostics diags = check();
    EXPECT_TRUE(
        has_diag(diags, Severity::error, "exhibitors.csv", 2, "unknown sector \"artisant\""))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 4, "unknown exhibitor \"ex-9\""))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 7, "duplicate id \"p-3-1\""))
        << dump(diags);
}

TEST_F(PackReader, UnknownSectorHintListsTheKnownOnes) {
    replace_in_file(dir / "exhibitors.csv", "artisanat;poterie;S01", "artisant;;S01");
    Diagnostics diags = check();
    auto all = diags.sorted();
    auto it = std::find_if(all.begin(), all.end(), [](const Diagnostic& d) {
        return d.message.find("artisant") != std::string::npos;
    });
    ASSERT_NE(it, all.end());
    EXPECT_NE(it->hint.find("artisanat, terroir"), std::string::npos) << it->hint;
}

TEST_F(PackReader, MissingFileAndMissingColumnAreErrors) {
    std::filesystem::remove(dir / "stands.csv");
    replace_in_file(dir / "products.csv", "id;exhibitor;", "ident;exhibitor;");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::error, "stands.csv", 0, "missing file")) << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 1, "missing column \"id\""));
    EXPECT_TRUE(has_diag(diags, Severity::warning, "products.csv", 1, "unknown column \"ident\""));
    EXPECT_FALSE(contents);
}

TEST_F(PackReader, TwoExhibitorsOnOneStand) {
    replace_in_file(dir / "exhibitors.csv", "terroir;;S02", "terroir;;s01");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::error, "exhibitors.csv", 3,
                         "stand \"S01\" already has exhibitor \"ex-1\""))
        << dump(diags);
}

TEST_F(PackReader, UnknownStandReference) {
    replace_in_file(dir / "exhibitors.csv", "terroir;;S02", "terroir;;Z99");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::error, "exhibitors.csv", 3, "unknown stand \"Z99\""));
}

TEST_F(PackReader, StandOutsideTheHallOrOverlapping) {
    replace_in_file(dir / "floorplan.json", R"("id": "S03", "x": 7)", R"("id": "S03", "x": 90)");
    replace_in_file(dir / "floorplan.json", R"("id": "S02", "x": 4)", R"("id": "S02", "x": 2)");
    Diagnostics diags = check();
    EXPECT_TRUE(
        has_diag(diags, Severity::error, "floorplan.json", 0, "stand \"S03\" is outside the hall"))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "floorplan.json", 0,
                         "stand \"S02\" overlaps stand \"S01\""));
}

TEST_F(PackReader, KioskInsideAStandIsAnError) {
    replace_in_file(dir / "floorplan.json", R"("id": "entree", "x": 1, "y": 6)",
                    R"("id": "entree", "x": 2, "y": 1)");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::error, "floorplan.json", 0,
                         "kiosk \"entree\" stands inside stand \"S01\""))
        << dump(diags);
}

TEST_F(PackReader, MissingOrUnreadablePhoto) {
    std::filesystem::remove(dir / "photos/p-1-1.jpg");
    write_file(dir / "photos/p-2-1.jpg", "this is not a photo at all");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 2, "missing photo \"p-1-1.jpg\""))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "photos/p-2-1.jpg", 0, ""));
}

TEST_F(PackReader, PhotoNameInTheWrongCaseGetsAHint) {
    replace_in_file(dir / "products.csv", ";p-1-1.jpg", ";P-1-1.JPG");
    Diagnostics diags = check();
    EXPECT_EQ(diags.error_count(), 1u) << dump(diags);
    for (const Diagnostic& d : diags.sorted()) {
        if (d.severity == Severity::error) {
            EXPECT_NE(d.hint.find("names are case-sensitive: the file is \"p-1-1.jpg\""),
                      std::string::npos)
                << d.hint;
        }
    }
}

TEST_F(PackReader, MissingTranslationTooLongTextAndNoPhotoAreWarnings) {
    replace_in_file(dir / "exhibitors.csv", ";ورشة 1;", ";;");
    replace_in_file(dir / "products.csv", ";Beau.;", ";" + std::string(420, 'a') + ";");
    replace_in_file(dir / "products.csv", ";p-3-2.jpg", ";");
    std::filesystem::remove(dir / "photos/p-3-2.jpg");
    Diagnostics diags = check();
    EXPECT_EQ(diags.error_count(), 0u) << dump(diags);
    EXPECT_TRUE(
        has_diag(diags, Severity::warning, "exhibitors.csv", 2, "missing Arabic translation"));
    EXPECT_TRUE(has_diag(diags, Severity::warning, "products.csv", 2, "too long for a card"));
    EXPECT_TRUE(has_diag(diags, Severity::warning, "products.csv", 7, "has no photo"));
    // A missing translation falls back to French.
    ASSERT_TRUE(contents);
    EXPECT_EQ(contents->catalog.exhibitor("ex-1")->name.in(Lang::ar), "Atelier 1");
}

TEST_F(PackReader, BadValuesNameTheFix) {
    replace_in_file(dir / "products.csv", "fait-main;10;p-1-1", "fait-mian;dix;p-1-1");
    replace_in_file(dir / "sectors.csv", "#C98A16", "orange");
    replace_in_file(dir / "exhibitors.csv", ";artisan;", ";artiste;");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 2, "unknown label \"fait-mian\""));
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 2, "bad price \"dix\""));
    EXPECT_TRUE(has_diag(diags, Severity::error, "sectors.csv", 4, "bad colour \"orange\""));
    EXPECT_TRUE(has_diag(diags, Severity::error, "exhibitors.csv", 2, "unknown kind \"artiste\""));
}

TEST_F(PackReader, PricesAsOrganisersWriteThem) {
    replace_in_file(dir / "products.csv", "fait-main;10;p-1-1", "fait-main;45,50;p-1-1");
    replace_in_file(dir / "products.csv", "fait-main;20;p-1-2", "fait-main;80 - 120 DH;p-1-2");
    Diagnostics diags = check();
    ASSERT_EQ(diags.error_count(), 0u) << dump(diags);
    EXPECT_EQ(contents->catalog.product("p-1-1")->price->min_centimes, 4550);
    EXPECT_EQ(contents->catalog.product("p-1-2")->price->min_centimes, 8000);
    EXPECT_EQ(contents->catalog.product("p-1-2")->price->max_centimes, 12000);
}

TEST_F(PackReader, ManifestErrorsPointAtTheLine) {
    replace_in_file(dir / "manifest.json", "\"version\": 1,", "\"version\": 1");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::error, "manifest.json", 4, "not valid JSON"))
        << dump(diags);
}

TEST_F(PackReader, FrenchIsRequired) {
    replace_in_file(dir / "products.csv", ";Produit p-1-1;", ";;");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 2, "empty name_fr"));
}

TEST_F(PackReader, CharactersTheKioskCannotDrawAreNamedWithTheirCell) {
    replace_in_file(dir / "products.csv", ";Produit p-2-1;", ";Miel \xF0\x9F\x8D\xAF p-2-1;");
    replace_in_file(dir / "exhibitors.csv", ";Une histoire.;", ";Une histoire \xE2\x98\x85.;");
    Diagnostics diags = check();
    EXPECT_EQ(diags.error_count(), 0u) << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::warning, "products.csv", 4,
                         "name_fr of product \"p-2-1\" has \"\xF0\x9F\x8D\xAF\" (U+1F36F), which "
                         "the kiosk cannot draw"))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::warning, "exhibitors.csv", 2,
                         "description_fr of exhibitor \"ex-1\" has \"\xE2\x98\x85\" (U+2605)"))
        << dump(diags);
}

TEST_F(PackReader, NumbersASpreadsheetRetypedAreCaughtWithTheFix) {
    // Excel took the phone column for numbers: the 0 and the + are gone.
    std::string exhibitors = read_file(dir / "exhibitors.csv");
    exhibitors.replace(exhibitors.find("description_en\n"), 15, "description_en;phone\n");
    exhibitors.replace(exhibitors.find(";A story.\n"), 10, ";A story.;612345678\n");
    exhibitors.replace(exhibitors.find(";A story.\n"), 10, ";A story.;212612345678\n");
    write_file(dir / "exhibitors.csv", exhibitors);
    // And the ids: exhibitor "007" became 7 in products.csv.
    replace_in_file(dir / "exhibitors.csv", "ex-3;", "007;");
    replace_in_file(dir / "products.csv", ";ex-3;", ";7;");
    replace_in_file(dir / "products.csv", ";ex-3;", ";7;");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::warning, "exhibitors.csv", 2,
                         "phone \"612345678\" seems to have lost its leading 0"))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::warning, "exhibitors.csv", 3,
                         "phone \"212612345678\" seems to have lost its +"))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 6, "unknown exhibitor \"7\""));
    bool hinted = false;
    for (const Diagnostic& d : diags.sorted())
        if (d.message.find("unknown exhibitor \"7\"") != std::string::npos)
            hinted = d.hint.find("\"007\" is there") != std::string::npos &&
                     d.hint.find("format its cells as Text") != std::string::npos;
    EXPECT_TRUE(hinted) << dump(diags);
}

TEST_F(PackReader, APackOneFolderTooDeepIsPointedTo) {
    TempDir stick;
    std::filesystem::rename(dir.path(), stick / "foire-2025");
    std::filesystem::create_directories(dir.path()); // TempDir removes it at the end
    Diagnostics diags;
    EXPECT_FALSE(check_pack(stick.path(), diags));
    EXPECT_EQ(diags.error_count(), 1u) << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "manifest.json", 0,
                         "the pack seems to be in sub-folder \"foire-2025\""))
        << dump(diags);
}

TEST_F(PackReader, WithoutProductsCsvPhotosAreNotAllCalledUnused) {
    replace_in_file(dir / "products.csv", "id;exhibitor;", "ident;exhibitor;");
    Diagnostics diags = check();
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 1, "missing column \"id\""));
    for (const Diagnostic& d : diags.sorted())
        EXPECT_EQ(d.message.find("no product uses this photo"), std::string::npos) << d.to_string();
}

TEST_F(PackReader, AHugeCellIsQuotedShort) {
    std::string huge = "#" + std::string(1'000'000, 'C');
    replace_in_file(dir / "sectors.csv", "#C98A16", huge);
    Diagnostics diags = check();
    ASSERT_TRUE(has_diag(diags, Severity::error, "sectors.csv", 4, "bad colour \"#CCC"));
    for (const Diagnostic& d : diags.sorted()) {
        EXPECT_LT(d.to_string().size(), 600u) << d.to_string().substr(0, 300);
        if (d.message.starts_with("bad colour")) {
            EXPECT_NE(d.message.find("(1000001 characters)"), std::string::npos) << d.message;
        }
    }
}
