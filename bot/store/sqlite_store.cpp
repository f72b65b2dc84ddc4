#include "bot/store/sqlite_store.hpp"

#include "bot/store/sqlite_migrations.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace rolebot::store {
namespace {

std::int64_t seconds(sys_seconds t) { return t.time_since_epoch().count(); }
sys_seconds at(std::int64_t s) { return sys_seconds(std::chrono::seconds(s)); }

std::optional<std::int64_t> seconds(const std::optional<sys_seconds>& t)
{
    return t ? std::optional<std::int64_t>(seconds(*t)) : std::nullopt;
}

std::string_view kind_name(schedule_kind k)
{
    return k == schedule_kind::standup ? "standup" : "checkin";
}

/// Takes an exclusive lock on `path`.lock so a second rolebot cannot share the file.
int acquire_lock(const std::string& path, bool exclusive)
{
    if (!exclusive) {
        return -1;
    }
    const std::string lock_path = path + ".lock";
    const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw store_error("cannot open " + lock_path + ": " + std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        throw store_error(path + " is in use by another rolebot process; one SQLite "
                                 "database serves one process");
    }
    return fd;
}

constexpr std::string_view schedule_columns =
    "id, kind, team_id, channel_id, mentor_id, mentee_id, zone, minute_of_day, days, "
    "questions, paused, weeks_sent, created_by, next_due";

constexpr std::string_view outbox_columns =
    "id, key, channel, open_users, body, attempts, next_attempt_at, in_doubt, "
    "attempt_started_at, response_url";

outbound_message read_message(const statement& q)
{
    outbound_message m;
    m.id = q.int64(0);
    m.key = q.text(1);
    m.channel = q.text(2);
    m.open_users = q.text(3);
    m.body = q.text(4);
    m.attempts = static_cast<int>(q.int64(5));
    m.next_attempt_at = at(q.int64(6));
    m.in_doubt = q.int64(7) != 0;
    m.attempt_started_at = at(q.int64(8));
    m.response_url = q.text(9);
    return m;
}

} // namespace

sqlite_store::sqlite_store(const std::string& path, bool exclusive)
    : lock_fd_(acquire_lock(path, exclusive)), db_(path)
{
    try {
        db_.exec("PRAGMA busy_timeout = 5000");
        if (path != ":memory:") {
            db_.exec("PRAGMA journal_mode = WAL");
        }
        // FULL: a commit is durable before it returns, so what we acknowledged to a user
        // or promised to send survives a power cut, not only a crash.
        db_.exec("PRAGMA synchronous = FULL");
        db_.exec("PRAGMA foreign_keys = ON");
        migrate(db_);
    } catch (...) {
        if (lock_fd_ >= 0) {
            ::close(lock_fd_);
        }
        throw;
    }
}

sqlite_store::~sqlite_store()
{
    if (lock_fd_ >= 0) {
        ::close(lock_fd_);
    }
}

std::int64_t sqlite_store::put_schedule(const schedule& s)
{
    const std::lock_guard lock(mutex_);
    const auto now = seconds(std::chrono::time_point_cast<std::chrono::seconds>(
        std::chrono::system_clock::now()));
    const std::string questions = nlohmann::json(s.questions).dump();
    if (s.id != 0) {
        auto q = db_.prepare("UPDATE schedules SET zone = ?1, minute_of_day = ?2, days = ?3, "
                             "questions = ?4, paused = ?5, weeks_sent = ?6, next_due = ?7, "
                             "updated_at = ?8 WHERE id = ?9");
        q.bind(1, s.rule.zone)
            .bind(2, std::int64_t{s.rule.minute_of_day})
            .bind(3, std::int64_t{s.rule.days})
            .bind(4, questions)
            .bind(5, std::int64_t{s.paused})
            .bind(6, std::int64_t{s.weeks_sent})
            .bind(7, seconds(s.next_due))
            .bind(8, now)
            .bind(9, s.id)
            .run();
        if (db_.changes() == 0) {
            throw store_error("schedule " + std::to_string(s.id) + " no longer exists");
        }
        return s.id;
    }
    // A new stand-up in a channel, or a new check-in for a pair, replaces the old one
    // (its skips and claimed occurrences go with it; the new one starts afresh).
    transaction tx(db_);
    auto old = db_.prepare(
        s.kind == schedule_kind::standup
            ? "DELETE FROM schedules WHERE kind = 'standup' AND team_id = ?1 AND channel_id = ?2"
            : "DELETE FROM schedules WHERE kind = 'checkin' AND team_id = ?1 AND mentor_id = ?3 "
              "AND mentee_id = ?4");
    old.bind(1, s.team_id);
    if (s.kind == schedule_kind::standup) {
        old.bind(2, s.channel_id);
    } else {
        old.bind(3, s.mentor_id).bind(4, s.mentee_id);
    }
    old.run();
    auto q = db_.prepare(
        "INSERT INTO schedules (kind, team_id, channel_id, mentor_id, mentee_id, zone, "
        "minute_of_day, days, questions, paused, weeks_sent, created_by, created_at, "
        "updated_at, next_due) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?13, ?14)");
    q.bind(1, kind_name(s.kind))
        .bind(2, s.team_id)
        .bind(3, s.channel_id)
        .bind(4, s.mentor_id)
        .bind(5, s.mentee_id)
        .bind(6, s.rule.zone)
        .bind(7, std::int64_t{s.rule.minute_of_day})
        .bind(8, std::int64_t{s.rule.days})
        .bind(9, questions)
        .bind(10, std::int64_t{s.paused})
        .bind(11, std::int64_t{s.weeks_sent})
        .bind(12, s.created_by)
        .bind(13, now)
        .bind(14, seconds(s.next_due))
        .run();
    const auto id = db_.last_insert_id();
    tx.commit();
    return id;
}

std::vector<schedule> sqlite_store::query_schedules(statement& q)
{
    std::vector<schedule> out;
    while (q.step()) {
        schedule s;
        s.id = q.int64(0);
        s.kind = q.text(1) == "standup" ? schedule_kind::standup : schedule_kind::checkin;
        s.team_id = q.text(2);
        s.channel_id = q.text(3);
        s.mentor_id = q.text(4);
        s.mentee_id = q.text(5);
        s.rule.zone = q.text(6);
        s.rule.minute_of_day = static_cast<int>(q.int64(7));
        s.rule.days = static_cast<std::uint8_t>(q.int64(8));
        s.questions = nlohmann::json::parse(q.text(9), nullptr, false)
                          .get<std::vector<std::string>>();
        s.paused = q.int64(10) != 0;
        s.weeks_sent = static_cast<int>(q.int64(11));
        s.created_by = q.text(12);
        if (!q.is_null(13)) {
            s.next_due = at(q.int64(13));
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<schedule> sqlite_store::find_standup(const std::string& team,
                                                   const std::string& channel)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT " + std::string(schedule_columns) +
                         " FROM schedules WHERE kind = 'standup' AND team_id = ?1 AND "
                         "channel_id = ?2");
    q.bind(1, team).bind(2, channel);
    auto found = query_schedules(q);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::optional<schedule> sqlite_store::find_schedule(std::int64_t id)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT " + std::string(schedule_columns) +
                         " FROM schedules WHERE id = ?1");
    q.bind(1, id);
    auto found = query_schedules(q);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<schedule> sqlite_store::checkins_of(const std::string& team, const std::string& user)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT " + std::string(schedule_columns) +
                         " FROM schedules WHERE kind = 'checkin' AND team_id = ?1 AND "
                         "(mentor_id = ?2 OR mentee_id = ?2) ORDER BY id");
    q.bind(1, team).bind(2, user);
    return query_schedules(q);
}

bool sqlite_store::remove_schedule(std::int64_t id)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("DELETE FROM schedules WHERE id = ?1");
    q.bind(1, id).run();
    return db_.changes() > 0;
}

void sqlite_store::add_skip(std::int64_t schedule_id, const std::string& local_date)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("INSERT OR IGNORE INTO skips (schedule_id, local_date) VALUES (?1, ?2)");
    q.bind(1, schedule_id).bind(2, local_date).run();
}

std::vector<std::string> sqlite_store::skips(std::int64_t schedule_id,
                                             const std::string& from_date)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT local_date FROM skips WHERE schedule_id = ?1 AND local_date >= "
                         "?2 ORDER BY local_date");
    q.bind(1, schedule_id).bind(2, from_date);
    std::vector<std::string> out;
    while (q.step()) {
        out.push_back(q.text(0));
    }
    return out;
}

bool sqlite_store::is_skipped(std::int64_t schedule_id, const std::string& local_date)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT 1 FROM skips WHERE schedule_id = ?1 AND local_date = ?2");
    q.bind(1, schedule_id).bind(2, local_date);
    return q.step();
}

bool sqlite_store::mark_week_done(std::int64_t schedule_id, int week)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("INSERT OR IGNORE INTO weeks_done (schedule_id, week) VALUES (?1, ?2)");
    q.bind(1, schedule_id).bind(2, std::int64_t{week}).run();
    return db_.changes() > 0;
}

int sqlite_store::weeks_done(std::int64_t schedule_id)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT count(*) FROM weeks_done WHERE schedule_id = ?1");
    q.bind(1, schedule_id).step();
    return static_cast<int>(q.int64(0));
}

std::optional<sys_seconds> sqlite_store::earliest_due()
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT min(next_due) FROM schedules WHERE next_due IS NOT NULL");
    q.step();
    return q.is_null(0) ? std::nullopt : std::optional(at(q.int64(0)));
}

std::vector<schedule> sqlite_store::due_schedules(sys_seconds now, std::size_t limit)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT " + std::string(schedule_columns) +
                         " FROM schedules WHERE next_due IS NOT NULL AND next_due <= ?1 "
                         "ORDER BY next_due LIMIT ?2");
    q.bind(1, seconds(now)).bind(2, static_cast<std::int64_t>(limit));
    return query_schedules(q);
}

std::size_t sqlite_store::apply_claims(const std::vector<claim>& claims, sys_seconds now)
{
    const std::lock_guard lock(mutex_);
    transaction tx(db_);
    auto advance = db_.prepare("UPDATE schedules SET next_due = ?1, weeks_sent = weeks_sent + ?2 "
                               "WHERE id = ?3 AND next_due = ?4");
    auto occurrence = db_.prepare("INSERT OR IGNORE INTO occurrences (key, schedule_id, due, "
                                  "claimed_at) VALUES (?1, ?2, ?3, ?4)");
    auto enqueue = db_.prepare("INSERT OR IGNORE INTO outbox (key, channel, open_users, body, "
                               "next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
    std::size_t queued = 0;
    for (const auto& c : claims) {
        const bool sends = c.occurrence_key && c.message;
        advance.bind(1, seconds(c.new_next_due))
            .bind(2, std::int64_t{sends && c.counts_as_week})
            .bind(3, c.schedule_id)
            .bind(4, seconds(c.expected_next_due))
            .run();
        if (db_.changes() == 0) {
            continue; // changed or claimed meanwhile; the next pass sees the new state
        }
        if (!sends) {
            continue;
        }
        occurrence.bind(1, *c.occurrence_key)
            .bind(2, c.schedule_id)
            .bind(3, seconds(c.expected_next_due))
            .bind(4, seconds(now))
            .run();
        if (db_.changes() == 0) {
            continue; // this occurrence was already sent
        }
        enqueue.bind(1, c.message->key)
            .bind(2, c.message->channel)
            .bind(3, c.message->open_users)
            .bind(4, c.message->body)
            .bind(5, seconds(now))
            .run();
        queued += static_cast<std::size_t>(db_.changes());
    }
    tx.commit();
    return queued;
}

bool sqlite_store::insert_message(const outbound_message& m, sys_seconds now)
{
    auto q = db_.prepare("INSERT OR IGNORE INTO outbox (key, channel, open_users, body, "
                         "next_attempt_at, created_at, response_url) VALUES (?1, ?2, ?3, ?4, ?5, "
                         "?5, ?6)");
    q.bind(1, m.key)
        .bind(2, m.channel)
        .bind(3, m.open_users)
        .bind(4, m.body)
        .bind(5, seconds(now))
        .bind(6, m.response_url);
    q.run();
    return db_.changes() > 0;
}

response_slot sqlite_store::enqueue_response(const outbound_message& m, sys_seconds now)
{
    constexpr std::int64_t max_uses = 5;
    constexpr auto lifetime = std::chrono::minutes(30);
    const std::lock_guard lock(mutex_);
    transaction tx(db_);
    bool used_up = false;
    {
        auto q = db_.prepare("SELECT first_use, uses FROM response_urls WHERE url = ?1");
        q.bind(1, m.response_url);
        used_up = q.step() && (q.int64(1) >= max_uses || now - at(q.int64(0)) > lifetime);
    }
    if (used_up) {
        return response_slot::used_up;
    }
    if (!insert_message(m, now)) {
        return response_slot::duplicate;
    }
    db_.prepare("INSERT INTO response_urls (url, first_use, uses) VALUES (?1, ?2, 1) "
                "ON CONFLICT (url) DO UPDATE SET uses = uses + 1")
        .bind(1, m.response_url)
        .bind(2, seconds(now))
        .run();
    tx.commit();
    return response_slot::queued;
}

bool sqlite_store::enqueue(const outbound_message& m, sys_seconds now)
{
    const std::lock_guard lock(mutex_);
    return insert_message(m, now);
}

bool sqlite_store::accept_event(const std::string& event_id,
                                const std::optional<outbound_message>& reply, sys_seconds now)
{
    const std::lock_guard lock(mutex_);
    transaction tx(db_);
    auto q = db_.prepare("INSERT OR IGNORE INTO events (event_id, received_at) VALUES (?1, ?2)");
    q.bind(1, event_id).bind(2, seconds(now)).run();
    if (db_.changes() == 0) {
        return false; // a redelivery of an event already taken in
    }
    if (reply) {
        insert_message(*reply, now);
    }
    tx.commit();
    return true;
}

namespace {

std::string_view question_kind_name(question_kind k)
{
    switch (k) {
    case question_kind::unanswered:
        return "unanswered";
    case question_kind::not_helpful:
        return "not_helpful";
    case question_kind::helpful:
        return "helpful";
    }
    return "unanswered";
}

/// Lower case, letters and digits only, single spaces: "Is a PM a lead?!" -> "is a pm a lead".
std::string normalized_question(std::string_view text)
{
    std::string out;
    bool space = false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || u >= 0x80) {
            if (space && !out.empty()) {
                out.push_back(' ');
            }
            space = false;
            out.push_back(static_cast<char>(std::tolower(u)));
        } else {
            space = true;
        }
    }
    return out;
}

} // namespace

void sqlite_store::record_question(const asked_question& q, sys_seconds now)
{
    const std::lock_guard lock(mutex_);
    auto insert = db_.prepare("INSERT INTO questions (kind, text, normalized, team_id, user_id, "
                              "at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, question_kind_name(q.kind))
        .bind(2, q.text)
        .bind(3, normalized_question(q.text))
        .bind(4, q.team_id)
        .bind(5, q.user_id)
        .bind(6, seconds(now))
        .run();
}

std::vector<question_count> sqlite_store::frequent_questions(question_kind kind,
                                                             std::size_t limit)
{
    const std::lock_guard lock(mutex_);
    // SQLite returns the bare column from the row that holds max(at): the latest wording.
    auto q = db_.prepare("SELECT text, count(*) AS n, max(at) FROM questions WHERE kind = ?1 "
                         "GROUP BY normalized ORDER BY n DESC, max(at) DESC LIMIT ?2");
    q.bind(1, question_kind_name(kind)).bind(2, static_cast<std::int64_t>(limit));
    std::vector<question_count> out;
    while (q.step()) {
        out.push_back({q.text(0), static_cast<std::size_t>(q.int64(1)), at(q.int64(2))});
    }
    return out;
}

std::vector<outbound_message> sqlite_store::due_messages(sys_seconds now, std::size_t limit)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT " + std::string(outbox_columns) +
                         " FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?1 "
                         "ORDER BY next_attempt_at, id LIMIT ?2");
    q.bind(1, seconds(now)).bind(2, static_cast<std::int64_t>(limit));
    std::vector<outbound_message> out;
    while (q.step()) {
        out.push_back(read_message(q));
    }
    return out;
}

std::optional<sys_seconds> sqlite_store::earliest_message_due()
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'");
    q.step();
    return q.is_null(0) ? std::nullopt : std::optional(at(q.int64(0)));
}

void sqlite_store::attempts_started(const std::vector<std::int64_t>& ids, sys_seconds now)
{
    if (ids.empty()) {
        return;
    }
    const std::lock_guard lock(mutex_);
    transaction tx(db_);
    auto q = db_.prepare("UPDATE outbox SET in_doubt = 1, attempt_started_at = ?1 WHERE id = ?2");
    for (const auto id : ids) {
        q.bind(1, seconds(now)).bind(2, id).run();
    }
    tx.commit();
}

void sqlite_store::set_channel(std::int64_t id, const std::string& channel)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("UPDATE outbox SET channel = ?1 WHERE id = ?2");
    q.bind(1, channel).bind(2, id).run();
}

void sqlite_store::mark_sent(const std::vector<std::pair<std::int64_t, std::string>>& sent,
                             sys_seconds now)
{
    if (sent.empty()) {
        return;
    }
    const std::lock_guard lock(mutex_);
    transaction tx(db_);
    auto q = db_.prepare("UPDATE outbox SET state = 'sent', in_doubt = 0, ts = ?1, "
                         "finished_at = ?2 WHERE id = ?3");
    for (const auto& [id, ts] : sent) {
        q.bind(1, ts).bind(2, seconds(now)).bind(3, id).run();
    }
    tx.commit();
}

void sqlite_store::retry_at(std::int64_t id, sys_seconds when, const std::string& error,
                            bool in_doubt, bool count_attempt)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("UPDATE outbox SET in_doubt = ?1, next_attempt_at = ?2, last_error = ?3, "
                         "attempts = attempts + ?4 WHERE id = ?5");
    q.bind(1, std::int64_t{in_doubt})
        .bind(2, seconds(when))
        .bind(3, error)
        .bind(4, std::int64_t{count_attempt})
        .bind(5, id)
        .run();
}

void sqlite_store::mark_dead(std::int64_t id, const std::string& error, sys_seconds now)
{
    const std::lock_guard lock(mutex_);
    transaction tx(db_);
    auto q = db_.prepare("UPDATE outbox SET state = 'dead', in_doubt = 0, last_error = ?1, "
                         "finished_at = ?2 WHERE id = ?3");
    q.bind(1, error).bind(2, seconds(now)).bind(3, id).run();
    auto d = db_.prepare("INSERT OR REPLACE INTO dead_letters (outbox_id, error, at) "
                         "VALUES (?1, ?2, ?3)");
    d.bind(1, id).bind(2, error).bind(3, seconds(now)).run();
    tx.commit();
}

std::size_t sqlite_store::count(std::string_view sql)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare(sql);
    q.step();
    return static_cast<std::size_t>(q.int64(0));
}

std::size_t sqlite_store::unsent_count()
{
    return count("SELECT count(*) FROM outbox WHERE state = 'pending'");
}

std::size_t sqlite_store::sent_count()
{
    return count("SELECT count(*) FROM outbox WHERE state = 'sent'");
}

std::vector<dead_letter> sqlite_store::dead_letters(std::size_t limit)
{
    const std::lock_guard lock(mutex_);
    auto q = db_.prepare("SELECT d.outbox_id, o.key, o.channel, d.error, d.at FROM dead_letters "
                         "d JOIN outbox o ON o.id = d.outbox_id ORDER BY d.at DESC LIMIT ?1");
    q.bind(1, static_cast<std::int64_t>(limit));
    std::vector<dead_letter> out;
    while (q.step()) {
        out.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), at(q.int64(4))});
    }
    return out;
}

void sqlite_store::prune(sys_seconds now, std::chrono::seconds keep)
{
    const std::lock_guard lock(mutex_);
    const auto before = seconds(now - keep);
    transaction tx(db_);
    db_.prepare("DELETE FROM occurrences WHERE claimed_at < ?1").bind(1, before).run();
    db_.prepare("DELETE FROM outbox WHERE state = 'sent' AND finished_at < ?1")
        .bind(1, before)
        .run();
    db_.prepare("DELETE FROM events WHERE received_at < ?1").bind(1, before).run();
    db_.prepare("DELETE FROM response_urls WHERE first_use < ?1").bind(1, before).run();
    tx.commit();
}

} // namespace rolebot::store
