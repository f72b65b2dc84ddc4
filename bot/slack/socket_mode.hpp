#pragma once

#include "bot/core/logger.hpp"
#include "bot/slack/intake.hpp"
#include "bot/slack/web_api_client.hpp"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>

namespace rolebot::slack {

/// Timing of Socket Mode connections.
struct socket_mode_limits {
    std::chrono::milliseconds backoff_base{1000};
    std::chrono::milliseconds backoff_cap{30'000};
    std::chrono::seconds hello_timeout{10};
    /// No frame (not even a pong) for this long closes the connection; pings go out at
    /// half of it.
    std::chrono::seconds idle_timeout{30};
    /// After a replacement says hello, the old connection keeps serving this long (what
    /// Slack already sent on it is still handled), then it is closed.
    std::chrono::milliseconds handover{3000};
};

/// Slack's Socket Mode: events, slash commands and button clicks over a WebSocket that
/// rolebot opens (no public URL needed), served by the same intake as the HTTP
/// endpoints.
/// - Each connection starts with apps.connections.open (app-level token) for a fresh
///   single-use URL, then TLS with certificate and host checks (plain ws:// only for a
///   loopback test server).
/// - Every envelope is acknowledged with its envelope_id after it is handled (stored);
///   a slash command's reply travels in the acknowledgement.
/// - `disconnect` with refresh_requested, warning or too_many_websockets: a new
///   connection is opened first and the old one keeps serving until the new one says
///   hello and a short handover has passed, then it is closed; link_disabled stops
///   Socket Mode.
/// - A dropped connection is replaced with exponential backoff and jitter.
/// - Envelope ids already answered are acknowledged again without being handled again
///   (Slack resends what it did not see acknowledged); events are also deduplicated
///   by event_id in the store, across restarts.
/// Runs on one strand.
class socket_mode_client {
public:
    socket_mode_client(boost::asio::any_io_executor strand, api_endpoint api,
                       std::string app_token, intake& in, core::logger& log,
                       socket_mode_limits limits = {});
    ~socket_mode_client();
    socket_mode_client(const socket_mode_client&) = delete;
    socket_mode_client& operator=(const socket_mode_client&) = delete;

    /// Connects and serves until stop() or link_disabled.
    void start();
    /// Closes every connection. Safe from any thread.
    void stop();

private:
    struct connection;
    boost::asio::awaitable<void> connect_loop(std::uint64_t generation);
    boost::asio::awaitable<std::shared_ptr<connection>> establish(std::uint64_t generation,
                                                                  bool& give_up);
    boost::asio::awaitable<void> serve(std::shared_ptr<connection> c);
    void spawn_successor(std::uint64_t after);
    void said_hello(std::uint64_t generation);
    boost::asio::awaitable<void> retire(std::shared_ptr<connection> old);
    std::chrono::milliseconds backoff(int failures);

    boost::asio::any_io_executor strand_;
    api_endpoint api_;
    web_api_client client_;
    intake& intake_;
    core::logger& log_;
    socket_mode_limits limits_;
    std::map<std::uint64_t, std::shared_ptr<connection>> live_;
    std::uint64_t newest_ = 0;
    std::set<std::string> answered_; ///< recent envelope ids
    std::uint64_t frames_ = 0;
    bool stopping_ = false;
    std::minstd_rand jitter_{std::random_device{}()};
};

} // namespace rolebot::slack
