#pragma once

#include "bot/store/sqlite_db.hpp"
#include "bot/store/store.hpp"

#include <filesystem>
#include <mutex>

namespace rolebot::store {

/// The store on one SQLite file in WAL mode with synchronous=FULL, so a commit is on
/// disk before the call returns. Thread-safe (one connection behind a mutex; writes
/// are small). With `exclusive`, a lock file keeps a second process off the same
/// file: one SQLite database serves one rolebot; replicas need PostgreSQL.
class sqlite_store final : public store {
public:
    /// Opens or creates the database and migrates it. Throws store_error.
    explicit sqlite_store(const std::string& path, bool exclusive = false);
    ~sqlite_store() override;

    std::int64_t put_schedule(const schedule& s) override;
    std::optional<schedule> find_standup(const std::string& team,
                                         const std::string& channel) override;
    std::optional<schedule> find_schedule(std::int64_t id) override;
    std::vector<schedule> checkins_of(const std::string& team, const std::string& user) override;
    bool remove_schedule(std::int64_t id) override;
    void add_skip(std::int64_t schedule_id, const std::string& local_date) override;
    std::vector<std::string> skips(std::int64_t schedule_id,
                                   const std::string& from_date) override;
    bool is_skipped(std::int64_t schedule_id, const std::string& local_date) override;
    bool mark_week_done(std::int64_t schedule_id, int week) override;
    int weeks_done(std::int64_t schedule_id) override;

    std::optional<sys_seconds> earliest_due() override;
    std::vector<schedule> due_schedules(sys_seconds now, std::size_t limit) override;
    std::size_t apply_claims(const std::vector<claim>& claims, sys_seconds now) override;

    bool accept_event(const std::string& event_id, const std::optional<outbound_message>& reply,
                      sys_seconds now) override;
    response_slot enqueue_response(const outbound_message& m, sys_seconds now) override;
    void record_question(const asked_question& q, sys_seconds now) override;
    std::vector<question_count> frequent_questions(question_kind kind,
                                                   std::size_t limit) override;

    bool enqueue(const outbound_message& m, sys_seconds now) override;
    std::vector<outbound_message> due_messages(sys_seconds now, std::size_t limit) override;
    std::optional<sys_seconds> earliest_message_due() override;
    void attempts_started(const std::vector<std::int64_t>& ids, sys_seconds now) override;
    void set_channel(std::int64_t id, const std::string& channel) override;
    void mark_sent(const std::vector<std::pair<std::int64_t, std::string>>& sent,
                   sys_seconds now) override;
    void retry_at(std::int64_t id, sys_seconds at, const std::string& error, bool in_doubt,
                  bool count_attempt) override;
    void mark_dead(std::int64_t id, const std::string& error, sys_seconds now) override;
    std::size_t unsent_count() override;
    std::size_t sent_count() override;
    std::vector<dead_letter> dead_letters(std::size_t limit) override;

    /// Forgets claimed occurrences, sent messages and taken-in event ids older than `keep`.
    void prune(sys_seconds now, std::chrono::seconds keep);

private:
    std::vector<schedule> query_schedules(statement& query);
    bool insert_message(const outbound_message& m, sys_seconds now);
    std::size_t count(std::string_view sql);

    std::mutex mutex_;
    int lock_fd_ = -1;
    sqlite_db db_;
};

} // namespace rolebot::store
