#pragma once

#include "bot/core/logger.hpp"
#include "bot/server/connection_deadlines.hpp"
#include "bot/server/server_options.hpp"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <atomic>
#include <functional>
#include <memory>

namespace rolebot::server {

namespace http = boost::beast::http;

using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

/// Answers one complete, size-checked request. Must not block: it runs on an io thread.
using request_handler = std::function<response(const request&)>;

/// An HTTP/1.1 server: one coroutine per connection, keep-alive, a fresh parser with
/// body and header limits per request, idle/read/write deadlines, a connection cap, and
/// a graceful stop that lets requests in flight finish.
class http_server {
public:
    http_server(boost::asio::io_context& io, server_options options, request_handler handler,
                core::logger& log);

    /// Binds and listens; throws boost::system::system_error when it cannot.
    void listen();
    /// The bound port (useful when options.port was 0).
    std::uint16_t port() const { return port_; }
    /// Starts accepting connections on the io_context.
    void start();
    /// Stops accepting; connections finish the request they are serving, then close.
    void stop();

    /// Requests being handled right now (read but not yet written).
    std::size_t in_flight() const { return state_->in_flight.load(); }
    /// Open connections.
    std::size_t connections() const { return state_->connections.load(); }
    /// Connections accepted since start (including those shed over the cap).
    std::uint64_t accepted() const { return state_->accepted.load(); }
    /// Connections closed because a deadline passed.
    std::uint64_t timed_out() const { return state_->timed_out.load(); }
    /// True once stop() was called.
    bool stopping() const { return state_->stopping.load(); }

    /// What every connection's coroutine shares with the server. Shared ownership
    /// because a coroutine frame still queued in the io_context may be destroyed after
    /// the server is.
    struct shared_state {
        std::atomic<std::size_t> in_flight{0};
        std::atomic<std::size_t> connections{0};
        std::atomic<std::uint64_t> accepted{0};
        std::atomic<std::uint64_t> timed_out{0};
        std::atomic<bool> stopping{false};
        connection_deadlines deadlines;
    };

private:
    boost::asio::awaitable<void> accept_loop(std::shared_ptr<shared_state> state);
    boost::asio::awaitable<void> sweep_loop(std::shared_ptr<shared_state> state);
    boost::asio::awaitable<void> serve(boost::asio::ip::tcp::socket socket,
                                       std::shared_ptr<shared_state> state);
    response answer(const request& req) const;

    boost::asio::io_context& io_;
    server_options options_;
    request_handler handler_;
    core::logger& log_;
    boost::asio::ip::tcp::acceptor acceptor_;
    std::shared_ptr<shared_state> state_ = std::make_shared<shared_state>();
    std::uint16_t port_ = 0;
};

} // namespace rolebot::server
