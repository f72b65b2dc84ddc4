// 100k schedules in the SQLite store: opening it, finding the next due occurrence,
// claiming a busy minute into the outbox, and computing next firings with date/tz.
#include "bot/scheduler/occurrence_claimer.hpp"
#include "bot/store/sqlite_db.hpp"
#include "bot/store/sqlite_store.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace {

using namespace rolebot;
using namespace std::chrono_literals;
using scheduler::sys_seconds;

constexpr int schedule_count = 100'000;
constexpr int busy_minute_share = 10; // one schedule in ten is a 09:00 Berlin weekday stand-up
const sys_seconds now0 = scheduler::parse_utc("2026-11-23T06:00:00Z").value(); // a Monday

constexpr std::array<const char*, 12> zones = {
    "Europe/Berlin",  "Europe/London", "America/New_York", "America/Los_Angeles",
    "Asia/Tokyo",     "Asia/Kolkata",  "Australia/Sydney", "America/Sao_Paulo",
    "Africa/Lagos",   "Europe/Moscow", "Pacific/Auckland", "UTC"};

long resident_kib(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with(field)) {
            return std::stol(line.substr(std::string(field).size()));
        }
    }
    return -1;
}

/// Builds the database once: 100k schedules, one transaction.
const std::string& database()
{
    static const std::string path = [] {
        const auto dir = std::filesystem::temp_directory_path() / "rolebot-bench-schedules";
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        const auto file = (dir / "rolebot.db").string();
        { store::sqlite_store create(file); }
        store::sqlite_db db(file);
        std::mt19937 random(42);
        const auto started = std::chrono::steady_clock::now();
        db.exec("BEGIN");
        auto insert = db.prepare(
            "INSERT INTO schedules (kind, team_id, channel_id, zone, minute_of_day, days, "
            "created_by, created_at, updated_at, next_due) VALUES ('standup', 'T1', ?1, ?2, ?3, "
            "?4, 'U1', 0, 0, ?5)");
        for (int i = 0; i < schedule_count; ++i) {
            scheduler::weekly_rule rule;
            if (i % busy_minute_share == 0) {
                rule = {"Europe/Berlin", 9 * 60, 0b0111110};
            } else {
                rule = {zones[random() % zones.size()], static_cast<int>(random() % 1440),
                        static_cast<std::uint8_t>(1 + random() % 127)};
            }
            const auto due = scheduler::next_fire(rule, now0).value();
            insert.bind(1, "C" + std::to_string(i))
                .bind(2, rule.zone)
                .bind(3, std::int64_t{rule.minute_of_day})
                .bind(4, std::int64_t{rule.days})
                .bind(5, due.time_since_epoch().count())
                .run();
        }
        db.exec("COMMIT");
        const auto took = std::chrono::steady_clock::now() - started;
        std::fprintf(stderr, "built %d schedules in %.2f s\n", schedule_count,
                     std::chrono::duration<double>(took).count());
        return file;
    }();
    return path;
}

void open_store(benchmark::State& state)
{
    const auto& file = database();
    for (auto _ : state) {
        store::sqlite_store st(file);
        benchmark::DoNotOptimize(st.earliest_due());
    }
    state.SetLabel("open + migrate check + first earliest_due, 100k schedules");
}
BENCHMARK(open_store)->Unit(benchmark::kMillisecond);

void earliest_due(benchmark::State& state)
{
    store::sqlite_store st(database());
    for (auto _ : state) {
        benchmark::DoNotOptimize(st.earliest_due());
    }
}
BENCHMARK(earliest_due)->Unit(benchmark::kMicrosecond);

void due_batch(benchmark::State& state)
{
    store::sqlite_store st(database());
    const auto at = scheduler::parse_utc("2026-11-23T08:00:00Z").value(); // 09:00 Berlin
    for (auto _ : state) {
        benchmark::DoNotOptimize(st.due_schedules(at, 500));
    }
    state.SetLabel("500 due schedules read");
}
BENCHMARK(due_batch)->Unit(benchmark::kMillisecond);

void next_fire_date_tz(benchmark::State& state)
{
    const scheduler::weekly_rule rule{"America/New_York", 9 * 60 + 30, 0b0111110};
    auto t = now0;
    for (auto _ : state) {
        t = scheduler::next_fire(rule, t).value();
    }
}
BENCHMARK(next_fire_date_tz)->Unit(benchmark::kNanosecond);

/// The busiest minute: 10k stand-ups due at 09:00 Berlin on a Monday, claimed into the
/// outbox. The time the pass takes is how late the last of them is queued.
void claim_busy_minute(benchmark::State& state)
{
    const auto copy = std::filesystem::temp_directory_path() / "rolebot-bench-schedules" / "claim.db";
    std::ostringstream log_text;
    core::logger log(log_text, core::log_format::json, core::log_level::error);
    const auto due = scheduler::parse_utc("2026-11-23T08:00:00Z").value();
    std::size_t queued = 0;
    const long rss_before = resident_kib("VmRSS:");
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::copy_file(database(), copy,
                                   std::filesystem::copy_options::overwrite_existing);
        std::filesystem::remove(copy.string() + "-wal");
        store::sqlite_store st(copy.string());
        scheduler::occurrence_claimer claimer(
            st,
            [](const store::schedule& s, const scheduler::occurrence& o) {
                store::outbound_message m;
                m.channel = s.channel_id;
                m.body = R"({"text":"Stand-up for )" + o.local_date + R"("})";
                return m;
            },
            log);
        state.ResumeTiming();
        queued = claimer.claim_due(due).queued;
    }
    state.counters["queued"] = static_cast<double>(queued);
    state.counters["rss_growth_kib"] = static_cast<double>(resident_kib("VmRSS:") - rss_before);
    state.counters["peak_rss_kib"] = static_cast<double>(resident_kib("VmHWM:"));
}
BENCHMARK(claim_busy_minute)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
