#include "bot/slack/signature.hpp"

#include <gtest/gtest.h>

namespace rolebot::slack {
namespace {

using namespace std::chrono_literals;

// Slack's official example (docs.slack.dev, "Verifying requests from Slack").
constexpr std::string_view secret = "8f742231b10e8888abcd99yyyzzz85a5";
constexpr std::string_view timestamp = "1531420618";
constexpr std::string_view body =
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
    "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-"
    "collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%"
    "2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121."
    "803a0bc887a14d10d2c447fce8b6703c";
constexpr std::string_view expected =
    "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

class signature_test : public ::testing::Test {
protected:
    core::fake_clock clock{core::clock::time_point(1531420618s)};
    signature_verifier verifier{secret, clock};
};

TEST_F(signature_test, official_vector_is_accepted)
{
    EXPECT_EQ(verifier.verify(timestamp, expected, body), verify_result::ok);
    EXPECT_EQ(verifier.sign(timestamp, body), expected);
}

TEST_F(signature_test, changed_body_is_rejected)
{
    const std::string tampered = std::string(body) + "------";
    EXPECT_EQ(verifier.verify(timestamp, expected, tampered), verify_result::mismatch);
}

TEST_F(signature_test, changed_timestamp_is_rejected)
{
    EXPECT_EQ(verifier.verify("1531420628", expected, body), verify_result::mismatch);
}

TEST_F(signature_test, wrong_secret_is_rejected)
{
    const signature_verifier other("another-secret", clock);
    EXPECT_EQ(other.verify(timestamp, expected, body), verify_result::mismatch);
}

TEST_F(signature_test, window_is_five_minutes_both_ways)
{
    clock.advance(300s);
    EXPECT_EQ(verifier.verify(timestamp, expected, body), verify_result::ok);
    clock.advance(1s);
    EXPECT_EQ(verifier.verify(timestamp, expected, body), verify_result::stale);
    clock.set(core::clock::time_point(1531420618s - 301s));
    EXPECT_EQ(verifier.verify(timestamp, expected, body), verify_result::stale);
}

TEST_F(signature_test, missing_headers_are_rejected)
{
    EXPECT_EQ(verifier.verify("", expected, body), verify_result::missing);
    EXPECT_EQ(verifier.verify(timestamp, "", body), verify_result::missing);
}

TEST_F(signature_test, malformed_values_are_rejected)
{
    EXPECT_EQ(verifier.verify("1531420618x", expected, body), verify_result::mismatch);
    EXPECT_EQ(verifier.verify("-1531420618", expected, body), verify_result::mismatch);
    EXPECT_EQ(verifier.verify("99999999999999999999", expected, body), verify_result::mismatch);
    EXPECT_EQ(verifier.verify(timestamp, expected.substr(0, 60), body), verify_result::mismatch);
    std::string v1(expected);
    v1[1] = '1';
    EXPECT_EQ(verifier.verify(timestamp, v1, body), verify_result::mismatch);
    std::string upper(expected);
    upper[5] = 'A'; // Slack sends lower-case hex; anything else is not its signature
    EXPECT_EQ(verifier.verify(timestamp, upper, body), verify_result::mismatch);
}

TEST(signature, empty_secret_is_refused)
{
    const core::fake_clock clock{core::clock::time_point{}};
    EXPECT_THROW(signature_verifier("", clock), std::invalid_argument);
}

} // namespace
} // namespace rolebot::slack
