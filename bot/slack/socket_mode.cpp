#include "bot/slack/socket_mode.hpp"

#include "bot/slack/socket_mode_envelope.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <boost/url/parse.hpp>
#include <nlohmann/json.hpp>

#include <openssl/ssl.h>

namespace rolebot::slack {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace ssl = net::ssl;

namespace {

constexpr auto use_tuple = net::as_tuple(net::use_awaitable);
constexpr std::size_t remembered_envelopes = 10'000;

/// Where a wss:// (or ws://) URL points.
struct socket_url {
    bool tls = true;
    std::string host;
    std::string port;
    std::string target;
};

std::optional<socket_url> parse_socket_url(std::string_view text)
{
    const auto parsed = boost::urls::parse_uri(text);
    if (!parsed || (parsed->scheme() != "wss" && parsed->scheme() != "ws") ||
        parsed->host().empty()) {
        return std::nullopt;
    }
    socket_url u;
    u.tls = parsed->scheme() == "wss";
    u.host = parsed->host();
    u.port = parsed->has_port() ? std::string(parsed->port()) : (u.tls ? "443" : "80");
    u.target = parsed->encoded_path().empty() ? "/" : std::string(parsed->encoded_path());
    if (parsed->has_query()) {
        u.target += "?" + std::string(parsed->encoded_query());
    }
    return u;
}

} // namespace

/// One WebSocket, plain or over TLS.
struct socket_mode_client::connection {
    using plain_socket = websocket::stream<beast::tcp_stream>;
    using tls_socket = websocket::stream<beast::ssl_stream<beast::tcp_stream>>;

    std::uint64_t generation = 0;
    bool successor_started = false;
    bool closing = false; ///< closed by us: replaced, or stopping
    std::unique_ptr<ssl::context> tls_context;
    std::unique_ptr<plain_socket> plain;
    std::unique_ptr<tls_socket> tls;

    net::awaitable<boost::system::error_code> read(beast::flat_buffer& buffer)
    {
        auto [ec, n] = plain ? co_await plain->async_read(buffer, use_tuple)
                             : co_await tls->async_read(buffer, use_tuple);
        co_return ec;
    }

    net::awaitable<boost::system::error_code> write(std::string text)
    {
        auto [ec, n] = plain ? co_await plain->async_write(net::buffer(text), use_tuple)
                             : co_await tls->async_write(net::buffer(text), use_tuple);
        co_return ec;
    }

    net::awaitable<void> close()
    {
        if (plain) {
            co_await plain->async_close(websocket::close_code::normal, use_tuple);
        } else {
            co_await tls->async_close(websocket::close_code::normal, use_tuple);
        }
    }

    void abort()
    {
        boost::system::error_code ignored;
        if (plain) {
            beast::get_lowest_layer(*plain).socket().close(ignored);
        } else {
            beast::get_lowest_layer(*tls).socket().close(ignored);
        }
    }
};

socket_mode_client::socket_mode_client(net::any_io_executor strand, api_endpoint api,
                                       std::string app_token, intake& in, core::logger& log,
                                       socket_mode_limits limits)
    : strand_(std::move(strand)), api_(api), client_(strand_, api, std::move(app_token), log),
      intake_(in), log_(log), limits_(limits)
{
}

socket_mode_client::~socket_mode_client() = default;

void socket_mode_client::start()
{
    net::post(strand_, [this] { spawn_successor(0); });
}

void socket_mode_client::stop()
{
    net::post(strand_, [this] {
        stopping_ = true;
        for (auto& [generation, c] : live_) {
            c->closing = true;
            c->abort();
        }
    });
}

std::chrono::milliseconds socket_mode_client::backoff(int failures)
{
    const auto full = std::min<std::chrono::milliseconds>(
        limits_.backoff_base * (1LL << std::clamp(failures - 1, 0, 16)),
                               limits_.backoff_cap);
    std::uniform_int_distribution<long long> spread(full.count() / 2, full.count());
    return std::chrono::milliseconds(spread(jitter_));
}

void socket_mode_client::spawn_successor(std::uint64_t after)
{
    if (stopping_) {
        return;
    }
    const auto generation = std::max(after, newest_) + 1;
    newest_ = generation;
    net::co_spawn(strand_, connect_loop(generation), net::detached);
}

void socket_mode_client::said_hello(std::uint64_t generation)
{
    log_.log(core::log_level::info, "Socket Mode connected", {},
             {{"connection", std::to_string(generation)}});
    // The new connection is up: only now are the ones it replaces retired.
    for (auto& [older, c] : live_) {
        if (older < generation && !c->closing) {
            c->closing = true;
            net::co_spawn(strand_, retire(c), net::detached);
        }
    }
}

net::awaitable<void> socket_mode_client::retire(std::shared_ptr<connection> old)
{
    // Closing at once would discard frames Slack sent before it saw the new connection.
    net::steady_timer timer(strand_);
    timer.expires_after(limits_.handover);
    co_await timer.async_wait(use_tuple);
    co_await old->close();
}

net::awaitable<void> socket_mode_client::connect_loop(std::uint64_t generation)
{
    net::steady_timer timer(strand_);
    for (int failures = 0; !stopping_; ++failures) {
        if (failures > 0) {
            timer.expires_after(backoff(failures));
            co_await timer.async_wait(use_tuple);
            if (stopping_ || generation != newest_) {
                co_return; // stopped, or a newer attempt took over
            }
        }
        bool give_up = false;
        auto c = co_await establish(generation, give_up);
        if (give_up) {
            stopping_ = true;
            co_return;
        }
        if (c) {
            co_await serve(std::move(c));
            co_return;
        }
    }
}

net::awaitable<std::shared_ptr<socket_mode_client::connection>>
socket_mode_client::establish(std::uint64_t generation, bool& give_up)
{
    const auto opened = co_await client_.call("apps.connections.open", "{}");
    if (opened.outcome == call_outcome::permanent) {
        log_.log(core::log_level::error, "Socket Mode refused; not retrying", {},
                 {{"error", opened.error}});
        give_up = true;
        co_return nullptr;
    }
    const auto body = nlohmann::json::parse(opened.body, nullptr, false);
    const auto url = opened.outcome == call_outcome::ok && body.is_object()
                         ? parse_socket_url(body.value("url", std::string()))
                         : std::nullopt;
    if (!url) {
        log_.log(core::log_level::warn, "apps.connections.open failed", {},
                 {{"error", opened.error.empty() ? "no usable url" : opened.error}});
        co_return nullptr;
    }
    auto c = std::make_shared<connection>();
    c->generation = generation;
    net::ip::tcp::resolver resolver(strand_);
    auto [rerr, endpoints] = co_await resolver.async_resolve(url->host, url->port, use_tuple);
    boost::system::error_code ec = rerr;
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = std::chrono::seconds(10);
    timeouts.idle_timeout = limits_.idle_timeout;
    timeouts.keep_alive_pings = true;
    if (!ec && url->tls) {
        c->tls_context = std::make_unique<ssl::context>(ssl::context::tls_client);
        c->tls_context->set_default_verify_paths();
        if (!api_.ca_file.empty()) {
            c->tls_context->load_verify_file(api_.ca_file, ec);
        }
        c->tls_context->set_verify_mode(ssl::verify_peer);
        c->tls = std::make_unique<connection::tls_socket>(strand_, *c->tls_context);
        auto& tcp = beast::get_lowest_layer(*c->tls);
        tcp.expires_after(std::chrono::seconds(10));
        if (!ec) {
            std::tie(ec, std::ignore) = co_await tcp.async_connect(endpoints, use_tuple);
        }
        auto& tls_layer = c->tls->next_layer();
        if (!ec && SSL_set_tlsext_host_name(tls_layer.native_handle(), url->host.c_str()) != 1) {
            ec = net::error::invalid_argument;
        }
        if (!ec) {
            tls_layer.set_verify_callback(ssl::host_name_verification(url->host));
            std::tie(ec) = co_await tls_layer.async_handshake(ssl::stream_base::client, use_tuple);
        }
        tcp.expires_never();
        if (!ec) {
            c->tls->set_option(timeouts);
            std::tie(ec) = co_await c->tls->async_handshake(url->host, url->target, use_tuple);
        }
    } else if (!ec) {
        c->plain = std::make_unique<connection::plain_socket>(strand_);
        auto& tcp = beast::get_lowest_layer(*c->plain);
        tcp.expires_after(std::chrono::seconds(10));
        std::tie(ec, std::ignore) = co_await tcp.async_connect(endpoints, use_tuple);
        tcp.expires_never();
        if (!ec) {
            c->plain->set_option(timeouts);
            std::tie(ec) = co_await c->plain->async_handshake(url->host, url->target, use_tuple);
        }
    }
    if (ec) {
        log_.log(core::log_level::warn, "Socket Mode connection failed", {},
                 {{"error", ec.message()}});
        co_return nullptr;
    }
    co_return c;
}

net::awaitable<void> socket_mode_client::serve(std::shared_ptr<connection> c)
{
    live_[c->generation] = c;
    beast::flat_buffer buffer;
    for (;;) {
        if (auto ec = co_await c->read(buffer)) {
            break;
        }
        const auto frame = beast::buffers_to_string(buffer.data());
        buffer.consume(buffer.size());
        const auto request_id = "s" + std::to_string(++frames_);
        const auto parsed = nlohmann::json::parse(frame, nullptr, false);
        const auto envelope_id = parsed.is_object() ? parsed.value("envelope_id", std::string())
                                                    : std::string();
        std::optional<std::string> ack;
        if (!envelope_id.empty() && answered_.contains(envelope_id)) {
            // Answered before, but Slack did not see our ack: acknowledge again only.
            ack = nlohmann::json{{"envelope_id", envelope_id}}.dump();
        } else {
            const auto answer = answer_envelope(intake_, frame, request_id);
            if (answer.type == "hello") {
                said_hello(c->generation);
            } else if (answer.type == "disconnect") {
                log_.log(core::log_level::info, "Socket Mode disconnect", request_id,
                         {{"reason", answer.reason}});
                if (answer.reason == "link_disabled") {
                    log_.log(core::log_level::error,
                             "Socket Mode was turned off for this app; not reconnecting");
                    stopping_ = true;
                    c->closing = true;
                    co_await c->close();
                    break;
                }
                if (!c->successor_started) {
                    // Open the next connection first; this one serves until it says hello.
                    c->successor_started = true;
                    spawn_successor(c->generation);
                }
            }
            ack = answer.ack;
            if (ack) {
                if (answered_.size() >= remembered_envelopes) {
                    answered_.clear();
                }
                answered_.insert(envelope_id);
            }
        }
        if (ack) {
            if (auto ec = co_await c->write(*ack)) {
                break;
            }
        }
    }
    live_.erase(c->generation);
    if (!c->closing && !stopping_ && !c->successor_started && c->generation == newest_) {
        log_.log(core::log_level::warn, "Socket Mode connection dropped; reconnecting", {},
                 {{"connection", std::to_string(c->generation)}});
        spawn_successor(c->generation);
    }
}

} // namespace rolebot::slack
