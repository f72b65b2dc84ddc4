#pragma once

#include "bot/core/inbound.hpp"
#include "bot/slack/bot_identity.hpp"

#include <string>
#include <string_view>

namespace rolebot::slack {

/// What an Events API body turned out to be.
enum class event_kind {
    url_verification, ///< Slack checking the URL: echo the challenge
    message,          ///< a mention or a DM to answer
    ignored,          ///< a valid event we do not act on (bots, edits, joins, others)
    malformed,        ///< not JSON, or missing what its type needs: 400
};

/// A decoded Events API request.
struct decoded_event {
    event_kind kind = event_kind::malformed;
    std::string challenge;    ///< url_verification
    core::message_event event;
    std::string reason;       ///< why it was ignored or malformed, for the log
};

/// Decodes an Events API body (already verified). Answers `app_mention` and `message`
/// in a DM (channel_type "im") from people; ignores messages from bots (any bot_id, or
/// the bot's own user), messages with a subtype (edits, deletions, joins), and other
/// event types.
decoded_event decode_event(std::string_view body, const bot_identity& self);

/// The text without mentions of the bot ("<@UBOT> what is a PL?" -> "what is a PL?"),
/// or without leading mentions when the bot's id is not known.
std::string without_bot_mention(std::string_view text, const bot_identity& self);

} // namespace rolebot::slack
