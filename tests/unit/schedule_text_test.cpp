// Reading times, days, zones, dates and mentions as people type them.
#include "handlers/schedule_text.hpp"

#include <gtest/gtest.h>

namespace rolebot::handlers {
namespace {

int minutes(std::string_view text)
{
    const auto r = parse_time_of_day(text);
    return std::holds_alternative<int>(r) ? std::get<int>(r) : -1;
}

int days(std::string_view text)
{
    const auto r = parse_days(text);
    return std::holds_alternative<std::uint8_t>(r) ? std::get<std::uint8_t>(r) : -1;
}

TEST(schedule_text, times_of_day)
{
    EXPECT_EQ(minutes("09:30"), 570);
    EXPECT_EQ(minutes("9:30"), 570);
    EXPECT_EQ(minutes("0930"), -1);
    EXPECT_EQ(minutes("17h"), 17 * 60);
    EXPECT_EQ(minutes("9am"), 540);
    EXPECT_EQ(minutes("9:30PM"), 21 * 60 + 30);
    EXPECT_EQ(minutes("12am"), 0);
    EXPECT_EQ(minutes("12pm"), 720);
    EXPECT_EQ(minutes("00:00"), 0);
    EXPECT_EQ(minutes("23:59"), 1439);
    EXPECT_EQ(minutes("24:00"), -1);
    EXPECT_EQ(minutes("25:00"), -1);
    EXPECT_EQ(minutes("9:60"), -1);
    EXPECT_EQ(minutes("13pm"), -1);
    EXPECT_EQ(minutes("9:5"), -1);
    EXPECT_EQ(minutes("nine"), -1);
}

TEST(schedule_text, days)
{
    EXPECT_EQ(days("mon-fri"), 0b0111110);
    EXPECT_EQ(days("Weekdays"), 0b0111110);
    EXPECT_EQ(days("daily"), 0x7F);
    EXPECT_EQ(days("weekends"), 0b1000001);
    EXPECT_EQ(days("mon,wed,fri"), 0b0101010);
    EXPECT_EQ(days("tuesday"), 0b0000100);
    EXPECT_EQ(days("thurs"), 0b0010000);
    EXPECT_EQ(days("fri-mon"), 0b1100011); // wraps over the weekend
    EXPECT_EQ(days(""), -1);
    EXPECT_EQ(days("funday"), -1);
    EXPECT_EQ(days("mo"), -1);
    EXPECT_EQ(describe_days(0b0101010), "Mon, Wed, Fri");
    EXPECT_EQ(describe_days(0b0111110), "Mon–Fri");
}

TEST(schedule_text, zones_are_matched_exactly_or_ignoring_case)
{
    EXPECT_EQ(canonical_zone("Europe/Berlin"), "Europe/Berlin");
    EXPECT_EQ(canonical_zone("europe/berlin"), "Europe/Berlin");
    EXPECT_EQ(canonical_zone("UTC"), "UTC");
    EXPECT_FALSE(canonical_zone("Mars/Base"));
    EXPECT_FALSE(canonical_zone(""));
    EXPECT_FALSE(canonical_zone(std::string(200, 'a')));
}

TEST(schedule_text, rule_parts_in_any_order)
{
    const auto r = parse_rule_parts(words("mon-fri Europe/Berlin 9:30 am"));
    ASSERT_TRUE(std::holds_alternative<rule_parts>(r));
    const auto& p = std::get<rule_parts>(r);
    EXPECT_EQ(p.minute_of_day, 570);
    EXPECT_EQ(p.zone, "Europe/Berlin");
    EXPECT_EQ(p.days, 0b0111110);
    const auto every = parse_rule_parts(words("every day 08:00"));
    EXPECT_EQ(std::get<rule_parts>(every).days, 0x7F);
    EXPECT_TRUE(std::holds_alternative<input_error>(parse_rule_parts(words("9:00 UTC UTC"))));
}

TEST(schedule_text, dates_and_mentions)
{
    EXPECT_EQ(std::get<std::string>(parse_date("2026-12-24")), "2026-12-24");
    EXPECT_TRUE(std::holds_alternative<input_error>(parse_date("2026-02-30")));
    EXPECT_TRUE(std::holds_alternative<input_error>(parse_date("24.12.2026")));
    EXPECT_EQ(mentioned_user("<@U123ABC|maria>"), "U123ABC");
    EXPECT_EQ(mentioned_user("<@W42>"), "W42");
    EXPECT_FALSE(mentioned_user("@maria"));
    EXPECT_FALSE(mentioned_user("<#C123|general>"));
    EXPECT_FALSE(mentioned_user("<@u1>"));
}

} // namespace
} // namespace rolebot::handlers
