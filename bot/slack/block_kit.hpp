#pragma once

#include "bot/core/reply.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::slack {

/// Slack's Block Kit limits that rendering enforces.
struct block_kit_limits {
    static constexpr std::size_t blocks = 50;
    static constexpr std::size_t section_text = 3000;
    static constexpr std::size_t field_text = 2000;
    static constexpr std::size_t fields = 10;
    static constexpr std::size_t header_text = 150;
    static constexpr std::size_t context_elements = 10;
    static constexpr std::size_t fallback_text = 3000;
    static constexpr std::size_t actions = 25;
    static constexpr std::size_t button_text = 75;
    static constexpr std::size_t button_value = 2000;
    static constexpr std::size_t action_id = 255;
};

/// Escapes the three characters Slack treats as control characters: & < >.
std::string escape_text(std::string_view text);

/// What in a reply exceeds Slack's limits (rendering would cut it), one line each;
/// empty when it fits. `rolebot kb check` uses it so shipped content is never cut.
std::vector<std::string> limit_problems(const core::reply& reply);

/// Renders a reply as a Slack message for a slash-command response body:
/// {"response_type", "text", "blocks"}; every text escaped and cut to Slack's limits.
std::string render_message(const core::reply& reply);

/// Renders a reply as chat.postMessage arguments without the channel: {"text", "blocks"},
/// and "thread_ts" when it answers in a thread.
std::string render_post(const core::reply& reply, std::string_view thread_ts = {});

/// Renders a reply to a button click for its response_url: the message, with
/// "replace_original" when the reply replaces the message the button was on.
std::string render_response(const core::reply& reply);

} // namespace rolebot::slack
