#include "handlers/checkin_command.hpp"

#include "handlers/schedule_replies.hpp"
#include "handlers/schedule_text.hpp"
#include "handlers/scheduled_messages.hpp"
#include "handlers/text_parsing.hpp"

#include <bit>

namespace rolebot::handlers {
namespace {

constexpr std::string_view help_command = "/checkin help";

core::reply usage()
{
    core::reply r;
    r.header("/checkin: weekly mentorship check-ins")
        .section("*`/checkin @mentor @mentee tue 10:00 Europe/Berlin`*: every Tuesday at 10:00 "
                 "Berlin time, one message to both of you with a suggested topic. The topics "
                 "walk through the steps from product manager to product lead, one a week.\n"
                 "*`/checkin list`*: your check-ins and their numbers\n"
                 "*`/checkin done 3`*: this week's check-in #3 happened\n"
                 "*`/checkin pause 3`* / *`/checkin resume 3`* / *`/checkin remove 3`*\n"
                 "The number can be left out when you have only one check-in.")
        .context("Mention people with @ so Slack sends their ids. Times follow the zone's "
                 "daylight-saving rules.")
        .fallback("/checkin usage: /checkin @mentor @mentee tue 10:00 Europe/Berlin");
    return r;
}

std::string pair_text(const store::schedule& s)
{
    return core::mention(s.mentor_id) + " mentoring " + core::mention(s.mentee_id);
}

std::string describe_checkin(handler_services& services, const store::schedule& s)
{
    const int done = services.store.weeks_done(s.id);
    return "*#" + std::to_string(s.id) + "* " + pair_text(s) + ": " + describe_rule(s.rule) +
           "\n    next: " + (s.paused ? "paused" : next_text(s)) + "; reminders sent: " +
           std::to_string(s.weeks_sent) + ", weeks done: " + std::to_string(done);
}

core::reply create(handler_services& services, const core::command& cmd,
                   const std::vector<std::string_view>& ws)
{
    std::vector<std::string> people;
    std::vector<std::string_view> rest;
    for (const auto w : ws) {
        if (auto user = mentioned_user(w)) {
            people.push_back(*user);
        } else if (w.starts_with("@")) {
            return error_reply("I got \"" + std::string(w.substr(0, 40)) +
                                   "\" as plain text, not as a person; pick people from "
                                   "Slack's @ menu so their ids come through",
                               help_command);
        } else {
            rest.push_back(w);
        }
    }
    if (people.size() != 2) {
        return error_reply("name exactly two people, the mentor first: `/checkin @mentor "
                           "@mentee tue 10:00 Europe/Berlin`",
                           help_command);
    }
    if (people[0] == people[1]) {
        return error_reply("the mentor and the mentee must be two different people",
                           help_command);
    }
    auto parsed = parse_rule_parts(rest);
    if (auto* e = std::get_if<input_error>(&parsed)) {
        return error_reply(e->message, help_command);
    }
    const auto& parts = std::get<rule_parts>(parsed);
    if (!parts.days) {
        return error_reply("no day given; a check-in is weekly, e.g. `tue`", help_command);
    }
    if (std::popcount(*parts.days) != 1) {
        return error_reply("a check-in is weekly: give one day, e.g. `tue`", help_command);
    }
    if (!parts.minute_of_day) {
        return error_reply("no time given, e.g. `10:00`", help_command);
    }
    store::schedule s;
    s.kind = store::schedule_kind::checkin;
    s.team_id = cmd.team_id;
    s.mentor_id = people[0];
    s.mentee_id = people[1];
    s.created_by = cmd.user_id;
    s.rule = {parts.zone.value_or(services.default_zone), *parts.minute_of_day, *parts.days};
    s.next_due = scheduler::next_fire(s.rule, now_seconds(services));
    s.id = services.store.put_schedule(s);
    services.changed();
    std::string text = "Check-in *#" + std::to_string(s.id) + "*: " + pair_text(s) + ", " +
                       describe_rule(s.rule) + ".\nFirst reminder: " + next_text(s) +
                       ". Both of you get it in one group message.";
    if (!parts.zone) {
        text += "\nNo time zone given, so times are in " + s.rule.zone +
                "; add one to change it, e.g. `Europe/Berlin`.";
    }
    return notice(text);
}

/// The check-in a subcommand is about: the number given, or the only one the user has.
std::variant<store::schedule, core::reply> target(handler_services& services,
                                                  const core::command& cmd, std::string_view arg)
{
    auto id_text = trim(arg);
    if (id_text.starts_with('#')) {
        id_text.remove_prefix(1);
    }
    if (id_text.empty()) {
        const auto mine = services.store.checkins_of(cmd.team_id, cmd.user_id);
        if (mine.size() == 1) {
            return mine.front();
        }
        return error_reply(mine.empty() ? "you have no check-ins"
                                        : "you have several check-ins; add its number (see "
                                          "`/checkin list`)",
                           help_command);
    }
    std::int64_t id = 0;
    for (const char c : id_text) {
        if (c < '0' || c > '9' || id > 1'000'000'000) {
            return error_reply("\"" + std::string(id_text.substr(0, 20)) +
                                   "\" is not a check-in number (see `/checkin list`)",
                               help_command);
        }
        id = id * 10 + (c - '0');
    }
    auto found = services.store.find_schedule(id);
    if (!found || found->kind != store::schedule_kind::checkin ||
        found->team_id != cmd.team_id) {
        return error_reply("there is no check-in #" + std::to_string(id), help_command);
    }
    if (cmd.user_id != found->mentor_id && cmd.user_id != found->mentee_id &&
        cmd.user_id != found->created_by) {
        return error_reply("only the mentor, the mentee or whoever set it up can change "
                           "check-in #" + std::to_string(id),
                           help_command);
    }
    return *found;
}

} // namespace

core::reply checkin_command(const knowledge::knowledge_base& kb, handler_services& services,
                            const core::command& cmd)
{
    const auto text = trim(cmd.text);
    const auto ws = words(text);
    if (ws.empty() || is_word(ws[0], "help") || ws[0] == "?") {
        return usage();
    }
    if (is_word(ws[0], "list") || is_word(ws[0], "show")) {
        const auto mine = services.store.checkins_of(cmd.team_id, cmd.user_id);
        if (mine.empty()) {
            return notice("You have no check-ins. Set one up with `/checkin @mentor @mentee "
                          "tue 10:00 Europe/Berlin`.");
        }
        std::string list;
        for (const auto& s : mine) {
            list += (list.empty() ? "" : "\n") + describe_checkin(services, s);
        }
        core::reply r;
        r.header("Your check-ins").section(list).fallback("Your check-ins");
        return r;
    }
    if (mentioned_user(ws[0]) || ws[0].starts_with("@")) {
        return create(services, cmd, ws);
    }
    const auto verb = ws[0];
    const auto arg = trim(*after_word(text, verb));
    const bool known = is_word(verb, "pause") || is_word(verb, "resume") ||
                       is_word(verb, "remove") || is_word(verb, "delete") ||
                       is_word(verb, "done");
    if (!known) {
        return error_reply("I don't know `/checkin " + std::string(verb.substr(0, 40)) + "`",
                           help_command);
    }
    auto found = target(services, cmd, arg);
    if (auto* r = std::get_if<core::reply>(&found)) {
        return *r;
    }
    auto s = std::get<store::schedule>(found);
    const auto label = "check-in #" + std::to_string(s.id);
    if (is_word(verb, "remove") || is_word(verb, "delete")) {
        services.store.remove_schedule(s.id);
        services.changed();
        return notice("Removed " + label + " (" + pair_text(s) + ").");
    }
    if (is_word(verb, "done")) {
        if (s.weeks_sent == 0) {
            return notice("No reminder has gone out for " + label + " yet; the first is " +
                          next_text(s) + ".");
        }
        const bool fresh = services.store.mark_week_done(s.id, s.weeks_sent);
        const auto next = topic_for_week(kb, s.weeks_sent);
        return notice((fresh ? "Marked week " : "Week ") + std::to_string(s.weeks_sent) +
                      " of " + label + (fresh ? " done" : " was already marked done") + " (" +
                      std::to_string(services.store.weeks_done(s.id)) +
                      " weeks done so far). Next week's topic: " + next.title + ".");
    }
    const bool pause = is_word(verb, "pause");
    if (s.paused == pause) {
        return notice(label + (pause ? " is already paused." : " is running."));
    }
    s.paused = pause;
    s.next_due = pause ? std::nullopt : scheduler::next_fire(s.rule, now_seconds(services));
    services.store.put_schedule(s);
    services.changed();
    return notice(pause ? "Paused " + label + "."
                        : "Resumed " + label + ". Next reminder: " + next_text(s) + ".");
}

} // namespace rolebot::handlers
