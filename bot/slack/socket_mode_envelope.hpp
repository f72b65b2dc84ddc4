#pragma once

#include "bot/slack/intake.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace rolebot::slack {

/// What one Socket Mode frame asks of us.
struct envelope_answer {
    /// The acknowledgement to send back, or empty when the envelope must not be
    /// acknowledged (it could not be stored; Slack will deliver it again).
    std::optional<std::string> ack;
    std::string type;         ///< "events_api", "hello", "disconnect", ...
    std::string reason;       ///< a disconnect's reason
    std::string envelope_id;
};

/// Handles one Socket Mode frame with the same intake as the HTTP endpoints: events,
/// slash commands (the reply travels in the ack's payload) and button clicks. `hello`
/// and `disconnect` are reported for the connection to act on.
envelope_answer answer_envelope(intake& in, std::string_view frame, std::string_view request_id);

} // namespace rolebot::slack
