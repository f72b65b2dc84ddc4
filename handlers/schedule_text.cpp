#include "handlers/schedule_text.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>

namespace rolebot::handlers {
namespace {

constexpr std::array<std::string_view, 7> day_names = {"sun", "mon", "tue", "wed",
                                                       "thu", "fri", "sat"};
constexpr std::array<std::string_view, 7> day_titles = {"Sun", "Mon", "Tue", "Wed",
                                                        "Thu", "Fri", "Sat"};
constexpr std::uint8_t weekdays = 0b0111110;
constexpr std::uint8_t weekend = 0b1000001;
constexpr std::uint8_t every_day = 0b1111111;

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool all_digits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
        return std::isdigit(c) != 0;
    });
}

/// "mon", "monday", "tues", "thurs": the weekday index, or -1.
int day_index(std::string_view word)
{
    if (word.size() < 3) {
        return -1;
    }
    static constexpr std::array<std::string_view, 7> full = {
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
    for (int i = 0; i < 7; ++i) {
        const auto& name = full[static_cast<std::size_t>(i)];
        if (name.substr(0, word.size()) == word) {
            return i;
        }
    }
    return -1;
}

} // namespace

std::vector<std::string_view> words(std::string_view text)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) != 0) {
            ++i;
        }
        const auto start = i;
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) == 0) {
            ++i;
        }
        if (i > start) {
            out.push_back(text.substr(start, i - start));
        }
    }
    return out;
}

bool looks_like_time(std::string_view text)
{
    return !text.empty() && std::isdigit(static_cast<unsigned char>(text.front())) != 0 &&
           text.find('-', 1) == std::string_view::npos;
}

std::variant<int, input_error> parse_time_of_day(std::string_view text)
{
    const auto t = lower(text);
    const input_error bad{"\"" + std::string(text) +
                          "\" is not a time of day; use 24-hour HH:MM such as 09:30 or 17:00, "
                          "or 9:30am"};
    std::string_view rest = t;
    int offset = 0; // +12 h for pm
    bool twelve_hour = false;
    if (rest.ends_with("am") || rest.ends_with("pm")) {
        twelve_hour = true;
        offset = rest.ends_with("pm") ? 12 : 0;
        rest.remove_suffix(2);
    } else if (rest.ends_with('h')) {
        rest.remove_suffix(1);
    }
    std::string_view hours = rest;
    std::string_view minutes = "0";
    if (const auto colon = rest.find_first_of(":."); colon != std::string_view::npos) {
        hours = rest.substr(0, colon);
        minutes = rest.substr(colon + 1);
        if (minutes.size() != 2) {
            return bad;
        }
    }
    if (!all_digits(hours) || !all_digits(minutes) || hours.size() > 2) {
        return bad;
    }
    int h = std::stoi(std::string(hours));
    const int m = std::stoi(std::string(minutes));
    if (m > 59) {
        return input_error{"\"" + std::string(text) + "\" has no such minute; minutes go "
                                                       "from 00 to 59"};
    }
    if (twelve_hour) {
        if (h < 1 || h > 12) {
            return input_error{"\"" + std::string(text) +
                               "\" is not a time; with am/pm the hour goes from 1 to 12"};
        }
        h = h % 12 + offset;
    } else if (h > 23) {
        return input_error{"\"" + std::string(text) +
                           "\" is not a time; hours go from 00 to 23 (24-hour clock)"};
    }
    return h * 60 + m;
}

bool looks_like_days(std::string_view text)
{
    const auto t = lower(text);
    if (t == "daily" || t == "weekdays" || t == "weekends" || t == "every" || t == "everyday") {
        return true;
    }
    const auto first = t.substr(0, t.find_first_of(",-"));
    return day_index(first) >= 0;
}

std::variant<std::uint8_t, input_error> parse_days(std::string_view text)
{
    const auto t = lower(text);
    if (t == "daily" || t == "every day" || t == "everyday") {
        return every_day;
    }
    if (t == "weekdays" || t == "workdays") {
        return weekdays;
    }
    if (t == "weekends") {
        return weekend;
    }
    std::uint8_t mask = 0;
    std::stringstream parts(t);
    std::string part;
    while (std::getline(parts, part, ',')) {
        const auto dash = part.find('-');
        const auto from = day_index(part.substr(0, dash));
        const auto to = dash == std::string::npos ? from : day_index(part.substr(dash + 1));
        if (from < 0 || to < 0) {
            return input_error{"\"" + std::string(text) +
                               "\" is not a list of days; use e.g. mon-fri, mon,wed,fri, "
                               "tue, weekdays or daily"};
        }
        for (int d = from;; d = (d + 1) % 7) { // fri-mon wraps over the weekend
            mask = static_cast<std::uint8_t>(mask | (1U << d));
            if (d == to) {
                break;
            }
        }
    }
    if (mask == 0) {
        return input_error{"no days given; say which days, e.g. mon-fri or daily"};
    }
    return mask;
}

std::optional<std::string> canonical_zone(std::string_view text)
{
    if (text.empty() || text.size() > 64) {
        return std::nullopt;
    }
    const std::string name(text);
    try {
        return std::string(date::locate_zone(name)->name());
    } catch (const std::exception&) {
        // Not an exact name; try ignoring case below.
    }
    const auto wanted = lower(text);
    // The system database lists links ("US/Eastern") as zones of their own.
    for (const auto& zone : date::get_tzdb().zones) {
        if (lower(zone.name()) == wanted) {
            return std::string(zone.name());
        }
    }
    return std::nullopt;
}

std::string describe_days(std::uint8_t days)
{
    if (days == every_day) {
        return "every day";
    }
    if (days == weekdays) {
        return "Mon–Fri";
    }
    if (days == weekend) {
        return "Sat and Sun";
    }
    std::string out;
    for (int i : {1, 2, 3, 4, 5, 6, 0}) { // the working week first
        if ((days & (1U << i)) != 0) {
            out += (out.empty() ? "" : ", ") + std::string(day_titles[static_cast<std::size_t>(i)]);
        }
    }
    return out;
}

std::string format_time_of_day(int minute_of_day)
{
    const auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
    return two(minute_of_day / 60 % 24) + ":" + two(minute_of_day % 60);
}

std::string describe_rule(const scheduler::weekly_rule& rule)
{
    return format_time_of_day(rule.minute_of_day) + " " + rule.zone + ", " +
           describe_days(rule.days);
}

std::variant<std::string, input_error> parse_date(std::string_view text)
{
    const input_error bad{"\"" + std::string(text) +
                          "\" is not a date; use YYYY-MM-DD, e.g. 2026-12-24"};
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4)) ||
        !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2))) {
        return bad;
    }
    const date::year_month_day ymd{date::year(std::stoi(std::string(text.substr(0, 4)))),
                                   date::month(static_cast<unsigned>(
                                       std::stoi(std::string(text.substr(5, 2))))),
                                   date::day(static_cast<unsigned>(
                                       std::stoi(std::string(text.substr(8, 2)))))};
    if (!ymd.ok()) {
        return input_error{"\"" + std::string(text) + "\" is not a day of the calendar"};
    }
    return std::string(text);
}

std::variant<rule_parts, input_error> parse_rule_parts(const std::vector<std::string_view>& ws)
{
    rule_parts parts;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto word = ws[i];
        if (looks_like_time(word)) {
            // "9:30 am" arrives as two words.
            std::string joined(word);
            if (i + 1 < ws.size() && (lower(ws[i + 1]) == "am" || lower(ws[i + 1]) == "pm")) {
                joined += ws[++i];
            }
            if (parts.minute_of_day) {
                return input_error{"two times given; a schedule has one time of day"};
            }
            auto t = parse_time_of_day(joined);
            if (auto* e = std::get_if<input_error>(&t)) {
                return *e;
            }
            parts.minute_of_day = std::get<int>(t);
        } else if (lower(word) == "every" && i + 1 < ws.size() && lower(ws[i + 1]) == "day") {
            parts.days = static_cast<std::uint8_t>(parts.days.value_or(0) | 0x7F);
            ++i;
        } else if (looks_like_days(word)) {
            auto d = parse_days(word);
            if (auto* e = std::get_if<input_error>(&d)) {
                return *e;
            }
            parts.days = static_cast<std::uint8_t>(parts.days.value_or(0) | std::get<std::uint8_t>(d));
        } else if (auto zone = canonical_zone(word)) {
            if (parts.zone) {
                return input_error{"two time zones given; a schedule has one"};
            }
            parts.zone = std::move(zone);
        } else if (word.find('/') != std::string_view::npos || word.size() <= 5) {
            return input_error{"\"" + std::string(word) +
                               "\" is not a time zone I know; use an IANA name such as "
                               "Europe/Berlin, America/New_York or UTC"};
        } else {
            return input_error{"I don't understand \"" + std::string(word) +
                               "\"; expected a time (09:30), a time zone (Europe/Berlin) and "
                               "days (mon-fri)"};
        }
    }
    return parts;
}

std::optional<std::string> mentioned_user(std::string_view word)
{
    if (!word.starts_with("<@") || !word.ends_with(">")) {
        return std::nullopt;
    }
    auto id = word.substr(2, word.size() - 3);
    id = id.substr(0, id.find('|'));
    if (id.empty() || id.size() > 32 ||
        id.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    return std::string(id);
}

} // namespace rolebot::handlers
