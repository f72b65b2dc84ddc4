#pragma once

#include "bot/core/reply.hpp"
#include "knowledge/knowledge_base.hpp"

namespace rolebot::handlers {

/// A role card: summary, scope, time horizon, responsibilities, skills, other names,
/// reports to / manages, next step and sources. Only what the knowledge base holds.
core::reply role_card(const knowledge::knowledge_base& kb, const knowledge::role& role);

/// Every title on the ladder, individual-contributor and management tracks.
core::reply ladder_reply(const knowledge::knowledge_base& kb);

/// "Source: a.txt, b.txt" for a list of article files.
std::string sources_line(const std::vector<std::string>& sources);

} // namespace rolebot::handlers
