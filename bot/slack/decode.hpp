#pragma once

#include "bot/core/inbound.hpp"

#include <string>
#include <string_view>

namespace rolebot::slack {

/// What a slash-command body turned out to be.
enum class command_kind {
    command,   ///< a real slash command
    ssl_check, ///< Slack checking our certificate: acknowledge, do nothing
    malformed, ///< not a valid form or no command in it: 400
};

/// A decoded slash-command request.
struct decoded_command {
    command_kind kind = command_kind::malformed;
    core::command cmd;
    std::string error; ///< why it is malformed, for the log
};

/// Decodes an application/x-www-form-urlencoded slash-command body (already verified).
decoded_command decode_command(std::string_view body);

} // namespace rolebot::slack
