#include "bot/server/http_server.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <array>
#include <chrono>
#include <mutex>

namespace rolebot::server {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

// Expected failures (eof, timeout, reset) come back as error codes, not exceptions.
constexpr auto nothrow_awaitable = net::as_tuple(net::use_awaitable);

/// Counts something for as long as it lives, so a count stays true however a
/// coroutine ends (returns, fails, or is destroyed while suspended).
class scoped_count {
public:
    explicit scoped_count(std::atomic<std::size_t>& count) : count_(count) { count_.fetch_add(1); }
    /// Takes over one count already added (the accept loop counts before spawning, so the
    /// cap holds even when connections arrive faster than their coroutines start).
    scoped_count(std::atomic<std::size_t>& count, std::adopt_lock_t) : count_(count) {}
    ~scoped_count() { count_.fetch_sub(1); }
    scoped_count(const scoped_count&) = delete;
    scoped_count& operator=(const scoped_count&) = delete;

private:
    std::atomic<std::size_t>& count_;
};

/// After refusing an oversized request, reads (and drops) what the client is still
/// sending for a bounded time, so closing does not reset the connection before the
/// client has read the refusal.
net::awaitable<void> discard_rest(beast::tcp_stream stream)
{
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    std::array<char, 16 * 1024> scratch{};
    std::size_t drained = 0;
    stream.expires_after(std::chrono::seconds(1));
    while (drained < 4U * 1024U * 1024U) {
        auto [ec, n] = co_await stream.async_read_some(net::buffer(scratch), nothrow_awaitable);
        if (ec) {
            break;
        }
        drained += n;
    }
}

response plain_error(http::status status, unsigned version, std::string_view text)
{
    response res{status, version};
    res.set(http::field::content_type, "text/plain; charset=utf-8");
    res.body() = text;
    res.keep_alive(false);
    res.prepare_payload();
    return res;
}

} // namespace

response http_server::answer(const request& req) const
{
    try {
        return handler_(req);
    } catch (const std::exception& e) {
        log_.log(core::log_level::error, "request handler failed", {}, {{"error", e.what()}});
        return plain_error(http::status::internal_server_error, req.version(),
                           "internal error\n");
    }
}

http_server::http_server(net::io_context& io, server_options options, request_handler handler,
                         core::logger& log)
    : io_(io), options_(std::move(options)), handler_(std::move(handler)), log_(log),
      acceptor_(net::make_strand(io))
{
}

void http_server::listen()
{
    const tcp::endpoint endpoint(net::ip::make_address(options_.address), options_.port);
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(net::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(net::socket_base::max_listen_connections);
    port_ = acceptor_.local_endpoint().port();
}

void http_server::start()
{
    net::co_spawn(acceptor_.get_executor(), accept_loop(state_), net::detached);
}

void http_server::stop()
{
    state_->stopping.store(true);
    net::post(acceptor_.get_executor(), [this] {
        boost::system::error_code ignored;
        acceptor_.close(ignored);
    });
}

net::awaitable<void> http_server::accept_loop(std::shared_ptr<shared_state> state)
{
    while (!state->stopping.load()) {
        auto [ec, socket] = co_await acceptor_.async_accept(net::make_strand(io_), nothrow_awaitable);
        if (ec) {
            if (ec == net::error::operation_aborted || !acceptor_.is_open()) {
                break;
            }
            // Out of descriptors or a connection reset before accept: keep serving others.
            log_.log(core::log_level::warn, "accept failed", {}, {{"error", ec.message()}});
            continue;
        }
        state->accepted.fetch_add(1);
        if (state->connections.load() >= options_.max_connections) {
            boost::system::error_code ignored;
            socket.close(ignored); // over the cap: shed load rather than queue it
            continue;
        }
        state->connections.fetch_add(1);
        auto executor = socket.get_executor();
        net::co_spawn(executor, serve(beast::tcp_stream(std::move(socket)), state), net::detached);
    }
}

net::awaitable<void> http_server::serve(beast::tcp_stream stream,
                                        std::shared_ptr<shared_state> state)
{
    const scoped_count connection(state->connections, std::adopt_lock);
    beast::flat_buffer buffer;
    while (!state->stopping.load()) {
        // Wait for the next request to begin, then give the whole of it read_timeout.
        if (buffer.size() == 0) {
            stream.expires_after(options_.idle_timeout);
            auto [ec, n] = co_await stream.async_read_some(buffer.prepare(4096), nothrow_awaitable);
            if (ec) {
                break;
            }
            buffer.commit(n);
        }
        http::request_parser<http::string_body> parser;
        parser.header_limit(options_.header_limit);
        parser.body_limit(options_.body_limit);
        stream.expires_after(options_.read_timeout);
        auto [ec, n] = co_await http::async_read(stream, buffer, parser, nothrow_awaitable);
        if (ec == http::error::body_limit || ec == http::error::header_limit) {
            const bool body = ec == http::error::body_limit;
            auto res = plain_error(body ? http::status::payload_too_large
                                        : http::status::request_header_fields_too_large,
                                   parser.get().version(),
                                   body ? "request body too large\n" : "request headers too large\n");
            stream.expires_after(options_.write_timeout);
            co_await http::async_write(stream, res, nothrow_awaitable);
            co_await discard_rest(std::move(stream));
            co_return;
        }
        if (ec) {
            break; // eof, timeout, reset or garbage: nothing useful to answer
        }

        const scoped_count in_flight(state->in_flight);
        const request& req = parser.get();
        response res = answer(req);
        res.version(req.version());
        res.keep_alive(req.keep_alive() && !state->stopping.load());
        res.prepare_payload();
        stream.expires_after(options_.write_timeout);
        auto [write_ec, written] = co_await http::async_write(stream, res, nothrow_awaitable);
        if (write_ec || !res.keep_alive()) {
            break;
        }
    }
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

} // namespace rolebot::server
