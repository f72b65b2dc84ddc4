#include "bot/server/http_client.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

namespace rolebot::server {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

net::awaitable<client_response> exchange(std::string host, std::uint16_t port,
                                         client_request request, std::chrono::milliseconds timeout)
{
    auto executor = co_await net::this_coro::executor;
    net::ip::tcp::resolver resolver(executor);
    beast::tcp_stream stream(executor);
    stream.expires_after(timeout);
    const auto endpoints =
        co_await resolver.async_resolve(host, std::to_string(port), net::use_awaitable);
    co_await stream.async_connect(endpoints, net::use_awaitable);

    http::request<http::string_body> req{http::string_to_verb(request.method), request.target, 11};
    req.set(http::field::host, host);
    for (const auto& [name, value] : request.headers) {
        req.set(name, value);
    }
    req.body() = std::move(request.body);
    req.prepare_payload();
    co_await http::async_write(stream, req, net::use_awaitable);

    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(16U * 1024U * 1024U);
    co_await http::async_read(stream, buffer, parser, net::use_awaitable);
    const auto& res = parser.get();
    boost::system::error_code ignored;
    stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    co_return client_response{res.result_int(), std::string(res[http::field::content_type]),
                              res.body()};
}

} // namespace

client_response http_request(const std::string& host, std::uint16_t port,
                             const client_request& request, std::chrono::milliseconds timeout)
{
    net::io_context io;
    auto result = net::co_spawn(io, exchange(host, port, request, timeout), net::use_future);
    io.run();
    return result.get();
}

} // namespace rolebot::server
