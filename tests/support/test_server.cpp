#include "tests/support/test_server.hpp"

#include "tests/support/slack_requests.hpp"

#include <boost/asio/post.hpp>

namespace rolebot::testing {

test_server::test_server(server::server_options options, unsigned threads)
    : log_(log_stream_, core::log_format::json, core::log_level::debug),
      clock_(core::clock::time_point(std::chrono::seconds(start_time))),
      services_({}, clock_, log_), verifier_(test_secret, clock_),
      conversations_{{"UBOT", "BBOT"},
                     [this](const core::message_event& e, std::string_view q) {
                         return services_.answer_message(e, q);
                     },
                     [this](const core::action& click) { return services_.act(click); },
                     {"https://hooks.slack.com:443"},
                     services_.store(),
                     clock_},
      intake_(services_.router(), renders_, &conversations_, log_),
      endpoints_(verifier_, intake_, log_),
      io_(static_cast<int>(threads))
{
    options.address = "127.0.0.1";
    options.port = 0;
    http_ = std::make_unique<server::http_server>(
        io_, options, [this](const server::request& req) { return endpoints_.handle(req); }, log_);
    http_->listen();
    http_->start();
    for (unsigned i = 0; i < threads; ++i) {
        threads_.emplace_back([this] { io_.run(); });
    }
}

test_server::~test_server()
{
    stop();
}

void test_server::stop()
{
    if (stopped_) {
        return;
    }
    stopped_ = true;
    http_->stop();
    io_.stop();
    for (auto& t : threads_) {
        t.join();
    }
}

server::client_response test_server::send(const server::client_request& request) const
{
    return server::http_request("127.0.0.1", port(), request, std::chrono::seconds(5));
}

} // namespace rolebot::testing
