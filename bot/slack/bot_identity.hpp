#pragma once

#include <string>

namespace rolebot::slack {

/// The bot's own identity (from auth.test), so its own messages are never answered.
struct bot_identity {
    std::string user_id; ///< "U..." of the bot user
    std::string bot_id;  ///< "B..."
};

} // namespace rolebot::slack
