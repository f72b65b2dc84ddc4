#pragma once

#include "bot/core/inbound.hpp"
#include "bot/core/reply.hpp"
#include "handlers/handler_services.hpp"
#include "knowledge/knowledge_base.hpp"

namespace rolebot::handlers {

/// The answer to a mention or a DM, whose text has had the bot's mention removed: the
/// question answerer's reply, or a short introduction when the text is empty. A
/// question it cannot answer is recorded for `rolebot report`.
core::reply answer_message(const knowledge::knowledge_base& kb, handler_services& services,
                           const core::message_event& event, std::string_view question);

} // namespace rolebot::handlers
