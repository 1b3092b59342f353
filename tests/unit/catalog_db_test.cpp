// The SQLite mapping of a catalogue: what is written is read back whole, older schemas are read
// only where that is safe, and a new database is checked before anyone sees it.
#include "catalog_db.h"
#include "pack_builder.h"
#include "test_support.h"
#include "vitrine/catalog/errors.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

namespace fs = std::filesystem;
using namespace vitrine;
using namespace vitrine::test;

namespace {

class CatalogDb : public ::testing::Test {
protected:
    void SetUp() override {
        build_pack(packs / "a", {.exhibitors = 3, .products_per_exhibitor = 2});
        Diagnostics diags;
        ASSERT_EQ(Store(data.path()).import_pack(packs / "a", diags), ImportOutcome::installed);
        installed = Store(data.path()).load();
        fs::create_directories(copy);
        catalog_db::write(copy / catalog_db::kFileName, installed, record());
    }
    catalog_db::PackRecord record() const {
        return {installed.stamp,         installed.fair.default_lang, installed.fair.start_date,
                installed.fair.end_date, "2025-03-18T10:00:00Z",      "f00d"};
    }
    void set_version(int version) {
        SQLite::Database db((copy / catalog_db::kFileName).string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(version));
    }

    TempDir packs, data, scratch;
    fs::path copy = scratch / "copy";
    Catalog installed;
};

} // namespace

TEST_F(CatalogDb, WhatIsWrittenIsReadBackWhole) {
    Catalog back = catalog_db::read(copy);
    EXPECT_EQ(back.stamp, installed.stamp);
    EXPECT_EQ(back.fair.name.in(Lang::fr), installed.fair.name.in(Lang::fr));
    EXPECT_EQ(back.fair.start_date, installed.fair.start_date);
    EXPECT_EQ(back.fair.default_lang, installed.fair.default_lang);
    ASSERT_EQ(back.sectors.size(), installed.sectors.size());
    ASSERT_EQ(back.exhibitors.size(), installed.exhibitors.size());
    for (size_t i = 0; i < back.exhibitors.size(); ++i) {
        const Exhibitor &b = back.exhibitors[i], &a = installed.exhibitors[i];
        EXPECT_EQ(b.id, a.id);
        EXPECT_EQ(b.kind, a.kind);
        EXPECT_EQ(b.stand, a.stand);
        EXPECT_EQ(b.phone, a.phone);
        EXPECT_EQ(b.featured, a.featured);
        for (Lang lang : kLangs) {
            EXPECT_EQ(b.name.exact(lang), a.name.exact(lang));
            EXPECT_EQ(b.description.exact(lang), a.description.exact(lang));
        }
    }
    ASSERT_EQ(back.products.size(), installed.products.size());
    for (size_t i = 0; i < back.products.size(); ++i) {
        const Product &b = back.products[i], &a = installed.products[i];
        EXPECT_EQ(b.id, a.id);
        EXPECT_EQ(b.labels, a.labels);
        EXPECT_EQ(b.photos, a.photos);
        EXPECT_EQ(b.price.has_value(), a.price.has_value());
        if (b.price && a.price) {
            EXPECT_EQ(b.price->max_centimes, a.price->max_centimes);
        }
    }
    EXPECT_EQ(back.photos.size(), installed.photos.size());
    ASSERT_EQ(back.plan.stands.size(), installed.plan.stands.size());
    EXPECT_EQ(back.plan.stands[0].rect.width, installed.plan.stands[0].rect.width);
    EXPECT_EQ(back.plan.outline, installed.plan.outline);
    EXPECT_EQ(back.plan.kiosks.size(), installed.plan.kiosks.size());
    EXPECT_EQ(back.plan.facilities.size(), installed.plan.facilities.size());
}

TEST_F(CatalogDb, ThePackRecordIsReadInOnePlace) {
    SQLite::Database db = catalog_db::open(copy);
    catalog_db::PackRecord r = catalog_db::read_pack(db);
    EXPECT_EQ(r.stamp, installed.stamp);
    EXPECT_EQ(r.imported_at, "2025-03-18T10:00:00Z");
    EXPECT_EQ(r.files_sha256, "f00d");
    CatalogInfo info = catalog_db::read_info(copy);
    EXPECT_EQ(info.imported_at, "2025-03-18T10:00:00Z");
    EXPECT_EQ(info.exhibitors, 3u);
    EXPECT_EQ(info.products, 6u);
}

TEST_F(CatalogDb, AnOlderSchemaIsDescribedButNeverShown) {
    set_version(1);
    EXPECT_THROW(catalog_db::read(copy), StoreError);
    CatalogInfo info = catalog_db::read_info(copy);
    EXPECT_TRUE(info.older_schema);
    EXPECT_EQ(info.stamp, installed.stamp);
    EXPECT_EQ(catalog_db::media_of(copy).size(), 2 * installed.photos.size());
    set_version(0); // no schema at all: nothing is known of it
    EXPECT_THROW(catalog_db::read_info(copy), StoreError);
}

TEST_F(CatalogDb, ANewDatabaseMissingAPhotoFailsItsCheck) {
    EXPECT_NO_THROW(catalog_db::verify(copy, data.path(), installed));
    const Photo& any = installed.photos.begin()->second;
    fs::remove(data / any.thumb_path);
    EXPECT_THROW(catalog_db::verify(copy, data.path(), installed), StoreError);
    Catalog more = installed;
    more.exhibitors.pop_back();
    EXPECT_THROW(catalog_db::verify(copy, data.path(), more), StoreError);
}
