#include "diag_matchers.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/errors.h"
#include "vitrine/catalog/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <set>
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

TEST_F(StoreTest, RollbackUndoesTheLastImportOnceAndNeverBringsItBack) {
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
    // Photos of the catalogue rolled back to are still there.
    Catalog c = store.load();
    for (const auto& [hash, photo] : c.photos)
        EXPECT_TRUE(fs::exists(store.media_path(photo.display_path))) << hash;
    // A second rollback does not bounce back to the pack just undone.
    EXPECT_FALSE(store.info().previous);
    EXPECT_THROW(store.rollback(), StoreError);
    EXPECT_EQ(store.load().stamp.version, 1);
    // Going forward again is importing the pack again.
    ASSERT_EQ(import(packs / "b"), ImportOutcome::installed) << last;
    EXPECT_EQ(store.load().exhibitors.size(), 5u);
    EXPECT_EQ(store.info().previous->stamp.version, 1);
}

TEST_F(StoreTest, RollbackAfterThreeImportsGoesBackOneStep) {
    for (int v = 1; v <= 3; ++v) {
        build_pack(packs / std::to_string(v), {.exhibitors = v + 1, .version = v});
        ASSERT_EQ(import(packs / std::to_string(v)), ImportOutcome::installed) << last;
    }
    Store store(data.path());
    EXPECT_EQ(store.rollback().version, 2);
    EXPECT_EQ(store.load().exhibitors.size(), 3u);
    EXPECT_THROW(store.rollback(), StoreError);
    EXPECT_EQ(store.load().stamp.version, 2);
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
    std::set<std::string> needed;
    for (const auto& [hash, photo] : store.load().photos)
        needed.insert(hash);
    SQLite::Database previous(
        (data.path() / fs::read_symlink(data / "previous") / "catalog.db").string());
    SQLite::Statement hashes(previous, "SELECT hash FROM photos");
    while (hashes.executeStep())
        needed.insert(hashes.getColumn(0).getString());
    EXPECT_EQ(count_files(data / "media"), needed.size() * 2);
    // After a rollback, version 3 and the photos only it used go too.
    store.rollback();
    size_t v2 = store.load().photos.size();
    EXPECT_EQ(count_files(data / "media"), v2 * 2);
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

// [SECTION] Catalogues of an older schema, damaged databases

namespace {

fs::path current_db(const fs::path& data) {
    return data / fs::read_symlink(data / "current") / "catalog.db";
}

// What a catalogue made by the first Vitrine looks like to this one.
void make_older_schema(const fs::path& db) {
    SQLite::Database handle(db.string(), SQLite::OPEN_READWRITE);
    handle.exec("PRAGMA user_version = 1");
}

std::string message_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const StoreError& e) {
        return e.what();
    }
    return "no StoreError";
}

} // namespace

TEST_F(StoreTest, APreviousCatalogueOfAnOlderSchemaDoesNotFailTheNextImport) {
    build_pack(packs / "a", {.version = 1});
    build_pack(packs / "b", {.exhibitors = 5, .version = 2});
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    make_older_schema(current_db(data.path()));
    ASSERT_EQ(import(packs / "b"), ImportOutcome::installed) << last;
    build_pack(packs / "c", {.exhibitors = 2, .version = 3});
    Store store(data.path());
    StoreInfo info = store.info();
    ASSERT_TRUE(info.previous);
    EXPECT_EQ(info.previous->stamp.version, 1);
    EXPECT_TRUE(info.previous->older_schema);
    EXPECT_FALSE(info.current->older_schema);
    // It cannot be shown any more: the rollback says so and changes nothing.
    std::string why = message_of([&] { store.rollback(); });
    EXPECT_NE(why.find("older Vitrine"), std::string::npos) << why;
    EXPECT_NE(why.find("import its pack again"), std::string::npos) << why;
    EXPECT_EQ(store.load().exhibitors.size(), 5u);
}

TEST_F(StoreTest, ADamagedDatabaseIsAStoreErrorNamingItAndWhatToDo) {
    build_pack(packs / "a", {.version = 1});
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    fs::path db = current_db(data.path());
    write_file(db, std::string(4096, 'x'));
    Store store(data.path());
    for (auto call : std::vector<std::function<void()>>{
             [&] { store.info(); }, [&] { store.load(); }, [&] { (void)store.open_search(); },
             [&] {
                 CatalogLease lease = store.lease();
                 (void)store.load(lease);
             }}) {
        std::string why = message_of(call);
        EXPECT_NE(why.find(db.string()), std::string::npos) << why;
        EXPECT_NE(why.find("not a database"), std::string::npos) << why;
        EXPECT_NE(why.find("import the pack again"), std::string::npos) << why;
    }
    // It never blocks its own replacement, and is then collected.
    build_pack(packs / "b", {.exhibitors = 5, .version = 2});
    ASSERT_EQ(import(packs / "b"), ImportOutcome::installed) << last;
    EXPECT_EQ(store.load().exhibitors.size(), 5u);
}

// [SECTION] Already installed

TEST_F(StoreTest, APackNamingTheInstalledVersionButOtherPhotosIsValidatedWhole) {
    build_pack(packs / "a");
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    fs::copy(packs / "a", packs / "b", fs::copy_options::recursive);
    write_file(packs / "b" / "photos/p-1-1.jpg", "this is no photo");
    Diagnostics diags;
    EXPECT_EQ(import(packs / "b", diags), ImportOutcome::refused) << dump(diags);
    EXPECT_TRUE(has_diag(diags, Severity::error, "photos/p-1-1.jpg", 0, "")) << dump(diags);
    // A pack whose files are the same bytes still is.
    fs::copy(packs / "a", packs / "c", fs::copy_options::recursive);
    EXPECT_EQ(import(packs / "c"), ImportOutcome::already_installed) << last;
}

// [SECTION] Readers' leases

namespace {

std::set<std::string> media_files(const fs::path& data) {
    std::set<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(data / "media"))
        if (e.is_regular_file())
            out.insert(fs::relative(e.path(), data).generic_string());
    return out;
}

void give_own_photo(const fs::path& pack, unsigned rgb) {
    write_file(pack / "photos/p-1-1.jpg", solid_jpeg(64, 48, rgb));
}

} // namespace

TEST_F(StoreTest, ACatalogueInUseKeepsItsFilesUntilItsReaderLetsGo) {
    for (int v = 1; v <= 4; ++v) {
        build_pack(packs / std::to_string(v), {.exhibitors = v + 1, .version = v});
        give_own_photo(packs / std::to_string(v), 0x203040u * static_cast<unsigned>(v));
    }
    ASSERT_EQ(import(packs / "1"), ImportOutcome::installed) << last;
    Store store(data.path());
    std::optional<CatalogLease> lease = store.lease();
    EXPECT_EQ(lease->id(), store.current_id());
    Catalog shown = store.load(*lease);
    // Two imports later, version 1 is neither current nor previous, but a kiosk shows it.
    ASSERT_EQ(import(packs / "2"), ImportOutcome::installed) << last;
    ASSERT_EQ(import(packs / "3"), ImportOutcome::installed) << last;
    EXPECT_NE(lease->id(), store.current_id());
    EXPECT_TRUE(fs::exists(lease->folder() / "catalog.db"));
    for (const auto& [hash, photo] : shown.photos) {
        EXPECT_TRUE(fs::exists(store.media_path(photo.display_path))) << photo.display_path;
        EXPECT_TRUE(fs::exists(store.media_path(photo.thumb_path))) << photo.thumb_path;
    }
    EXPECT_EQ(store.load(*lease).exhibitors.size(), 2u);
    // Once it lets go, the next import collects it and the photos only it used.
    std::string own = shown.product("p-1-1")->photos.at(0);
    std::string own_path = shown.photos.at(own).display_path;
    fs::path folder = lease->folder();
    lease.reset();
    ASSERT_EQ(import(packs / "4"), ImportOutcome::installed) << last;
    EXPECT_FALSE(fs::exists(folder));
    EXPECT_FALSE(media_files(data.path()).contains(own_path));
}

TEST_F(StoreTest, TheCurrentIdChangesAtEverySwap) {
    Store store(data.path());
    EXPECT_EQ(store.current_id(), "");
    EXPECT_THROW(store.lease(), NoCatalogError);
    build_pack(packs / "a", {.version = 1});
    build_pack(packs / "b", {.version = 2});
    ASSERT_EQ(import(packs / "a"), ImportOutcome::installed) << last;
    std::string a = store.current_id();
    ASSERT_EQ(import(packs / "b"), ImportOutcome::installed) << last;
    std::string b = store.current_id();
    EXPECT_NE(a, b);
    store.rollback();
    EXPECT_EQ(store.current_id(), a);
    EXPECT_EQ(store.lease().id(), a);
}
