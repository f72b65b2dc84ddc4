#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace rolebot::testing {

/// A bare TCP client for tests that must misbehave (slow headers, idle connections)
/// or look at raw bytes. Every wait is bounded.
class raw_client {
public:
    /// Connects to 127.0.0.1:port; throws std::runtime_error when refused.
    explicit raw_client(std::uint16_t port);
    ~raw_client();
    raw_client(const raw_client&) = delete;
    raw_client& operator=(const raw_client&) = delete;

    /// Sends all bytes; false when the server has closed the connection.
    bool send(const std::string& bytes);
    /// Reads whatever arrives within `wait`; stops early at end of stream.
    std::string receive(std::chrono::milliseconds wait);
    /// Reads one HTTP response (headers and Content-Length body) within `wait`.
    std::string receive_response(std::chrono::milliseconds wait);
    /// True when the server closed the connection (end of stream or reset) within `wait`.
    bool closed_by_peer(std::chrono::milliseconds wait);

private:
    int fd_ = -1;
    std::string pending_;
};

} // namespace rolebot::testing
