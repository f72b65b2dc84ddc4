// Claiming due schedules into the outbox: grace period, skips, DST days, two claimers.
#include "bot/scheduler/occurrence_claimer.hpp"
#include "bot/store/sqlite_store.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <sstream>

#include <nlohmann/json.hpp>

#include <set>
#include <thread>

namespace rolebot::scheduler {
namespace {

using namespace std::chrono_literals;
using testing::temp_dir;

sys_seconds utc(const std::string& text)
{
    const auto t = parse_utc(text);
    EXPECT_TRUE(t) << text;
    return t.value_or(sys_seconds{});
}

store::outbound_message compose(const store::schedule& s, const occurrence& o)
{
    store::outbound_message m;
    m.channel = s.channel_id.empty() ? "" : s.channel_id;
    m.open_users = s.channel_id.empty() ? s.mentor_id + "," + s.mentee_id : "";
    m.body = nlohmann::json{{"text", o.local_date + " week " + std::to_string(o.week)}}.dump();
    return m;
}

class claimer_test : public ::testing::Test {
protected:
    std::int64_t add(const weekly_rule& rule, sys_seconds created,
                     store::schedule_kind kind = store::schedule_kind::standup)
    {
        store::schedule s;
        s.kind = kind;
        s.team_id = "T1";
        if (kind == store::schedule_kind::standup) {
            s.channel_id = "C" + std::to_string(++channels_);
        } else {
            s.mentor_id = "UA";
            s.mentee_id = "UB";
        }
        s.rule = rule;
        s.created_by = "U1";
        s.next_due = next_fire(rule, created);
        return store.put_schedule(s);
    }

    /// Every message queued so far, as "local date week N" texts.
    std::vector<std::string> queued_texts()
    {
        std::vector<std::string> out;
        for (const auto& m : store.due_messages(utc("2100-01-01T00:00:00Z"), 1000)) {
            out.push_back(nlohmann::json::parse(m.body)["text"]);
        }
        return out;
    }

    temp_dir dir;
    std::ostringstream log_text;
    core::logger log{log_text, core::log_format::json, core::log_level::debug};
    store::sqlite_store store{dir.file("rolebot.db")};
    occurrence_claimer claimer{store, compose, log};
    int channels_ = 0;
};

TEST_F(claimer_test, a_due_occurrence_is_queued_once)
{
    const auto id = add({"UTC", 9 * 60, 0x7F}, utc("2026-11-22T08:00:00Z"));
    EXPECT_EQ(claimer.claim_due(utc("2026-11-22T08:59:59Z")).queued, 0U);
    EXPECT_EQ(claimer.claim_due(utc("2026-11-22T09:00:00Z")).queued, 1U);
    EXPECT_EQ(claimer.claim_due(utc("2026-11-22T09:00:30Z")).queued, 0U);
    EXPECT_EQ(store.find_schedule(id)->next_due, utc("2026-11-23T09:00:00Z"));
    EXPECT_EQ(queued_texts(), std::vector<std::string>{"2026-11-22 week 0"});
}

TEST_F(claimer_test, after_downtime_only_the_latest_firing_within_the_grace_is_sent)
{
    // Down from Thursday to Sunday 10:30: Thursday's, Friday's and Saturday's prompts
    // are never sent; Sunday's 09:00 is 1.5 h late, within the 2 h grace: sent once.
    add({"UTC", 9 * 60, 0x7F}, utc("2026-11-19T08:00:00Z"));
    const auto report = claimer.claim_due(utc("2026-11-22T10:30:00Z"));
    EXPECT_EQ(report.queued, 1U);
    EXPECT_EQ(queued_texts(), std::vector<std::string>{"2026-11-22 week 0"});
    EXPECT_NE(log_text.str().find("skipping missed firings"), std::string::npos);
}

TEST_F(claimer_test, a_firing_older_than_the_grace_is_skipped_and_logged)
{
    const auto id = add({"UTC", 9 * 60, 0x7F}, utc("2026-11-22T08:00:00Z"));
    const auto report = claimer.claim_due(utc("2026-11-22T11:00:01Z"));
    EXPECT_EQ(report.queued, 0U);
    EXPECT_EQ(report.late, 1U);
    EXPECT_EQ(store.find_schedule(id)->next_due, utc("2026-11-23T09:00:00Z"));
    EXPECT_NE(log_text.str().find("older than the grace period"), std::string::npos);

    // A longer grace, configured, sends it.
    occurrence_claimer patient{store, compose, log, {std::chrono::hours(4), 500}};
    add({"UTC", 9 * 60, 0x7F}, utc("2026-11-22T08:00:00Z"));
    EXPECT_EQ(patient.claim_due(utc("2026-11-22T11:00:01Z")).queued, 1U);
}

TEST_F(claimer_test, a_skipped_date_posts_nothing_and_the_next_day_still_does)
{
    const auto id = add({"UTC", 9 * 60, 0x7F}, utc("2026-12-23T08:00:00Z"));
    store.add_skip(id, "2026-12-24");
    claimer.claim_due(utc("2026-12-23T09:00:00Z"));
    EXPECT_EQ(claimer.claim_due(utc("2026-12-24T09:00:00Z")).skipped_by_user, 1U);
    claimer.claim_due(utc("2026-12-25T09:00:00Z"));
    EXPECT_EQ(queued_texts(), (std::vector<std::string>{"2026-12-23 week 0", "2026-12-25 week 0"}));
}

/// Runs the claimer every five minutes from `from` to `to`.
void tick_through(occurrence_claimer& claimer, sys_seconds from, sys_seconds to)
{
    for (auto t = from; t <= to; t += 5min) {
        claimer.claim_due(t);
    }
}

TEST_F(claimer_test, berlin_daylight_saving_weekends_give_one_prompt_per_day)
{
    const auto spring = add({"Europe/Berlin", 2 * 60 + 30, 0x7F}, utc("2026-03-27T12:00:00Z"));
    tick_through(claimer, utc("2026-03-27T12:00:00Z"), utc("2026-03-30T12:00:00Z"));
    store.remove_schedule(spring);
    add({"Europe/Berlin", 2 * 60 + 30, 0x7F}, utc("2026-10-23T12:00:00Z"));
    tick_through(claimer, utc("2026-10-23T12:00:00Z"), utc("2026-10-26T12:00:00Z"));
    EXPECT_EQ(queued_texts(), (std::vector<std::string>{"2026-03-28 week 0", "2026-03-29 week 0",
                                                        "2026-03-30 week 0", "2026-10-24 week 0",
                                                        "2026-10-25 week 0", "2026-10-26 week 0"}));
}

TEST_F(claimer_test, checkins_count_their_weeks)
{
    const auto id =
        add({"UTC", 10 * 60, 1U << 2}, utc("2026-11-22T00:00:00Z"), store::schedule_kind::checkin);
    tick_through(claimer, utc("2026-11-24T09:00:00Z"), utc("2026-12-09T00:00:00Z"));
    EXPECT_EQ(queued_texts(), (std::vector<std::string>{"2026-11-24 week 0", "2026-12-01 week 1",
                                                        "2026-12-08 week 2"}));
    EXPECT_EQ(store.find_schedule(id)->weeks_sent, 3);
}

TEST_F(claimer_test, two_claimers_on_one_database_queue_each_occurrence_once)
{
    for (int i = 0; i < 50; ++i) {
        add({"UTC", 9 * 60, 0x7F}, utc("2026-11-22T08:00:00Z"));
    }
    store::sqlite_store second_connection{dir.file("rolebot.db")};
    occurrence_claimer other{second_connection, compose, log, {std::chrono::hours(2), 7}};
    std::thread a([this] { claimer.claim_due(utc("2026-11-22T09:00:00Z")); });
    std::thread b([&other] { other.claim_due(utc("2026-11-22T09:00:00Z")); });
    a.join();
    b.join();
    EXPECT_EQ(store.unsent_count(), 50U);
    std::set<std::string> channels;
    for (const auto& m : store.due_messages(utc("2026-11-22T09:00:00Z"), 100)) {
        channels.insert(m.channel);
    }
    EXPECT_EQ(channels.size(), 50U);
}

} // namespace
} // namespace rolebot::scheduler
