#include "bot/server/endpoints.hpp"

#include "bot/slack/decode.hpp"

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

response endpoints::slack_command(const request& req, std::string_view request_id)
{
    // Verify before anything looks at the body.
    const auto verdict = services_.verifier.verify(req["X-Slack-Request-Timestamp"],
                                                   req["X-Slack-Signature"], req.body());
    if (verdict != slack::verify_result::ok) {
        services_.log.log(core::log_level::info, "rejected unsigned request", request_id,
                          {{"reason", verify_reason(verdict)}});
        return make_response(http::status::unauthorized, text_type, "");
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
    const core::context ctx{decoded.cmd, request_id};
    const auto reply = services_.router.dispatch(ctx);
    return make_response(http::status::ok, json_type, *services_.renders.render(reply));
}

} // namespace rolebot::server
