#pragma once

#include "bot/core/logger.hpp"
#include "bot/slack/bot_identity.hpp"
#include "bot/slack/web_api_client.hpp"

#include <optional>
#include <string>

namespace rolebot::slack {

/// Asks Slack who the bot is (auth.test), once, at start-up; blocks for at most the
/// client's timeouts. Empty, with the reason logged, when Slack does not say.
std::optional<bot_identity> look_up_identity(const api_endpoint& api, const std::string& token,
                                             core::logger& log);

} // namespace rolebot::slack
