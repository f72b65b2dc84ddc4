#include "bot/server/endpoints.hpp"

#include "bot/slack/block_kit.hpp"
#include "bot/slack/decode.hpp"
#include "bot/slack/events.hpp"
#include "bot/slack/interactions.hpp"
#include "bot/slack/web_api_client.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>

namespace rolebot::server {
namespace {

constexpr std::string_view json_type = "application/json; charset=utf-8";
constexpr std::string_view text_type = "text/plain; charset=utf-8";

response make_response(http::status status, std::string_view content_type, std::string body)
{
    response res{status, 11};
    res.set(http::field::content_type, content_type);
    res.body() = std::move(body);
    return res;
}

std::string_view path_of(std::string_view target)
{
    return target.substr(0, target.find('?'));
}

std::string_view verify_reason(slack::verify_result r)
{
    switch (r) {
    case slack::verify_result::ok:
        return "ok";
    case slack::verify_result::missing:
        return "missing";
    case slack::verify_result::stale:
        return "stale";
    case slack::verify_result::mismatch:
        return "mismatch";
    }
    return "unknown";
}

} // namespace

std::string endpoints::next_request_id()
{
    std::array<char, 20> digits{};
    const auto n = request_counter_.fetch_add(1) + 1;
    auto [end, ec] = std::to_chars(digits.data(), digits.data() + digits.size(), n, 16);
    return "r" + std::string(digits.data(), end);
}

response endpoints::handle(const request& req)
{
    const auto path = path_of(req.target());
    if (path == "/slack/commands") {
        if (req.method() != http::verb::post) {
            auto res = make_response(http::status::method_not_allowed, text_type, "use POST\n");
            res.set(http::field::allow, "POST");
            return res;
        }
        return slack_command(req, next_request_id());
    }
    if ((path == "/slack/events" || path == "/slack/interactions") &&
        services_.conversations != nullptr) {
        if (req.method() != http::verb::post) {
            auto res = make_response(http::status::method_not_allowed, text_type, "use POST\n");
            res.set(http::field::allow, "POST");
            return res;
        }
        return path == "/slack/events" ? slack_event(req, next_request_id())
                                       : slack_interaction(req, next_request_id());
    }
    if (path == "/healthz") {
        if (req.method() != http::verb::get && req.method() != http::verb::head) {
            auto res = make_response(http::status::method_not_allowed, text_type, "use GET\n");
            res.set(http::field::allow, "GET, HEAD");
            return res;
        }
        return make_response(http::status::ok, json_type, "{\"status\":\"ok\"}\n");
    }
    return make_response(http::status::not_found, text_type, "not found\n");
}

std::optional<response> endpoints::refuse_unsigned(const request& req,
                                                   std::string_view request_id)
{
    const auto verdict = services_.verifier.verify(req["X-Slack-Request-Timestamp"],
                                                   req["X-Slack-Signature"], req.body());
    if (verdict == slack::verify_result::ok) {
        return std::nullopt;
    }
    services_.log.log(core::log_level::info, "rejected unsigned request", request_id,
                      {{"reason", verify_reason(verdict)}});
    return make_response(http::status::unauthorized, text_type, "");
}

response endpoints::slack_command(const request& req, std::string_view request_id)
{
    // Verify before anything looks at the body.
    if (auto refused = refuse_unsigned(req, request_id)) {
        return std::move(*refused);
    }
    auto decoded = slack::decode_command(req.body());
    if (decoded.kind == slack::command_kind::ssl_check) {
        return make_response(http::status::ok, text_type, "");
    }
    if (decoded.kind == slack::command_kind::malformed) {
        services_.log.log(core::log_level::info, "malformed command", request_id,
                          {{"error", decoded.error}});
        return make_response(http::status::bad_request, text_type, "malformed request\n");
    }
    if (services_.log.enabled(core::log_level::debug)) {
        services_.log.log(core::log_level::debug, "command", request_id,
                          {{"command", decoded.cmd.name},
                           {"team", decoded.cmd.team_id},
                           {"user", decoded.cmd.user_id}});
    }
    core::context ctx{decoded.cmd, request_id};
    if (services_.conversations != nullptr && !decoded.cmd.response_url.empty()) {
        ctx.respond = [this, &decoded, request_id, count = 0](const core::reply& later) mutable {
            queue_response(decoded.cmd.response_url,
                           "command:" + decoded.cmd.trigger_id + ":" + std::to_string(++count),
                           later, request_id);
        };
    }
    const auto reply = services_.router.dispatch(ctx);
    return make_response(http::status::ok, json_type, *services_.renders.render(reply));
}

response endpoints::slack_event(const request& req, std::string_view request_id)
{
    if (auto refused = refuse_unsigned(req, request_id)) {
        return std::move(*refused);
    }
    auto& conversations = *services_.conversations;
    const auto decoded = slack::decode_event(req.body(), conversations.identity);
    switch (decoded.kind) {
    case slack::event_kind::malformed:
        services_.log.log(core::log_level::info, "malformed event", request_id,
                          {{"error", decoded.reason}});
        return make_response(http::status::bad_request, text_type, "malformed request\n");
    case slack::event_kind::url_verification:
        return make_response(http::status::ok, json_type,
                             nlohmann::json{{"challenge", decoded.challenge}}.dump());
    case slack::event_kind::ignored:
        if (services_.log.enabled(core::log_level::debug)) {
            services_.log.log(core::log_level::debug, "event ignored", request_id,
                              {{"reason", decoded.reason}});
        }
        return make_response(http::status::ok, text_type, "");
    case slack::event_kind::message:
        break;
    }
    const auto& event = decoded.event;
    const auto retry = req["X-Slack-Retry-Num"];
    services_.log.log(core::log_level::info, event.direct ? "direct message" : "mention",
                      request_id,
                      {{"event_id", event.event_id},
                       {"team", event.team_id},
                       {"user", event.user_id},
                       {"retry", retry.empty() ? "0" : retry}});

    const auto question = slack::without_bot_mention(event.text, conversations.identity);
    const auto reply = conversations.answer(event, question);
    // In a channel the answer goes in the thread of the mention; in a DM at top level,
    // unless the question was asked in a thread.
    const auto thread = event.thread_ts.empty() && !event.direct ? event.ts : event.thread_ts;
    store::outbound_message message;
    message.key = "event:" + event.event_id;
    message.channel = event.channel_id;
    message.body = slack::render_post(reply, thread);
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(conversations.clock.now());
    try {
        // The event id and its reply are written in one commit before the ack: a
        // redelivery finds the id and does nothing; a crash before it means no ack, so
        // Slack delivers again and the event is handled then.
        if (!conversations.store.accept_event(event.event_id, message, now)) {
            services_.log.log(core::log_level::info, "duplicate event ignored", request_id,
                              {{"event_id", event.event_id}});
            return make_response(http::status::ok, text_type, "");
        }
    } catch (const std::exception& e) {
        services_.log.log(core::log_level::error, "could not store an event; Slack will retry",
                          request_id, {{"error", e.what()}});
        return make_response(http::status::service_unavailable, text_type, "");
    }
    conversations.queued();
    return make_response(http::status::ok, text_type, "");
}

bool endpoints::queue_response(const std::string& response_url, std::string key,
                               const core::reply& reply, std::string_view request_id)
{
    auto& conversations = *services_.conversations;
    const auto origin = slack::origin_of(response_url);
    const auto& allowed = conversations.response_origins;
    if (origin.empty() || std::find(allowed.begin(), allowed.end(), origin) == allowed.end()) {
        services_.log.log(core::log_level::warn, "response_url refused", request_id,
                          {{"origin", origin}});
        return true;
    }
    store::outbound_message message;
    message.key = std::move(key);
    message.response_url = response_url;
    message.body = slack::render_response(reply);
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(conversations.clock.now());
    try {
        const auto slot = conversations.store.enqueue_response(message, now);
        if (slot == store::response_slot::used_up) {
            services_.log.log(core::log_level::warn,
                              "response_url used 5 times or older than 30 minutes; not replying",
                              request_id, {{"key", message.key}});
        } else if (slot == store::response_slot::queued) {
            conversations.queued();
        }
    } catch (const std::exception& e) {
        services_.log.log(core::log_level::error, "could not store a reply for later",
                          request_id, {{"error", e.what()}});
        return false;
    }
    return true;
}

response endpoints::slack_interaction(const request& req, std::string_view request_id)
{
    if (auto refused = refuse_unsigned(req, request_id)) {
        return std::move(*refused);
    }
    auto& conversations = *services_.conversations;
    const auto decoded = slack::decode_interaction(req.body());
    if (decoded.kind == slack::interaction_kind::malformed) {
        services_.log.log(core::log_level::info, "malformed interaction", request_id,
                          {{"error", decoded.reason}});
        return make_response(http::status::bad_request, text_type, "malformed request\n");
    }
    if (decoded.kind == slack::interaction_kind::ignored) {
        return make_response(http::status::ok, text_type, "");
    }
    const auto& click = decoded.click;
    services_.log.log(core::log_level::info, "button", request_id,
                      {{"action", click.action_id}, {"team", click.team_id},
                       {"user", click.user_id}});
    const auto reply = conversations.act(click);
    if (!reply) {
        services_.log.log(core::log_level::warn, "unknown button", request_id,
                          {{"action", click.action_id}});
        return make_response(http::status::ok, text_type, "");
    }
    if (!queue_response(click.response_url, "action:" + click.trigger_id, *reply, request_id)) {
        return make_response(http::status::service_unavailable, text_type, "");
    }
    return make_response(http::status::ok, text_type, "");
}

} // namespace rolebot::server
