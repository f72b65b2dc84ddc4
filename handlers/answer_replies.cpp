#include "handlers/answer_replies.hpp"

#include "handlers/reply_text.hpp"
#include "handlers/role_card.hpp"

#include <algorithm>
#include <set>

namespace rolebot::handlers {
namespace {

namespace kn = knowledge;

constexpr std::size_t max_echo = 120;
constexpr std::string_view not_said = "_The articles don't say._";

std::vector<std::string> merged_sources(const kn::role& a, const kn::role& b)
{
    std::set<std::string> all(a.sources.begin(), a.sources.end());
    all.insert(b.sources.begin(), b.sources.end());
    return {all.begin(), all.end()};
}

core::reply faq_reply(const kn::knowledge_base& kb, const kn::faq& f)
{
    core::reply r;
    r.section("*" + f.question + "*\n" + f.answer);
    if (!f.roles.empty()) {
        std::string more = "More: ";
        for (std::size_t i = 0; i < f.roles.size(); ++i) {
            if (const auto* role = kb.find(f.roles[i])) {
                more += (i == 0 ? "`/role " : ", `/role ") + role->title + "`";
            }
        }
        r.context(more);
    }
    r.context(sources_line(f.sources)).fallback(f.answer).cache_as(snapshot_key(kb, "faq:" + f.id));
    return r;
}

core::reply topic_reply(const kn::knowledge_base& kb, const kn::topic& t)
{
    core::reply r;
    r.header(t.title).section(t.summary);
    if (!t.points.empty()) {
        r.section(bullets("In short", t.points));
    }
    r.context(sources_line(t.sources))
        .fallback(t.title + ": " + t.summary)
        .cache_as(snapshot_key(kb, "topic:" + t.id));
    return r;
}

core::reply reports_to_reply(const kn::knowledge_base& kb, const kn::role& role)
{
    // Only for a role whose reporting line the articles give: the answerer refuses
    // the others.
    core::reply r;
    const std::string text =
        "A " + role.title + " reports to: " + titles_of(kb, role.reports_to) + ".";
    r.section(text);
    if (!role.manages.empty()) {
        r.section("A " + role.title + " manages: " + titles_of(kb, role.manages) + ".");
    }
    r.context(sources_line(role.sources)).fallback(text);
    r.cache_as(snapshot_key(kb, "reports-to:" + role.id));
    return r;
}

core::reply unknown_reply(const kn::knowledge_base& kb, const kn::answer& answer,
                          std::string_view question)
{
    std::string quoted(question.substr(0, max_echo));
    if (question.size() > max_echo) {
        quoted += "...";
    }
    std::string text = "I don't know the answer to \"" + quoted +
                       "\": the articles I learned from don't cover it, and I'd rather say so "
                       "than guess.";
    if (!answer.closest.empty()) {
        text += "\nClosest topics I do know:";
        for (const auto& ref : answer.closest) {
            // Roles and paths as the command that shows them, ready to run.
            std::string line;
            if (ref.kind == kn::entry_kind::role) {
                line = "`/role " + kb.roles()[ref.index].title + "`";
            } else if (ref.kind == kn::entry_kind::path) {
                line = path_command(kb, kb.paths()[ref.index]);
            }
            text += "\n• " + (line.empty() ? std::string(kb.entry_title(ref)) : line);
        }
    }
    text += "\nTry `/role` for the career ladder or `/role help` for what I can do.";
    core::reply r;
    r.section(std::move(text)).fallback("I don't know the answer to that.");
    return r;
}

} // namespace

core::reply comparison_reply(const kn::knowledge_base& kb, const kn::role& a, const kn::role& b)
{
    core::reply r;
    r.header(a.title + " vs " + b.title)
        .fields({"*" + a.title + "*\n" + a.summary, "*" + b.title + "*\n" + b.summary});
    std::size_t shown = 0;
    for (std::size_t i = 0; i < kn::aspect_count; ++i) {
        const auto aspect = static_cast<kn::aspect>(i);
        const auto& left = a.aspect_value(aspect);
        const auto& right = b.aspect_value(aspect);
        if (left.empty() && right.empty()) {
            continue;
        }
        ++shown;
        r.section("*" + std::string(kn::aspect_label(aspect)) + "*")
            .fields({"_" + a.title + "_: " + (left.empty() ? std::string(not_said) : left),
                     "_" + b.title + "_: " + (right.empty() ? std::string(not_said) : right)});
    }
    if (shown == 0) {
        r.section("The articles don't compare these two roles aspect by aspect; the summaries "
                  "above are what they say. `/role " +
                  a.title + "` and `/role " + b.title + "` have the details.");
    }
    r.context("Track: " + a.title + " — " + std::string(kn::track_label(a.track)) + "; " + b.title +
              " — " + std::string(kn::track_label(b.track)))
        .context(sources_line(merged_sources(a, b)))
        .fallback(a.title + " vs " + b.title)
        .cache_as(snapshot_key(kb, "compare:" + a.id + ":" + b.id));
    return r;
}

std::string path_command(const kn::knowledge_base& kb, const kn::career_path& path)
{
    const auto* from = kb.find(path.from);
    const auto* to = kb.find(path.to);
    return from != nullptr && to != nullptr ? "`/path " + from->title + " to " + to->title + "`"
                                            : std::string();
}

core::reply path_reply(const kn::knowledge_base& kb, const kn::career_path& path)
{
    const auto* from = kb.find(path.from);
    const auto* to = kb.find(path.to);
    const std::string title =
        (from != nullptr ? from->title : path.from) + " → " + (to != nullptr ? to->title : path.to);
    core::reply r;
    r.header(title).section(path.summary);
    if (!path.typical_time.empty()) {
        r.section("*Typical time:* " + path.typical_time);
    }
    std::string steps = "*Steps*";
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
        steps += "\n" + std::to_string(i + 1) + ". *" + path.steps[i].title +
                 "*: " + path.steps[i].detail;
    }
    r.section(std::move(steps));
    if (!path.milestones.empty()) {
        r.section(bullets("Milestones", path.milestones));
    }
    if (!path.skills_to_build.empty()) {
        r.section(bullets("Skills to build", path.skills_to_build));
    }
    r.context(sources_line(path.sources))
        .fallback(title + ": " + path.summary)
        .cache_as(snapshot_key(kb, "path:" + path.id));
    return r;
}

core::reply answer_reply(const kn::knowledge_base& kb, const kn::answer& answer,
                         std::string_view question)
{
    switch (answer.kind) {
    case kn::answer_kind::role:
        return role_card(kb, *answer.role_a);
    case kn::answer_kind::comparison:
        return comparison_reply(kb, *answer.role_a, *answer.role_b);
    case kn::answer_kind::path:
        return path_reply(kb, *answer.path);
    case kn::answer_kind::reports_to:
        return reports_to_reply(kb, *answer.role_a);
    case kn::answer_kind::faq:
        return faq_reply(kb, *answer.faq_entry);
    case kn::answer_kind::topic:
        return topic_reply(kb, *answer.topic_entry);
    case kn::answer_kind::unknown:
        break;
    }
    return unknown_reply(kb, answer, question);
}

} // namespace rolebot::handlers
