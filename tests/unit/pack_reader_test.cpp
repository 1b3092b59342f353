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

TEST_F(PackReader, RemovalsAreReportedNotSilent) {
    Diagnostics first;
    auto installed = check_pack(dir.path(), first);
    ASSERT_TRUE(installed);
    replace_in_file(dir / "products.csv", ";Beau.;", ";;");
    // Drop the last product row.
    std::string products = read_file(dir / "products.csv");
    products.erase(products.find("\np-3-2;") + 1);
    write_file(dir / "products.csv", products);
    std::filesystem::remove(dir / "photos/p-3-2.jpg");
    Diagnostics diags;
    auto next = check_pack(dir.path(), diags);
    ASSERT_TRUE(next);
    report_removals(installed->catalog, *next, diags);
    EXPECT_TRUE(has_diag(diags, Severity::warning, "products.csv", 2,
                         "description_fr is empty, but the installed catalogue has text"))
        << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::warning, "products.csv", 0,
                         "product \"p-3-2\" (Produit p-3-2) is not in this pack"));
}
