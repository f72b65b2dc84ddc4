// /standup and /checkin through the router, with a fake clock and an in-memory store.
#include "bot/app/services.hpp"
#include "bot/app/text_render.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace rolebot::handlers {
namespace {

using namespace std::chrono_literals;

core::clock::time_point at(const std::string& text)
{
    return scheduler::parse_utc(text).value();
}

class schedule_commands : public ::testing::Test {
protected:
    schedule_commands()
    {
        services.on_schedule_change([this] { ++changes; });
    }

    struct answer {
        core::reply reply;
        std::string text;
    };

    answer run(const std::string& name, const std::string& text, const std::string& user = "UANA",
               const std::string& channel = "CTEAM")
    {
        core::command cmd;
        cmd.team_id = "T1";
        cmd.channel_id = channel;
        cmd.user_id = user;
        cmd.name = name;
        cmd.text = text;
        auto reply = services.router().dispatch({cmd, "test"});
        auto rendered = app::render_text(reply);
        return {std::move(reply), std::move(rendered)};
    }

    std::optional<store::schedule> standup()
    {
        return services.store().find_standup("T1", "CTEAM");
    }

    std::ostringstream log_text;
    core::logger log{log_text, core::log_format::json, core::log_level::warn};
    // Sunday 2026-11-22 12:00 UTC.
    core::fake_clock clock{at("2026-11-22T12:00:00Z")};
    app::bot_services services{{}, clock, log};
    int changes = 0;
};

TEST_F(schedule_commands, standup_is_set_up_with_time_zone_and_days)
{
    const auto a = run("/standup", "09:30 Europe/Berlin mon-fri");
    EXPECT_EQ(a.reply.audience(), core::visibility::in_channel);
    EXPECT_NE(a.text.find("09:30 Europe/Berlin, Mon–Fri"), std::string::npos) << a.text;
    EXPECT_NE(a.text.find("Mon 2026-11-23 at 09:30 (Europe/Berlin)"), std::string::npos) << a.text;
    const auto s = standup();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->rule, (scheduler::weekly_rule{"Europe/Berlin", 570, 0b0111110}));
    EXPECT_EQ(s->next_due,
              std::chrono::time_point_cast<std::chrono::seconds>(at("2026-11-23T08:30:00Z")));
    EXPECT_EQ(changes, 1);
}

TEST_F(schedule_commands, bad_standup_input_is_explained_and_changes_nothing)
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"25:00 Europe/Berlin mon-fri", "hours go from 00 to 23"},
        {"09:60 Europe/Berlin mon-fri", "minutes go from 00 to 59"},
        {"09:30 Mars/Base mon-fri", "not a time zone I know"},
        {"09:30 Europe/Berlin", "no days given"},
        {"09:30 Europe/Berlin funday", "I don't understand"},
        {"09:30 10:30 UTC daily", "two times"},
        {"questions a | b", "no stand-up yet"},
        {"dance", "no stand-up yet"},
    };
    for (const auto& [text, expected] : cases) {
        const auto a = run("/standup", text);
        EXPECT_NE(a.text.find(expected), std::string::npos) << text << "\n" << a.text;
        EXPECT_NE(a.text.find("Nothing was changed"), std::string::npos) << text;
        EXPECT_EQ(a.reply.audience(), core::visibility::ephemeral);
        EXPECT_FALSE(standup()) << text;
    }
    EXPECT_EQ(changes, 0);
}

TEST_F(schedule_commands, an_existing_standup_changes_only_what_is_given)
{
    run("/standup", "09:30 Europe/Berlin mon-fri");
    run("/standup", "10:15");
    auto s = standup();
    EXPECT_EQ(s->rule, (scheduler::weekly_rule{"Europe/Berlin", 615, 0b0111110}));
    run("/standup", "set daily america/new_york");
    s = standup();
    EXPECT_EQ(s->rule, (scheduler::weekly_rule{"America/New_York", 615, 0x7F}));
    // A bad change keeps the old schedule as it was.
    run("/standup", "26:00");
    EXPECT_EQ(standup()->rule, s->rule);
}

TEST_F(schedule_commands, questions_pause_resume_skip_show_and_remove)
{
    run("/standup", "9am UTC weekdays");
    auto a = run("/standup", "questions What shipped? | What's next? | Blocked?");
    EXPECT_NE(a.text.find("3 questions"), std::string::npos) << a.text;
    a = run("/standup", "show");
    EXPECT_NE(a.text.find("2. What's next?"), std::string::npos) << a.text;

    a = run("/standup", "skip 2026-11-21");
    EXPECT_NE(a.text.find("in the past"), std::string::npos) << a.text;
    a = run("/standup", "skip 2026-11-28");
    EXPECT_NE(a.text.find("no stand-up on 2026-11-28"), std::string::npos) << a.text;
    a = run("/standup", "skip next");
    EXPECT_NE(a.text.find("No stand-up prompt on 2026-11-23"), std::string::npos) << a.text;
    EXPECT_TRUE(services.store().is_skipped(standup()->id, "2026-11-23"));
    a = run("/standup", "show");
    EXPECT_NE(a.text.find("Skipping: 2026-11-23"), std::string::npos) << a.text;

    run("/standup", "pause");
    EXPECT_TRUE(standup()->paused);
    EXPECT_FALSE(standup()->next_due);
    clock.advance(72h);
    a = run("/standup", "resume");
    EXPECT_NE(a.text.find("Thu 2026-11-26 at 09:00 (UTC)"), std::string::npos) << a.text;

    run("/standup", "questions default");
    a = run("/standup", "show");
    EXPECT_NE(a.text.find("(the defaults)"), std::string::npos) << a.text;
    EXPECT_NE(a.text.find("sprint planning"), std::string::npos) << a.text;

    run("/standup", "remove");
    EXPECT_FALSE(standup());
}

TEST_F(schedule_commands, checkin_is_set_up_between_two_mentioned_people)
{
    auto a = run("/checkin", "<@UMENTOR|maria> <@UMENTEE|sam> tue 10:00 Europe/Berlin");
    EXPECT_NE(a.text.find("Check-in #"), std::string::npos) << a.text;
    EXPECT_NE(a.text.find("@UMENTOR mentoring @UMENTEE"), std::string::npos) << a.text;
    EXPECT_NE(a.text.find("Tue 2026-11-24 at 10:00 (Europe/Berlin)"), std::string::npos) << a.text;
    const auto mine = services.store().checkins_of("T1", "UMENTEE");
    ASSERT_EQ(mine.size(), 1U);
    EXPECT_EQ(mine[0].rule, (scheduler::weekly_rule{"Europe/Berlin", 600, 1U << 2}));

    a = run("/checkin", "list", "UMENTOR");
    EXPECT_NE(a.text.find("reminders sent: 0"), std::string::npos) << a.text;
    a = run("/checkin", "done", "UMENTOR");
    EXPECT_NE(a.text.find("No reminder has gone out"), std::string::npos) << a.text;

    // Someone else cannot change it.
    const auto id = std::to_string(mine[0].id);
    a = run("/checkin", "remove " + id, "USTRANGER");
    EXPECT_NE(a.text.find("only the mentor, the mentee"), std::string::npos) << a.text;
    EXPECT_EQ(services.store().checkins_of("T1", "UMENTEE").size(), 1U);

    run("/checkin", "pause", "UMENTEE");
    EXPECT_TRUE(services.store().find_schedule(mine[0].id)->paused);
    run("/checkin", "remove #" + id, "UMENTEE");
    EXPECT_TRUE(services.store().checkins_of("T1", "UMENTEE").empty());
}

TEST_F(schedule_commands, bad_checkin_input_is_explained_and_changes_nothing)
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"@maria @sam tue 10:00", "as plain text"},
        {"<@UA> tue 10:00", "exactly two people"},
        {"<@UA> <@UA> tue 10:00", "two different people"},
        {"<@UA> <@UB> 10:00", "no day given"},
        {"<@UA> <@UB> mon-fri 10:00", "give one day"},
        {"<@UA> <@UB> tue", "no time given"},
        {"<@UA> <@UB> tue 10:00 Nowhere/City", "not a time zone"},
        {"done 999", "no check-in #999"},
        {"done", "you have no check-ins"},
    };
    for (const auto& [text, expected] : cases) {
        const auto a = run("/checkin", text);
        EXPECT_NE(a.text.find(expected), std::string::npos) << text << "\n" << a.text;
    }
    EXPECT_TRUE(services.store().checkins_of("T1", "UA").empty());
    EXPECT_EQ(changes, 0);
}

} // namespace
} // namespace rolebot::handlers
