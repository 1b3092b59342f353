#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/store.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

TEST(PackTemplate, IsValidAsWrittenAndNeverOverwrites) {
    TempDir dir;
    write_template_pack(dir / "fair");
    Diagnostics diags;
    auto contents = check_pack(dir / "fair", diags);
    EXPECT_EQ(diags.error_count(), 0u) << dump(diags);
    EXPECT_EQ(diags.warning_count(), 0u) << dump(diags);
    ASSERT_TRUE(contents);
    EXPECT_EQ(contents->catalog.products.size(), 1u);
    EXPECT_THROW(write_template_pack(dir / "fair"), PackError);
}

TEST(PackSeal, WritesEveryFingerprintAndTheResultValidates) {
    TempDir dir;
    build_pack(dir / "p");
    Diagnostics diags;
    ASSERT_TRUE(seal_pack(dir / "p", diags)) << dump(diags);
    auto manifest = nlohmann::json::parse(read_file(dir / "p/manifest.json"));
    EXPECT_EQ(manifest["files"].size(), 5u + 6u);            // five data files, six photos
    EXPECT_EQ(manifest["fair"]["name"]["fr"], "Foire test"); // the rest is kept
    Diagnostics again;
    check_pack(dir / "p", again);
    EXPECT_EQ(again.error_count(), 0u) << dump(again);
}

TEST(PackSeal, AChangedAddedOrMissingFileIsCaught) {
    TempDir dir;
    build_pack(dir / "p");
    Diagnostics sealing;
    ASSERT_TRUE(seal_pack(dir / "p", sealing)) << dump(sealing);
    replace_in_file(dir / "p/products.csv", "Beau.", "Belle.");
    write_file(dir / "p/photos/p-1-1.jpg", solid_jpeg(64, 48, 0x00FF00));
    write_file(dir / "p/notes.txt", "added later");
    Diagnostics diags;
    check_pack(dir / "p", diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "products.csv", 0, "fingerprint does not match"))
        << dump(diags);
    EXPECT_TRUE(
        has_diag(diags, Severity::error, "photos/p-1-1.jpg", 0, "fingerprint does not match"));
    EXPECT_TRUE(
        has_diag(diags, Severity::error, "notes.txt", 0, "added after the pack was sealed"));
    // Sealing again after editing is what an organiser does: it works.
    std::filesystem::remove(dir / "p/notes.txt");
    Diagnostics resealing;
    EXPECT_TRUE(seal_pack(dir / "p", resealing)) << dump(resealing);
    Diagnostics clean;
    check_pack(dir / "p", clean);
    EXPECT_EQ(clean.error_count(), 0u) << dump(clean);
}

TEST(PackSeal, RefusesAnInvalidPackAndChangesNothing) {
    TempDir dir;
    build_pack(dir / "p");
    replace_in_file(dir / "p/exhibitors.csv", "terroir;;S02", "nowhere;;S02");
    std::string before = read_file(dir / "p/manifest.json");
    Diagnostics diags;
    EXPECT_FALSE(seal_pack(dir / "p", diags));
    EXPECT_EQ(read_file(dir / "p/manifest.json"), before);
}

TEST(PackSeal, ZipOutputImports) {
    TempDir dir, data;
    build_pack(dir / "p");
    Diagnostics diags;
    ASSERT_TRUE(seal_pack(dir / "p", diags, dir / "fair.zip")) << dump(diags);
    Diagnostics import_diags;
    EXPECT_EQ(Store(data.path()).import_pack(dir / "fair.zip", import_diags),
              ImportOutcome::installed)
        << dump(import_diags);
}
