#pragma once

#include "bot/core/inbound.hpp"
#include "bot/core/reply.hpp"
#include "handlers/handler_services.hpp"
#include "knowledge/knowledge_base.hpp"

namespace rolebot::handlers {

/// `/standup`: the current channel's daily stand-up prompt. `09:30 Europe/Berlin
/// mon-fri` turns it on (or changes it), `questions a | b | c`, `pause`, `resume`,
/// `skip <date|today|tomorrow|next>`, `show`, `remove`, `help`. Bad input changes nothing.
core::reply standup_command(const knowledge::knowledge_base& kb, handler_services& services,
                            const core::command& cmd);

} // namespace rolebot::handlers
