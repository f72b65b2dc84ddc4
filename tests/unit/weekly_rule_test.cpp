// Next firing times across daylight-saving changes, on the system tz database.
#include "bot/scheduler/weekly_rule.hpp"

#include <date/date.h>
#include <gtest/gtest.h>

namespace rolebot::scheduler {
namespace {

constexpr std::uint8_t every_day = 0x7F;
constexpr std::uint8_t mon_fri = 0b0111110;

sys_seconds utc(const std::string& text)
{
    const auto t = parse_utc(text);
    EXPECT_TRUE(t) << text;
    return t.value_or(sys_seconds{});
}

std::string show(std::optional<sys_seconds> t)
{
    return t ? date::format("%FT%TZ", *t) : "none";
}

TEST(weekly_rule, berlin_morning_keeps_its_local_time_over_spring_forward)
{
    // Europe/Berlin moves from UTC+1 to UTC+2 on Sunday 2026-03-29.
    const weekly_rule rule{"Europe/Berlin", 9 * 60 + 30, mon_fri};
    auto t = next_fire(rule, utc("2026-03-26T12:00:00Z"));
    EXPECT_EQ(show(t), "2026-03-27T08:30:00Z"); // Friday, 09:30 CET
    t = next_fire(rule, *t);
    EXPECT_EQ(show(t), "2026-03-30T07:30:00Z"); // Monday, 09:30 CEST
}

TEST(weekly_rule, berlin_time_skipped_by_spring_forward_fires_at_the_first_valid_minute)
{
    // 02:00-03:00 does not exist in Berlin on 2026-03-29; 02:30 fires at 03:00 CEST.
    const weekly_rule rule{"Europe/Berlin", 2 * 60 + 30, every_day};
    auto t = next_fire(rule, utc("2026-03-28T12:00:00Z"));
    EXPECT_EQ(show(t), "2026-03-29T01:00:00Z");
    EXPECT_EQ(local_time("Europe/Berlin", *t), "03:00");
    EXPECT_EQ(show(next_fire(rule, *t)), "2026-03-30T00:30:00Z");
}

TEST(weekly_rule, berlin_time_repeated_by_fall_back_fires_once)
{
    // 02:00-03:00 happens twice in Berlin on 2026-10-25 (CEST, then CET).
    const weekly_rule rule{"Europe/Berlin", 2 * 60 + 30, every_day};
    auto t = next_fire(rule, utc("2026-10-24T12:00:00Z"));
    EXPECT_EQ(show(t), "2026-10-25T00:30:00Z"); // the first 02:30, CEST
    // Not the second 02:30 (01:30Z) of the same day: the next firing is Monday's.
    EXPECT_EQ(show(next_fire(rule, *t)), "2026-10-26T01:30:00Z");
    EXPECT_EQ(show(next_fire(rule, utc("2026-10-25T01:00:00Z"))), "2026-10-26T01:30:00Z");
}

TEST(weekly_rule, new_york_half_past_two_on_spring_forward_day_fires_at_three)
{
    // America/New_York skips 02:00-03:00 on Sunday 2026-03-08.
    const weekly_rule rule{"America/New_York", 2 * 60 + 30, every_day};
    const auto t = next_fire(rule, utc("2026-03-07T12:00:00Z"));
    EXPECT_EQ(show(t), "2026-03-08T07:00:00Z");
    EXPECT_EQ(local_time("America/New_York", *t), "03:00");
    EXPECT_EQ(show(next_fire(rule, *t)), "2026-03-09T06:30:00Z"); // 02:30 EDT
}

TEST(weekly_rule, new_york_half_past_one_on_fall_back_day_fires_once)
{
    // 01:00-02:00 happens twice in New York on Sunday 2026-11-01.
    const weekly_rule rule{"America/New_York", 60 + 30, every_day};
    const auto t = next_fire(rule, utc("2026-10-31T12:00:00Z"));
    EXPECT_EQ(show(t), "2026-11-01T05:30:00Z");                   // 01:30 EDT
    EXPECT_EQ(show(next_fire(rule, *t)), "2026-11-02T06:30:00Z"); // Monday 01:30 EST
}

TEST(weekly_rule, weekday_schedule_jumps_over_the_weekend)
{
    const weekly_rule rule{"UTC", 9 * 60, mon_fri};
    const auto friday = next_fire(rule, utc("2026-11-20T08:00:00Z"));
    EXPECT_EQ(show(friday), "2026-11-20T09:00:00Z");
    EXPECT_EQ(show(next_fire(rule, *friday)), "2026-11-23T09:00:00Z");
    EXPECT_EQ(show(previous_fire(rule, utc("2026-11-22T23:00:00Z"))), "2026-11-20T09:00:00Z");
}

TEST(weekly_rule, one_day_a_week_and_the_exact_instant)
{
    const weekly_rule tuesdays{"Asia/Tokyo", 10 * 60, 1U << 2};
    const auto t = next_fire(tuesdays, utc("2026-11-22T00:00:00Z"));
    EXPECT_EQ(show(t), "2026-11-24T01:00:00Z"); // Tuesday 10:00 JST
    // Strictly after: the instant itself is not "next", but it is "previous".
    EXPECT_EQ(show(next_fire(tuesdays, *t)), "2026-12-01T01:00:00Z");
    EXPECT_EQ(show(previous_fire(tuesdays, *t)), "2026-11-24T01:00:00Z");
}

TEST(weekly_rule, no_days_never_fires_and_unknown_zones_are_reported)
{
    EXPECT_FALSE(next_fire({"UTC", 0, 0}, utc("2026-01-01T00:00:00Z")));
    EXPECT_TRUE(is_known_zone("Europe/Berlin"));
    EXPECT_FALSE(is_known_zone("Mars/Olympus_Mons"));
    EXPECT_THROW(next_fire({"Mars/Olympus_Mons", 0, every_day}, utc("2026-01-01T00:00:00Z")),
                 std::runtime_error);
}

TEST(weekly_rule, local_dates_follow_the_zone)
{
    const auto t = utc("2026-11-22T23:30:00Z");
    EXPECT_EQ(local_date("UTC", t), "2026-11-22");
    EXPECT_EQ(local_date("Europe/Berlin", t), "2026-11-23");
    EXPECT_EQ(local_date("America/Los_Angeles", t), "2026-11-22");
}

} // namespace
} // namespace rolebot::scheduler
