#pragma once

#include "bot/core/inbound.hpp"
#include "bot/core/reply.hpp"
#include "handlers/handler_services.hpp"
#include "knowledge/knowledge_base.hpp"

#include <string_view>

namespace rolebot::handlers {

/// A question's reply, and whether the knowledge base answered it.
struct asked {
    core::reply reply;
    bool answered = false;
};

/// A free question answered from the knowledge base, or an honest "I don't know".
asked ask(const knowledge::knowledge_base& kb, std::string_view question);

/// ask(), recording a question it cannot answer (with who asked) for `rolebot report`.
core::reply ask_and_record(const knowledge::knowledge_base& kb, handler_services& services,
                           std::string_view question, const std::string& team_id,
                           const std::string& user_id);

/// `/ask <question>`: usage when empty, else ask(); a question it cannot answer is
/// recorded for `rolebot report`.
core::reply ask_command(const knowledge::knowledge_base& kb, handler_services& services,
                        const core::command& cmd);

} // namespace rolebot::handlers
