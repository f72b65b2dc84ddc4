// The real `rolebot serve` in Socket Mode against a fake Socket Mode server and a fake
// Web API: events, slash commands and clicks acknowledged and handled by the same code
// as HTTP; a refresh opens the new connection before the old one closes; a drop is
// reconnected; a redelivered event is not handled twice; link_disabled stops it.
#include "tests/support/fake_slack_api.hpp"
#include "tests/support/fake_socket_mode.hpp"
#include "tests/support/process.hpp"
#include "tests/support/serve_with_fake_slack.hpp"
#include "tests/support/slack_requests.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <thread>

namespace rolebot::testing {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

json events_envelope(const std::string& envelope_id, const json& event_callback)
{
    return {{"envelope_id", envelope_id},
            {"type", "events_api"},
            {"accepts_response_payload", false},
            {"retry_attempt", 0},
            {"retry_reason", ""},
            {"payload", event_callback}};
}

std::size_t position(const std::vector<std::string>& timeline, const std::string& event)
{
    return static_cast<std::size_t>(std::find(timeline.begin(), timeline.end(), event) -
                                    timeline.begin());
}

TEST(socket_mode_process, envelopes_are_served_across_refreshes_and_drops)
{
    temp_dir data;
    fake_slack_api api;
    fake_socket_mode socket;
    api.set_socket_url(socket.url());
    auto env = serve_environment(api);
    env["SLACK_APP_TOKEN"] = "xapp-test-token";
    child_process child(serve_arguments(data.path()), env);
    ASSERT_NE(listening_port(child), 0);
    ASSERT_TRUE(socket.wait_for_connections(1, 10s)) << child.stderr_text();
    const auto opens = api.calls("apps.connections.open");
    ASSERT_EQ(opens.size(), 1U);
    EXPECT_EQ(opens[0].authorization, "Bearer xapp-test-token");

    // An event: acknowledged, answered in its thread through the Web API.
    const auto mention = json::parse(event_fixture("app_mention"));
    ASSERT_TRUE(socket.send(0, events_envelope("env-1", mention)));
    ASSERT_TRUE(socket.wait_for_ack("env-1", 5s)) << child.stderr_text();
    ASSERT_TRUE(api.wait_for_posts(1, 10s));
    EXPECT_EQ(api.posted("C0LAN2Q65").at(0)["thread_ts"], "1515449522.000016");

    // A slash command: the reply travels in the acknowledgement.
    ASSERT_TRUE(socket.send(0, {{"envelope_id", "env-2"},
                                {"type", "slash_commands"},
                                {"accepts_response_payload", true},
                                {"payload",
                                 {{"command", "/role"},
                                  {"text", "lead"},
                                  {"team_id", "T1DC2JH3J"},
                                  {"channel_id", "C0LAN2Q65"},
                                  {"user_id", "U061F7AUR"},
                                  {"response_url", "https://hooks.slack.com/commands/T1/1/x"},
                                  {"trigger_id", "t-2"}}}}));
    const auto command_ack = socket.wait_for_ack("env-2", 5s);
    ASSERT_TRUE(command_ack);
    EXPECT_NE((*command_ack)["payload"].dump().find("Product Lead"), std::string::npos);

    // A button click: acknowledged, answered through its response_url.
    ASSERT_TRUE(socket.send(0, {{"envelope_id", "env-3"},
                                {"type", "interactive"},
                                {"accepts_response_payload", false},
                                {"payload", button_click("path_to", "product-lead",
                                                         api.hook_url("actions/T1/3/z"), "t-3")}}));
    ASSERT_TRUE(socket.wait_for_ack("env-3", 5s));
    for (int i = 0; i < 100 && api.calls("hook").empty(); ++i) {
        std::this_thread::sleep_for(50ms);
    }
    EXPECT_EQ(api.calls("hook").size(), 1U);

    // Refresh: Slack asks; an envelope still arrives on the old connection and is
    // served; the new connection opens before the old one is closed.
    ASSERT_TRUE(socket.send(0, {{"type", "disconnect"}, {"reason", "refresh_requested"}}));
    auto dm = json::parse(event_fixture("message_im"));
    ASSERT_TRUE(socket.send(0, events_envelope("env-4", dm)));
    ASSERT_TRUE(socket.wait_for_ack("env-4", 5s));
    ASSERT_TRUE(socket.wait_for_connections(2, 10s)) << child.stderr_text();
    ASSERT_TRUE(socket.wait_closed(0, 10s));
    const auto timeline = socket.timeline();
    EXPECT_LT(position(timeline, "open 1"), position(timeline, "close 0"));

    // A drop: rolebot connects again.
    socket.drop(1);
    ASSERT_TRUE(socket.wait_for_connections(3, 15s)) << child.stderr_text();

    // Slack redelivers the first event (new envelope, same event id): acknowledged,
    // not answered again.
    ASSERT_TRUE(socket.send(2, events_envelope("env-5", mention)));
    ASSERT_TRUE(socket.wait_for_ack("env-5", 5s));
    wait_until_quiet(api, 500ms);
    EXPECT_EQ(api.posted("C0LAN2Q65").size(), 1U);
    EXPECT_EQ(api.posted("D0DM12345").size(), 1U);

    // link_disabled: Socket Mode stops and does not come back.
    const auto opens_before = api.calls("apps.connections.open").size();
    ASSERT_TRUE(socket.send(2, {{"type", "disconnect"}, {"reason", "link_disabled"}}));
    ASSERT_TRUE(socket.wait_closed(2, 10s));
    EXPECT_FALSE(socket.wait_for_connections(4, 1500ms));
    EXPECT_EQ(api.calls("apps.connections.open").size(), opens_before);

    child.signal(SIGTERM);
    EXPECT_EQ(child.wait(15s), 0);
    EXPECT_EQ(child.stderr_text().find("xapp-test-token"), std::string::npos);
}

} // namespace
} // namespace rolebot::testing
