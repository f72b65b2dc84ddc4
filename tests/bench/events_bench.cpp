// The acknowledgement of an Events API mention, in process: verify, decode, answer,
// and commit the event id with its reply to a real SQLite file (WAL, synchronous=FULL)
// before the 200. Reports p50/p99 per request; the slash-command path is the reference.
#include "bot/app/services.hpp"
#include "bot/server/endpoints.hpp"
#include "bot/slack/signature.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using namespace rolebot;

constexpr std::string_view secret = "8f742231b10e8888abcd99yyyzzz85a5";
constexpr std::string_view timestamp = "1531420618";

struct events_fixture {
    events_fixture()
    {
        std::filesystem::create_directories(dir);
        std::filesystem::remove(dir / "rolebot.db");
        config.store_path = (dir / "rolebot.db").string();
        services = std::make_unique<app::bot_services>(config, clock, log);
        conversations = std::make_unique<slack::conversation_services>(slack::conversation_services{
            {"UBOT", "BBOT"},
            [this](const core::message_event& e, std::string_view q) {
                return services->answer_message(e, q);
            },
            {},
            {"https://hooks.slack.com:443"},
            services->store(),
            clock});
        intake = std::make_unique<slack::intake>(services->router(), renders, conversations.get(),
                                                 log);
        endpoints = std::make_unique<server::endpoints>(verifier, *intake, log);
        std::ifstream in(std::string(ROLEBOT_SOURCE_DIR) + "/tests/fixtures/events/app_mention.json");
        mention = nlohmann::json::parse(in);
    }

    server::request signed_request(const std::string& target, std::string body)
    {
        server::request req{server::http::verb::post, target, 11};
        req.set("X-Slack-Request-Timestamp", timestamp);
        req.set("X-Slack-Signature", verifier.sign(timestamp, body));
        req.body() = std::move(body);
        return req;
    }

    std::filesystem::path dir = std::filesystem::temp_directory_path() / "rolebot-bench-events";
    std::ostringstream log_out;
    core::logger log{log_out, core::log_format::json, core::log_level::warn};
    core::fake_clock clock{core::clock::time_point(std::chrono::seconds(1531420618))};
    app::services_config config;
    std::unique_ptr<app::bot_services> services;
    slack::signature_verifier verifier{secret, clock};
    slack::render_cache renders;
    std::unique_ptr<slack::conversation_services> conversations;
    std::unique_ptr<slack::intake> intake;
    std::unique_ptr<server::endpoints> endpoints;
    nlohmann::json mention;
    long next_event = 0;
};

/// Runs `handle` and adds its time to `micros`.
template <class Handle> void timed(std::vector<double>& micros, Handle&& handle)
{
    const auto start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(handle());
    micros.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
}

void report_percentiles(benchmark::State& state, std::vector<double>& micros)
{
    std::sort(micros.begin(), micros.end());
    if (micros.empty()) {
        return;
    }
    state.counters["p50_us"] = micros[micros.size() / 2];
    state.counters["p99_us"] = micros[micros.size() * 99 / 100];
}

/// A new mention each time: decoded, answered, stored with its reply, acknowledged.
void event_ack(benchmark::State& state)
{
    static events_fixture f;
    std::vector<double> micros;
    for (auto _ : state) {
        state.PauseTiming();
        auto body = f.mention;
        body["event_id"] = "EvBench" + std::to_string(++f.next_event);
        auto req = f.signed_request("/slack/events", body.dump());
        state.ResumeTiming();
        timed(micros, [&] { return f.endpoints->handle(req); });
    }
    report_percentiles(state, micros);
}
BENCHMARK(event_ack)->Unit(benchmark::kMicrosecond)->Iterations(2000);

/// The reference in the same run: a signed `/role lead` (no store write).
void command_ack(benchmark::State& state)
{
    static events_fixture f;
    const std::string body = "team_id=T1&channel_id=C1&user_id=U1&command=%2Frole&text=lead";
    auto req = f.signed_request("/slack/commands", body);
    std::vector<double> micros;
    for (auto _ : state) {
        timed(micros, [&] { return f.endpoints->handle(req); });
    }
    report_percentiles(state, micros);
}
BENCHMARK(command_ack)->Unit(benchmark::kMicrosecond)->Iterations(2000);

} // namespace
