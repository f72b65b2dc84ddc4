#include "handlers/role_card.hpp"

#include "handlers/action_ids.hpp"

#include "handlers/reply_text.hpp"

namespace rolebot::handlers {
namespace {

void add_field(std::vector<std::string>& fields, std::string_view label, const std::string& value)
{
    if (!value.empty()) {
        fields.push_back("*" + std::string(label) + "*\n" + value);
    }
}

std::string track_lines(const knowledge::knowledge_base& kb, knowledge::role_track track)
{
    std::string out = "*" + std::string(knowledge::track_label(track)) + " track*";
    const auto roles = kb.ladder(track);
    int step = 0;
    int last_rank = -1;
    for (const auto* r : roles) {
        if (r->rank != last_rank) {
            out += "\n" + std::to_string(++step) + ". " + r->title;
            last_rank = r->rank;
        } else {
            out += " / " + r->title; // same level, different name
        }
    }
    return out;
}

/// The role at work, from the comparison aspects the card's fields do not already show
/// (scope and time horizon do): "*Daily activities:* ...", one line each. Empty when the
/// articles give none.
std::string in_practice(const knowledge::role& role)
{
    std::string out;
    for (std::size_t i = 0; i < knowledge::aspect_count; ++i) {
        const auto a = static_cast<knowledge::aspect>(i);
        if (a == knowledge::aspect::scope || a == knowledge::aspect::time_horizon ||
            role.aspect_value(a).empty()) {
            continue;
        }
        out += "\n*" + std::string(knowledge::aspect_label(a)) + ":* " + role.aspect_value(a);
    }
    return out.empty() ? out : "*In practice*" + out;
}

} // namespace

core::reply role_card(const knowledge::knowledge_base& kb, const knowledge::role& role)
{
    core::reply r;
    r.header(role.title).section(role.summary);

    std::vector<std::string> fields;
    add_field(fields, "Track", std::string(knowledge::track_label(role.track)));
    add_field(fields, "Scope", role.scope);
    add_field(fields, "Time horizon", role.time_horizon);
    add_field(fields, "Reports to", titles_of(kb, role.reports_to));
    add_field(fields, "Manages", titles_of(kb, role.manages));
    add_field(fields, "Next step", titles_of(kb, role.next_steps));
    add_field(fields, "Also called", joined(role.aliases));
    r.fields(std::move(fields));

    if (!role.responsibilities.empty()) {
        r.section(bullets("Responsibilities", role.responsibilities));
    }
    if (!role.skills.empty()) {
        r.section(bullets("Skills", role.skills));
    }
    if (const auto practice = in_practice(role); !practice.empty()) {
        r.section(practice);
    }
    r.context(sources_line(role.sources))
        .buttons({{"Compare with…", std::string(actions::compare_with), role.id},
                  {"How do I get there?", std::string(actions::path_to), role.id}})
        .fallback(role.title + ": " + role.summary)
        .cache_as(snapshot_key(kb, "role:" + role.id));
    return r;
}

core::reply ladder_reply(const knowledge::knowledge_base& kb)
{
    core::reply r;
    r.header("The product management career ladder")
        .section(track_lines(kb, knowledge::role_track::individual_contributor))
        .section(track_lines(kb, knowledge::role_track::management))
        .context("Titles on one line share a level. `/role <title>` shows a role card, "
                 "e.g. `/role product lead`.")
        .fallback("The product management career ladder")
        .cache_as(snapshot_key(kb, "ladder"));
    return r;
}

} // namespace rolebot::handlers
