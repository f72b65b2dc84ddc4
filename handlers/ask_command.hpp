#pragma once

#include "bot/core/reply.hpp"
#include "knowledge/knowledge_base.hpp"

#include <string_view>

namespace rolebot::handlers {

/// `/ask <question>` (and later @mentions and DMs): a free question answered from the
/// knowledge base, or an honest "I don't know".
core::reply ask_command(const knowledge::knowledge_base& kb, std::string_view question);

} // namespace rolebot::handlers
