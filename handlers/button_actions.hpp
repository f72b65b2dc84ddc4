#pragma once

#include "bot/core/inbound.hpp"
#include "bot/core/reply.hpp"
#include "handlers/handler_services.hpp"
#include "knowledge/knowledge_base.hpp"

#include <optional>

namespace rolebot::handlers {

/// The reply to a click on one of rolebot's buttons (see action_ids.hpp): a comparison
/// picker and the comparison, the path into a role, feedback stored with thanks, a
/// stand-up skipped, a check-in week marked done. Empty for an action it does not know.
std::optional<core::reply> handle_action(const knowledge::knowledge_base& kb,
                                         handler_services& services, const core::action& a);

} // namespace rolebot::handlers
