#pragma once

#include "bot/core/logger.hpp"
#include "bot/server/http_server.hpp"
#include "bot/slack/intake.hpp"
#include "bot/slack/signature.hpp"

#include <atomic>
#include <optional>

namespace rolebot::server {

/// The HTTP surface: POST /slack/commands, /slack/events and /slack/interactions, and
/// GET /healthz. Slack requests are verified over the raw body before anything is
/// parsed; what they ask is done by slack::intake, which Socket Mode shares.
class endpoints {
public:
    endpoints(const slack::signature_verifier& verifier, slack::intake& intake,
              core::logger& log)
        : verifier_(verifier), intake_(intake), log_(log)
    {
    }

    /// Answers one request.
    response handle(const request& req);

private:
    response slack_command(const request& req, std::string_view request_id);
    response slack_event(const request& req, std::string_view request_id);
    response slack_interaction(const request& req, std::string_view request_id);
    /// Checks the signature; the 401 to send when it fails.
    std::optional<response> refuse_unsigned(const request& req, std::string_view request_id);
    std::string next_request_id();

    const slack::signature_verifier& verifier_;
    slack::intake& intake_;
    core::logger& log_;
    std::atomic<std::uint64_t> request_counter_{0};
};

} // namespace rolebot::server
