// Connection handling of the real server: keep-alive, slow clients, the connection
// cap and graceful stop, with raw sockets so the tests can misbehave on purpose.
#include "tests/support/raw_client.hpp"
#include "tests/support/slack_requests.hpp"
#include "tests/support/test_server.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace rolebot::testing {
namespace {

using namespace std::chrono_literals;

std::string raw_request(const server::client_request& req, bool keep_alive = true)
{
    std::string out = req.method + " " + req.target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto& [name, value] : req.headers) {
        out += name + ": " + value + "\r\n";
    }
    if (!keep_alive) {
        out += "Connection: close\r\n";
    }
    out += "Content-Length: " + std::to_string(req.body.size()) + "\r\n\r\n" + req.body;
    return out;
}

/// Waits (bounded) until a condition on the server holds; the server's own threads
/// move it, so there is nothing to fake here.
template <typename Condition> bool eventually(Condition condition)
{
    for (int i = 0; i < 400; ++i) {
        if (condition()) {
            return true;
        }
        std::this_thread::sleep_for(5ms);
    }
    return condition();
}

TEST(connections, keep_alive_serves_many_requests_on_one_connection)
{
    test_server server;
    raw_client client(server.port());
    const auto request =
        raw_request(signed_command(command_body("/role", "lead"), test_server::start_time));
    for (int i = 0; i < 50; ++i) {
        ASSERT_TRUE(client.send(request));
        const auto response = client.receive_response(5s);
        ASSERT_TRUE(response.starts_with("HTTP/1.1 200")) << i << ": " << response;
        EXPECT_NE(response.find("Product Lead"), std::string::npos);
    }
    EXPECT_EQ(server.http().accepted(), 1U);
}

TEST(connections, slow_header_client_is_cut_off)
{
    server::server_options options;
    options.read_timeout = 300ms;
    test_server server(options);
    raw_client client(server.port());
    ASSERT_TRUE(client.send("POST /slack/commands HTTP/1.1\r\nHost: x\r\n"));
    // One header byte every 50 ms: would take 10 s to finish; the server must not wait.
    const std::string trickle(200, 'a');
    bool cut_off = false;
    for (char c : trickle) {
        if (!client.send(std::string("X-Slow: ") + c + "\r\n") || client.closed_by_peer(50ms)) {
            cut_off = true;
            break;
        }
    }
    EXPECT_TRUE(cut_off);
    EXPECT_TRUE(eventually([&] { return server.http().connections() == 0; }));
}

TEST(connections, idle_connection_is_closed_after_idle_timeout)
{
    server::server_options options;
    options.idle_timeout = 200ms;
    test_server server(options);
    raw_client client(server.port());
    EXPECT_TRUE(client.closed_by_peer(3s));
}

TEST(connections, connections_over_the_cap_are_shed)
{
    server::server_options options;
    options.max_connections = 2;
    test_server server(options);
    raw_client first(server.port());
    raw_client second(server.port());
    ASSERT_TRUE(eventually([&] { return server.http().connections() == 2; }));
    raw_client third(server.port());
    EXPECT_TRUE(third.closed_by_peer(3s));

    server::client_request health;
    health.method = "GET";
    health.target = "/healthz";
    ASSERT_TRUE(first.send(raw_request(health)));
    EXPECT_TRUE(first.receive_response(5s).starts_with("HTTP/1.1 200"));
}

TEST(connections, oversized_headers_are_refused)
{
    test_server server;
    raw_client client(server.port());
    ASSERT_TRUE(client.send(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n"));
    EXPECT_TRUE(client.receive(3s).starts_with("HTTP/1.1 431"));
}

TEST(connections, stop_lets_the_request_in_flight_finish)
{
    test_server server;
    raw_client client(server.port());
    const auto request =
        raw_request(signed_command(command_body("/role", "lead"), test_server::start_time));
    const auto half = request.size() - 40;
    ASSERT_TRUE(client.send(request.substr(0, half)));
    ASSERT_TRUE(eventually([&] { return server.http().connections() == 1; }));

    server.http().stop();
    ASSERT_TRUE(client.send(request.substr(half)));
    const auto response = client.receive_response(5s);
    EXPECT_TRUE(response.starts_with("HTTP/1.1 200")) << response;
    EXPECT_NE(response.find("Connection: close"), std::string::npos);
    EXPECT_TRUE(client.closed_by_peer(3s));

    // No new connections once stopped.
    EXPECT_TRUE(eventually([&] {
        try {
            raw_client late(server.port());
            return late.closed_by_peer(100ms);
        } catch (const std::runtime_error&) {
            return true; // refused
        }
    }));
}

} // namespace
} // namespace rolebot::testing
