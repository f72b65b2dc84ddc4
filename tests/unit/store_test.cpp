// The SQLite store on a real file: migrations, schedules, claims and the outbox.
#include "bot/store/sqlite_migrations.hpp"
#include "bot/store/sqlite_store.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace rolebot::store {
namespace {

using namespace std::chrono_literals;
using testing::temp_dir;

const sys_seconds t0{std::chrono::seconds(1'790'000'000)};

schedule standup(const std::string& channel)
{
    schedule s;
    s.kind = schedule_kind::standup;
    s.team_id = "T1";
    s.channel_id = channel;
    s.rule = {"Europe/Berlin", 570, 0b0111110};
    s.created_by = "U1";
    s.next_due = t0 + 1h;
    return s;
}

claim send_claim(const schedule& s, const std::string& key)
{
    claim c;
    c.schedule_id = s.id;
    c.expected_next_due = *s.next_due;
    c.new_next_due = *s.next_due + 24h;
    c.occurrence_key = key;
    outbound_message m;
    m.key = key;
    m.channel = s.channel_id;
    m.body = R"({"text":"hi"})";
    c.message = m;
    return c;
}

TEST(store, a_new_file_is_migrated_to_the_newest_version)
{
    temp_dir dir;
    sqlite_store st(dir.file("a.db"));
    sqlite_db db(dir.file("a.db"));
    EXPECT_EQ(schema_version(db), static_cast<int>(sqlite_migrations().size()));
    auto mode = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.text(0), "wal");
}

TEST(store, an_older_database_is_upgraded_and_keeps_its_rows)
{
    temp_dir dir;
    {
        sqlite_db db(dir.file("old.db"));
        migrate(db, 1);
        ASSERT_EQ(schema_version(db), 1);
        db.exec("INSERT INTO schedules (kind, team_id, channel_id, zone, minute_of_day, days, "
                "created_by, created_at, updated_at, next_due) VALUES ('standup', 'T1', 'C1', "
                "'UTC', 540, 62, 'U1', 0, 0, 100)");
    }
    sqlite_store st(dir.file("old.db"));
    const auto found = st.find_standup("T1", "C1");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->rule.minute_of_day, 540);
    EXPECT_EQ(st.unsent_count(), 0U); // the outbox table of version 2 exists
}

TEST(store, a_database_from_a_newer_rolebot_is_refused)
{
    temp_dir dir;
    {
        sqlite_db db(dir.file("new.db"));
        db.exec("PRAGMA user_version = 99");
    }
    EXPECT_THROW(sqlite_store(dir.file("new.db")), store_error);
}

TEST(store, a_second_process_cannot_open_the_same_file)
{
    temp_dir dir;
    sqlite_store first(dir.file("x.db"), true);
    EXPECT_THROW(sqlite_store(dir.file("x.db"), true), store_error);
}

TEST(store, schedules_survive_reopening_and_a_second_standup_replaces_the_first)
{
    temp_dir dir;
    std::int64_t id = 0;
    {
        sqlite_store st(dir.file("s.db"));
        auto s = standup("C1");
        s.questions = {"One?", "Two?"};
        id = st.put_schedule(s);
        st.add_skip(id, "2026-12-24");
    }
    sqlite_store st(dir.file("s.db"));
    auto s = st.find_standup("T1", "C1");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->id, id);
    EXPECT_EQ(s->questions, (std::vector<std::string>{"One?", "Two?"}));
    EXPECT_EQ(s->next_due, t0 + 1h);
    EXPECT_TRUE(st.is_skipped(id, "2026-12-24"));

    const auto replaced = st.put_schedule(standup("C1"));
    EXPECT_NE(replaced, id);
    EXPECT_FALSE(st.find_schedule(id));
    EXPECT_FALSE(st.is_skipped(replaced, "2026-12-24"));
    EXPECT_TRUE(st.remove_schedule(replaced));
    EXPECT_FALSE(st.remove_schedule(replaced));
}

TEST(store, an_occurrence_is_queued_once_however_often_it_is_claimed)
{
    temp_dir dir;
    sqlite_store st(dir.file("c.db"));
    auto s = standup("C1");
    s.id = st.put_schedule(s);
    ASSERT_EQ(st.due_schedules(t0 + 1h, 10).size(), 1U);
    EXPECT_EQ(st.apply_claims({send_claim(s, "schedule:1:2026-11-23")}, t0 + 1h), 1U);
    // The same claim again (a second process with the old view): next_due moved, dropped.
    EXPECT_EQ(st.apply_claims({send_claim(s, "schedule:1:2026-11-23")}, t0 + 1h), 0U);
    // Even with a matching next_due, a recorded occurrence key is never queued again.
    auto again = *st.find_schedule(s.id);
    EXPECT_EQ(st.apply_claims({send_claim(again, "schedule:1:2026-11-23")}, t0 + 1h), 0U);
    EXPECT_EQ(st.unsent_count(), 1U);
    EXPECT_EQ(st.earliest_due(), t0 + 49h);
}

TEST(store, outbox_messages_go_from_due_to_sent_or_dead)
{
    temp_dir dir;
    sqlite_store st(dir.file("o.db"));
    auto s = standup("C1");
    s.id = st.put_schedule(s);
    st.apply_claims({send_claim(s, "k1")}, t0);
    auto due = st.due_messages(t0, 10);
    ASSERT_EQ(due.size(), 1U);
    EXPECT_FALSE(due[0].in_doubt);

    st.attempts_started({due[0].id}, t0);
    due = st.due_messages(t0, 10);
    ASSERT_EQ(due.size(), 1U);
    EXPECT_TRUE(due[0].in_doubt); // a crash now leaves it in doubt

    st.retry_at(due[0].id, t0 + 30s, "HTTP 500", false, true);
    EXPECT_EQ(st.due_messages(t0 + 30s, 10).at(0).attempts, 1);
    EXPECT_TRUE(st.due_messages(t0 + 29s, 10).empty());
    EXPECT_EQ(st.earliest_message_due(), t0 + 30s);
    st.mark_sent({{due[0].id, "123.456"}}, t0 + 31s);
    EXPECT_EQ(st.unsent_count(), 0U);
    EXPECT_EQ(st.sent_count(), 1U);

    auto other = standup("C2");
    other.id = st.put_schedule(other);
    st.apply_claims({send_claim(other, "k2")}, t0);
    const auto id = st.due_messages(t0, 10).at(0).id;
    st.mark_dead(id, "chat.postMessage: channel_not_found", t0);
    const auto dead = st.dead_letters(10);
    ASSERT_EQ(dead.size(), 1U);
    EXPECT_EQ(dead[0].key, "k2");
    EXPECT_EQ(dead[0].error, "chat.postMessage: channel_not_found");
    EXPECT_TRUE(st.due_messages(t0 + 24h, 10).empty());
}

TEST(store, checkins_are_found_by_either_person_and_weeks_are_marked_once)
{
    temp_dir dir;
    sqlite_store st(dir.file("k.db"));
    schedule c;
    c.kind = schedule_kind::checkin;
    c.team_id = "T1";
    c.mentor_id = "UMENTOR";
    c.mentee_id = "UMENTEE";
    c.rule = {"UTC", 600, 1U << 2};
    c.created_by = "UMENTOR";
    c.id = st.put_schedule(c);
    EXPECT_EQ(st.checkins_of("T1", "UMENTOR").size(), 1U);
    EXPECT_EQ(st.checkins_of("T1", "UMENTEE").size(), 1U);
    EXPECT_TRUE(st.checkins_of("T1", "USOMEONE").empty());
    EXPECT_TRUE(st.mark_week_done(c.id, 1));
    EXPECT_FALSE(st.mark_week_done(c.id, 1));
    EXPECT_EQ(st.weeks_done(c.id), 1);
}

} // namespace
} // namespace rolebot::store
