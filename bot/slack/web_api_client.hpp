#pragma once

#include "bot/core/logger.hpp"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::slack {

/// Where the Web API lives: https://slack.com/api/ by default; the tests point
/// SLACK_API_URL at a fake on loopback over plain HTTP.
struct api_endpoint {
    bool tls = true;
    std::string host;
    std::string port;
    std::string base_path; ///< ends with '/', e.g. "/api/"
    /// Extra certificate authorities (PEM file) trusted besides the system's, for a
    /// TLS-inspecting corporate proxy; SLACK_CA_FILE.
    std::string ca_file;
};

/// Parses a base URL such as "https://slack.com/api/"; throws core::config_error.
api_endpoint parse_api_url(std::string_view url);

/// How one call ended, as far as retrying is concerned.
enum class call_outcome {
    ok,               ///< HTTP 200 and "ok": true
    rate_limited,     ///< 429 (or "ratelimited"): not done; wait retry_after
    transient,        ///< not done (no connection, 5xx, Slack-side error); retry later
    permanent,        ///< refused for good (invalid_auth, channel_not_found, ...)
    unknown,          ///< sent, but no answer came back: it may or may not have been done
};

/// The result of one Web API call.
struct call_result {
    call_outcome outcome = call_outcome::transient;
    unsigned status = 0;          ///< HTTP status, 0 when there was none
    std::string error;            ///< Slack's "error", or what failed on our side
    std::string body;             ///< the JSON answer when there was one
    std::chrono::seconds retry_after{0};
};

/// Timeouts of the client.
struct client_limits {
    std::chrono::seconds connect{10};
    std::chrono::seconds request{15};         ///< writing the request and reading the answer
    std::size_t response_body = 8U << 20U;    ///< bytes
    std::chrono::seconds max_retry_after{900};
};

/// Slack's Web API over HTTPS (certificates verified against the system store, SNI,
/// host name checked) with keep-alive connections, or plain HTTP for a loopback fake.
/// Sends `Authorization: Bearer <token>` and JSON as `application/json; charset=utf-8`.
/// One attempt per call: retrying is the caller's policy (the outbox keeps state
/// across restarts). Use from one thread at a time.
class web_api_client {
public:
    web_api_client(boost::asio::any_io_executor executor, api_endpoint endpoint,
                   std::string token, core::logger& log, client_limits limits = {});
    ~web_api_client();
    web_api_client(const web_api_client&) = delete;
    web_api_client& operator=(const web_api_client&) = delete;

    /// Calls `method` ("chat.postMessage") with a JSON object body.
    boost::asio::awaitable<call_result> call(std::string method, std::string json_body);

    /// Posts a JSON body to a path of this origin that is not a Web API method (a
    /// response_url): any 2xx is ok, and the answer need not be Slack's JSON.
    boost::asio::awaitable<call_result> post_hook(std::string path, std::string json_body);

    /// Connections opened so far (keep-alive reuses them).
    std::size_t connections_opened() const;

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

/// "https://hooks.slack.com:443" for a URL, or empty when it is not an http(s) URL.
std::string origin_of(std::string_view url);

/// The origins a response_url may point at: Slack's hooks host, and the Web API's own
/// origin when SLACK_API_URL points elsewhere (a test fake). Any other URL is refused,
/// so a forged payload cannot make rolebot post to an arbitrary host.
std::vector<std::string> response_url_origins(const api_endpoint& api);

/// The path (and query) of a URL, without the leading '/'.
std::string path_of_url(std::string_view url);

/// How a Slack "error" code is treated.
call_outcome classify_slack_error(std::string_view error);

} // namespace rolebot::slack
