#include "handlers/standup_command.hpp"

#include "handlers/schedule_replies.hpp"
#include "handlers/schedule_text.hpp"
#include "handlers/scheduled_messages.hpp"
#include "handlers/text_parsing.hpp"

namespace rolebot::handlers {
namespace {

constexpr std::size_t max_questions = 10;
constexpr std::size_t max_question_length = 300;

core::reply usage()
{
    core::reply r;
    r.header("/standup: a daily stand-up prompt for this channel")
        .section("*`/standup 09:30 Europe/Berlin mon-fri`*: post the prompt at 09:30 Berlin "
                 "time on weekdays (also `daily`, `weekdays`, `mon,wed,fri`, `9:30am`). Run it "
                 "again to change the time, zone or days.\n"
                 "*`/standup questions What did you do? | What's next? | Blockers?`*: your own "
                 "questions (`questions default` goes back to the built-in ones)\n"
                 "*`/standup skip 2026-12-24`*: skip one day (`today`, `tomorrow`, `next`)\n"
                 "*`/standup pause`* / *`/standup resume`*\n"
                 "*`/standup show`*: the schedule, the next prompt and the questions\n"
                 "*`/standup remove`*: turn it off")
        .context("Times follow the zone's daylight-saving rules. A prompt missed while rolebot "
                 "was down is posted once if it is less than two hours late.")
        .fallback("/standup usage: /standup 09:30 Europe/Berlin mon-fri");
    return r;
}

core::reply show(const knowledge::knowledge_base& kb, handler_services& services,
                 const store::schedule& s)
{
    const auto questions = s.questions.empty() ? default_standup_questions(kb) : s.questions;
    std::string text = "*When:* " + describe_rule(s.rule) + "\n*Next prompt:* " +
                       (s.paused ? "none, paused (`/standup resume`)" : next_text(s));
    const auto today = scheduler::local_date(s.rule.zone, now_seconds(services));
    if (const auto skipped = services.store.skips(s.id, today); !skipped.empty()) {
        text += "\n*Skipping:* ";
        for (std::size_t i = 0; i < skipped.size(); ++i) {
            text += (i ? ", " : "") + skipped[i];
        }
    }
    text += "\n*Questions*" + std::string(s.questions.empty() ? " (the defaults)" : "") + ":";
    for (std::size_t i = 0; i < questions.size(); ++i) {
        text += "\n" + std::to_string(i + 1) + ". " + questions[i];
    }
    core::reply r;
    r.header("Stand-up in this channel").section(text).fallback("Stand-up: " +
                                                               describe_rule(s.rule));
    return r;
}

core::reply set_rule(handler_services& services, const core::command& cmd,
                     std::optional<store::schedule> existing,
                     const std::vector<std::string_view>& ws)
{
    auto parsed = parse_rule_parts(ws);
    if (auto* e = std::get_if<input_error>(&parsed)) {
        return error_reply(e->message, "/standup help");
    }
    const auto& parts = std::get<rule_parts>(parsed);
    if (!existing && !parts.minute_of_day) {
        return error_reply("no time given; e.g. `/standup 09:30 Europe/Berlin mon-fri`",
                           "/standup help");
    }
    if (!existing && !parts.days) {
        return error_reply("no days given; say which days, e.g. `/standup 09:30 Europe/Berlin "
                           "mon-fri` (or `daily`, `weekdays`, `mon,wed,fri`)",
                           "/standup help");
    }
    store::schedule s = existing.value_or(store::schedule{});
    if (!existing) {
        s.kind = store::schedule_kind::standup;
        s.team_id = cmd.team_id;
        s.channel_id = cmd.channel_id;
        s.created_by = cmd.user_id;
        s.rule.zone = services.default_zone;
    }
    if (parts.minute_of_day) {
        s.rule.minute_of_day = *parts.minute_of_day;
    }
    if (parts.zone) {
        s.rule.zone = *parts.zone;
    }
    if (parts.days) {
        s.rule.days = *parts.days;
    }
    s.next_due = s.paused ? std::nullopt : scheduler::next_fire(s.rule, now_seconds(services));
    s.id = services.store.put_schedule(s);
    services.changed();
    std::string text = core::mention(cmd.user_id) + (existing ? " changed" : " set up") +
                       " this channel's stand-up: *" + describe_rule(s.rule) + "*.";
    if (!s.paused) {
        text += "\nNext prompt: " + next_text(s) + ".";
    }
    if (!parts.zone && !existing) {
        text += "\nNo time zone given, so times are in " + s.rule.zone +
                "; add one to change it, e.g. `/standup 09:30 Europe/Berlin mon-fri`.";
    }
    core::reply r;
    r.section(text)
        .context("If I am not a member of this channel yet, invite me (`/invite @rolebot`) so I "
                 "can post here. `/standup help` lists the options.")
        .fallback("Stand-up " + std::string(existing ? "changed" : "set up") + ": " +
                  describe_rule(s.rule))
        .in_channel();
    return r;
}

core::reply set_questions(handler_services& services, store::schedule s, std::string_view text)
{
    if (is_word(trim(text), "default") || is_word(trim(text), "defaults")) {
        s.questions.clear();
    } else {
        std::vector<std::string> questions;
        std::size_t start = 0;
        while (start <= text.size()) {
            const auto end = std::min(text.find_first_of("|\n", start), text.size());
            const auto q = trim(text.substr(start, end - start));
            if (!q.empty()) {
                if (q.size() > max_question_length) {
                    return error_reply("a question can be at most " +
                                           std::to_string(max_question_length) + " characters",
                                       "/standup help");
                }
                questions.emplace_back(q);
            }
            start = end + 1;
        }
        if (questions.empty()) {
            return error_reply("no questions given; separate them with |, e.g. `/standup "
                               "questions What did you do? | What's next? | Blockers?`",
                               "/standup help");
        }
        if (questions.size() > max_questions) {
            return error_reply("at most " + std::to_string(max_questions) + " questions, please",
                               "/standup help");
        }
        s.questions = std::move(questions);
    }
    services.store.put_schedule(s);
    return notice(s.questions.empty() ? "The stand-up asks the default questions again."
                                      : "The stand-up will ask " +
                                            std::to_string(s.questions.size()) +
                                            (s.questions.size() == 1 ? " question." : " questions."));
}

core::reply skip(handler_services& services, const store::schedule& s, std::string_view what)
{
    const auto now = now_seconds(services);
    std::string day;
    if (what.empty() || is_word(what, "next")) {
        if (!s.next_due) {
            return error_reply("the stand-up is paused, so there is no next prompt to skip; give "
                               "a date, e.g. `/standup skip 2026-12-24`",
                               "/standup help");
        }
        day = scheduler::local_date(s.rule.zone, *s.next_due);
    } else if (is_word(what, "today") || is_word(what, "tomorrow")) {
        day = scheduler::local_date(s.rule.zone, is_word(what, "today")
                                                      ? now
                                                      : now + std::chrono::hours(24));
    } else {
        auto parsed = parse_date(what);
        if (auto* e = std::get_if<input_error>(&parsed)) {
            return error_reply(e->message, "/standup help");
        }
        day = std::get<std::string>(parsed);
    }
    if (day < scheduler::local_date(s.rule.zone, now)) {
        return error_reply(day + " is in the past in " + s.rule.zone, "/standup help");
    }
    if (!runs_on(s.rule, day)) {
        return error_reply("there is no stand-up on " + day + " (it runs " +
                               describe_days(s.rule.days) + "), so there is nothing to skip",
                           "/standup help");
    }
    services.store.add_skip(s.id, day);
    return notice("No stand-up prompt on " + day + ".");
}

} // namespace

core::reply standup_command(const knowledge::knowledge_base& kb, handler_services& services,
                            const core::command& cmd)
{
    const auto text = trim(cmd.text);
    const auto ws = words(text);
    if (!ws.empty() && (is_word(ws[0], "help") || ws[0] == "?")) {
        return usage();
    }
    auto existing = services.store.find_standup(cmd.team_id, cmd.channel_id);
    const bool bare = ws.empty();
    if (bare || is_word(ws[0], "show") || is_word(ws[0], "list") || is_word(ws[0], "status")) {
        if (!existing) {
            auto r = usage();
            r.section("_This channel has no stand-up yet._");
            return r;
        }
        return show(kb, services, *existing);
    }
    const auto rest = [&] { return trim(*after_word(text, ws[0])); };
    if (is_word(ws[0], "set") || is_word(ws[0], "on") || is_word(ws[0], "at") ||
        is_word(ws[0], "change")) {
        return set_rule(services, cmd, existing, words(rest()));
    }
    if (looks_like_time(ws[0]) || looks_like_days(ws[0]) || canonical_zone(ws[0])) {
        return set_rule(services, cmd, existing, ws);
    }
    if (!existing) {
        return error_reply("this channel has no stand-up yet; start one with e.g. `/standup "
                           "09:30 Europe/Berlin mon-fri`",
                           "/standup help");
    }
    auto s = *existing;
    if (is_word(ws[0], "questions") || is_word(ws[0], "question")) {
        return set_questions(services, s, rest());
    }
    if (is_word(ws[0], "skip")) {
        return skip(services, s, rest());
    }
    if (is_word(ws[0], "pause") || is_word(ws[0], "resume")) {
        const bool pause = is_word(ws[0], "pause");
        if (s.paused == pause) {
            return notice(pause ? "The stand-up is already paused." : "The stand-up is running.");
        }
        s.paused = pause;
        s.next_due = pause ? std::nullopt : scheduler::next_fire(s.rule, now_seconds(services));
        services.store.put_schedule(s);
        services.changed();
        return notice(core::mention(cmd.user_id) +
                          (pause ? " paused this channel's stand-up."
                                 : " resumed this channel's stand-up. Next prompt: " +
                                       next_text(s) + "."),
                      true);
    }
    if (is_word(ws[0], "remove") || is_word(ws[0], "off") || is_word(ws[0], "delete") ||
        is_word(ws[0], "stop")) {
        services.store.remove_schedule(s.id);
        services.changed();
        return notice(core::mention(cmd.user_id) + " turned off this channel's stand-up.", true);
    }
    return error_reply("I don't know `/standup " + std::string(ws[0].substr(0, 40)) + "`",
                       "/standup help");
}

} // namespace rolebot::handlers
