#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/store.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <zip.h>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

namespace {

class StoreTest : public ::testing::Test {
protected:
    ImportOutcome import(const fs::path& pack, Diagnostics& diags, bool force = false) {
        Store store(data.path());
        ImportOptions options;
        options.force = force;
        return store.import_pack(pack, diags, options);
    }
    ImportOutcome import(const fs::path& pack, bool force = false) {
        Diagnostics diags;
        auto outcome = import(pack, diags, force);
        last = dump(diags);
        return outcome;
    }
    size_t count_files(const fs::path& dir) {
        size_t n = 0;
        for (const auto& e : fs::recursive_directory_iterator(dir))
            n += e.is_regular_file();
        return n;
    }
    TempDir packs;
    TempDir data;
    std::string last;
};

} // namespace

TEST_F(StoreTest, NothingInstalledIsATypedError) {
    Store store(data.path());
    EXPECT_THROW(store.load(), NoCatalogError);
    EXPECT_FALSE(store.info().current);
}

TEST_F(StoreTest, ImportThenLoadGivesTheWholeCatalogue) {
    build_pack(packs / "a", {.exhibitors = 4, .products_per_exhibitor = 3});
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    Store store(data.path());
    Catalog c = store.load();
    EXPECT_EQ(c.exhibitors.size(), 4u);
    EXPECT_EQ(c.products.size(), 12u);
    EXPECT_EQ(c.plan.stands.size(), 4u);
    EXPECT_EQ(c.plan.kiosks.at(0).id, "entree");
    EXPECT_EQ(c.fair.name.in(Lang::en), "Test fair");
    EXPECT_EQ(c.exhibitor("ex-3")->products.size(), 3u);
    EXPECT_EQ(c.sector("artisanat")->exhibitor_count, 2);
    // Every product photo resolves to renditions on disk, sized for the kiosk.
    for (const Product& p : c.products) {
        ASSERT_EQ(p.photos.size(), 1u);
        const Photo& photo = c.photos.at(p.photos[0]);
        EXPECT_TRUE(fs::is_regular_file(store.media_path(photo.display_path)));
        EXPECT_TRUE(fs::is_regular_file(store.media_path(photo.thumb_path)));
        EXPECT_EQ(photo.width, 64);
    }
    auto info = store.info();
    ASSERT_TRUE(info.current);
    EXPECT_EQ(info.current->products, 12u);
    EXPECT_EQ(info.current->photos, 12u);
    EXPECT_FALSE(info.previous);
}

TEST_F(StoreTest, ABadPackLeavesTheInstalledCatalogueAlone) {
    build_pack(packs / "a");
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    build_pack(packs / "b", {.exhibitors = 5, .version = 2});
    replace_in_file(packs / "b" / "exhibitors.csv", "terroir;;S02", "terroir;;S01");
    Diagnostics diags;
    EXPECT_EQ(import(packs / "b", diags), ImportOutcome::refused);
    EXPECT_TRUE(has_diag(diags, Severity::error, "exhibitors.csv", 3, "already has exhibitor"));
    Catalog c = Store(data.path()).load();
    EXPECT_EQ(c.stamp.version, 1);
    EXPECT_EQ(c.exhibitors.size(), 3u);
}

TEST_F(StoreTest, AnOlderPackIsRefusedUnlessForced) {
    build_pack(packs / "new", {.version = 3});
    build_pack(packs / "old", {.exhibitors = 2, .version = 2});
    ASSERT_EQ(import(packs / "new"), ImportOutcome::installed) << last;
    Diagnostics diags;
    EXPECT_EQ(import(packs / "old", diags), ImportOutcome::refused);
    EXPECT_TRUE(has_diag(diags, Severity::error, "manifest.json", 0, "older than the installed"));
    EXPECT_EQ(Store(data.path()).load().stamp.version, 3);
    EXPECT_EQ(import(packs / "old", true), ImportOutcome::installed) << last;
    EXPECT_EQ(Store(data.path()).load().stamp.version, 2);
}

TEST_F(StoreTest, TheSamePackTwiceIsAlreadyInstalled) {
    build_pack(packs / "a");
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    EXPECT_EQ(import(packs / "a"), ImportOutcome::already_installed) << last;
    EXPECT_FALSE(Store(data.path()).info().previous);
}

TEST_F(StoreTest, RollbackSwapsWithThePreviousCatalogue) {
    build_pack(packs / "a", {.version = 1});
    build_pack(packs / "b", {.exhibitors = 5, .version = 2});
    Store store(data.path());
    EXPECT_THROW(store.rollback(), StoreError);
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    EXPECT_THROW(store.rollback(), StoreError);
    ASSERT_EQ(import(packs / "b"), ImportOutcome::installed) << last;
    EXPECT_EQ(store.load().exhibitors.size(), 5u);
    EXPECT_EQ(store.rollback().version, 1);
    EXPECT_EQ(store.load().exhibitors.size(), 3u);
    // Photos of the rolled-back catalogue are still there.
    Catalog c = store.load();
    for (const auto& [hash, photo] : c.photos)
        EXPECT_TRUE(fs::exists(store.media_path(photo.display_path))) << hash;
    EXPECT_EQ(store.rollback().version, 2);
}

TEST_F(StoreTest, PhotosAreStoredOnceByContent) {
    build_pack(packs / "a", {.exhibitors = 2, .products_per_exhibitor = 2});
    // Two products share one picture under two names.
    write_file(packs / "a" / "photos/p-2-2.jpg", read_file(packs / "a" / "photos/p-1-1.jpg"));
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    Catalog c = Store(data.path()).load();
    EXPECT_EQ(c.photos.size(), 3u);
    EXPECT_EQ(c.product("p-1-1")->photos, c.product("p-2-2")->photos);
    EXPECT_EQ(count_files(data / "media"), 6u);
}

TEST_F(StoreTest, OldCataloguesAndTheirPhotosAreCollected) {
    for (int v = 1; v <= 3; ++v) {
        build_pack(packs / std::to_string(v), {.exhibitors = v + 1, .version = v});
        // Each version has its own photos.
        write_file(packs / std::to_string(v) / "photos/p-1-1.jpg",
                   solid_jpeg(64, 48, 0x102030u * static_cast<unsigned>(v)));
        ASSERT_EQ(import(packs / std::to_string(v)), ImportOutcome::installed) << last;
    }
    size_t catalogs = 0;
    for (const auto& e : fs::directory_iterator(data / "catalogs"))
        catalogs += e.is_directory();
    EXPECT_EQ(catalogs, 2u); // current and previous
    Store store(data.path());
    auto info = store.info();
    EXPECT_EQ(info.current->stamp.version, 3);
    EXPECT_EQ(info.previous->stamp.version, 2);
    // Media: exactly what versions 2 and 3 use.
    Catalog current = store.load();
    store.rollback();
    Catalog previous = store.load();
    std::set<std::string> needed;
    for (const Catalog* c : {&current, &previous})
        for (const auto& [hash, photo] : c->photos)
            needed.insert(hash);
    EXPECT_EQ(count_files(data / "media"), needed.size() * 2);
}

TEST_F(StoreTest, ImportsAZipOfThePackFolder) {
    build_pack(packs / "fair");
    fs::path zip_path = packs / "fair.zip";
    int err = 0;
    zip_t* zip = zip_open(zip_path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    ASSERT_NE(zip, nullptr);
    std::vector<std::string> buffers;
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(packs / "fair"))
        if (e.is_regular_file())
            files.push_back(e.path());
    buffers.reserve(files.size());
    for (const fs::path& f : files) {
        buffers.push_back(read_file(f));
        std::string name = "fair/" + fs::relative(f, packs / "fair").generic_string();
        zip_source_t* src = zip_source_buffer(zip, buffers.back().data(), buffers.back().size(), 0);
        ASSERT_GE(zip_file_add(zip, name.c_str(), src, ZIP_FL_ENC_UTF_8), 0);
    }
    ASSERT_EQ(zip_close(zip), 0);
    ASSERT_EQ(import(zip_path), ImportOutcome::installed) << last;
    EXPECT_EQ(Store(data.path()).load().products.size(), 6u);
}

TEST_F(StoreTest, ACatalogueFromANewerVitrineIsNotMisread) {
    build_pack(packs / "a");
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    {
        fs::path db = fs::read_symlink(data / "current");
        SQLite::Database handle((data.path() / db / "catalog.db").string(), SQLite::OPEN_READWRITE);
        handle.exec("PRAGMA user_version = 99");
    }
    try {
        Store(data.path()).load();
        FAIL() << "loaded a catalogue of an unknown schema";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("newer Vitrine"), std::string::npos) << e.what();
    }
}

TEST_F(StoreTest, UnwritableDataDirectoryIsATypedError) {
    write_file(data / "file", "x");
    EXPECT_THROW(Store(data / "file" / "inside"), StoreError);
}
