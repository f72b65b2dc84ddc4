// What one signed `/role lead` costs on the request path, stage by stage, in process.
#include "bot/app/services.hpp"
#include "bot/core/clock.hpp"
#include "bot/server/endpoints.hpp"
#include "bot/slack/block_kit.hpp"
#include "bot/slack/decode.hpp"
#include "bot/slack/render_cache.hpp"
#include "bot/slack/signature.hpp"
#include "handlers/role_command.hpp"

#include <benchmark/benchmark.h>

#include <sstream>

namespace {

using namespace rolebot;

constexpr std::string_view secret = "8f742231b10e8888abcd99yyyzzz85a5";
constexpr std::string_view timestamp = "1531420618";
const std::string body =
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
    "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Frole&text="
    "lead&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%"
    "2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121."
    "803a0bc887a14d10d2c447fce8b6703c";

struct fixture {
    std::ostringstream log_out;
    core::logger log{log_out, core::log_format::json, core::log_level::warn};
    core::fake_clock clock{core::clock::time_point(std::chrono::seconds(1531420618))};
    app::bot_services services{{}, clock, log};
    slack::signature_verifier verifier{secret, clock};
    slack::render_cache renders;
    slack::intake intake{services.router(), renders, nullptr, log};
    server::endpoints endpoints{verifier, intake, log};

    static fixture& get()
    {
        static fixture f;
        return f;
    }
};

void verify_signature(benchmark::State& state)
{
    auto& f = fixture::get();
    const auto signature = f.verifier.sign(timestamp, body);
    for (auto _ : state) {
        benchmark::DoNotOptimize(f.verifier.verify(timestamp, signature, body));
    }
}
BENCHMARK(verify_signature);

void decode_form(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(slack::decode_command(body));
    }
}
BENCHMARK(decode_form);

void match_title(benchmark::State& state, std::string query)
{
    const auto kb = fixture::get().services.knowledge().current();
    for (auto _ : state) {
        benchmark::DoNotOptimize(kb->match_title(query));
    }
}
BENCHMARK_CAPTURE(match_title, exact, std::string("lead"));
BENCHMARK_CAPTURE(match_title, typo, std::string("prodct lead"));
BENCHMARK_CAPTURE(match_title, unknown, std::string("astronaut"));

void build_role_card(benchmark::State& state)
{
    const auto kb = fixture::get().services.knowledge().current();
    for (auto _ : state) {
        benchmark::DoNotOptimize(handlers::role_command(*kb, "lead"));
    }
}
BENCHMARK(build_role_card);

void render_block_kit_uncached(benchmark::State& state)
{
    const auto kb = fixture::get().services.knowledge().current();
    const auto reply = handlers::role_command(*kb, "lead");
    for (auto _ : state) {
        benchmark::DoNotOptimize(slack::render_message(reply));
    }
}
BENCHMARK(render_block_kit_uncached);

void render_block_kit_cached(benchmark::State& state)
{
    auto& f = fixture::get();
    const auto reply = handlers::role_command(*f.services.knowledge().current(), "lead");
    for (auto _ : state) {
        benchmark::DoNotOptimize(f.renders.render(reply));
    }
}
BENCHMARK(render_block_kit_cached);

void whole_endpoint(benchmark::State& state)
{
    auto& f = fixture::get();
    server::request req{server::http::verb::post, "/slack/commands", 11};
    req.set("Content-Type", "application/x-www-form-urlencoded");
    req.set("X-Slack-Request-Timestamp", timestamp);
    req.set("X-Slack-Signature", f.verifier.sign(timestamp, body));
    req.body() = body;
    for (auto _ : state) {
        auto res = f.endpoints.handle(req);
        benchmark::DoNotOptimize(res);
    }
}
BENCHMARK(whole_endpoint)->ThreadRange(1, 2);

} // namespace
