// POST /slack/interactions through the real server: button clicks verified, answered
// through response_url via the outbox, 5 uses per response_url, foreign hosts refused.
#include "handlers/action_ids.hpp"
#include "tests/support/slack_requests.hpp"
#include "tests/support/test_server.hpp"

#include <gtest/gtest.h>

namespace rolebot::testing {
namespace {

using nlohmann::json;
namespace actions = handlers::actions;

class interactions_test : public ::testing::Test {
protected:
    server::client_response click(const json& payload)
    {
        return server.send(signed_interaction(payload, test_server::start_time));
    }

    std::vector<store::outbound_message> queued()
    {
        return server.store().due_messages(store::sys_seconds(std::chrono::seconds(1LL << 40)),
                                           100);
    }

    test_server server;
};

TEST_F(interactions_test, how_do_i_get_there_answers_with_the_path_through_the_response_url)
{
    const auto res = click(button_click(std::string(actions::path_to), "product-lead"));
    EXPECT_EQ(res.status, 200U);
    EXPECT_TRUE(res.body.empty());
    const auto messages = queued();
    ASSERT_EQ(messages.size(), 1U);
    EXPECT_EQ(messages[0].response_url, "https://hooks.slack.com/actions/T1DC2JH3J/111/random-value");
    EXPECT_EQ(messages[0].key, "action:111.222.valid");
    const auto body = json::parse(messages[0].body);
    EXPECT_EQ(body["replace_original"], false);
    EXPECT_NE(body.dump().find("Product Lead"), std::string::npos) << body.dump();
}

TEST_F(interactions_test, compare_with_offers_roles_and_a_choice_compares_them)
{
    click(button_click(std::string(actions::compare_with), "product-lead", {}, "t1"));
    click(button_click(std::string(actions::compare), "product-lead|product-manager", {}, "t2"));
    const auto messages = queued();
    ASSERT_EQ(messages.size(), 2U);
    const auto picker = json::parse(messages[0].body).dump();
    EXPECT_NE(picker.find("\"action_id\":\"compare\""), std::string::npos) << picker;
    EXPECT_NE(picker.find("product-lead|"), std::string::npos) << picker;
    const auto comparison = json::parse(messages[1].body).dump();
    EXPECT_NE(comparison.find("Product Manager"), std::string::npos) << comparison;
}

TEST_F(interactions_test, not_helpful_is_stored_for_the_report)
{
    click(button_click(std::string(actions::not_helpful), "is a PL an IC?", {}, "t1"));
    click(button_click(std::string(actions::helpful), "what is a PM?", {}, "t2"));
    const auto bad = server.store().frequent_questions(store::question_kind::not_helpful, 5);
    ASSERT_EQ(bad.size(), 1U);
    EXPECT_EQ(bad[0].text, "is a PL an IC?");
    EXPECT_EQ(server.store().frequent_questions(store::question_kind::helpful, 5).size(), 1U);
}

TEST_F(interactions_test, a_response_url_is_used_at_most_five_times)
{
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(click(button_click(std::string(actions::helpful), "q", {},
                                     "trigger-" + std::to_string(i)))
                      .status,
                  200U);
    }
    EXPECT_EQ(queued().size(), 5U);
    EXPECT_NE(server.log_text().find("response_url used 5 times"), std::string::npos);
}

TEST_F(interactions_test, a_response_url_on_another_host_is_refused)
{
    click(button_click(std::string(actions::path_to), "product-lead",
                       "https://attacker.example/steal"));
    EXPECT_TRUE(queued().empty());
    EXPECT_NE(server.log_text().find("response_url refused"), std::string::npos);
}

TEST_F(interactions_test, skip_today_on_a_standup_prompt_skips_it_and_replaces_the_prompt)
{
    const auto set = server.send(signed_command(command_body("/standup", "09:30 UTC daily"),
                                                test_server::start_time));
    ASSERT_EQ(set.status, 200U);
    const auto standup = server.store().find_standup("T1DC2JH3J", "G8PSS9T3V");
    ASSERT_TRUE(standup);
    click(button_click(std::string(actions::skip_standup),
                       std::to_string(standup->id) + "|2018-07-13"));
    EXPECT_TRUE(server.store().is_skipped(standup->id, "2018-07-13"));
    const auto messages = queued();
    ASSERT_EQ(messages.size(), 1U);
    const auto body = json::parse(messages[0].body);
    EXPECT_EQ(body["replace_original"], true);
    EXPECT_NE(body.dump().find("skipped by <@U061F7AUR>"), std::string::npos) << body.dump();
}

TEST_F(interactions_test, unsigned_malformed_and_unknown_clicks_change_nothing)
{
    auto req = signed_interaction(button_click("path_to", "product-lead"), test_server::start_time,
                                  "wrong-secret");
    EXPECT_EQ(server.send(req).status, 401U);
    req = signed_interaction(json::object(), test_server::start_time);
    req.body = "payload=%7Bnot-json";
    req.headers.back().second = reference_signature(test_secret, test_server::start_time, req.body);
    EXPECT_EQ(server.send(req).status, 400U);
    EXPECT_EQ(click(button_click("launch_rockets", "now")).status, 200U);
    EXPECT_TRUE(queued().empty());
}

} // namespace
} // namespace rolebot::testing
