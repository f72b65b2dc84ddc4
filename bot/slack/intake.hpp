#pragma once

#include "bot/core/clock.hpp"
#include "bot/core/inbound.hpp"
#include "bot/core/logger.hpp"
#include "bot/core/reply.hpp"
#include "bot/core/router.hpp"
#include "bot/slack/bot_identity.hpp"
#include "bot/slack/render_cache.hpp"
#include "bot/store/store.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::slack {

/// What Slack's requests need besides the router: who the bot is, how to answer
/// messages and button clicks, and where replies go. Owned by main.
struct conversation_services {
    bot_identity identity;
    /// The reply to a message (its text without the bot's mention).
    std::function<core::reply(const core::message_event&, std::string_view question)> answer;
    /// The reply to a button click; empty for an unknown action.
    std::function<std::optional<core::reply>(const core::action&)> act;
    /// Origins a response_url may have ("https://hooks.slack.com:443").
    std::vector<std::string> response_origins;
    store::store& store;
    const core::clock& clock;
    /// Replies were queued: wake the sender. Safe from any thread.
    std::function<void()> queued = [] {};
};

/// How taking in an event or a click went.
enum class intake_result {
    handled,   ///< stored (its reply queued): acknowledge
    duplicate, ///< taken in before: acknowledge, nothing done
    ignored,   ///< nothing to do: acknowledge
    malformed, ///< not what Slack sends: refuse
    failed,    ///< could not be stored: do not acknowledge, so Slack delivers it again
};

/// Slack's requests after transport and verification, the same for the HTTP endpoints
/// and Socket Mode: slash commands through the router, events and clicks into the store
/// and outbox. Thread-safe.
class intake {
public:
    intake(const core::router& router, render_cache& renders, conversation_services* conversations,
           core::logger& log)
        : router_(router), renders_(renders), conversations_(conversations), log_(log)
    {
    }

    /// A slash command's reply as Slack message JSON (the ack's body).
    std::string command(const core::command& cmd, std::string_view request_id);

    /// An Events API body (event_callback JSON). `challenge` receives a
    /// url_verification's challenge (then the result is `handled`).
    intake_result event(std::string_view body, std::string_view request_id,
                        std::string_view retry_num, std::string& challenge);

    /// A button click.
    intake_result click(const core::action& click, std::string_view request_id);

    /// True when mentions, DMs and buttons are served.
    bool converses() const { return conversations_ != nullptr; }

private:
    /// Queues a reply for a response_url (refused unless its origin is allowed, dropped
    /// once the URL is used up); false only when the store failed.
    bool queue_response(const std::string& response_url, std::string key,
                        const core::reply& reply, std::string_view request_id);

    const core::router& router_;
    render_cache& renders_;
    conversation_services* conversations_;
    core::logger& log_;
};

} // namespace rolebot::slack
