#pragma once

#include "bot/core/reply.hpp"
#include "bot/store/records.hpp"

#include <string>
#include <string_view>

namespace rolebot::handlers {

/// "Sorry: <message>" plus where to find usage; only the asker sees it.
core::reply error_reply(const std::string& message, std::string_view help_command);

/// A one-paragraph confirmation; `in_channel` shows it to everyone.
core::reply notice(const std::string& text, bool in_channel = false);

/// When a schedule fires next, in its own zone: "Mon 2026-11-23 at 09:30 (Europe/Berlin)".
std::string next_text(const store::schedule& s);

/// True when the rule fires on local date `day` ("2026-12-24").
bool runs_on(const scheduler::weekly_rule& rule, const std::string& day);

} // namespace rolebot::handlers
