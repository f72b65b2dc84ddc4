#pragma once

#include "bot/core/clock.hpp"
#include "bot/core/logger.hpp"
#include "bot/server/sleeper.hpp"
#include "bot/server/wake_signal.hpp"
#include "bot/slack/web_api_client.hpp"
#include "bot/store/store.hpp"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <map>
#include <memory>
#include <random>
#include <string>

namespace rolebot::slack {

/// How the outbox is drained.
struct sender_policy {
    /// Slack allows about one message per second per channel.
    std::chrono::milliseconds per_channel_gap{1000};
    std::chrono::seconds backoff_base{1};
    std::chrono::seconds backoff_cap{120};
    /// Failed attempts (5xx, timeouts) before a message becomes a dead letter.
    int max_attempts = 10;
    std::size_t batch = 200;
    /// Requests open to Slack at once (each on its own keep-alive connection).
    std::size_t concurrency = 8;
};

/// Delivers outbox messages with chat.postMessage (opening DMs with conversations.open
/// first), exactly once as the channel sees it:
/// - the store records that an attempt starts before the request leaves (one commit
///   per round of up to `batch` messages; results are committed per round too);
/// - an attempt whose outcome is unknown (timeout, crash) is looked up in the channel's
///   history by the key carried in the message metadata before it is tried again;
/// - 429 pauses all posting for Retry-After; 5xx, resets and timeouts pause all posting
///   with exponential backoff and jitter, and a message gives up after a bounded number
///   of attempts; refusals (invalid_auth,
///   channel_not_found, not_in_channel) become dead letters and are logged;
/// - posts to one channel are paced to one per `per_channel_gap`.
/// Runs on one thread (its own io_context in `rolebot serve`).
class outbox_sender {
public:
    outbox_sender(store::store& store, web_api_client& client, const core::clock& clock,
                  server::sleeper& sleeper, core::logger& log, sender_policy policy = {});

    /// Sends what is due now, channels in parallel; returns when nothing is due.
    boost::asio::awaitable<void> send_due();
    /// send_due, then sleeps until the next retry, until nothing is left to send (only
    /// waiting on the injected sleeper: used by tests with a fake clock).
    boost::asio::awaitable<void> drain();
    /// Runs until stop(): sends what is due, then waits for poke() or the next retry.
    boost::asio::awaitable<void> run();
    /// New messages were queued. Call on the sender's executor.
    void poke();
    /// Ends run() after one more pass over what is due (the flush at shutdown; the
    /// caller bounds how long it may take). Call on the sender's executor.
    void stop();

    /// Lets replies to button clicks go to response_urls of `origin` ("https://host:443")
    /// through `client` (one without a token). Other origins are refused.
    void allow_response_urls(std::string origin, web_api_client& client);

    /// Messages accepted by Slack since start.
    std::size_t delivered() const { return delivered_; }

private:
    /// The channels of one round, taken in turn by the workers.
    struct channel_queue {
        std::vector<std::vector<store::outbound_message>> channels;
        std::size_t next = 0;
    };
    boost::asio::awaitable<void> deliver_channels(std::shared_ptr<channel_queue> work);
    boost::asio::awaitable<void> deliver_channel(std::vector<store::outbound_message> messages);
    /// `marked`: its attempt was already recorded with the rest of its round.
    boost::asio::awaitable<void> deliver(store::outbound_message m, bool marked);
    /// Records an accepted message; written with the others of its round.
    void record_sent(std::int64_t id, std::string ts);
    void flush_sent();
    boost::asio::awaitable<bool> open_conversation(store::outbound_message& m);
    /// Posts a reply to its response_url. Not looked up when in doubt: such replies
    /// are ephemeral or replace a message, so sending one again does no harm.
    boost::asio::awaitable<void> respond(store::outbound_message m);
    /// Looks for an in-doubt message in its channel; true when it was posted (and is
    /// now marked sent), false when it was not; empty when the lookup failed.
    boost::asio::awaitable<std::optional<bool>> already_posted(const store::outbound_message& m);
    void failed(const store::outbound_message& m, const call_result& r, std::string_view method);
    store::sys_seconds now() const;
    std::chrono::seconds backoff(int attempts);

    store::store& store_;
    web_api_client& client_;
    const core::clock& clock_;
    server::sleeper& sleeper_;
    core::logger& log_;
    sender_policy policy_;
    std::map<std::string, core::clock::time_point> last_post_;
    core::clock::time_point paused_until_{};
    int consecutive_failures_ = 0;
    std::minstd_rand jitter_{std::random_device{}()};
    server::wake_signal wake_;
    std::size_t delivered_ = 0;
    std::vector<std::pair<std::int64_t, std::string>> sent_;
    std::map<std::string, web_api_client*> hooks_;
};

} // namespace rolebot::slack
