// Decoding Events API bodies captured in the shapes Slack sends.
#include "bot/slack/events.hpp"
#include "tests/support/slack_requests.hpp"

#include <gtest/gtest.h>

namespace rolebot::slack {
namespace {

const bot_identity self{"UBOT", "BBOT"};

decoded_event decode(const std::string& fixture)
{
    return decode_event(testing::event_fixture(fixture), self);
}

TEST(events, url_verification_carries_its_challenge)
{
    const auto d = decode("url_verification");
    EXPECT_EQ(d.kind, event_kind::url_verification);
    EXPECT_EQ(d.challenge, "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
}

TEST(events, a_mention_is_a_message_to_answer)
{
    const auto d = decode("app_mention");
    ASSERT_EQ(d.kind, event_kind::message);
    EXPECT_EQ(d.event.event_id, "Ev0MENTION1");
    EXPECT_EQ(d.event.team_id, "T1DC2JH3J");
    EXPECT_EQ(d.event.channel_id, "C0LAN2Q65");
    EXPECT_EQ(d.event.user_id, "U061F7AUR");
    EXPECT_EQ(d.event.ts, "1515449522.000016");
    EXPECT_TRUE(d.event.thread_ts.empty());
    EXPECT_FALSE(d.event.direct);
    EXPECT_EQ(without_bot_mention(d.event.text, self),
              "is a lead product manager the same as a product lead?");
}

TEST(events, a_mention_in_a_thread_keeps_the_thread)
{
    const auto d = decode("app_mention_in_thread");
    ASSERT_EQ(d.kind, event_kind::message);
    EXPECT_EQ(d.event.thread_ts, "1515449522.000016");
}

TEST(events, a_direct_message_is_a_message_to_answer)
{
    const auto d = decode("message_im");
    ASSERT_EQ(d.kind, event_kind::message);
    EXPECT_TRUE(d.event.direct);
    EXPECT_EQ(d.event.channel_id, "D0DM12345");
}

TEST(events, bots_edits_joins_own_and_channel_chatter_are_ignored)
{
    for (const auto* name :
         {"bot_message", "own_message", "message_changed", "channel_join", "channel_message"}) {
        const auto d = decode(name);
        EXPECT_EQ(d.kind, event_kind::ignored) << name;
        EXPECT_FALSE(d.reason.empty()) << name;
    }
}

TEST(events, malformed_bodies_are_reported)
{
    EXPECT_EQ(decode_event("not json", self).kind, event_kind::malformed);
    EXPECT_EQ(decode_event(R"({"type":"url_verification"})", self).kind, event_kind::malformed);
    EXPECT_EQ(decode_event(R"({"type":"event_callback"})", self).kind, event_kind::malformed);
    EXPECT_EQ(
        decode_event(R"({"type":"event_callback","event":{"type":"app_mention"}})", self).kind,
        event_kind::malformed);
    EXPECT_EQ(
        decode_event(R"({"type":"app_rate_limited","minute_rate_limited":1518467820})", self).kind,
        event_kind::ignored);
}

TEST(events, mentions_of_the_bot_are_removed_wherever_they_are)
{
    EXPECT_EQ(without_bot_mention("<@UBOT> hi <@UBOT|rolebot> there", self), "hi  there");
    EXPECT_EQ(without_bot_mention("ask <@UOTHER> about it", self), "ask <@UOTHER> about it");
    // Without the bot's id, only the leading mentions go.
    EXPECT_EQ(without_bot_mention("<@U1> <@U2> what is a PL?", {}), "what is a PL?");
}

} // namespace
} // namespace rolebot::slack
