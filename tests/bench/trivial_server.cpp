// The reference point for the HTTP benchmark: a bare Boost.Beast keep-alive server with
// the same threading as rolebot that reads each request and answers a fixed JSON body.
// No verification, no parsing, no routing, no limits: only what any Beast server pays.
//
// usage: rolebot_bench_trivial_server PORT THREADS BODY_BYTES   (PORT 0 picks one; the
// bound port is printed on stdout)
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>

#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

constexpr auto nothrow_awaitable = net::as_tuple(net::use_awaitable);

net::awaitable<void> serve(beast::tcp_stream stream, const std::string* body)
{
    beast::flat_buffer buffer;
    for (;;) {
        http::request<http::string_body> req;
        auto [ec, n] = co_await http::async_read(stream, buffer, req, nothrow_awaitable);
        if (ec) {
            break;
        }
        http::response<http::string_body> res{http::status::ok, req.version()};
        res.set(http::field::content_type, "application/json; charset=utf-8");
        res.body() = *body;
        res.keep_alive(req.keep_alive());
        res.prepare_payload();
        auto [write_ec, written] = co_await http::async_write(stream, res, nothrow_awaitable);
        if (write_ec || !res.keep_alive()) {
            break;
        }
    }
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

net::awaitable<void> accept_loop(tcp::acceptor& acceptor, net::io_context& io,
                                 const std::string* body)
{
    for (;;) {
        auto [ec, socket] = co_await acceptor.async_accept(net::make_strand(io), nothrow_awaitable);
        if (ec) {
            break;
        }
        auto executor = socket.get_executor();
        net::co_spawn(executor, serve(beast::tcp_stream(std::move(socket)), body), net::detached);
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::cerr << "usage: rolebot_bench_trivial_server PORT THREADS BODY_BYTES\n";
        return 2;
    }
    const auto port = static_cast<unsigned short>(std::stoi(argv[1]));
    const int threads = std::stoi(argv[2]);
    // A JSON body of the requested size, so both servers put the same bytes on the wire.
    std::string body = "{\"text\":\"";
    const auto size = static_cast<std::size_t>(std::stoul(argv[3]));
    body.append(size > body.size() + 2 ? size - body.size() - 2 : 0, 'x');
    body += "\"}";

    net::io_context io(threads);
    tcp::acceptor acceptor(io, tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    std::cout << acceptor.local_endpoint().port() << std::endl;
    net::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&io](auto, auto) { io.stop(); });
    net::co_spawn(io, accept_loop(acceptor, io, &body), net::detached);
    std::vector<std::thread> workers;
    for (int i = 1; i < threads; ++i) {
        workers.emplace_back([&io] { io.run(); });
    }
    io.run();
    for (auto& t : workers) {
        t.join();
    }
    return 0;
}
