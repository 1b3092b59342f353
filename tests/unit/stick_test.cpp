#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/pack_tools.h"
#include "vitrine/catalog/stick.h"

#include <gtest/gtest.h>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

TEST(Stick, APackIsFoundAtTheRootAsAFolderOrAZipOrOneFolderDown) {
    TempDir dir;
    build_pack(dir / "a/foire");
    EXPECT_EQ(find_packs(dir / "a").chosen->path, dir / "a/foire");

    build_pack(dir / "src");
    fs::create_directories(dir / "b");
    Diagnostics diags;
    ASSERT_TRUE(seal_pack(dir / "src", diags, dir / "b/foire.zip"));
    auto zip = find_packs(dir / "b");
    ASSERT_TRUE(zip.chosen);
    EXPECT_EQ(zip.chosen->path, dir / "b/foire.zip");
    EXPECT_EQ(zip.chosen->identity->stamp.version, 1);

    build_pack(dir / "c/Vitrine/foire");
    EXPECT_EQ(find_packs(dir / "c").chosen->path, dir / "c/Vitrine/foire");
    build_pack(dir / "d/un/deux/foire"); // two folders down: not looked at
    EXPECT_FALSE(find_packs(dir / "d").chosen);
    EXPECT_FALSE(find_packs(dir / "missing").chosen);
}

TEST(Stick, SystemFoldersAreSkipped) {
    TempDir dir;
    for (const char* junk : {"$RECYCLE.BIN", "System Volume Information", ".Trash-1000",
                             ".Spotlight-V100", ".fseventsd"})
        build_pack(dir / "s" / junk);
    EXPECT_FALSE(find_packs(dir / "s").chosen);
    EXPECT_TRUE(is_system_junk(".Trash-1000"));
    EXPECT_FALSE(is_system_junk("foire"));
}

TEST(Stick, TheNewestOfThisFairIsTakenAndTheOthersNamed) {
    TempDir dir;
    build_pack(dir / "s/v2", {.version = 2});
    build_pack(dir / "s/v3", {.version = 3});
    build_pack(dir / "s/other", {.version = 9});
    replace_in_file(dir / "s/other/manifest.json", "Foire test", "Autre foire");
    auto scan = find_packs(dir / "s", "foire-test");
    ASSERT_TRUE(scan.chosen);
    EXPECT_EQ(scan.chosen->path, dir / "s/v3");
    ASSERT_EQ(scan.others.size(), 2u);
    // With no fair installed yet, the newest of all.
    EXPECT_EQ(find_packs(dir / "s").chosen->path, dir / "s/other");
}

TEST(Stick, AnUnreadablePackIsChosenOnlyWhenAlone) {
    TempDir dir;
    fs::create_directories(dir / "s/broken");
    write_file(dir / "s/broken/manifest.json", "{ not json");
    auto alone = find_packs(dir / "s");
    ASSERT_TRUE(alone.chosen);
    EXPECT_FALSE(alone.chosen->identity);
    EXPECT_NE(alone.chosen->problem.find("manifest.json"), std::string::npos);
    build_pack(dir / "s/good");
    EXPECT_EQ(find_packs(dir / "s").chosen->path, dir / "s/good");
}
