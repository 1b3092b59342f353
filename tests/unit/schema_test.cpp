// The catalogue database's schema and its migrations, on in-memory databases.
#include "schema.h"
#include "vitrine/catalog/errors.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace vitrine;

namespace {

bool has_table(SQLite::Database& db, const std::string& name) {
    return db.tableExists(name);
}

SQLite::Database memory_db() {
    return SQLite::Database(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
}

// A database as the first Vitrine left it: migration 0 -> 1 only.
SQLite::Database first_schema_db() {
    SQLite::Database db = memory_db();
    schema::migrate(db);
    for (const char* table : {"search_meta", "search_docs", "search_whole_names", "search_terms",
                              "search_names", "search_sectors", "search_text"})
        db.exec(std::string("DROP TABLE ") + table);
    for (const char* column : {"association_ar", "association_en", "association_zgh"})
        db.exec(std::string("ALTER TABLE exhibitors DROP COLUMN ") + column);
    db.exec("PRAGMA user_version = 1");
    return db;
}

} // namespace

TEST(Schema, ANewDatabaseGetsTheWholeSchema) {
    SQLite::Database db = memory_db();
    EXPECT_EQ(schema::version_of(db), 0);
    schema::migrate(db);
    EXPECT_EQ(schema::version_of(db), schema::current_version());
    for (const char* table :
         {"pack", "fair", "sectors", "exhibitors", "products", "photos", "product_photos", "stands",
          "floorplan", "search_docs", "search_names"})
        EXPECT_TRUE(has_table(db, table)) << table;
}

TEST(Schema, MigratingTwiceChangesNothing) {
    SQLite::Database db = memory_db();
    schema::migrate(db);
    db.exec("INSERT INTO pack (key, value) VALUES ('version', '3')");
    schema::migrate(db);
    EXPECT_EQ(db.execAndGet("SELECT value FROM pack WHERE key = 'version'").getString(), "3");
}

TEST(Schema, AnOlderDatabaseGetsTheMigrationsItLacksAndKeepsItsRows) {
    SQLite::Database db = first_schema_db();
    db.exec("INSERT INTO pack (key, value) VALUES ('version', '7')");
    ASSERT_FALSE(has_table(db, "search_docs"));
    schema::migrate(db);
    EXPECT_EQ(schema::version_of(db), schema::current_version());
    EXPECT_TRUE(has_table(db, "search_docs"));
    EXPECT_EQ(db.execAndGet("SELECT value FROM pack WHERE key = 'version'").getString(), "7");
}

TEST(Schema, AFailedMigrationLeavesTheDatabaseAsItWas) {
    SQLite::Database db = first_schema_db();
    // A table in the way of migration 1 -> 2: it fails half-way through.
    db.exec("CREATE TABLE search_terms (x)");
    EXPECT_THROW(schema::migrate(db), SQLite::Exception);
    EXPECT_EQ(schema::version_of(db), 1);
    EXPECT_FALSE(has_table(db, "search_meta"));
}

TEST(Schema, ADatabaseOfANewerVitrineIsRefusedWithWhatToDo) {
    SQLite::Database db = memory_db();
    db.exec("PRAGMA user_version = " + std::to_string(schema::current_version() + 1));
    try {
        schema::migrate(db);
        FAIL() << "migrated a database of a newer schema";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("update Vitrine"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(has_table(db, "pack"));
}
