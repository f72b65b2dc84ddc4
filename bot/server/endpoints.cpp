#include "bot/server/endpoints.hpp"

#include "bot/slack/decode.hpp"
#include "bot/slack/interactions.hpp"

#include <nlohmann/json.hpp>

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
    const bool slack_path = path == "/slack/commands" ||
                            (intake_.converses() &&
                             (path == "/slack/events" || path == "/slack/interactions"));
    if (slack_path) {
        if (req.method() != http::verb::post) {
            auto res = make_response(http::status::method_not_allowed, text_type, "use POST\n");
            res.set(http::field::allow, "POST");
            return res;
        }
        const auto id = next_request_id();
        // Verify before anything looks at the body.
        if (auto refused = refuse_unsigned(req, id)) {
            return std::move(*refused);
        }
        if (path == "/slack/commands") {
            return slack_command(req, id);
        }
        return path == "/slack/events" ? slack_event(req, id) : slack_interaction(req, id);
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
    const auto verdict =
        verifier_.verify(req["X-Slack-Request-Timestamp"], req["X-Slack-Signature"], req.body());
    if (verdict == slack::verify_result::ok) {
        return std::nullopt;
    }
    log_.log(core::log_level::info, "rejected unsigned request", request_id,
             {{"reason", verify_reason(verdict)}});
    return make_response(http::status::unauthorized, text_type, "");
}

response endpoints::slack_command(const request& req, std::string_view request_id)
{
    auto decoded = slack::decode_command(req.body());
    if (decoded.kind == slack::command_kind::ssl_check) {
        return make_response(http::status::ok, text_type, "");
    }
    if (decoded.kind == slack::command_kind::malformed) {
        log_.log(core::log_level::info, "malformed command", request_id,
                 {{"error", decoded.error}});
        return make_response(http::status::bad_request, text_type, "malformed request\n");
    }
    return make_response(http::status::ok, json_type, intake_.command(decoded.cmd, request_id));
}

namespace {

/// What an intake result means over HTTP. A failure to store is a 503, so Slack
/// delivers again; everything Slack sent properly is otherwise acknowledged.
response acknowledge(slack::intake_result result)
{
    switch (result) {
    case slack::intake_result::malformed:
        return make_response(http::status::bad_request, text_type, "malformed request\n");
    case slack::intake_result::failed:
        return make_response(http::status::service_unavailable, text_type, "");
    case slack::intake_result::handled:
    case slack::intake_result::duplicate:
    case slack::intake_result::ignored:
        break;
    }
    return make_response(http::status::ok, text_type, "");
}

} // namespace

response endpoints::slack_event(const request& req, std::string_view request_id)
{
    std::string challenge;
    const auto result = intake_.event(req.body(), request_id, req["X-Slack-Retry-Num"], challenge);
    if (!challenge.empty()) {
        return make_response(http::status::ok, json_type,
                             nlohmann::json{{"challenge", challenge}}.dump());
    }
    return acknowledge(result);
}

response endpoints::slack_interaction(const request& req, std::string_view request_id)
{
    const auto decoded = slack::decode_interaction(req.body());
    if (decoded.kind == slack::interaction_kind::malformed) {
        log_.log(core::log_level::info, "malformed interaction", request_id,
                 {{"error", decoded.reason}});
        return make_response(http::status::bad_request, text_type, "malformed request\n");
    }
    if (decoded.kind == slack::interaction_kind::ignored) {
        return make_response(http::status::ok, text_type, "");
    }
    return acknowledge(intake_.click(decoded.click, request_id));
}

} // namespace rolebot::server
