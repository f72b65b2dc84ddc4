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

/// A message someone wrote to the bot: an @mention in a channel or a direct message.
struct message_event {
    std::string event_id;  ///< the platform's id for this delivery's event, for dedupe
    std::string team_id;
    std::string channel_id;
    std::string user_id;
    std::string text;      ///< as written, mentions included
    std::string ts;        ///< the message's own id (Slack timestamp)
    std::string thread_ts; ///< the thread it is in, empty at top level
    bool direct = false;   ///< a DM rather than a mention
};

/// A click on one of the bot's buttons.
struct action {
    std::string team_id;
    std::string channel_id;
    std::string user_id;
    std::string action_id;
    std::string value;
    std::string response_url; ///< where the answer goes (a few times, for a while)
    std::string trigger_id;   ///< unique per click
};

} // namespace rolebot::core
