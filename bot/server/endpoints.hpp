#pragma once

#include "bot/core/logger.hpp"
#include "bot/core/router.hpp"
#include "bot/server/http_server.hpp"
#include "bot/slack/render_cache.hpp"
#include "bot/slack/signature.hpp"

#include <atomic>

namespace rolebot::server {

/// What the HTTP endpoints need; all owned by main and outliving the server.
struct endpoint_services {
    const slack::signature_verifier& verifier;
    const core::router& router;
    slack::render_cache& renders;
    core::logger& log;
};

/// The HTTP surface: POST /slack/commands and GET /healthz. Slack requests are
/// verified over the raw body before anything is parsed.
class endpoints {
public:
    explicit endpoints(endpoint_services services) : services_(services) {}

    /// Answers one request.
    response handle(const request& req);

private:
    response slack_command(const request& req, std::string_view request_id);
    std::string next_request_id();

    endpoint_services services_;
    std::atomic<std::uint64_t> request_counter_{0};
};

} // namespace rolebot::server
