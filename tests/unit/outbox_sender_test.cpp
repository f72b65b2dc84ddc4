// The outbox sender and Web API client against a fake Slack API on loopback, with a
// fake clock: retries, Retry-After, dead letters, pacing, DMs and in-doubt messages.
#include "bot/server/http_client.hpp"
#include "bot/server/sleeper.hpp"
#include "bot/slack/outbox_sender.hpp"
#include "bot/store/sqlite_store.hpp"
#include "tests/support/fake_slack_api.hpp"
#include "tests/support/temp_dir.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <gtest/gtest.h>

namespace rolebot::slack {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
namespace net = boost::asio;

const core::clock::time_point t0{std::chrono::seconds(1'790'000'000)};

class sender_test : public ::testing::Test {
protected:
    std::int64_t enqueue(const std::string& key, const std::string& channel,
                         const std::string& open_users = {})
    {
        store::outbound_message m;
        m.key = key;
        m.channel = channel;
        m.open_users = open_users;
        m.body = json{{"text", "message " + key}}.dump();
        EXPECT_TRUE(store.enqueue(m, now()));
        return store.due_messages(now(), 1000).back().id;
    }

    store::sys_seconds now() const
    {
        return std::chrono::time_point_cast<std::chrono::seconds>(clock.now());
    }

    /// Runs the sender until nothing is left to send.
    void drain()
    {
        auto done = net::co_spawn(io, sender.drain(), net::use_future);
        io.restart();
        io.run();
        done.get();
    }

    testing::temp_dir dir;
    std::ostringstream log_text;
    core::logger log{log_text, core::log_format::json, core::log_level::debug};
    core::fake_clock clock{t0};
    testing::fake_slack_api api{&clock};
    store::sqlite_store store{dir.file("rolebot.db")};
    net::io_context io;
    web_api_client client{io.get_executor(), parse_api_url(api.base_url()), "xoxb-test-token", log};
    server::fake_sleeper sleeper{clock};
    outbox_sender sender{store, client, clock, sleeper, log};
};

TEST(web_api_url, base_urls_are_parsed_and_checked)
{
    const auto slack = parse_api_url("https://slack.com/api/");
    EXPECT_TRUE(slack.tls);
    EXPECT_EQ(slack.host, "slack.com");
    EXPECT_EQ(slack.port, "443");
    EXPECT_EQ(slack.base_path, "/api/");
    const auto local = parse_api_url("http://127.0.0.1:8080/api");
    EXPECT_FALSE(local.tls);
    EXPECT_EQ(local.port, "8080");
    EXPECT_EQ(local.base_path, "/api/");
    EXPECT_THROW(parse_api_url("ftp://slack.com/api/"), std::exception);
    EXPECT_THROW(parse_api_url("not a url"), std::exception);
    EXPECT_EQ(classify_slack_error("invalid_auth"), call_outcome::permanent);
    EXPECT_EQ(classify_slack_error("not_in_channel"), call_outcome::permanent);
    EXPECT_EQ(classify_slack_error("internal_error"), call_outcome::transient);
    EXPECT_EQ(classify_slack_error("ratelimited"), call_outcome::rate_limited);
}

TEST_F(sender_test, a_message_is_posted_with_the_bot_token_as_utf8_json)
{
    enqueue("k1", "C1");
    drain();
    const auto calls = api.calls("chat.postMessage");
    ASSERT_EQ(calls.size(), 1U);
    EXPECT_EQ(calls[0].authorization, "Bearer xoxb-test-token");
    EXPECT_EQ(calls[0].content_type, "application/json; charset=utf-8");
    EXPECT_EQ(calls[0].args["channel"], "C1");
    EXPECT_EQ(calls[0].args["text"], "message k1");
    EXPECT_EQ(calls[0].args["metadata"]["event_payload"]["key"], "k1");
    EXPECT_EQ(store.sent_count(), 1U);
    EXPECT_EQ(store.unsent_count(), 0U);
    EXPECT_EQ(log_text.str().find("xoxb-test-token"), std::string::npos);
}

TEST_F(sender_test, a_429_waits_for_retry_after_then_posts_once)
{
    api.script("chat.postMessage",
               {testing::reply(429, R"({"ok":false,"error":"ratelimited"})", "7")});
    enqueue("k1", "C1");
    drain();
    const auto calls = api.calls("chat.postMessage");
    ASSERT_EQ(calls.size(), 2U);
    EXPECT_GE(calls[1].at - calls[0].at, 7s);
    EXPECT_EQ(api.posted("C1").size(), 1U);
    EXPECT_EQ(store.sent_count(), 1U);
}

TEST_F(sender_test, server_errors_are_retried_with_growing_backoff_until_ok)
{
    api.script("chat.postMessage", {testing::reply(500, "oops"), testing::reply(502, "bad gateway"),
                                    testing::reply(503, "unavailable")});
    enqueue("k1", "C1");
    drain();
    const auto calls = api.calls("chat.postMessage");
    ASSERT_EQ(calls.size(), 4U);
    const auto first_gap = calls[1].at - calls[0].at;
    const auto last_gap = calls[3].at - calls[2].at;
    EXPECT_GE(first_gap, 1s);
    EXPECT_GT(last_gap, first_gap); // 1-2 s, then 2-4 s, then 4-8 s (jittered halves)
    EXPECT_EQ(api.posted("C1").size(), 1U);
    EXPECT_TRUE(store.dead_letters(10).empty());
}

TEST_F(sender_test, a_failure_holds_back_the_rest_so_order_is_kept_and_slack_is_not_hammered)
{
    api.script("chat.postMessage", {testing::reply(503, "unavailable")});
    for (int i = 1; i <= 5; ++i) {
        enqueue("m" + std::to_string(i), "C1");
    }
    drain();
    // One failed attempt, then the five in their order: nothing was tried during the pause.
    const auto calls = api.calls("chat.postMessage");
    ASSERT_EQ(calls.size(), 6U);
    const auto posted = api.posted("C1");
    ASSERT_EQ(posted.size(), 5U);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(posted[static_cast<std::size_t>(i)]["text"], "message m" + std::to_string(i + 1));
    }
}

TEST_F(sender_test, a_refusal_becomes_a_dead_letter_and_is_not_retried)
{
    api.script("chat.postMessage", {testing::reply(200, R"({"ok":false,"error":"invalid_auth"})")});
    enqueue("k1", "C1");
    drain();
    EXPECT_EQ(api.calls("chat.postMessage").size(), 1U);
    const auto dead = store.dead_letters(10);
    ASSERT_EQ(dead.size(), 1U);
    EXPECT_EQ(dead[0].error, "chat.postMessage: invalid_auth");
    EXPECT_EQ(store.unsent_count(), 0U);
    EXPECT_NE(log_text.str().find("dead letter"), std::string::npos);
}

TEST_F(sender_test, endless_server_errors_end_as_a_dead_letter)
{
    api.script("chat.postMessage",
               std::vector<testing::scripted_reply>(20, testing::reply(500, "oops")));
    enqueue("k1", "C1");
    drain();
    EXPECT_EQ(api.calls("chat.postMessage").size(), 10U);
    const auto dead = store.dead_letters(10);
    ASSERT_EQ(dead.size(), 1U);
    EXPECT_NE(dead[0].error.find("gave up after 10 attempts"), std::string::npos);
}

TEST_F(sender_test, posts_to_one_channel_are_paced_one_per_second_in_order)
{
    enqueue("a1", "C1");
    enqueue("a2", "C1");
    enqueue("a3", "C1");
    drain();
    const auto calls = api.calls("chat.postMessage");
    ASSERT_EQ(calls.size(), 3U);
    EXPECT_GE(calls[1].at - calls[0].at, 1s);
    EXPECT_GE(calls[2].at - calls[1].at, 1s);
    EXPECT_EQ(api.posted("C1")[0]["text"], "message a1");
    EXPECT_EQ(api.posted("C1")[2]["text"], "message a3");
    EXPECT_EQ(client.connections_opened(), 1U); // keep-alive
}

TEST_F(sender_test, pacing_is_per_channel_so_other_channels_are_not_held_up)
{
    for (int i = 1; i <= 5; ++i) {
        enqueue("k" + std::to_string(i), "C" + std::to_string(i));
    }
    drain();
    const auto calls = api.calls("chat.postMessage");
    ASSERT_EQ(calls.size(), 5U);
    for (const auto& c : calls) {
        EXPECT_EQ(c.at, t0); // nobody waited: the fake clock never moved
    }
}

TEST_F(sender_test, a_dm_is_opened_first_and_its_channel_kept)
{
    enqueue("dm1", "", "UMENTOR,UMENTEE");
    drain();
    const auto opens = api.calls("conversations.open");
    ASSERT_EQ(opens.size(), 1U);
    EXPECT_EQ(opens[0].args["users"], "UMENTOR,UMENTEE");
    EXPECT_EQ(api.posted("GUMENTORUMENTEE").size(), 1U);
}

TEST_F(sender_test, a_reply_to_a_click_goes_to_its_response_url_without_the_token)
{
    web_api_client hooks{io.get_executor(), parse_api_url(api.base_url()), "", log};
    sender.allow_response_urls(origin_of(api.base_url()), hooks);
    store::outbound_message m;
    m.key = "action:t1";
    m.response_url = api.hook_url("actions/T1/1/abc");
    m.body = R"({"text":"thanks","replace_original":false})";
    ASSERT_EQ(store.enqueue_response(m, now()), store::response_slot::queued);
    m.key = "action:t2";
    m.response_url = "https://elsewhere.example/hooks/x";
    store.enqueue(m, now());
    drain();
    const auto calls = api.calls("hook");
    ASSERT_EQ(calls.size(), 1U);
    EXPECT_EQ(calls[0].args["target"], "/hooks/actions/T1/1/abc");
    EXPECT_EQ(calls[0].args["text"], "thanks");
    EXPECT_TRUE(calls[0].authorization.empty());
    EXPECT_EQ(store.sent_count(), 1U);
    const auto dead = store.dead_letters(5);
    ASSERT_EQ(dead.size(), 1U); // the unknown host is never contacted
    EXPECT_NE(dead[0].error.find("unknown host"), std::string::npos);
}

TEST_F(sender_test, an_in_doubt_message_that_reached_slack_is_not_posted_again)
{
    const auto id = enqueue("k1", "C1");
    // The previous process sent it and died before hearing back: Slack has it.
    server::client_request post;
    post.target = "/api/chat.postMessage";
    post.body =
        json{{"channel", "C1"},
             {"text", "message k1"},
             {"metadata", {{"event_type", "rolebot_delivery"}, {"event_payload", {{"key", "k1"}}}}}}
            .dump();
    server::http_request("127.0.0.1", api.port(), post, 5s);
    store.attempts_started({id}, now());

    drain();
    EXPECT_EQ(api.calls("conversations.history").size(), 1U);
    EXPECT_EQ(api.calls("chat.postMessage").size(), 1U); // only the one before the crash
    EXPECT_EQ(api.posted("C1").size(), 1U);
    EXPECT_EQ(store.sent_count(), 1U);
}

TEST_F(sender_test, an_in_doubt_message_that_never_arrived_is_posted)
{
    const auto id = enqueue("k1", "C1");
    store.attempts_started({id}, now());
    drain();
    EXPECT_EQ(api.calls("conversations.history").size(), 1U);
    EXPECT_EQ(api.posted("C1").size(), 1U);
    EXPECT_EQ(store.sent_count(), 1U);
}

} // namespace
} // namespace rolebot::slack
