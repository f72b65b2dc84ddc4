#include "handlers/scheduled_messages.hpp"

#include "handlers/action_ids.hpp"
#include "handlers/reply_text.hpp"

#include <cctype>

namespace rolebot::handlers {
namespace {

/// "Sprint planning, backlog grooming and stakeholder meetings, typically ..." ->
/// "sprint planning, backlog grooming and stakeholder meetings".
std::string activities_phrase(std::string text)
{
    if (const auto cut = text.find_first_of(".;"); cut != std::string::npos) {
        text.resize(cut);
    }
    if (const auto cut = text.find(", typically"); cut != std::string::npos) {
        text.resize(cut);
    }
    if (!text.empty()) {
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    }
    return text;
}

} // namespace

std::vector<std::string> default_standup_questions(const knowledge::knowledge_base& kb)
{
    std::string today = "What will you work on today?";
    if (const auto* pm = kb.find("product-manager")) {
        const auto& activities = pm->aspect_value(knowledge::aspect::daily_activities);
        if (!activities.empty()) {
            today = "What will you work on today (" + activities_phrase(activities) + ")?";
        }
    }
    return {"What did you get done since the last stand-up?", today,
            "Is anything blocking you, or do you need a decision from someone?"};
}

core::reply standup_prompt(const knowledge::knowledge_base& kb, const store::schedule& standup,
                           const std::string& local_date)
{
    const auto questions =
        standup.questions.empty() ? default_standup_questions(kb) : standup.questions;
    std::string body;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        body += (i ? "\n" : "") + std::to_string(i + 1) + ". " + questions[i];
    }
    core::reply r;
    r.header("Stand-up for " + local_date)
        .section(body)
        .context("Answer in a thread under this message. `/standup skip " + local_date +
                 "` skips a day; `/standup pause` pauses.")
        .buttons({{"Skip today", std::string(actions::skip_standup),
                   std::to_string(standup.id) + "|" + local_date}})
        .fallback("Stand-up for " + local_date + ": " + questions.front())
        .in_channel();
    return r;
}

checkin_topic topic_for_week(const knowledge::knowledge_base& kb, int week)
{
    checkin_topic t;
    const auto* path = kb.find_path("product-manager", "product-lead");
    if (path == nullptr || path->steps.empty()) {
        t.title = "How is the mentee's growth going, and what should the next month focus on?";
        return t;
    }
    t.steps = static_cast<int>(path->steps.size());
    t.step = week % t.steps + 1;
    const auto& step = path->steps[static_cast<std::size_t>(t.step - 1)];
    t.title = step.title;
    t.detail = step.detail;
    t.sources = path->sources;
    return t;
}

core::reply checkin_reminder(const knowledge::knowledge_base& kb, const store::schedule& checkin,
                             int week)
{
    const auto topic = topic_for_week(kb, week);
    core::reply r;
    std::string intro = "Time for your weekly check-in, " + core::mention(checkin.mentor_id) +
                        " (mentor) and " + core::mention(checkin.mentee_id) + " (mentee).";
    std::string suggestion = "*Suggested topic";
    if (topic.steps > 0) {
        suggestion += ", step " + std::to_string(topic.step) + " of " +
                      std::to_string(topic.steps) + " from product manager to product lead";
    }
    suggestion += ":* " + topic.title;
    if (!topic.detail.empty()) {
        suggestion += "\n" + topic.detail;
    }
    r.header("Mentorship check-in, week " + std::to_string(week + 1))
        .section(intro)
        .section(suggestion)
        .context("When you have met: `/checkin done " + std::to_string(checkin.id) + "`. " +
                 (topic.sources.empty() ? std::string() : sources_line(topic.sources)))
        .buttons({{"Done", std::string(actions::checkin_done),
                   std::to_string(checkin.id) + "|" + std::to_string(week + 1), true}})
        .fallback("Weekly check-in, week " + std::to_string(week + 1) + ": " + topic.title);
    return r;
}

} // namespace rolebot::handlers
