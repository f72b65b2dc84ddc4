// The real server on 127.0.0.1:<kernel-chosen port>, driven by real HTTP requests.
#include "tests/support/slack_requests.hpp"
#include "tests/support/test_server.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace rolebot::testing {
namespace {

using json = nlohmann::json;

class server_test : public ::testing::Test {
protected:
    test_server server;
    const std::int64_t now = test_server::start_time;

    server::client_response command(const std::string& name, const std::string& text)
    {
        return server.send(signed_command(command_body(name, text), now));
    }
};

TEST_F(server_test, signed_role_lead_gets_a_role_card)
{
    const auto res = command("/role", "lead");
    ASSERT_EQ(res.status, 200U);
    EXPECT_EQ(res.content_type, "application/json; charset=utf-8");
    const auto message = json::parse(res.body);
    EXPECT_EQ(message["response_type"], "ephemeral");
    EXPECT_EQ(message["blocks"][0]["type"], "header");
    EXPECT_EQ(message["blocks"][0]["text"]["text"], "Product Lead");
    EXPECT_TRUE(message["text"].get<std::string>().starts_with("Product Lead: "));
    EXPECT_NE(res.body.find("Source"), std::string::npos);
}

TEST_F(server_test, typo_and_alias_find_the_same_card)
{
    const auto expected = command("/role", "product lead").body;
    EXPECT_EQ(command("/role", "prodct lead").body, expected);
    EXPECT_EQ(command("/role", "PL").body, expected);
}

TEST_F(server_test, bad_signature_is_401_without_detail)
{
    auto req = signed_command(command_body("/role", "lead"), now);
    req.headers[2].second[10] = req.headers[2].second[10] == 'a' ? 'b' : 'a';
    const auto res = server.send(req);
    EXPECT_EQ(res.status, 401U);
    EXPECT_TRUE(res.body.empty());
}

TEST_F(server_test, body_changed_after_signing_is_401)
{
    auto req = signed_command(command_body("/role", "lead"), now);
    req.body += "&text=ceo";
    EXPECT_EQ(server.send(req).status, 401U);
}

TEST_F(server_test, missing_signature_is_401)
{
    auto req = signed_command(command_body("/role", "lead"), now);
    req.headers.resize(1); // content type only
    EXPECT_EQ(server.send(req).status, 401U);
}

TEST_F(server_test, stale_signature_is_401)
{
    server.clock().advance(std::chrono::minutes(6));
    EXPECT_EQ(command("/role", "lead").status, 401U);
}

TEST_F(server_test, one_mebibyte_body_is_413)
{
    auto req = signed_command(std::string(1024 * 1024, 'a'), now);
    EXPECT_EQ(server.send(req).status, 413U);
}

TEST_F(server_test, malformed_signed_form_is_400)
{
    EXPECT_EQ(server.send(signed_command("command=%2Frole&text=%zz", now)).status, 400U);
    EXPECT_EQ(server.send(signed_command("text=no+command", now)).status, 400U);
}

TEST_F(server_test, ssl_check_is_acknowledged_with_nothing)
{
    const auto res = server.send(signed_command("ssl_check=1&token=abc", now));
    EXPECT_EQ(res.status, 200U);
    EXPECT_TRUE(res.body.empty());
}

TEST_F(server_test, unknown_command_gets_a_helpful_200)
{
    const auto res = command("/weather", "94070");
    ASSERT_EQ(res.status, 200U);
    EXPECT_NE(res.body.find("/weather"), std::string::npos);
    EXPECT_NE(res.body.find("/role"), std::string::npos);
}

TEST_F(server_test, user_text_is_escaped_in_replies)
{
    const auto res = command("/role", "<!channel> & friends");
    ASSERT_EQ(res.status, 200U);
    EXPECT_EQ(res.body.find("<!channel>"), std::string::npos);
    EXPECT_NE(res.body.find("&lt;!channel&gt; &amp; friends"), std::string::npos);
}

TEST_F(server_test, ask_and_path_are_answered_over_http)
{
    const auto ask = command("/ask", "is a lead PM the same as a product lead?");
    ASSERT_EQ(ask.status, 200U);
    EXPECT_NE(ask.body.find("Is a lead product manager the same as a product lead?"),
              std::string::npos);
    EXPECT_NE(ask.body.find("Source"), std::string::npos);

    const auto unknown = command("/ask", "what is the salary of a product lead?");
    ASSERT_EQ(unknown.status, 200U);
    EXPECT_NE(unknown.body.find("I don't know"), std::string::npos);

    const auto path = command("/path", "");
    ASSERT_EQ(path.status, 200U);
    EXPECT_NE(path.body.find("Product Manager \u2192 Product Lead"), std::string::npos);

    const auto compare = command("/role", "head of product vs vp of product");
    ASSERT_EQ(compare.status, 200U);
    EXPECT_EQ(json::parse(compare.body)["blocks"][0]["text"]["text"],
              "Head of Product vs VP of Product");
}

TEST_F(server_test, healthz_and_wrong_routes)
{
    server::client_request get;
    get.method = "GET";
    get.target = "/healthz";
    EXPECT_EQ(server.send(get).status, 200U);
    get.target = "/slack/commands";
    EXPECT_EQ(server.send(get).status, 405U);
    get.target = "/nope";
    EXPECT_EQ(server.send(get).status, 404U);
    server::client_request post;
    post.target = "/healthz";
    EXPECT_EQ(server.send(post).status, 405U);
}

} // namespace
} // namespace rolebot::testing
