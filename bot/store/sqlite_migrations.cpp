#include "bot/store/sqlite_migrations.hpp"

#include <array>
#include <string>

namespace rolebot::store {
namespace {

// Version 1: schedules and what the scheduler claims.
constexpr std::string_view schedules_v1 = R"sql(
CREATE TABLE schedules (
    -- AUTOINCREMENT: ids are never reused, because occurrence keys contain them.
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT    NOT NULL CHECK (kind IN ('standup', 'checkin')),
    team_id       TEXT    NOT NULL,
    channel_id    TEXT    NOT NULL DEFAULT '',
    mentor_id     TEXT    NOT NULL DEFAULT '',
    mentee_id     TEXT    NOT NULL DEFAULT '',
    zone          TEXT    NOT NULL,
    minute_of_day INTEGER NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
    days          INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),
    questions     TEXT    NOT NULL DEFAULT '[]',
    paused        INTEGER NOT NULL DEFAULT 0,
    weeks_sent    INTEGER NOT NULL DEFAULT 0,
    created_by    TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    next_due      INTEGER
);
CREATE UNIQUE INDEX schedules_one_standup_per_channel
    ON schedules (team_id, channel_id) WHERE kind = 'standup';
CREATE UNIQUE INDEX schedules_one_checkin_per_pair
    ON schedules (team_id, mentor_id, mentee_id) WHERE kind = 'checkin';
CREATE INDEX schedules_by_due ON schedules (next_due) WHERE next_due IS NOT NULL;
CREATE INDEX schedules_by_mentor ON schedules (team_id, mentor_id) WHERE kind = 'checkin';
CREATE INDEX schedules_by_mentee ON schedules (team_id, mentee_id) WHERE kind = 'checkin';

CREATE TABLE skips (
    schedule_id INTEGER NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
    local_date  TEXT    NOT NULL,
    PRIMARY KEY (schedule_id, local_date)
) WITHOUT ROWID;

CREATE TABLE weeks_done (
    schedule_id INTEGER NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
    week        INTEGER NOT NULL,
    PRIMARY KEY (schedule_id, week)
) WITHOUT ROWID;

CREATE TABLE occurrences (
    key         TEXT    PRIMARY KEY,
    schedule_id INTEGER NOT NULL,
    due         INTEGER NOT NULL,
    claimed_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX occurrences_by_claimed_at ON occurrences (claimed_at);
)sql";

// Version 2: delivery. The outbox holds every message until Slack accepted it.
constexpr std::string_view outbox_v2 = R"sql(
CREATE TABLE outbox (
    id                 INTEGER PRIMARY KEY,
    key                TEXT    NOT NULL UNIQUE,
    channel            TEXT    NOT NULL DEFAULT '',
    open_users         TEXT    NOT NULL DEFAULT '',
    body               TEXT    NOT NULL,
    state              TEXT    NOT NULL DEFAULT 'pending'
                               CHECK (state IN ('pending', 'sent', 'dead')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    INTEGER NOT NULL,
    in_doubt           INTEGER NOT NULL DEFAULT 0,
    attempt_started_at INTEGER NOT NULL DEFAULT 0,
    last_error         TEXT    NOT NULL DEFAULT '',
    ts                 TEXT    NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    finished_at        INTEGER
);
CREATE INDEX outbox_pending_by_due ON outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_finished ON outbox (finished_at) WHERE state = 'sent';

CREATE TABLE dead_letters (
    outbox_id INTEGER PRIMARY KEY REFERENCES outbox (id),
    error     TEXT    NOT NULL,
    at        INTEGER NOT NULL
);
)sql";

// Version 3: conversations. Events already taken in (Slack redelivers), and the
// questions people asked that got no answer or an unhelpful one.
constexpr std::string_view conversations_v3 = R"sql(
CREATE TABLE events (
    event_id    TEXT    PRIMARY KEY,
    received_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX events_by_received_at ON events (received_at);

CREATE TABLE questions (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('unanswered', 'not_helpful', 'helpful')),
    text       TEXT    NOT NULL,
    normalized TEXT    NOT NULL,
    team_id    TEXT    NOT NULL DEFAULT '',
    user_id    TEXT    NOT NULL DEFAULT '',
    at         INTEGER NOT NULL
);
CREATE INDEX questions_by_kind ON questions (kind, normalized);
)sql";

// Version 4: replies to button clicks go to a response_url, which Slack lets us use at
// most 5 times within 30 minutes; the uses are counted here.
constexpr std::string_view response_urls_v4 = R"sql(
ALTER TABLE outbox ADD COLUMN response_url TEXT NOT NULL DEFAULT '';
CREATE TABLE response_urls (
    url       TEXT    PRIMARY KEY,
    first_use INTEGER NOT NULL,
    uses      INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

constexpr std::array<std::string_view, 4> steps = {schedules_v1, outbox_v2, conversations_v3,
                                                   response_urls_v4};

} // namespace

std::span<const std::string_view> sqlite_migrations() { return steps; }

int schema_version(sqlite_db& db)
{
    auto query = db.prepare("PRAGMA user_version");
    query.step();
    return static_cast<int>(query.int64(0));
}

void migrate(sqlite_db& db, int target_version)
{
    const int newest = static_cast<int>(steps.size());
    const int target = target_version < 0 ? newest : std::min(target_version, newest);
    const int current = schema_version(db);
    if (current > newest) {
        throw store_error("the database has schema version " + std::to_string(current) +
                          ", newer than this rolebot knows (" + std::to_string(newest) +
                          "); run a newer rolebot or restore a backup");
    }
    for (int version = current; version < target; ++version) {
        transaction tx(db);
        db.exec(steps[static_cast<std::size_t>(version)]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
    }
}

} // namespace rolebot::store
