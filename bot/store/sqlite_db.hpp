#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace rolebot::store {

/// A failed SQLite call, with SQLite's own message.
class store_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A prepared statement: bind by position (from 1), step, read columns (from 0).
class statement {
public:
    statement(sqlite3* db, std::string_view sql);
    ~statement();
    statement(const statement&) = delete;
    statement& operator=(const statement&) = delete;

    statement& bind(int index, std::int64_t value);
    statement& bind(int index, std::string_view value);
    statement& bind_null(int index);
    statement& bind(int index, const std::optional<std::int64_t>& value);

    /// Advances; true while there is a row.
    bool step();
    /// Runs a statement that returns no rows, then resets it for another run.
    void run();

    std::int64_t int64(int column) const;
    std::string text(int column) const;
    bool is_null(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

/// One SQLite connection.
class sqlite_db {
public:
    /// Opens (creating) a database file; ":memory:" for a private in-memory one.
    explicit sqlite_db(const std::string& path);
    ~sqlite_db();
    sqlite_db(const sqlite_db&) = delete;
    sqlite_db& operator=(const sqlite_db&) = delete;

    /// Runs one or more statements without results.
    void exec(std::string_view sql);
    statement prepare(std::string_view sql) { return statement(db_, sql); }
    /// Rows changed by the last statement.
    int changes() const;
    std::int64_t last_insert_id() const;

private:
    sqlite3* db_ = nullptr;
};

/// BEGIN IMMEDIATE ... COMMIT, rolled back if the scope is left without commit().
class transaction {
public:
    explicit transaction(sqlite_db& db);
    ~transaction();
    transaction(const transaction&) = delete;
    transaction& operator=(const transaction&) = delete;
    void commit();

private:
    sqlite_db& db_;
    bool done_ = false;
};

} // namespace rolebot::store
