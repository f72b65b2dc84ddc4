#include "bot/slack/decode.hpp"

#include <gtest/gtest.h>

namespace rolebot::slack {
namespace {

TEST(decode, official_example_body)
{
    const auto d = decode_command(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
        "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-"
        "collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%"
        "2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121."
        "803a0bc887a14d10d2c447fce8b6703c");
    ASSERT_EQ(d.kind, command_kind::command);
    EXPECT_EQ(d.cmd.name, "/webhook-collect");
    EXPECT_EQ(d.cmd.text, "");
    EXPECT_EQ(d.cmd.team_id, "T1DC2JH3J");
    EXPECT_EQ(d.cmd.channel_id, "G8PSS9T3V");
    EXPECT_EQ(d.cmd.user_id, "U2CERLKJA");
    EXPECT_EQ(d.cmd.response_url,
              "https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN");
    EXPECT_EQ(d.cmd.trigger_id, "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
}

TEST(decode, plus_is_a_space_and_percent_escapes_decode)
{
    const auto d = decode_command("command=%2Frole&text=prodct+lead%3F+%26+more%20words");
    ASSERT_EQ(d.kind, command_kind::command);
    EXPECT_EQ(d.cmd.name, "/role");
    EXPECT_EQ(d.cmd.text, "prodct lead? & more words");
}

TEST(decode, utf8_text_survives)
{
    const auto d = decode_command("command=%2Frole&text=caf%C3%A9");
    ASSERT_EQ(d.kind, command_kind::command);
    EXPECT_EQ(d.cmd.text, "caf\xC3\xA9");
}

TEST(decode, ssl_check_is_recognised)
{
    EXPECT_EQ(decode_command("ssl_check=1&token=abc").kind, command_kind::ssl_check);
    EXPECT_EQ(decode_command("ssl_check=0&token=abc").kind, command_kind::malformed);
}

TEST(decode, malformed_bodies)
{
    EXPECT_EQ(decode_command("command=%2Frole&text=%zz").kind, command_kind::malformed);
    EXPECT_EQ(decode_command("text=lead").kind, command_kind::malformed);
    EXPECT_EQ(decode_command("command=role&text=lead").kind, command_kind::malformed);
    EXPECT_EQ(decode_command("").kind, command_kind::malformed);
    EXPECT_EQ(decode_command("{\"command\":\"/role\"}").kind, command_kind::malformed);
}

} // namespace
} // namespace rolebot::slack
