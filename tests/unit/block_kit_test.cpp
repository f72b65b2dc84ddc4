#include "bot/slack/block_kit.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace rolebot::slack {
namespace {

using json = nlohmann::json;

json read_fixture(const std::string& name)
{
    std::ifstream in(std::string(ROLEBOT_SOURCE_DIR) + "/tests/fixtures/" + name);
    std::stringstream s;
    s << in.rdbuf();
    return json::parse(s.str());
}

TEST(block_kit, renders_golden_message)
{
    core::reply r;
    r.header("Product Lead")
        .section("Owns a product line & its vision, not <script>")
        .fields({"*Track*\nManagement", "*Time horizon*\nYears"})
        .divider()
        .context("Source: 001_39652e173a875e87.txt")
        .fallback("Product Lead: owns a product line & its vision");
    EXPECT_EQ(json::parse(render_message(r)), read_fixture("block_kit/small_reply.json"));
}

TEST(block_kit, in_channel_replies_say_so)
{
    core::reply r;
    r.section("hello").fallback("hello").in_channel();
    EXPECT_EQ(json::parse(render_message(r))["response_type"], "in_channel");
}

TEST(block_kit, escapes_only_the_three_control_characters)
{
    EXPECT_EQ(escape_text("a & b < c > d \"e\" 'f' *g*"), "a &amp; b &lt; c &gt; d \"e\" 'f' *g*");
}

TEST(block_kit, long_texts_are_cut_to_slack_limits)
{
    core::reply r;
    r.header(std::string(400, 'h'))
        .section(std::string(5000, 's'))
        .fields({std::string(2500, 'f')})
        .fallback(std::string(10000, 't'));
    const auto j = json::parse(render_message(r));
    const auto header = j["blocks"][0]["text"]["text"].get<std::string>();
    EXPECT_LE(header.size(), block_kit_limits::header_text);
    EXPECT_TRUE(header.ends_with("\xE2\x80\xA6"));
    EXPECT_LE(j["blocks"][1]["text"]["text"].get<std::string>().size(),
              block_kit_limits::section_text);
    EXPECT_LE(j["blocks"][2]["fields"][0]["text"].get<std::string>().size(),
              block_kit_limits::field_text);
    EXPECT_LE(j["text"].get<std::string>().size(), block_kit_limits::fallback_text);
}

TEST(block_kit, cutting_never_splits_an_entity_or_a_character)
{
    core::reply r;
    // 149 bytes of "é" pairs then '&': the cut lands inside multi-byte text and entities.
    std::string text;
    for (int i = 0; i < 100; ++i) {
        text += "\xC3\xA9&";
    }
    r.header(text).fallback("x");
    const auto header =
        json::parse(render_message(r))["blocks"][0]["text"]["text"].get<std::string>();
    EXPECT_LE(header.size(), block_kit_limits::header_text);
    const auto body = header.substr(0, header.size() - 3); // without the ellipsis
    EXPECT_TRUE(body.ends_with("&amp;") || body.ends_with("\xC3\xA9")) << body;
}

TEST(block_kit, at_most_fifty_blocks_and_ten_fields)
{
    core::reply r;
    for (int i = 0; i < 80; ++i) {
        r.section("block " + std::to_string(i));
    }
    std::vector<std::string> fields(14, "*F*\nv");
    r.fields(fields).fallback("many");
    const auto j = json::parse(render_message(r));
    ASSERT_EQ(j["blocks"].size(), block_kit_limits::blocks);
    EXPECT_EQ(j["blocks"].back()["type"], "context"); // says it was shortened

    core::reply few;
    few.fields(fields).fallback("fields");
    EXPECT_EQ(json::parse(render_message(few))["blocks"][0]["fields"].size(),
              block_kit_limits::fields);
}

TEST(block_kit, limit_problems_name_what_would_be_cut)
{
    core::reply ok;
    ok.header("Fine").section("fine").fallback("fine");
    EXPECT_TRUE(limit_problems(ok).empty());

    core::reply bad;
    bad.header(std::string(151, 'h')).section(std::string(2999, '&')).fallback("x");
    const auto problems = limit_problems(bad);
    ASSERT_EQ(problems.size(), 2U);
    EXPECT_EQ(problems[0], "block 0 (header) is 151 characters; Slack allows 150");
    // Escaping counts: 2999 '&' become 14995 characters.
    EXPECT_EQ(problems[1], "block 1 (section) is 14995 characters; Slack allows 3000");
}

TEST(block_kit, invalid_utf8_does_not_break_rendering)
{
    core::reply r;
    r.section("bad \xFF\xFE bytes").fallback("x");
    EXPECT_NO_THROW(json::parse(render_message(r)));
}

} // namespace
} // namespace rolebot::slack
