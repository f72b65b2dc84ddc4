#pragma once

#include "bot/core/reply.hpp"
#include "knowledge/knowledge_base.hpp"

namespace rolebot::handlers {

/// `/role help`: usage of every command.
core::reply help_reply(const knowledge::knowledge_base& kb);

} // namespace rolebot::handlers
