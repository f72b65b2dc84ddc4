#pragma once

#include "bot/core/logger.hpp"
#include "bot/core/router.hpp"
#include "bot/server/http_server.hpp"
#include "bot/slack/render_cache.hpp"
#include "bot/slack/bot_identity.hpp"
#include "bot/slack/signature.hpp"
#include "bot/store/store.hpp"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace rolebot::server {

/// What POST /slack/events and /slack/interactions need: who the bot is, how to answer
/// messages and button clicks, and where replies go.
struct conversation_services {
    slack::bot_identity identity;
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

/// What the HTTP endpoints need; all owned by main and outliving the server.
struct endpoint_services {
    const slack::signature_verifier& verifier;
    const core::router& router;
    slack::render_cache& renders;
    core::logger& log;
    /// Mentions, DMs and buttons; without it /slack/events and /slack/interactions are 404.
    conversation_services* conversations;
};

/// The HTTP surface: POST /slack/commands, POST /slack/events and GET /healthz. Slack
/// requests are verified over the raw body before anything is parsed.
class endpoints {
public:
    explicit endpoints(endpoint_services services) : services_(services) {}

    /// Answers one request.
    response handle(const request& req);

private:
    response slack_command(const request& req, std::string_view request_id);
    response slack_event(const request& req, std::string_view request_id);
    response slack_interaction(const request& req, std::string_view request_id);
    /// Queues a reply for a response_url (refused unless its origin is allowed, dropped
    /// once the URL is used up); false only when the store failed.
    bool queue_response(const std::string& response_url, std::string key,
                        const core::reply& reply, std::string_view request_id);
    /// Checks the signature; the 401 to send when it fails.
    std::optional<response> refuse_unsigned(const request& req, std::string_view request_id);
    std::string next_request_id();

    endpoint_services services_;
    std::atomic<std::uint64_t> request_counter_{0};
};

} // namespace rolebot::server
