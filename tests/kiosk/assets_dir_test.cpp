// Where the kiosk finds its translations: next to an installed binary, else the build tree's
// copy, unless told; and a clear refusal naming every place tried.
#include "platform/assets_dir.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace vitrine::kiosk;
using vitrine::test::TempDir;
using vitrine::test::write_file;
namespace fs = std::filesystem;

namespace {

// A directory laid out as an assets directory.
void make_assets(const fs::path& dir) {
    write_file(dir / "i18n" / "fr.json", "{}");
}

} // namespace

TEST(AssetsDir, InstalledBinaryReadsTheShareDirectoryNextToIt) {
    TempDir root;
    make_assets(root / "usr/share/vitrine");
    make_assets(root / "source/assets");
    EXPECT_EQ(find_assets_dir(std::nullopt, root / "usr/bin/vitrine", root / "source/assets"),
              root / "usr/share/vitrine");
}

TEST(AssetsDir, BuildTreeBinaryFallsBackOnTheSourceTree) {
    TempDir root;
    make_assets(root / "source/assets");
    EXPECT_EQ(find_assets_dir(std::nullopt, root / "build/bin/vitrine", root / "source/assets"),
              root / "source/assets");
}

TEST(AssetsDir, OverrideWinsAndIsNeverReplacedByAnotherPlace) {
    TempDir root;
    make_assets(root / "usr/share/vitrine");
    make_assets(root / "mine");
    EXPECT_EQ(find_assets_dir(root / "mine", root / "usr/bin/vitrine", {}), root / "mine");
    EXPECT_THROW(find_assets_dir(root / "typo", root / "usr/bin/vitrine", {}), AssetsNotFound);
}

TEST(AssetsDir, MissingEverywhereNamesEachPlaceAndTheFix) {
    TempDir root;
    fs::create_directories(root / "usr/share/vitrine"); // present but empty: not the assets
    try {
        find_assets_dir(std::nullopt, root / "usr/bin/vitrine", root / "gone");
        FAIL() << "no assets anywhere was accepted";
    } catch (const AssetsNotFound& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find((root / "usr/share/vitrine").string()), std::string::npos)
            << message;
        EXPECT_NE(message.find((root / "gone").string()), std::string::npos) << message;
        EXPECT_NE(message.find("--assets-dir"), std::string::npos) << message;
    }
}

TEST(AssetsDir, RunningBinaryIsFound) {
    const fs::path exe = current_executable();
    ASSERT_FALSE(exe.empty());
    EXPECT_TRUE(fs::exists(exe));
    EXPECT_EQ(exe.filename(), "vitrine-kiosk-tests");
}
