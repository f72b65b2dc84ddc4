#pragma once

#include "bot/core/reply.hpp"
#include "bot/store/records.hpp"
#include "knowledge/knowledge_base.hpp"

#include <string>
#include <vector>

namespace rolebot::handlers {

/// The stand-up questions a channel gets unless it sets its own; the second one names
/// the daily activities the knowledge base gives for a product manager.
std::vector<std::string> default_standup_questions(const knowledge::knowledge_base& kb);

/// The prompt posted to a channel on a stand-up day.
core::reply standup_prompt(const knowledge::knowledge_base& kb, const store::schedule& standup,
                           const std::string& local_date);

/// This week's suggested topic for a check-in: the transition steps from product
/// manager to product lead, one a week, starting again after the last.
struct checkin_topic {
    int step = 0;  ///< 1-based
    int steps = 0;
    std::string title;
    std::string detail;
    std::vector<std::string> sources;
};
checkin_topic topic_for_week(const knowledge::knowledge_base& kb, int week);

/// The reminder sent to a mentor and mentee (one group DM) for week `week` (0-based).
core::reply checkin_reminder(const knowledge::knowledge_base& kb, const store::schedule& checkin,
                             int week);

} // namespace rolebot::handlers
