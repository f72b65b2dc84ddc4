// A handler that answers later through the command's response_url: the ack is its
// return value at once; the later answer is queued in the outbox for the response_url.
#include "bot/server/endpoints.hpp"
#include "bot/store/sqlite_store.hpp"
#include "tests/support/slack_requests.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace rolebot::testing {
namespace {

TEST(delayed_response, a_handler_acks_now_and_answers_later_through_the_response_url)
{
    std::ostringstream log_text;
    core::logger log(log_text, core::log_format::json, core::log_level::debug);
    const std::int64_t start = 1531420618;
    core::fake_clock clock{core::clock::time_point(std::chrono::seconds(start))};
    store::sqlite_store st(":memory:");
    core::router router(log);
    router.add("/slow", "answers later", [](const core::context& ctx) {
        core::reply later;
        later.section("Here is the full answer.").fallback("full answer").in_channel();
        ctx.respond(later);
        core::reply ack;
        ack.section("Working on it…").fallback("Working on it");
        return ack;
    });
    const slack::signature_verifier verifier(test_secret, clock);
    slack::render_cache renders;
    int wakes = 0;
    slack::conversation_services conversations{
        {}, {}, {}, {"https://hooks.slack.com:443"}, st, clock, [&wakes] { ++wakes; }};
    slack::intake intake(router, renders, &conversations, log);
    server::endpoints endpoints(verifier, intake, log);

    const auto signed_req = signed_command(command_body("/slow", "please"), start);
    server::request req{server::http::verb::post, signed_req.target, 11};
    for (const auto& [name, value] : signed_req.headers) {
        req.set(name, value);
    }
    req.body() = signed_req.body;
    const auto res = endpoints.handle(req);

    EXPECT_EQ(res.result_int(), 200U);
    EXPECT_NE(res.body().find("Working on it"), std::string::npos);
    const auto queued = st.due_messages(store::sys_seconds(std::chrono::seconds(1LL << 40)), 10);
    ASSERT_EQ(queued.size(), 1U);
    EXPECT_EQ(queued[0].response_url,
              "https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN");
    const auto body = nlohmann::json::parse(queued[0].body);
    EXPECT_EQ(body["response_type"], "in_channel");
    EXPECT_NE(body.dump().find("full answer"), std::string::npos);
    EXPECT_EQ(wakes, 1);
}

} // namespace
} // namespace rolebot::testing
