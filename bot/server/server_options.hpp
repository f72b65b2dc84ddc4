#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace rolebot::server {

/// Limits and timeouts of the HTTP server; every wait and every size is bounded.
struct server_options {
    std::string address = "127.0.0.1";
    std::uint16_t port = 3000; ///< 0 picks a free port (tests)
    std::size_t body_limit = 64U * 1024U;
    std::uint32_t header_limit = 8U * 1024U;
    std::size_t max_connections = 1024;
    /// A kept-alive connection may wait this long for the next request to begin.
    std::chrono::milliseconds idle_timeout{30'000};
    /// Once a request begins, all of it must arrive within this time (slow clients are cut).
    std::chrono::milliseconds read_timeout{10'000};
    std::chrono::milliseconds write_timeout{10'000};
};

} // namespace rolebot::server
