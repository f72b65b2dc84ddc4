#include "bot/server/http_server.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/write.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <mutex>

namespace rolebot::server {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;
using namespace std::chrono_literals;

// Expected failures (eof, reset, a socket closed by its deadline) come back as error
// codes, not exceptions.
constexpr auto nothrow_awaitable = net::as_tuple(net::use_awaitable);

constexpr std::size_t read_chunk = 16U * 1024U;
constexpr std::size_t max_discard = 4U * 1024U * 1024U;

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

response plain_error(http::status status, unsigned version, std::string_view text)
{
    response res{status, version};
    res.set(http::field::content_type, "text/plain; charset=utf-8");
    res.body() = text;
    res.keep_alive(false);
    res.prepare_payload();
    return res;
}

/// How often deadlines are checked: a quarter of the shortest timeout, within bounds.
std::chrono::milliseconds sweep_interval(const server_options& o)
{
    const auto shortest = std::min({o.idle_timeout, o.read_timeout, o.write_timeout});
    return std::clamp(shortest / 4, std::chrono::milliseconds(10), std::chrono::milliseconds(250));
}

} // namespace

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
    net::co_spawn(net::make_strand(io_), sweep_loop(state_), net::detached);
}

void http_server::stop()
{
    state_->stopping.store(true);
    net::post(acceptor_.get_executor(), [this] {
        boost::system::error_code ignored;
        acceptor_.close(ignored);
    });
}

response http_server::answer(const request& req) const
{
    try {
        return handler_(req);
    } catch (const std::exception& e) {
        log_.log(core::log_level::error, "request handler failed", {}, {{"error", e.what()}});
        return plain_error(http::status::internal_server_error, req.version(), "internal error\n");
    }
}

net::awaitable<void> http_server::accept_loop(std::shared_ptr<shared_state> state)
{
    while (!state->stopping.load()) {
        auto [ec, socket] =
            co_await acceptor_.async_accept(net::make_strand(io_), nothrow_awaitable);
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
        net::co_spawn(executor, serve(std::move(socket), state), net::detached);
    }
}

net::awaitable<void> http_server::sweep_loop(std::shared_ptr<shared_state> state)
{
    net::steady_timer timer(co_await net::this_coro::executor);
    const auto interval = sweep_interval(options_);
    // After stop, keep enforcing deadlines until the last connection is gone.
    while (!state->stopping.load() || state->connections.load() > 0) {
        timer.expires_after(interval);
        co_await timer.async_wait(nothrow_awaitable);
        state->timed_out.fetch_add(state->deadlines.sweep(std::chrono::steady_clock::now()));
    }
}

net::awaitable<void> http_server::serve(tcp::socket socket, std::shared_ptr<shared_state> state)
{
    const scoped_count connection(state->connections, std::adopt_lock);
    const connection_deadlines::registration deadline(state->deadlines,
                                                      state->deadlines.add(socket));
    beast::flat_buffer buffer;
    // After stop, a request that has begun is finished, including one whose bytes have
    // reached the socket but not yet been read (it raced the stop); idle connections close.
    const auto bytes_waiting = [&socket] {
        boost::system::error_code ignored;
        return socket.available(ignored) > 0;
    };
    while (!state->stopping.load() || buffer.size() > 0 || bytes_waiting()) {
        // A fresh parser per request. The next request may wait idle_timeout to begin;
        // once it has begun, all of it must arrive within read_timeout.
        http::request_parser<http::string_body> parser;
        parser.header_limit(options_.header_limit);
        parser.body_limit(options_.body_limit);
        parser.eager(true);
        bool begun = buffer.size() > 0;
        deadline->expire_after(begun ? options_.read_timeout : options_.idle_timeout);
        boost::system::error_code ec;
        while (!parser.is_done()) {
            if (buffer.size() > 0) {
                const auto used = parser.put(buffer.data(), ec);
                buffer.consume(used);
                if (ec == http::error::need_more) {
                    ec = {}; // an incomplete header: read more, then offer it all again
                } else if (ec || parser.is_done()) {
                    break;
                } else if (used > 0 && buffer.size() > 0) {
                    continue; // the parser took part of it: offer the rest
                }
            }
            auto [read_ec, n] =
                co_await socket.async_read_some(buffer.prepare(read_chunk), nothrow_awaitable);
            if (read_ec) {
                ec = read_ec;
                break;
            }
            buffer.commit(n);
            if (!begun) {
                begun = true;
                deadline->expire_after(options_.read_timeout);
            }
        }

        if (ec == http::error::body_limit || ec == http::error::header_limit) {
            const bool body = ec == http::error::body_limit;
            auto refusal =
                plain_error(body ? http::status::payload_too_large
                                 : http::status::request_header_fields_too_large,
                            parser.get().version(),
                            body ? "request body too large\n" : "request headers too large\n");
            deadline->expire_after(options_.write_timeout);
            co_await http::async_write(socket, refusal, nothrow_awaitable);
            // Read and drop what the client is still sending, for a bounded time, so the
            // close does not reset the connection before the client reads the refusal.
            boost::system::error_code ignored;
            socket.shutdown(tcp::socket::shutdown_send, ignored);
            deadline->expire_after(1s);
            std::array<char, read_chunk> scratch{};
            for (std::size_t drained = 0; drained < max_discard;) {
                auto [drain_ec, n] =
                    co_await socket.async_read_some(net::buffer(scratch), nothrow_awaitable);
                if (drain_ec) {
                    break;
                }
                drained += n;
            }
            co_return;
        }
        if (ec) {
            break; // eof, reset, deadline or garbage: nothing useful to answer
        }

        const scoped_count in_flight(state->in_flight);
        const request& req = parser.get();
        response res = answer(req);
        res.version(req.version());
        res.keep_alive(req.keep_alive() && !state->stopping.load());
        res.prepare_payload();
        deadline->expire_after(options_.write_timeout);
        auto [write_ec, written] = co_await http::async_write(socket, res, nothrow_awaitable);
        if (write_ec || !res.keep_alive()) {
            break;
        }
    }
    boost::system::error_code ignored;
    socket.shutdown(tcp::socket::shutdown_send, ignored);
}

} // namespace rolebot::server
