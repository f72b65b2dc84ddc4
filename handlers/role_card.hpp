#pragma once

#include "bot/core/reply.hpp"
#include "knowledge/knowledge_base.hpp"

namespace rolebot::handlers {

/// A role card: summary, scope, time horizon, responsibilities, skills, other names,
/// reports to / manages, next step and sources. Only what the knowledge base holds.
core::reply role_card(const knowledge::knowledge_base& kb, const knowledge::role& role);

/// Every title on the ladder, individual-contributor and management tracks.
core::reply ladder_reply(const knowledge::knowledge_base& kb);

} // namespace rolebot::handlers
