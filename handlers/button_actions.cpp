#include "handlers/button_actions.hpp"

#include "handlers/action_ids.hpp"
#include "handlers/answer_replies.hpp"
#include "handlers/schedule_replies.hpp"
#include "handlers/scheduled_messages.hpp"

#include <charconv>

namespace rolebot::handlers {
namespace {

constexpr std::size_t max_choices = 5;

/// "12|2026-11-23" -> (12, "2026-11-23").
std::optional<std::pair<std::int64_t, std::string>> id_and_rest(std::string_view value)
{
    const auto bar = value.find('|');
    if (bar == std::string_view::npos) {
        return std::nullopt;
    }
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + bar, id);
    if (ec != std::errc() || end != value.data() + bar) {
        return std::nullopt;
    }
    return std::pair{id, std::string(value.substr(bar + 1))};
}

/// Roles worth comparing with `role`: its next steps, then its neighbours by rank on
/// both tracks.
std::vector<const knowledge::role*> comparison_choices(const knowledge::knowledge_base& kb,
                                                       const knowledge::role& role)
{
    std::vector<const knowledge::role*> out;
    const auto add = [&](const knowledge::role* r) {
        if (r != nullptr && r != &role && out.size() < max_choices &&
            std::find(out.begin(), out.end(), r) == out.end()) {
            out.push_back(r);
        }
    };
    for (const auto& id : role.next_steps) {
        add(kb.find(id));
    }
    for (int distance = 0; distance <= 2; ++distance) {
        for (const auto& other : kb.roles()) {
            if (std::abs(other.rank - role.rank) == distance) {
                add(&other);
            }
        }
    }
    return out;
}

core::reply compare_picker(const knowledge::knowledge_base& kb, const knowledge::role& role)
{
    std::vector<core::button> row;
    for (const auto* other : comparison_choices(kb, role)) {
        row.push_back({other->title, std::string(actions::compare), role.id + "|" + other->id});
    }
    core::reply r;
    r.section("Compare *" + role.title + "* with:")
        .buttons(std::move(row))
        .context("Any two roles: `/role " + role.title + " vs <title>`")
        .fallback("Compare " + role.title + " with another role");
    return r;
}

core::reply path_into(const knowledge::knowledge_base& kb, const knowledge::role& role)
{
    if (const auto* path = kb.find_path("", role.id)) {
        return path_reply(kb, *path);
    }
    return notice("The articles describe no path into *" + role.title +
                  "*. `/path` lists the steps they do describe, e.g. `/path pm product lead`.");
}

std::optional<core::reply> skip_standup(handler_services& services, const core::action& a)
{
    const auto parsed = id_and_rest(a.value);
    const auto s = parsed ? services.store.find_schedule(parsed->first) : std::nullopt;
    if (!s || s->kind != store::schedule_kind::standup || s->team_id != a.team_id) {
        return notice("This stand-up no longer exists.");
    }
    services.store.add_skip(s->id, parsed->second);
    core::reply r;
    r.section("Stand-up for " + parsed->second + ": skipped by " + core::mention(a.user_id) + ".")
        .fallback("Stand-up skipped")
        .in_channel()
        .replacing();
    return r;
}

std::optional<core::reply> checkin_done(const knowledge::knowledge_base& kb,
                                        handler_services& services, const core::action& a)
{
    const auto parsed = id_and_rest(a.value);
    const auto s = parsed ? services.store.find_schedule(parsed->first) : std::nullopt;
    int week = 0;
    if (parsed) {
        std::from_chars(parsed->second.data(), parsed->second.data() + parsed->second.size(), week);
    }
    if (!s || s->kind != store::schedule_kind::checkin || s->team_id != a.team_id || week < 1) {
        return notice("This check-in no longer exists.");
    }
    if (a.user_id != s->mentor_id && a.user_id != s->mentee_id) {
        return notice("Only the mentor or the mentee can mark this check-in done.");
    }
    services.store.mark_week_done(s->id, week);
    const auto next = topic_for_week(kb, week);
    core::reply r;
    r.section("Week " + std::to_string(week) + " check-in marked done by " +
              core::mention(a.user_id) + ". Next week's topic: " + next.title + ".")
        .fallback("Check-in marked done")
        .in_channel()
        .replacing();
    return r;
}

} // namespace

std::optional<core::reply> handle_action(const knowledge::knowledge_base& kb,
                                         handler_services& services, const core::action& a)
{
    if (a.action_id == actions::compare_with || a.action_id == actions::path_to) {
        const auto* role = kb.find(a.value);
        if (role == nullptr) {
            return notice("That role is no longer in the knowledge base.");
        }
        return a.action_id == actions::compare_with ? compare_picker(kb, *role)
                                                    : path_into(kb, *role);
    }
    if (a.action_id == actions::compare) {
        const auto bar = a.value.find('|');
        const auto* first = kb.find(a.value.substr(0, bar));
        const auto* second = bar == std::string::npos ? nullptr : kb.find(a.value.substr(bar + 1));
        if (first == nullptr || second == nullptr) {
            return notice("Those roles are no longer in the knowledge base.");
        }
        return comparison_reply(kb, *first, *second);
    }
    if (a.action_id == actions::helpful || a.action_id == actions::not_helpful) {
        const bool helpful = a.action_id == actions::helpful;
        services.store.record_question(
            {helpful ? store::question_kind::helpful : store::question_kind::not_helpful, a.value,
             a.team_id, a.user_id},
            now_seconds(services));
        return notice(helpful ? "Thanks, glad it helped."
                              : "Thanks for saying so. It is noted, so the answers can improve "
                                "where they fall short.");
    }
    if (a.action_id == actions::skip_standup) {
        return skip_standup(services, a);
    }
    if (a.action_id == actions::checkin_done) {
        return checkin_done(kb, services, a);
    }
    return std::nullopt;
}

} // namespace rolebot::handlers
