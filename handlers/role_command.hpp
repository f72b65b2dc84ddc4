#pragma once

#include "bot/core/reply.hpp"
#include "knowledge/knowledge_base.hpp"

#include <string_view>

namespace rolebot::handlers {

/// `/role [title | help]`: the ladder, a role card, usage, or "did you mean".
core::reply role_command(const knowledge::knowledge_base& kb, std::string_view text);

} // namespace rolebot::handlers
