#pragma once

#include "bot/core/reply.hpp"
#include "knowledge/knowledge_base.hpp"

#include <string_view>

namespace rolebot::handlers {

/// `/path [from] [to]`: the steps from one role to another (default: product manager
/// to product lead).
core::reply path_command(const knowledge::knowledge_base& kb, std::string_view text);

} // namespace rolebot::handlers
