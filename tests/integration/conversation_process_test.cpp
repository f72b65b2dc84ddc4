// The real `rolebot serve` answering mentions and DMs through a fake Slack API: replies in
// the thread, each event handled once also across a restart, a delivery that was never
// handled is handled on its retry, and `rolebot report` shows what went unanswered.
#include "tests/support/fake_slack_api.hpp"
#include "tests/support/process.hpp"
#include "tests/support/serve_with_fake_slack.hpp"
#include "tests/support/slack_requests.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <thread>

namespace rolebot::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

std::int64_t unix_now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

server::client_response deliver(std::uint16_t port, const std::string& body, int retry = 0,
                                const std::string& secret = test_secret)
{
    auto req = signed_event(body, unix_now(), secret);
    if (retry > 0) {
        req.headers.emplace_back("X-Slack-Retry-Num", std::to_string(retry));
        req.headers.emplace_back("X-Slack-Retry-Reason", "http_timeout");
    }
    return server::http_request("127.0.0.1", port, req, 5s);
}

TEST(conversation_process, mentions_are_answered_in_thread_once_across_a_restart)
{
    temp_dir data;
    fake_slack_api api;
    const auto mention = event_fixture("app_mention");
    auto salary = json::parse(event_fixture("message_im"));
    salary["event_id"] = "Ev0SALARY1";
    salary["event"]["text"] = "what is the salary of a product lead in Berlin?";
    {
        child_process first(serve_arguments(data.path()), serve_environment(api));
        const auto port = listening_port(first);
        ASSERT_NE(port, 0);
        EXPECT_EQ(api.calls("auth.test").size(), 1U);

        // The first delivery fails verification, so it is not handled; Slack's retry is.
        EXPECT_EQ(deliver(port, mention, 0, "not-the-secret").status, 401U);
        EXPECT_EQ(deliver(port, mention, 1).status, 200U);
        ASSERT_TRUE(api.wait_for_posts(1, 10s)) << first.stderr_text();
        const auto answer = api.posted("C0LAN2Q65");
        ASSERT_EQ(answer.size(), 1U);
        EXPECT_EQ(answer[0]["thread_ts"], "1515449522.000016");
        EXPECT_NE(answer[0].dump().find("Product Lead"), std::string::npos);

        EXPECT_EQ(deliver(port, salary.dump()).status, 200U);
        ASSERT_TRUE(api.wait_for_posts(2, 10s));
        EXPECT_EQ(api.posted("D0DM12345").size(), 1U);

        // The answer carries feedback buttons; "Not helpful" is acknowledged through the
        // response_url and lands in the report.
        EXPECT_NE(answer[0].dump().find("feedback_not_helpful"), std::string::npos);
        const auto clicked = server::http_request(
            "127.0.0.1", port,
            signed_interaction(button_click("feedback_not_helpful", "is a lead PM a product lead?",
                                            api.hook_url("actions/T1/9/xyz")),
                               unix_now()),
            5s);
        EXPECT_EQ(clicked.status, 200U);
        for (int i = 0; i < 100 && api.calls("hook").empty(); ++i) {
            std::this_thread::sleep_for(50ms);
        }
        ASSERT_EQ(api.calls("hook").size(), 1U);
        EXPECT_EQ(api.calls("hook")[0].args["target"], "/hooks/actions/T1/9/xyz");
        first.signal(SIGTERM);
        EXPECT_EQ(first.wait(15s), 0);
    }
    {
        // After a restart, Slack's last redelivery of the mention changes nothing.
        child_process second(serve_arguments(data.path()), serve_environment(api));
        const auto port = listening_port(second);
        ASSERT_NE(port, 0);
        EXPECT_EQ(deliver(port, mention, 2).status, 200U);
        wait_until_quiet(api, 500ms);
        EXPECT_EQ(api.posted("C0LAN2Q65").size(), 1U);
        EXPECT_NE(second.wait_for_line("duplicate event ignored", 5s), "");
        second.signal(SIGTERM);
        EXPECT_EQ(second.wait(15s), 0);
    }
    const auto report = run_program({ROLEBOT_BINARY, "report", "--data", data.path().string()}, {});
    EXPECT_EQ(report.exit_code, 0) << report.err;
    EXPECT_NE(report.out.find("1x  what is the salary of a product lead in Berlin?"),
              std::string::npos)
        << report.out;
    EXPECT_NE(report.out.find("1x  is a lead PM a product lead?"), std::string::npos)
        << report.out;
}

TEST(conversation_process, report_without_data_says_so)
{
    temp_dir data;
    const auto report =
        run_program({ROLEBOT_BINARY, "report", "--data", (data.path() / "none").string()}, {});
    EXPECT_EQ(report.exit_code, 1);
    EXPECT_NE(report.err.find("no data"), std::string::npos) << report.err;
}

} // namespace
} // namespace rolebot::testing
