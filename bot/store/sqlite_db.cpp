#include "bot/store/sqlite_db.hpp"

#include <sqlite3.h>

namespace rolebot::store {
namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what)
{
    throw store_error(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

} // namespace

statement::statement(sqlite3* db, std::string_view sql) : db_(db)
{
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
        SQLITE_OK) {
        fail(db, "prepare");
    }
}

statement::~statement() { sqlite3_finalize(stmt_); }

statement& statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) {
        fail(db_, "bind");
    }
    return *this;
}

statement& statement::bind(int index, std::string_view value)
{
    if (sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK) {
        fail(db_, "bind");
    }
    return *this;
}

statement& statement::bind_null(int index)
{
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) {
        fail(db_, "bind");
    }
    return *this;
}

statement& statement::bind(int index, const std::optional<std::int64_t>& value)
{
    return value ? bind(index, *value) : bind_null(index);
}

bool statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    fail(db_, "step");
}

void statement::run()
{
    while (step()) {
    }
    // Ready to be bound and run again (apply_claims reuses its statements).
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string statement::text(int column) const
{
    const auto* p = sqlite3_column_text(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string();
}

bool statement::is_null(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

sqlite_db::sqlite_db(const std::string& path)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        std::string message = "cannot open " + path + ": " +
                              (db_ ? sqlite3_errmsg(db_) : "out of memory");
        sqlite3_close(db_);
        throw store_error(message);
    }
}

sqlite_db::~sqlite_db() { sqlite3_close(db_); }

void sqlite_db::exec(std::string_view sql)
{
    const std::string copy(sql);
    char* error = nullptr;
    if (sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw store_error(message);
    }
}

int sqlite_db::changes() const { return sqlite3_changes(db_); }

std::int64_t sqlite_db::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

transaction::transaction(sqlite_db& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

transaction::~transaction()
{
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (const store_error&) {
            // The connection already rolled back (e.g. after SQLITE_FULL); nothing to undo.
        }
    }
}

void transaction::commit()
{
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace rolebot::store
