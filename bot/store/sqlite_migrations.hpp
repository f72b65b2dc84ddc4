#pragma once

#include "bot/store/sqlite_db.hpp"

#include <span>
#include <string_view>

namespace rolebot::store {

/// The schema, one step per version; step i takes the database from version i to i + 1.
/// Steps are never edited once released: a change is a new step.
std::span<const std::string_view> sqlite_migrations();

/// Brings the database to the newest version (PRAGMA user_version), each step in its own
/// transaction. Throws store_error for a database from a newer rolebot.
void migrate(sqlite_db& db, int target_version = -1);

/// The database's schema version.
int schema_version(sqlite_db& db);

} // namespace rolebot::store
