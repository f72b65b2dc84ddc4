#pragma once

#include <string>

namespace rolebot::core {

/// A slash command as any platform delivers it, decoded from the wire format.
struct command {
    std::string team_id;
    std::string channel_id;
    std::string user_id;
    std::string name; ///< "/role", with its leading slash
    std::string text; ///< everything the user typed after the command
    std::string response_url;
    std::string trigger_id;
};

} // namespace rolebot::core
