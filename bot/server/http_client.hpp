#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rolebot::server {

/// One plain-HTTP request for the small blocking client.
struct client_request {
    std::string method = "POST";
    std::string target = "/";
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
};

/// What came back.
struct client_response {
    unsigned status = 0;
    std::string content_type;
    std::string body;
};

/// Sends one request to host:port and waits for the answer, at most `timeout` in all.
/// Used by `rolebot send` and the tests; throws boost::system::system_error on failure.
client_response http_request(const std::string& host, std::uint16_t port,
                             const client_request& request, std::chrono::milliseconds timeout);

} // namespace rolebot::server
