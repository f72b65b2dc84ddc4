// POST /slack/events through the real server: verification, url_verification, replies
// queued in the outbox in the right thread, duplicates ignored, unanswered recorded.
#include "tests/support/slack_requests.hpp"
#include "tests/support/test_server.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace rolebot::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

class events_test : public ::testing::Test {
protected:
    server::client_response post(const std::string& body,
                                 std::vector<std::pair<std::string, std::string>> extra = {})
    {
        auto req = signed_event(body, test_server::start_time);
        for (auto& h : extra) {
            req.headers.push_back(std::move(h));
        }
        return server.send(req);
    }

    std::vector<store::outbound_message> queued()
    {
        return server.store().due_messages(store::sys_seconds(std::chrono::seconds(1LL << 40)),
                                           100);
    }

    test_server server;
};

TEST_F(events_test, url_verification_echoes_the_challenge)
{
    const auto res = post(event_fixture("url_verification"));
    EXPECT_EQ(res.status, 200U);
    EXPECT_EQ(json::parse(res.body)["challenge"],
              "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
}

TEST_F(events_test, unsigned_or_tampered_events_are_refused_and_change_nothing)
{
    auto req = signed_event(event_fixture("app_mention"), test_server::start_time);
    req.body.replace(req.body.find("product lead"), 12, "product LEAD");
    EXPECT_EQ(server.send(req).status, 401U);
    req = signed_event(event_fixture("app_mention"), test_server::start_time - 600);
    EXPECT_EQ(server.send(req).status, 401U);
    EXPECT_TRUE(queued().empty());
}

TEST_F(events_test, a_mention_is_answered_in_its_thread_once_however_often_it_is_delivered)
{
    EXPECT_EQ(post(event_fixture("app_mention")).status, 200U);
    // Slack's redeliveries of the same event.
    EXPECT_EQ(post(event_fixture("app_mention"), {{"X-Slack-Retry-Num", "1"},
                                                  {"X-Slack-Retry-Reason", "http_timeout"}})
                  .status,
              200U);
    EXPECT_EQ(post(event_fixture("app_mention"), {{"X-Slack-Retry-Num", "2"}}).status, 200U);
    const auto messages = queued();
    ASSERT_EQ(messages.size(), 1U);
    EXPECT_EQ(messages[0].key, "event:Ev0MENTION1");
    EXPECT_EQ(messages[0].channel, "C0LAN2Q65");
    const auto body = json::parse(messages[0].body);
    EXPECT_EQ(body["thread_ts"], "1515449522.000016");
    EXPECT_NE(body.dump().find("Product Lead"), std::string::npos) << body.dump();
    EXPECT_NE(server.log_text().find("duplicate event ignored"), std::string::npos);
}

TEST_F(events_test, a_mention_in_a_thread_is_answered_in_that_thread)
{
    post(event_fixture("app_mention_in_thread"));
    const auto messages = queued();
    ASSERT_EQ(messages.size(), 1U);
    EXPECT_EQ(json::parse(messages[0].body)["thread_ts"], "1515449522.000016");
}

TEST_F(events_test, a_direct_message_is_answered_in_the_dm)
{
    post(event_fixture("message_im"));
    const auto messages = queued();
    ASSERT_EQ(messages.size(), 1U);
    EXPECT_EQ(messages[0].channel, "D0DM12345");
    const auto body = json::parse(messages[0].body);
    EXPECT_FALSE(body.contains("thread_ts"));
    EXPECT_NE(body.dump().find("year"), std::string::npos) << body.dump();
}

TEST_F(events_test, bots_edits_joins_and_own_messages_get_no_answer)
{
    for (const auto* name : {"bot_message", "own_message", "message_changed", "channel_join",
                             "channel_message"}) {
        EXPECT_EQ(post(event_fixture(name)).status, 200U) << name;
    }
    EXPECT_TRUE(queued().empty());
}

TEST_F(events_test, an_unanswerable_question_is_recorded_for_the_report)
{
    auto body = json::parse(event_fixture("message_im"));
    body["event_id"] = "Ev0SALARY1";
    body["event"]["text"] = "What is the salary of a product lead in Berlin?";
    post(body.dump());
    body["event_id"] = "Ev0SALARY2";
    body["event"]["text"] = "what is the salary of a product lead in berlin";
    post(body.dump());
    const auto unanswered = server.store().frequent_questions(store::question_kind::unanswered, 5);
    ASSERT_EQ(unanswered.size(), 1U);
    EXPECT_EQ(unanswered[0].count, 2U);
    EXPECT_EQ(queued().size(), 2U); // each still gets its honest "I don't know"
}

TEST_F(events_test, malformed_events_get_400)
{
    EXPECT_EQ(post("{not json").status, 400U);
    EXPECT_TRUE(queued().empty());
}

} // namespace
} // namespace rolebot::testing
