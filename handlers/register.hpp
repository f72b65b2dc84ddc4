#pragma once

#include "bot/core/router.hpp"
#include "handlers/handler_services.hpp"
#include "knowledge/knowledge_source.hpp"

namespace rolebot::handlers {

/// Registers every command rolebot answers; the one list of commands.
void register_all(core::router& router, const knowledge::knowledge_source& knowledge,
                  handler_services& services);

} // namespace rolebot::handlers
