#include "bot/slack/outbox_sender.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <nlohmann/json.hpp>

#include <date/date.h>

namespace rolebot::slack {
namespace {

namespace net = boost::asio;
using json = nlohmann::json;

constexpr std::string_view metadata_event = "rolebot_delivery";
/// How far before an attempt's start its message may carry a timestamp (clock skew).
constexpr auto history_margin = std::chrono::minutes(5);
constexpr int max_rounds = 50;

/// A failure found on our side (no HTTP status).
call_result local_failure(call_outcome outcome, std::string error)
{
    call_result r;
    r.outcome = outcome;
    r.error = std::move(error);
    return r;
}

// JSON is built outside the coroutines: GCC 12 miscompiles braced initializer lists
// inside them ("array used as initializer").
std::string open_args(const std::string& users) { return json{{"users", users}}.dump(); }

std::string history_args(const std::string& channel, store::sys_seconds oldest)
{
    return json{{"channel", channel},
                {"oldest", std::to_string(oldest.time_since_epoch().count())},
                {"inclusive", true},
                {"limit", 200},
                {"include_all_metadata", true}}
        .dump();
}

/// chat.postMessage arguments: the stored message, its channel, and metadata carrying
/// its key so a later look at the channel's history can find it. Empty when the stored
/// body is not a JSON object.
std::optional<std::string> post_args(const store::outbound_message& m)
{
    auto body = json::parse(m.body, nullptr, false);
    if (!body.is_object()) {
        return std::nullopt;
    }
    body["channel"] = m.channel;
    body["unfurl_links"] = false;
    body["metadata"] = {{"event_type", metadata_event}, {"event_payload", {{"key", m.key}}}};
    return body.dump();
}

std::string target_of(const store::outbound_message& m)
{
    if (!m.response_url.empty()) {
        return "hook:" + m.response_url;
    }
    return m.channel.empty() ? "open:" + m.open_users : m.channel;
}

} // namespace

outbox_sender::outbox_sender(store::store& store, web_api_client& client,
                             const core::clock& clock, server::sleeper& sleeper,
                             core::logger& log, sender_policy policy)
    : store_(store), client_(client), clock_(clock), sleeper_(sleeper), log_(log), policy_(policy)
{
}

store::sys_seconds outbox_sender::now() const
{
    return std::chrono::time_point_cast<std::chrono::seconds>(clock_.now());
}

std::chrono::seconds outbox_sender::backoff(int attempts)
{
    // Exponential, capped, with jitter over the upper half so retries spread out.
    const int exponent = std::clamp(attempts - 1, 0, 16);
    const auto full = std::min<std::chrono::seconds>(policy_.backoff_base * (1LL << exponent),
                                                     policy_.backoff_cap);
    std::uniform_int_distribution<long long> spread(full.count() / 2, full.count());
    return std::chrono::seconds(std::max(1LL, spread(jitter_)));
}

void outbox_sender::failed(const store::outbound_message& m, const call_result& r,
                           std::string_view method)
{
    const auto attempts = m.attempts + 1;
    const auto id = std::to_string(m.id);
    switch (r.outcome) {
    case call_outcome::ok:
        return;
    case call_outcome::rate_limited: {
        paused_until_ = clock_.now() + r.retry_after;
        // Slack pacing us is not a failed attempt: it does not count towards giving up.
        store_.retry_at(m.id, now() + r.retry_after, r.error, false, false);
        log_.log(core::log_level::warn, "Slack asked us to slow down", {},
                 {{"method", method},
                  {"retry_after_s", std::to_string(r.retry_after.count())},
                  {"outbox_id", id}});
        return;
    }
    case call_outcome::permanent:
        store_.mark_dead(m.id, std::string(method) + ": " + r.error, now());
        log_.log(core::log_level::error, "Slack refused a message; kept as a dead letter", {},
                 {{"method", method}, {"error", r.error}, {"outbox_id", id},
                  {"channel", m.channel}, {"key", m.key}});
        return;
    case call_outcome::transient:
    case call_outcome::unknown:
        break;
    }
    if (attempts >= policy_.max_attempts) {
        store_.mark_dead(m.id, "gave up after " + std::to_string(attempts) + " attempts: " +
                                   std::string(method) + ": " + r.error,
                         now());
        log_.log(core::log_level::error, "giving up on a message; kept as a dead letter", {},
                 {{"method", method}, {"error", r.error}, {"outbox_id", id}, {"key", m.key}});
        return;
    }
    // Slack (or the way to it) is failing: hold every message back, not only this one,
    // so an outage costs one attempt per backoff period instead of one per message.
    const auto wait = backoff(++consecutive_failures_);
    paused_until_ = clock_.now() + wait;
    store_.retry_at(m.id, now() + wait, r.error, r.outcome == call_outcome::unknown, true);
    log_.log(core::log_level::warn, "Slack call failed; pausing all posts", {},
             {{"method", method}, {"error", r.error}, {"outbox_id", id},
              {"pause_s", std::to_string(wait.count())}});
}

net::awaitable<bool> outbox_sender::open_conversation(store::outbound_message& m)
{
    const auto r = co_await client_.call("conversations.open", open_args(m.open_users));
    if (r.outcome == call_outcome::ok) {
        const auto body = json::parse(r.body, nullptr, false);
        const auto* channel = body.is_object() && body.contains("channel") &&
                                      body["channel"].is_object() &&
                                      body["channel"].contains("id") &&
                                      body["channel"]["id"].is_string()
                                  ? &body["channel"]["id"].get_ref<const std::string&>()
                                  : nullptr;
        if (channel != nullptr && !channel->empty()) {
            m.channel = *channel;
            store_.set_channel(m.id, m.channel);
            co_return true;
        }
        failed(m, local_failure(call_outcome::transient, "no channel in the answer"),
               "conversations.open");
        co_return false;
    }
    // Opening a conversation twice is harmless, so an unknown outcome is a plain retry.
    auto retry = r;
    if (retry.outcome == call_outcome::unknown) {
        retry.outcome = call_outcome::transient;
    }
    failed(m, retry, "conversations.open");
    co_return false;
}

net::awaitable<std::optional<bool>> outbox_sender::already_posted(const store::outbound_message& m)
{
    const auto r = co_await client_.call(
        "conversations.history", history_args(m.channel, m.attempt_started_at - history_margin));
    if (r.outcome == call_outcome::permanent) {
        // We cannot look (e.g. no history scope): sending again risks a duplicate, not
        // sending risks a loss; a duplicate is the lesser harm.
        log_.log(core::log_level::warn, "cannot check whether a message was posted; posting it",
                 {}, {{"error", r.error}, {"outbox_id", std::to_string(m.id)}});
        co_return false;
    }
    if (r.outcome != call_outcome::ok) {
        co_return std::nullopt;
    }
    const auto body = json::parse(r.body, nullptr, false);
    if (!body.is_object() || !body.contains("messages") || !body["messages"].is_array()) {
        co_return std::nullopt;
    }
    for (const auto& message : body["messages"]) {
        const auto* meta = message.contains("metadata") ? &message["metadata"] : nullptr;
        if (meta == nullptr || !meta->is_object() ||
            meta->value("event_type", std::string()) != metadata_event) {
            continue;
        }
        const auto payload = meta->value("event_payload", json::object());
        if (payload.is_object() && payload.value("key", std::string()) == m.key) {
            record_sent(m.id, message.value("ts", std::string()));
            log_.log(core::log_level::info, "an in-doubt message had been posted; not posting again",
                     {}, {{"outbox_id", std::to_string(m.id)}, {"key", m.key}});
            co_return true;
        }
    }
    co_return false;
}

void outbox_sender::allow_response_urls(std::string origin, web_api_client& client)
{
    hooks_[std::move(origin)] = &client;
}

net::awaitable<void> outbox_sender::respond(store::outbound_message m)
{
    const auto hook = hooks_.find(origin_of(m.response_url));
    if (hook == hooks_.end()) {
        failed(m, local_failure(call_outcome::permanent, "response_url of an unknown host"),
               "response_url");
        co_return;
    }
    const auto r = co_await hook->second->post_hook(path_of_url(m.response_url), m.body);
    if (r.outcome == call_outcome::ok) {
        consecutive_failures_ = 0;
        record_sent(m.id, "");
        co_return;
    }
    failed(m, r, "response_url");
}

void outbox_sender::record_sent(std::int64_t id, std::string ts)
{
    sent_.emplace_back(id, std::move(ts));
    ++delivered_;
}

void outbox_sender::flush_sent()
{
    store_.mark_sent(sent_, now());
    sent_.clear();
}

net::awaitable<void> outbox_sender::deliver(store::outbound_message m, bool marked)
{
    if (paused_until_ > clock_.now()) {
        // Paused (429 or an outage): move it to the end of the pause without trying.
        store_.retry_at(m.id, std::chrono::ceil<std::chrono::seconds>(paused_until_),
                        "waiting for Slack", m.in_doubt, false);
        co_return;
    }
    if (!m.response_url.empty()) {
        co_await respond(std::move(m));
        co_return;
    }
    if (m.channel.empty() && !co_await open_conversation(m)) {
        co_return;
    }
    if (m.in_doubt) {
        const auto posted = co_await already_posted(m);
        if (!posted) {
            failed(m, local_failure(call_outcome::unknown, "could not check the channel's history"),
                   "conversations.history");
            co_return;
        }
        if (*posted) {
            co_return;
        }
    }
    if (const auto last = last_post_.find(m.channel); last != last_post_.end()) {
        co_await sleeper_.sleep_until(last->second + policy_.per_channel_gap);
    }
    auto args = post_args(m);
    if (!args) {
        failed(m, local_failure(call_outcome::permanent, "the stored message is not JSON"),
               "chat.postMessage");
        co_return;
    }

    // Written down before the request leaves: after a crash this attempt is in doubt.
    if (!marked) {
        store_.attempts_started({m.id}, now());
    }
    const auto r = co_await client_.call("chat.postMessage", std::move(*args));
    last_post_[m.channel] = clock_.now();
    if (r.outcome == call_outcome::ok) {
        consecutive_failures_ = 0;
        const auto answer = json::parse(r.body, nullptr, false);
        record_sent(m.id, answer.is_object() ? answer.value("ts", std::string()) : "");
        co_return;
    }
    failed(m, r, "chat.postMessage");
}

net::awaitable<void> outbox_sender::deliver_channel(std::vector<store::outbound_message> messages)
{
    for (auto& m : messages) {
        const bool marked = !m.channel.empty();
        co_await deliver(std::move(m), marked);
    }
}

net::awaitable<void> outbox_sender::deliver_channels(std::shared_ptr<channel_queue> work)
{
    while (work->next < work->channels.size()) {
        co_await deliver_channel(std::move(work->channels[work->next++]));
    }
}

net::awaitable<void> outbox_sender::send_due()
{
    auto executor = co_await net::this_coro::executor;
    for (int round = 0; round < max_rounds; ++round) {
        auto due = store_.due_messages(now(), policy_.batch);
        if (due.empty()) {
            co_return;
        }
        // One commit for the whole round instead of one per message: every message
        // with a known channel is in doubt from here until its outcome is written.
        std::vector<std::int64_t> starting;
        for (const auto& m : due) {
            if (!m.channel.empty()) {
                starting.push_back(m.id);
            }
        }
        store_.attempts_started(starting, now());
        std::map<std::string, std::vector<store::outbound_message>> by_channel;
        for (auto& m : due) {
            by_channel[target_of(m)].push_back(std::move(m));
        }
        auto work = std::make_shared<channel_queue>();
        for (auto& [target, messages] : by_channel) {
            work->channels.push_back(std::move(messages));
        }
        // A few workers take channels in turn: channels proceed in parallel, each paced
        // on its own, with at most `concurrency` requests open to Slack.
        std::size_t running = std::min(policy_.concurrency, work->channels.size());
        net::steady_timer all_done(executor, std::chrono::steady_clock::time_point::max());
        for (std::size_t i = running; i > 0; --i) {
            net::co_spawn(executor, deliver_channels(work),
                          [this, &running, &all_done](const std::exception_ptr& e) {
                if (e) {
                    try {
                        std::rethrow_exception(e);
                    } catch (const std::exception& ex) {
                        log_.log(core::log_level::error, "delivery failed", {},
                                 {{"error", ex.what()}});
                    }
                }
                if (--running == 0) {
                    all_done.cancel();
                }
            });
        }
        co_await all_done.async_wait(net::as_tuple(net::use_awaitable));
        flush_sent();
    }
}

net::awaitable<void> outbox_sender::drain()
{
    for (int round = 0; round < 10'000; ++round) {
        co_await send_due();
        const auto next = store_.earliest_message_due();
        if (!next) {
            co_return;
        }
        co_await sleeper_.sleep_until(*next);
    }
}

net::awaitable<void> outbox_sender::run()
{
    for (;;) {
        co_await send_due();
        if (wake_.stopping()) {
            break; // that pass was the last: what was due has been sent (or tried)
        }
        const auto next = store_.earliest_message_due();
        auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
            next ? *next - now() : std::chrono::seconds(60));
        wait = std::clamp<std::chrono::milliseconds>(wait, std::chrono::milliseconds(200),
                                                     std::chrono::seconds(60));
        co_await wake_.wait(wait);
    }
}

void outbox_sender::poke() { wake_.poke(); }

void outbox_sender::stop() { wake_.stop(); }

} // namespace rolebot::slack
