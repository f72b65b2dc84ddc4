#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rolebot::scheduler {

/// Seconds since the Unix epoch, UTC.
using sys_seconds = std::chrono::sys_seconds;

/// "At this local time, in this IANA zone, on these weekdays": the rule behind every
/// stand-up and check-in. Times are wall-clock times in the zone, never fixed offsets,
/// so a 09:30 Berlin stand-up stays at 09:30 across daylight-saving changes.
struct weekly_rule {
    std::string zone;          ///< IANA name, e.g. "Europe/Berlin"
    int minute_of_day = 0;     ///< 0..1439, local wall-clock time
    std::uint8_t days = 0;     ///< bit i set = weekday i is on (0 = Sunday .. 6 = Saturday)

    bool operator==(const weekly_rule&) const = default;
};

/// True when `zone` names a zone in the system's tz database.
bool is_known_zone(const std::string& zone);

/// The first firing strictly after `after`. A local time that does not exist that day
/// (spring forward) fires at the first valid instant after it; a local time that occurs
/// twice (fall back) fires once, at its first occurrence. Empty when no day is set.
/// Throws std::runtime_error for an unknown zone.
std::optional<sys_seconds> next_fire(const weekly_rule& rule, sys_seconds after);

/// The last firing at or before `at`; empty when no day is set.
std::optional<sys_seconds> previous_fire(const weekly_rule& rule, sys_seconds at);

/// Reads a UTC time written "2026-03-29T01:00:00Z"; empty when it is not one.
std::optional<sys_seconds> parse_utc(std::string_view text);

/// The local calendar date ("2026-03-29") of instant `t` in `zone`.
std::string local_date(const std::string& zone, sys_seconds t);

/// The local wall-clock time ("09:30") of instant `t` in `zone`.
std::string local_time(const std::string& zone, sys_seconds t);

} // namespace rolebot::scheduler
