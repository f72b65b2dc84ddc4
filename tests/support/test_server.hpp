#pragma once

#include "bot/app/services.hpp"
#include "bot/core/clock.hpp"
#include "bot/core/logger.hpp"
#include "bot/server/endpoints.hpp"
#include "bot/server/http_client.hpp"
#include "bot/server/http_server.hpp"
#include "bot/slack/render_cache.hpp"
#include "bot/slack/signature.hpp"

#include <boost/asio/io_context.hpp>

#include <memory>
#include <sstream>
#include <thread>
#include <vector>

namespace rolebot::testing {

/// The real server, endpoints and handlers on 127.0.0.1 with a port the kernel picks,
/// a fake clock, and io threads of its own. Stops and joins on destruction.
class test_server {
public:
    /// The fake clock's start: the time of Slack's official signing example.
    static constexpr std::int64_t start_time = 1531420618;

    explicit test_server(server::server_options options = {}, unsigned threads = 2);
    ~test_server();
    test_server(const test_server&) = delete;
    test_server& operator=(const test_server&) = delete;

    std::uint16_t port() const { return http_->port(); }
    core::fake_clock& clock() { return clock_; }
    server::http_server& http() { return *http_; }
    store::sqlite_store& store() { return services_.store(); }
    /// Everything the server logged so far.
    std::string log_text() const { return log_stream_.str(); }

    /// Sends a request and waits for the answer (5 s at most).
    server::client_response send(const server::client_request& request) const;

    /// Stops accepting and waits for the io threads to finish.
    void stop();

private:
    std::ostringstream log_stream_;
    core::logger log_;
    core::fake_clock clock_;
    app::bot_services services_;
    slack::signature_verifier verifier_;
    slack::render_cache renders_;
    slack::conversation_services conversations_;
    slack::intake intake_;
    server::endpoints endpoints_;
    boost::asio::io_context io_;
    std::unique_ptr<server::http_server> http_;
    std::vector<std::thread> threads_;
    bool stopped_ = false;
};

} // namespace rolebot::testing
