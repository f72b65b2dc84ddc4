#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace rolebot::testing {

/// A stand-in for Slack's Socket Mode server: a Beast WebSocket server on 127.0.0.1
/// (port 0). Each connection gets `hello`; the test sends envelopes and disconnects to
/// a chosen connection, drops connections, and reads the acknowledgements back.
class fake_socket_mode {
public:
    fake_socket_mode();
    ~fake_socket_mode();
    fake_socket_mode(const fake_socket_mode&) = delete;
    fake_socket_mode& operator=(const fake_socket_mode&) = delete;

    /// "ws://127.0.0.1:PORT/link/" for apps.connections.open.
    std::string url() const;

    /// Connections accepted so far (numbered from 0 in order).
    std::size_t connections() const;
    bool wait_for_connections(std::size_t n, std::chrono::milliseconds limit) const;
    /// Sends a frame on connection `index`; returns false when it is closed.
    bool send(std::size_t index, const nlohmann::json& frame);
    /// Closes connection `index` without a WebSocket close (a network drop).
    void drop(std::size_t index);
    /// True once connection `index` is closed (by either side).
    bool closed(std::size_t index) const;
    bool wait_closed(std::size_t index, std::chrono::milliseconds limit) const;

    /// The acknowledgement for an envelope, when it comes within `limit`.
    std::optional<nlohmann::json> wait_for_ack(const std::string& envelope_id,
                                               std::chrono::milliseconds limit) const;
    /// Every acknowledgement received, in order.
    std::vector<nlohmann::json> acks() const;
    /// "open 1", "close 0", ... in the order they happened.
    std::vector<std::string> timeline() const;

private:
    struct session;
    void accept_next();
    void read_next(std::shared_ptr<session> s);
    void note(std::string event);

    boost::asio::io_context io_;
    boost::asio::ip::tcp::acceptor acceptor_{io_};
    std::uint16_t port_ = 0;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::vector<std::shared_ptr<session>> sessions_;
    std::vector<nlohmann::json> acks_;
    std::vector<std::string> timeline_;
    std::thread thread_;
};

} // namespace rolebot::testing
