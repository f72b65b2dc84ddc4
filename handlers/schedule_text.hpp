#pragma once

#include "bot/scheduler/weekly_rule.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace rolebot::handlers {

/// A user's mistake, worded to be shown to them.
struct input_error {
    std::string message;
};

/// "09:30", "9:30", "9am", "9:30 pm", "17h": minutes after midnight, or an error.
std::variant<int, input_error> parse_time_of_day(std::string_view text);

/// True when the text looks like a time of day (so it is parsed as one, not as a zone).
bool looks_like_time(std::string_view text);

/// "mon-fri", "mon,wed,fri", "tue", "weekdays", "weekends", "daily", "every day",
/// "fri-mon" (wraps): a weekday bit set (bit 0 = Sunday), or an error.
std::variant<std::uint8_t, input_error> parse_days(std::string_view text);

/// True when the text starts like a list of days.
bool looks_like_days(std::string_view text);

/// The tz database name for `text`, matched exactly or ignoring case ("europe/berlin").
std::optional<std::string> canonical_zone(std::string_view text);

/// "Mon–Fri", "every day", "Tue", "Mon, Wed, Fri".
std::string describe_days(std::uint8_t days);

/// "09:30".
std::string format_time_of_day(int minute_of_day);

/// "09:30 Europe/Berlin, Mon–Fri".
std::string describe_rule(const scheduler::weekly_rule& rule);

/// The parts of a schedule a user typed, in any order: "09:30 Europe/Berlin mon-fri".
struct rule_parts {
    std::optional<int> minute_of_day;
    std::optional<std::string> zone;
    std::optional<std::uint8_t> days;
};

/// Reads a time, a zone and days from words (each optional, none twice); an error names
/// the word it could not read.
std::variant<rule_parts, input_error> parse_rule_parts(const std::vector<std::string_view>& ws);

/// A calendar date "2026-12-24": validated and normalised, or an error.
std::variant<std::string, input_error> parse_date(std::string_view text);

/// Splits on white space.
std::vector<std::string_view> words(std::string_view text);

/// A user id from a Slack mention as slash commands escape it ("<@U123|ana>" or
/// "<@U123>"); empty for anything else.
std::optional<std::string> mentioned_user(std::string_view word);

} // namespace rolebot::handlers
