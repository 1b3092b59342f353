// What importing a pack takes away from the kiosks is said before it happens, and a pack of
// another fair, which takes everything, ends its long list with one line that says how much.
#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/pack_reader.h"
#include "vitrine/catalog/pack_tools.h"

#include <gtest/gtest.h>

using namespace vitrine;
using namespace vitrine::test;

namespace {

class Removals : public ::testing::Test {
protected:
    void SetUp() override {
        build_pack(dir.path());
        Diagnostics first;
        installed = check_pack(dir.path(), first);
        ASSERT_TRUE(installed) << dump(first);
    }
    TempDir dir;
    std::optional<PackContents> installed;
};

} // namespace

TEST_F(Removals, AreReportedNotSilent) {
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

TEST_F(Removals, EndWithOneLineSayingHowMuch) {
    TempDir other;
    build_pack(other.path(), {.exhibitors = 2, .products_per_exhibitor = 1, .version = 2});
    // Another fair: none of its ids is installed.
    auto rename_all = [](const std::filesystem::path& file, const std::string& from,
                         const std::string& to) {
        std::string text = read_file(file);
        for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at))
            text.replace(at, from.size(), to), at += to.size();
        write_file(file, text);
    };
    rename_all(other / "exhibitors.csv", "ex-", "nx-");
    rename_all(other / "products.csv", ";ex-", ";nx-");
    rename_all(other / "products.csv", "\np-", "\nq-");
    Diagnostics diags;
    auto next = check_pack(other.path(), diags);
    ASSERT_TRUE(next) << dump(diags);
    report_removals(installed->catalog, *next, diags);
    auto all = diags.sorted();
    ASSERT_FALSE(all.empty());
    EXPECT_EQ(all.back().to_string(),
              "manifest.json: warning: importing this pack removes 3 exhibitors of 3, 6 products "
              "of 6 and 0 filled cells from the kiosks (hint: the lines above name each one; if "
              "this is not the pack you meant, do not import it)")
        << dump(diags);
}

TEST_F(Removals, NothingRemovedSaysNothing) {
    Diagnostics diags;
    auto next = check_pack(dir.path(), diags);
    ASSERT_TRUE(next);
    report_removals(installed->catalog, *next, diags);
    EXPECT_EQ(diags.warning_count(), 0u) << dump(diags);
}
