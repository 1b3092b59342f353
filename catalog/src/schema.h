// The catalogue database's schema, versioned with PRAGMA user_version.
#pragma once

#include <SQLiteCpp/Database.h>

namespace vitrine::schema {

// The version this build writes and reads.
int current_version();

// Brings a database to current_version() in one transaction: a new database gets the whole
// schema, an older one the migrations it lacks. Throws StoreError for a database made by a
// newer Vitrine.
void migrate(SQLite::Database& db);

// The version a database is at (0 for an empty one).
int version_of(SQLite::Database& db);

} // namespace vitrine::schema
