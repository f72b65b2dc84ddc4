#include "handlers/schedule_replies.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <sstream>

namespace rolebot::handlers {

core::reply error_reply(const std::string& message, std::string_view help_command)
{
    core::reply r;
    r.section("Sorry: " + message + ".\nNothing was changed. `" + std::string(help_command) +
              "` shows how to use it.")
        .fallback("Sorry: " + message);
    return r;
}

core::reply notice(const std::string& text, bool in_channel)
{
    core::reply r;
    r.section(text).fallback(text);
    if (in_channel) {
        r.in_channel();
    }
    return r;
}

std::string next_text(const store::schedule& s)
{
    if (!s.next_due) {
        return "none";
    }
    const auto local = date::locate_zone(s.rule.zone)->to_local(*s.next_due);
    return date::format("%a %F at %H:%M", date::floor<std::chrono::minutes>(local)) + " (" +
           s.rule.zone + ")";
}

bool runs_on(const scheduler::weekly_rule& rule, const std::string& day)
{
    std::istringstream in(day);
    date::local_days d;
    in >> date::parse("%F", d);
    if (in.fail()) {
        return false;
    }
    return (rule.days & (1U << date::weekday(d).c_encoding())) != 0;
}

} // namespace rolebot::handlers
