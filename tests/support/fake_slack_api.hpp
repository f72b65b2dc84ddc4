#pragma once

#include "bot/core/clock.hpp"
#include "bot/core/logger.hpp"
#include "bot/server/http_server.hpp"

#include <boost/asio/io_context.hpp>
#include <nlohmann/json.hpp>

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace rolebot::testing {

/// One request the fake received.
struct recorded_call {
    std::string method; ///< "chat.postMessage"
    std::string authorization;
    std::string content_type;
    nlohmann::json args;
    core::clock::time_point at; ///< on the clock given to the fake
};

/// A reply the test wants for the next call of a method.
struct scripted_reply {
    unsigned status = 200;
    std::string body = R"({"ok":true})";
    std::string retry_after; ///< Retry-After header, when not empty
};

/// A scripted reply.
inline scripted_reply reply(unsigned status, std::string body, std::string retry_after = {})
{
    scripted_reply r;
    r.status = status;
    r.body = std::move(body);
    r.retry_after = std::move(retry_after);
    return r;
}

/// A stand-in for Slack's Web API on 127.0.0.1 (port 0), over plain HTTP, in the test
/// process: chat.postMessage keeps messages in per-channel histories (with metadata),
/// conversations.history returns them, conversations.open opens a DM per user set,
/// auth.test answers as a bot, and /hooks/... stands for response_urls (recorded as
/// method "hook" with the path in args["target"]). Tests script replies per method
/// (429, 500, ok:false) and can hold posts unanswered to leave them in flight.
class fake_slack_api {
public:
    /// `clock` stamps each call (a fake clock in unit tests); the system clock if null.
    explicit fake_slack_api(const core::clock* clock = nullptr);
    ~fake_slack_api();
    fake_slack_api(const fake_slack_api&) = delete;
    fake_slack_api& operator=(const fake_slack_api&) = delete;

    std::uint16_t port() const { return http_->port(); }
    /// "http://127.0.0.1:PORT/api/".
    std::string base_url() const;
    /// A response_url on the fake: "http://127.0.0.1:PORT/hooks/<name>".
    std::string hook_url(const std::string& name) const;

    /// Where apps.connections.open sends Socket Mode clients ("ws://127.0.0.1:P/link/").
    void set_socket_url(const std::string& url);

    /// Replies used, in order, for the next calls of `method`; then normal service.
    void script(const std::string& method, std::vector<scripted_reply> replies);
    /// While held, chat.postMessage is recorded and posted, but answered only on release.
    void hold_posts(bool hold);

    /// The calls received, of one method or all.
    std::vector<recorded_call> calls(const std::string& method = {}) const;
    /// Messages posted to a channel, oldest first (all channels when empty).
    std::vector<nlohmann::json> posted(const std::string& channel = {}) const;
    /// Waits until at least `n` messages were posted (at most `limit`).
    bool wait_for_posts(std::size_t n, std::chrono::milliseconds limit) const;

private:
    server::response handle(const server::request& req);
    nlohmann::json post_message(const nlohmann::json& args);

    const core::clock* clock_;
    core::system_clock system_clock_;
    std::ostringstream log_stream_;
    core::logger log_;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::vector<recorded_call> calls_;
    std::map<std::string, std::deque<scripted_reply>> scripts_;
    std::map<std::string, std::vector<nlohmann::json>> history_;
    std::vector<nlohmann::json> all_posts_;
    bool hold_ = false;
    std::string socket_url_;
    int tickets_ = 0;
    std::uint64_t next_ts_ = 1;
    boost::asio::io_context io_;
    std::unique_ptr<server::http_server> http_;
    std::vector<std::thread> threads_;
};

} // namespace rolebot::testing
