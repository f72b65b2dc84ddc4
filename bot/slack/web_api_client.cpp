#include "bot/slack/web_api_client.hpp"

#include "bot/core/secrets.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/url/parse.hpp>
#include <nlohmann/json.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <array>
#include <type_traits>
#include <vector>

namespace rolebot::slack {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;

constexpr auto use_tuple = net::as_tuple(net::use_awaitable);

using tls_stream = beast::ssl_stream<beast::tcp_stream>;

call_result failed(call_outcome outcome, std::string error)
{
    call_result r;
    r.outcome = outcome;
    r.error = std::move(error);
    return r;
}

std::chrono::seconds parse_retry_after(std::string_view value, std::chrono::seconds cap)
{
    long seconds = 0;
    for (const char c : value) {
        if (c < '0' || c > '9' || seconds > 86'400) {
            return std::chrono::seconds(1); // unreadable: wait a little, then try again
        }
        seconds = seconds * 10 + (c - '0');
    }
    return std::clamp(std::chrono::seconds(value.empty() ? 1 : seconds), std::chrono::seconds(1),
                      cap);
}

} // namespace

api_endpoint parse_api_url(std::string_view url)
{
    const auto parsed = boost::urls::parse_uri(url);
    if (!parsed) {
        throw core::config_error("SLACK_API_URL is not a URL: " + std::string(url));
    }
    api_endpoint e;
    const auto scheme = parsed->scheme();
    if (scheme != "https" && scheme != "http") {
        throw core::config_error("SLACK_API_URL must start with https:// (or http:// for a "
                                 "local test server)");
    }
    e.tls = scheme == "https";
    e.host = parsed->host();
    if (e.host.empty()) {
        throw core::config_error("SLACK_API_URL has no host: " + std::string(url));
    }
    e.port = parsed->has_port() ? std::string(parsed->port()) : (e.tls ? "443" : "80");
    e.base_path = parsed->path();
    if (e.base_path.empty() || e.base_path.back() != '/') {
        e.base_path += '/';
    }
    return e;
}

std::string origin_of(std::string_view url)
{
    const auto parsed = boost::urls::parse_uri(url);
    if (!parsed || (parsed->scheme() != "https" && parsed->scheme() != "http") ||
        parsed->host().empty()) {
        return {};
    }
    const auto port = parsed->has_port() ? std::string(parsed->port())
                                         : (parsed->scheme() == "https" ? "443" : "80");
    return std::string(parsed->scheme()) + "://" + std::string(parsed->host()) + ":" + port;
}

std::vector<std::string> response_url_origins(const api_endpoint& api)
{
    std::vector<std::string> out{"https://hooks.slack.com:443"};
    const auto own = std::string(api.tls ? "https" : "http") + "://" + api.host + ":" + api.port;
    if (api.host != "slack.com") {
        out.push_back(own);
    }
    return out;
}

std::string path_of_url(std::string_view url)
{
    const auto parsed = boost::urls::parse_uri(url);
    if (!parsed) {
        return {};
    }
    std::string path(parsed->encoded_path());
    if (parsed->has_query()) {
        path += "?" + std::string(parsed->encoded_query());
    }
    return path.starts_with('/') ? path.substr(1) : path;
}

call_outcome classify_slack_error(std::string_view error)
{
    if (error == "ratelimited" || error == "rate_limited") {
        return call_outcome::rate_limited;
    }
    static constexpr std::array<std::string_view, 5> transient = {
        "internal_error", "fatal_error", "service_unavailable", "request_timeout",
        "team_added_to_org"};
    if (std::find(transient.begin(), transient.end(), error) != transient.end()) {
        return call_outcome::transient;
    }
    return call_outcome::permanent;
}

struct web_api_client::impl {
    impl(net::any_io_executor ex, api_endpoint ep, std::string token, core::logger& lg,
         client_limits lim)
        : executor(std::move(ex)), endpoint(std::move(ep)),
          authorization(token.empty() ? std::string() : "Bearer " + token),
          log(lg), limits(lim)
    {
        tls_context.set_default_verify_paths();
        if (!endpoint.ca_file.empty()) {
            boost::system::error_code ec;
            tls_context.load_verify_file(endpoint.ca_file, ec);
            if (ec) {
                throw core::config_error("cannot read the certificates in " + endpoint.ca_file +
                                         ": " + ec.message());
            }
        }
        tls_context.set_verify_mode(ssl::verify_peer);
        tls_context.set_options(ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                                ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    }

    net::awaitable<boost::system::error_code> connect(beast::tcp_stream& tcp)
    {
        net::ip::tcp::resolver resolver(executor);
        auto [rerr, results] = co_await resolver.async_resolve(endpoint.host, endpoint.port,
                                                               use_tuple);
        if (rerr) {
            co_return rerr;
        }
        tcp.expires_after(limits.connect);
        auto [cerr, ignored] = co_await tcp.async_connect(results, use_tuple);
        co_return cerr;
    }

    net::awaitable<std::unique_ptr<tls_stream>> open_tls(std::string& error)
    {
        auto stream = std::make_unique<tls_stream>(executor, tls_context);
        if (auto ec = co_await connect(beast::get_lowest_layer(*stream))) {
            error = "connect: " + ec.message();
            co_return nullptr;
        }
        // SNI, and the certificate must name the host we asked for.
        if (SSL_set_tlsext_host_name(stream->native_handle(), endpoint.host.c_str()) != 1) {
            error = "cannot set the TLS server name";
            co_return nullptr;
        }
        stream->set_verify_callback(ssl::host_name_verification(endpoint.host));
        beast::get_lowest_layer(*stream).expires_after(limits.connect);
        auto [ec] = co_await stream->async_handshake(ssl::stream_base::client, use_tuple);
        if (ec) {
            error = "TLS handshake: " + ec.message();
            co_return nullptr;
        }
        ++opened;
        co_return stream;
    }

    net::awaitable<std::unique_ptr<beast::tcp_stream>> open_plain(std::string& error)
    {
        auto stream = std::make_unique<beast::tcp_stream>(executor);
        if (auto ec = co_await connect(*stream)) {
            error = "connect: " + ec.message();
            co_return nullptr;
        }
        ++opened;
        co_return stream;
    }

    template <class Stream>
    net::awaitable<call_result> exchange(Stream& stream, const http::request<http::string_body>& req,
                                         bool hook, bool& reusable)
    {
        reusable = false;
        beast::get_lowest_layer(stream).expires_after(limits.request);
        auto [werr, written] = co_await http::async_write(stream, req, use_tuple);
        if (werr) {
            // Nothing written: certainly not done. Anything written: Slack may have it.
            co_return failed(written == 0 ? call_outcome::transient : call_outcome::unknown,
                             "send: " + werr.message());
        }
        beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(limits.response_body);
        auto [rerr, read] = co_await http::async_read(stream, buffer, parser, use_tuple);
        if (rerr) {
            co_return failed(call_outcome::unknown, "no answer: " + rerr.message());
        }
        const auto& res = parser.get();
        reusable = res.keep_alive();
        co_return hook ? interpret_hook(res) : interpret(res);
    }

    /// One exchange on an idle connection of the pool, or a new one; kept for reuse
    /// when the server allows keep-alive.
    template <class Stream>
    net::awaitable<call_result> call_pooled(std::vector<std::unique_ptr<Stream>>& idle,
                                            const http::request<http::string_body>& req, bool hook)
    {
        std::unique_ptr<Stream> stream;
        if (!idle.empty()) {
            stream = std::move(idle.back());
            idle.pop_back();
        } else {
            std::string error;
            if constexpr (std::is_same_v<Stream, tls_stream>) {
                stream = co_await open_tls(error);
            } else {
                stream = co_await open_plain(error);
            }
            if (!stream) {
                co_return failed(call_outcome::transient, error);
            }
        }
        bool reusable = false;
        auto result = co_await exchange(*stream, req, hook, reusable);
        if (reusable) {
            idle.push_back(std::move(stream));
        }
        co_return result;
    }

    /// A response_url answers 200 with "ok" (or JSON); 404 and other 4xx mean it expired
    /// or was used up.
    call_result interpret_hook(const http::response<http::string_body>& res)
    {
        call_result r;
        r.status = res.result_int();
        r.body = res.body();
        if (r.status >= 200 && r.status < 300) {
            r.outcome = call_outcome::ok;
        } else if (r.status == 429) {
            r.outcome = call_outcome::rate_limited;
            r.error = "ratelimited";
            r.retry_after = parse_retry_after(res[http::field::retry_after], limits.max_retry_after);
        } else {
            r.outcome = r.status >= 500 ? call_outcome::transient : call_outcome::permanent;
            r.error = "HTTP " + std::to_string(r.status) + " " + r.body.substr(0, 60);
        }
        return r;
    }

    call_result interpret(const http::response<http::string_body>& res)
    {
        call_result r;
        r.status = res.result_int();
        r.body = res.body();
        if (r.status == 429) {
            r.outcome = call_outcome::rate_limited;
            r.error = "ratelimited";
            r.retry_after = parse_retry_after(res[http::field::retry_after], limits.max_retry_after);
            return r;
        }
        if (r.status >= 500) {
            r.outcome = call_outcome::transient;
            r.error = "HTTP " + std::to_string(r.status);
            return r;
        }
        if (r.status != 200) {
            r.outcome = call_outcome::permanent;
            r.error = "HTTP " + std::to_string(r.status);
            return r;
        }
        const auto json = nlohmann::json::parse(r.body, nullptr, false);
        if (!json.is_object() || !json.contains("ok")) {
            r.outcome = call_outcome::unknown;
            r.error = "an answer that is not Slack's JSON";
            return r;
        }
        if (auto w = json.find("warning"); w != json.end() && w->is_string()) {
            log.log(core::log_level::warn, "Slack warning", {},
                    {{"warning", w->get_ref<const std::string&>()}});
        }
        if (json.value("ok", false)) {
            r.outcome = call_outcome::ok;
            return r;
        }
        r.error = json.value("error", std::string("unknown_error"));
        r.outcome = classify_slack_error(r.error);
        if (r.outcome == call_outcome::rate_limited) {
            r.retry_after = parse_retry_after(res[http::field::retry_after], limits.max_retry_after);
        }
        return r;
    }

    net::any_io_executor executor;
    api_endpoint endpoint;
    std::string authorization;
    core::logger& log;
    client_limits limits;
    ssl::context tls_context{ssl::context::tls_client};
    std::vector<std::unique_ptr<tls_stream>> tls_idle;
    std::vector<std::unique_ptr<beast::tcp_stream>> plain_idle;
    std::size_t opened = 0;
};

web_api_client::web_api_client(net::any_io_executor executor, api_endpoint endpoint,
                               std::string token, core::logger& log, client_limits limits)
    : impl_(std::make_unique<impl>(std::move(executor), std::move(endpoint), std::move(token),
                                   log, limits))
{
}

web_api_client::~web_api_client() = default;

std::size_t web_api_client::connections_opened() const { return impl_->opened; }

namespace {

http::request<http::string_body> json_post(const api_endpoint& endpoint, std::string target,
                                           const std::string& authorization, std::string body)
{
    http::request<http::string_body> req{http::verb::post, std::move(target), 11};
    req.set(http::field::host, endpoint.host);
    if (!authorization.empty()) {
        req.set(http::field::authorization, authorization);
    }
    req.set(http::field::content_type, "application/json; charset=utf-8");
    req.set(http::field::user_agent, "rolebot");
    req.keep_alive(true);
    req.body() = std::move(body);
    req.prepare_payload();
    return req;
}

} // namespace

net::awaitable<call_result> web_api_client::call(std::string method, std::string json_body)
{
    auto& d = *impl_;
    const auto req = json_post(d.endpoint, d.endpoint.base_path + method, d.authorization,
                               std::move(json_body));
    if (d.endpoint.tls) {
        co_return co_await d.call_pooled(d.tls_idle, req, false);
    }
    co_return co_await d.call_pooled(d.plain_idle, req, false);
}

net::awaitable<call_result> web_api_client::post_hook(std::string path, std::string json_body)
{
    auto& d = *impl_;
    // No token: a response_url carries its own authority.
    const auto req = json_post(d.endpoint, "/" + path, {}, std::move(json_body));
    if (d.endpoint.tls) {
        co_return co_await d.call_pooled(d.tls_idle, req, true);
    }
    co_return co_await d.call_pooled(d.plain_idle, req, true);
}

} // namespace rolebot::slack
