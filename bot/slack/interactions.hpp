#pragma once

#include "bot/core/inbound.hpp"

#include <string>
#include <string_view>

namespace rolebot::slack {

/// What an interactivity body turned out to be.
enum class interaction_kind {
    button,    ///< a click on a button (block_actions)
    ignored,   ///< another kind of interaction (views, shortcuts, menus)
    malformed, ///< no payload, or not JSON: 400
};

/// A decoded interactivity request.
struct decoded_interaction {
    interaction_kind kind = interaction_kind::malformed;
    core::action click;
    std::string reason; ///< for the log
};

/// Decodes `payload=<urlencoded JSON>` (already verified over the raw body).
decoded_interaction decode_interaction(std::string_view body);

/// Decodes the payload JSON itself (as Socket Mode delivers it).
decoded_interaction decode_interaction_payload(std::string_view payload);

} // namespace rolebot::slack
