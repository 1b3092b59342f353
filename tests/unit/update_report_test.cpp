#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/store.h"
#include "vitrine/catalog/update_report.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

namespace {

Catalog load_pack(const TempDir& dir, const fs::path& pack) {
    Store store(dir / "data");
    Diagnostics diags;
    ImportOptions options;
    options.force = true;
    EXPECT_EQ(store.import_pack(pack, diags, options), ImportOutcome::installed);
    return store.load();
}

} // namespace

TEST(UpdateReport, ChangesNameWhatWasAddedChangedRemovedAndMoved) {
    TempDir dir;
    build_pack(dir / "v1");
    Catalog before = load_pack(dir, dir / "v1");
    build_pack(dir / "v2", {.version = 2});
    replace_in_file(dir / "v2/exhibitors.csv", "Atelier 2;", "Atelier Deux;");
    // Atelier 1 and Atelier 3 swap stands.
    replace_in_file(dir / "v2/exhibitors.csv", "poterie;S01;", "poterie;SXX;");
    replace_in_file(dir / "v2/exhibitors.csv", "poterie;S03;", "poterie;S01;");
    replace_in_file(dir / "v2/exhibitors.csv", "poterie;SXX;", "poterie;S03;");
    std::string products = read_file(dir / "v2/products.csv");
    size_t drop = products.find("p-3-2;");
    products.erase(drop, products.find('\n', drop) + 1 - drop);
    write_file(dir / "v2/products.csv", products);
    fs::remove(dir / "v2/photos/p-3-2.jpg");
    Catalog after = load_pack(dir, dir / "v2");

    CatalogChanges c = diff_catalogs(&before, after);
    EXPECT_EQ(c.exhibitors_changed, std::vector<std::string>{"Atelier Deux"});
    EXPECT_TRUE(c.exhibitors_added.empty());
    EXPECT_EQ(c.products_removed, std::vector<std::string>{"Produit p-3-2"});
    EXPECT_EQ(c.photos_removed, 1u);
    EXPECT_EQ(c.stands_moved,
              (std::vector<std::string>{"Atelier 1: S01 → S03", "Atelier 3: S03 → S01"}));

    CatalogChanges first = diff_catalogs(nullptr, before);
    EXPECT_EQ(first.exhibitors_added.size(), 3u);
    EXPECT_EQ(first.products_added.size(), 6u);
    EXPECT_EQ(first.photos_added, 6u);
    EXPECT_TRUE(diff_catalogs(&before, before).empty());
}

TEST(UpdateReport, TextIsFrenchThenEnglishWithProblemsAsValidatePrintsThem) {
    UpdateReport r;
    r.outcome = UpdateOutcome::refused;
    r.kiosk = "entree";
    r.fair = "Foire test";
    r.pack = "foire";
    r.before = PackStamp{3, "2025-03-18T08:00:00Z"};
    Diagnostic d{Severity::error, "exhibitors.csv", 14, "unknown sector \"artisant\"",
                 "one of: artisanat, terroir"};
    r.problems = {d};
    std::string text = report_text(r);
    size_t fr = text.find("Résultat : paquet refusé"), en = text.find("Result: pack refused");
    ASSERT_NE(fr, std::string::npos) << text;
    ASSERT_NE(en, std::string::npos) << text;
    EXPECT_LT(fr, en);
    EXPECT_LT(text.find("Borne : entree"), text.find("Kiosk: entree"));
    EXPECT_NE(text.find("  " + d.to_string() + "\n"), std::string::npos) << text;
    EXPECT_NE(text.find("Version avant : 3 (2025-03-18T08:00:00Z)"), std::string::npos);
    EXPECT_NE(text.find("Version after: none"), std::string::npos) << text;
    auto json = nlohmann::json::parse(report_json(r));
    EXPECT_EQ(json["outcome"], "refused");
    EXPECT_EQ(json["before"]["version"], 3);
    EXPECT_TRUE(json["after"].is_null());
    EXPECT_EQ(json["problems"][0]["line"], 14);
    EXPECT_EQ(json["problems"][0]["text"], d.to_string());
}

TEST(UpdateReport, WrittenWholeOnTheStickOrKeptWhenItCannotTakeIt) {
    TempDir dir;
    UpdateReport r;
    r.outcome = UpdateOutcome::installed;
    fs::create_directories(dir / "stick");
    WrittenReport w = write_report(r, dir / "stick", dir / "kept");
    EXPECT_TRUE(w.on_stick);
    EXPECT_EQ(read_file(dir / "stick" / kReportText), report_text(r));
    EXPECT_EQ(nlohmann::json::parse(read_file(dir / "stick" / kReportJson))["outcome"],
              "installed");
    for (const auto& e : fs::directory_iterator(dir / "stick"))
        EXPECT_FALSE(e.path().string().find(".tmp") != std::string::npos) << e.path();

    // A stick that refuses writes (read-only, full): tests run as root, where chmod does not
    // stop writes, so the stick's folder is a file.
    write_file(dir / "readonly", "");
    WrittenReport kept = write_report(r, dir / "readonly", dir / "kept");
    EXPECT_FALSE(kept.on_stick);
    EXPECT_FALSE(kept.why_not.empty());
    EXPECT_EQ(kept.folder, dir / "kept");
    EXPECT_EQ(read_file(dir / "kept" / kReportText), report_text(r));
}
