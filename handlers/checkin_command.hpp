#pragma once

#include "bot/core/inbound.hpp"
#include "bot/core/reply.hpp"
#include "handlers/handler_services.hpp"
#include "knowledge/knowledge_base.hpp"

namespace rolebot::handlers {

/// `/checkin`: weekly mentorship check-ins. `@mentor @mentee tue 10:00 [zone]` sets one
/// up (both get one group DM each week with a suggested topic); `list`, `pause [id]`,
/// `resume [id]`, `remove [id]`, `done [id]` (this week's check-in happened), `help`.
/// Only the mentor, the mentee or whoever set it up can change a check-in.
core::reply checkin_command(const knowledge::knowledge_base& kb, handler_services& services,
                            const core::command& cmd);

} // namespace rolebot::handlers
