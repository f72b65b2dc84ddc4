#include "bot/scheduler/weekly_rule.hpp"

#include <date/date.h>
#include <date/tz.h>


namespace rolebot::scheduler {
namespace {

using date::local_days;
using date::local_seconds;

/// The instant a local day's firing happens, or nothing when that weekday is off.
std::optional<sys_seconds> firing_on(const date::time_zone& zone, const weekly_rule& rule,
                                     local_days day)
{
    if ((rule.days & (1U << date::weekday(day).c_encoding())) == 0) {
        return std::nullopt;
    }
    const local_seconds wall = day + std::chrono::minutes(rule.minute_of_day);
    const auto info = zone.get_info(wall);
    switch (info.result) {
    case date::local_info::unique:
        return sys_seconds(wall.time_since_epoch()) - info.first.offset;
    case date::local_info::nonexistent:
        // The clocks jumped over this time; the first instant after the gap is the
        // transition itself (e.g. 03:00 when 02:00-03:00 is skipped).
        return info.second.begin;
    case date::local_info::ambiguous:
        // The time happens twice; the first one (still on the earlier offset) counts.
        return sys_seconds(wall.time_since_epoch()) - info.first.offset;
    }
    return std::nullopt;
}

local_days local_day_of(const date::time_zone& zone, sys_seconds t)
{
    return date::floor<date::days>(zone.to_local(t));
}

} // namespace

bool is_known_zone(const std::string& zone)
{
    try {
        return date::locate_zone(zone) != nullptr;
    } catch (const std::exception&) {
        return false;
    }
}

std::optional<sys_seconds> next_fire(const weekly_rule& rule, sys_seconds after)
{
    if ((rule.days & 0x7F) == 0) {
        return std::nullopt;
    }
    const auto& zone = *date::locate_zone(rule.zone);
    // Start a day early: a firing just after a transition can belong to the previous
    // local date, and nine days always reach a set weekday.
    const auto first = local_day_of(zone, after) - date::days(1);
    for (int i = 0; i < 9; ++i) {
        const auto t = firing_on(zone, rule, first + date::days(i));
        if (t && *t > after) {
            return t;
        }
    }
    return std::nullopt;
}

std::optional<sys_seconds> previous_fire(const weekly_rule& rule, sys_seconds at)
{
    if ((rule.days & 0x7F) == 0) {
        return std::nullopt;
    }
    const auto& zone = *date::locate_zone(rule.zone);
    const auto last = local_day_of(zone, at) + date::days(1);
    for (int i = 0; i < 9; ++i) {
        const auto t = firing_on(zone, rule, last - date::days(i));
        if (t && *t <= at) {
            return t;
        }
    }
    return std::nullopt;
}

std::optional<sys_seconds> parse_utc(std::string_view text)
{
    // Fixed layout, read by hand: date::parse trips GCC 12's uninitialised-use warning.
    const auto number = [&](std::size_t at, std::size_t width) -> int {
        int n = 0;
        for (std::size_t i = at; i < at + width; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return -1;
            }
            n = n * 10 + (text[i] - '0');
        }
        return n;
    };
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
        text[13] != ':' || text[16] != ':' || text[19] != 'Z') {
        return std::nullopt;
    }
    const int y = number(0, 4), mo = number(5, 2), d = number(8, 2);
    const int h = number(11, 2), mi = number(14, 2), s = number(17, 2);
    const date::year_month_day day{date::year(y), date::month(static_cast<unsigned>(mo)),
                                   date::day(static_cast<unsigned>(d))};
    if (y < 0 || mo < 0 || d < 0 || !day.ok() || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 ||
        s > 59) {
        return std::nullopt;
    }
    return date::sys_days(day) + std::chrono::hours(h) + std::chrono::minutes(mi) +
           std::chrono::seconds(s);
}

std::string local_date(const std::string& zone, sys_seconds t)
{
    const date::year_month_day ymd(local_day_of(*date::locate_zone(zone), t));
    return date::format("%F", ymd);
}

std::string local_time(const std::string& zone, sys_seconds t)
{
    const auto local = date::locate_zone(zone)->to_local(t);
    return date::format("%H:%M", date::floor<std::chrono::minutes>(local));
}

} // namespace rolebot::scheduler
