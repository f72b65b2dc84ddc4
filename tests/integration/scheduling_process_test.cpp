// The real `rolebot serve` posting stand-ups and check-ins to a fake Slack API, and
// surviving SIGKILL with sends in flight: every due message delivered exactly once.
#include "bot/scheduler/weekly_rule.hpp"
#include "bot/store/sqlite_store.hpp"
#include "tests/support/fake_slack_api.hpp"
#include "tests/support/process.hpp"
#include "tests/support/serve_with_fake_slack.hpp"
#include "tests/support/slack_requests.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <map>
#include <thread>

namespace rolebot::testing {
namespace {

using namespace std::chrono_literals;

TEST(scheduling_process, standup_and_checkin_post_at_local_time_on_a_daylight_saving_day)
{
    // The process's clock starts at 09:29:56 in Berlin on 2026-03-29, the morning after
    // the clocks went forward (CEST, UTC+2).
    const auto start = scheduler::parse_utc("2026-03-29T07:29:56Z").value();
    const auto unix_start = start.time_since_epoch().count();
    temp_dir data;
    fake_slack_api api;
    child_process child(serve_arguments(data.path()), serve_environment(api, "2026-03-29T07:29:56Z"));
    const auto port = listening_port(child);
    ASSERT_NE(port, 0);

    auto res = server::http_request(
        "127.0.0.1", port,
        signed_command(command_body("/standup", "09:30 Europe/Berlin daily"), unix_start), 5s);
    ASSERT_EQ(res.status, 200U);
    EXPECT_NE(res.body.find("Sun 2026-03-29 at 09:30 (Europe/Berlin)"), std::string::npos)
        << res.body;
    res = server::http_request(
        "127.0.0.1", port,
        signed_command(command_body("/checkin", "<@UMENTOR|maria> <@UMENTEE|sam> sun 09:30 "
                                                "Europe/Berlin"),
                       unix_start),
        5s);
    ASSERT_EQ(res.status, 200U);

    ASSERT_TRUE(api.wait_for_posts(2, 15s)) << child.stderr_text();
    const auto standup = api.posted("G8PSS9T3V");
    ASSERT_EQ(standup.size(), 1U);
    EXPECT_NE(standup[0]["text"].get<std::string>().find("Stand-up for 2026-03-29"),
              std::string::npos);
    const auto reminder = api.posted("GUMENTORUMENTEE");
    ASSERT_EQ(reminder.size(), 1U);
    EXPECT_NE(reminder[0].dump().find("<@UMENTOR>"), std::string::npos);
    EXPECT_NE(reminder[0].dump().find("step 1 of"), std::string::npos);
    EXPECT_EQ(api.calls("conversations.open").size(), 1U);

    // Nothing more: the next ones are tomorrow and next Sunday.
    std::this_thread::sleep_for(300ms); // let a wrong second post show up if there is one
    EXPECT_EQ(api.posted().size(), 2U);
    child.signal(SIGTERM);
    EXPECT_EQ(child.wait(15s), 0);
    EXPECT_EQ(child.stderr_text().find("xoxb-test-token"), std::string::npos);
}

TEST(scheduling_process, sigkill_with_sends_in_flight_loses_nothing_and_posts_nothing_twice)
{
    constexpr int channels = 30;
    constexpr std::size_t expected_posts = 2 * channels;
    temp_dir data;
    const auto db = (data.path() / "rolebot.db").string();
    {
        // Thirty stand-ups that came due a minute ago (well within the grace period),
        // and in each channel one more promised message. Posts to a channel are paced,
        // so while the first is held in flight the second has not been tried yet.
        store::sqlite_store st(db);
        const auto now = std::chrono::time_point_cast<std::chrono::seconds>(
            std::chrono::system_clock::now());
        for (int i = 1; i <= channels; ++i) {
            store::schedule s;
            s.kind = store::schedule_kind::standup;
            s.team_id = "T1";
            s.channel_id = "C" + std::to_string(i);
            s.rule = {"UTC", 0, 0x7F};
            s.created_by = "U1";
            s.next_due = now - 60s;
            st.put_schedule(s);
            store::outbound_message extra;
            extra.key = "promised:" + s.channel_id;
            extra.channel = s.channel_id;
            extra.body = R"({"text":"promised message"})";
            st.enqueue(extra, now - 60s);
        }
    }
    fake_slack_api api;
    api.hold_posts(true); // Slack takes the posts but answers none of them
    {
        child_process first(serve_arguments(data.path()), serve_environment(api));
        ASSERT_NE(listening_port(first), 0);
        ASSERT_TRUE(api.wait_for_posts(4, 15s)) << first.stderr_text();
        first.signal(SIGKILL);
        EXPECT_EQ(first.wait(10s), 128 + SIGKILL);
    }
    // Slack finishes what it had received before the crash.
    api.hold_posts(false);
    wait_until_quiet(api, 500ms);
    const auto before_restart = api.posted().size();
    EXPECT_GE(before_restart, 4U);
    EXPECT_LT(before_restart, expected_posts);

    child_process second(serve_arguments(data.path()), serve_environment(api));
    ASSERT_NE(listening_port(second), 0);
    ASSERT_TRUE(api.wait_for_posts(expected_posts, 20s)) << second.stderr_text();
    // Let the sender finish (and let a duplicate appear, if one were coming).
    for (int i = 0; i < 100; ++i) {
        store::sqlite_store view(db);
        if (view.unsent_count() == 0) {
            break;
        }
        std::this_thread::sleep_for(100ms);
    }
    wait_until_quiet(api, 500ms);
    second.signal(SIGTERM);
    EXPECT_EQ(second.wait(15s), 0);

    for (int i = 1; i <= channels; ++i) {
        const auto posts = api.posted("C" + std::to_string(i));
        ASSERT_EQ(posts.size(), 2U) << "channel C" << i;
        const auto first = posts[0]["text"].get<std::string>();
        const auto second_text = posts[1]["text"].get<std::string>();
        EXPECT_NE(first, second_text) << "channel C" << i << " got one message twice";
    }
    // The posts whose outcome the first process never learnt were looked up, not resent.
    EXPECT_GE(api.calls("conversations.history").size(), before_restart);
    store::sqlite_store view(db);
    EXPECT_EQ(view.unsent_count(), 0U);
    EXPECT_EQ(view.sent_count(), expected_posts);
}

} // namespace
} // namespace rolebot::testing
