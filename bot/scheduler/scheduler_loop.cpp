#include "bot/scheduler/scheduler_loop.hpp"


namespace rolebot::scheduler {
namespace {

namespace net = boost::asio;

/// Even with nothing due, look again this often (another process may have written).
constexpr auto longest_sleep = std::chrono::seconds(60);
/// Claimed occurrences and sent messages are kept this long, then pruned.
constexpr auto keep_history = std::chrono::hours(24 * 8);
constexpr auto prune_every = std::chrono::hours(1);

} // namespace

scheduler_loop::scheduler_loop(occurrence_claimer& claimer, store::sqlite_store& store,
                               const core::clock& clock, std::function<void()> queued,
                               core::logger& log)
    : claimer_(claimer), store_(store), clock_(clock), queued_(std::move(queued)), log_(log)
{
}

net::awaitable<void> scheduler_loop::run()
{
    auto last_prune = std::chrono::steady_clock::time_point{};
    for (;;) {
        const auto now = std::chrono::time_point_cast<std::chrono::seconds>(clock_.now());
        bool failed = false;
        try {
            const auto report = claimer_.claim_due(now);
            if (report.queued > 0) {
                queued_();
            }
            if (std::chrono::steady_clock::now() - last_prune > prune_every) {
                store_.prune(now, keep_history);
                last_prune = std::chrono::steady_clock::now();
            }
        } catch (const std::exception& e) {
            // A store error (disk full): nothing was claimed; try again on the next wake.
            log_.log(core::log_level::error, "scheduler pass failed", {}, {{"error", e.what()}});
            failed = true;
        }
        if (wake_.stopping()) {
            break;
        }
        auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(longest_sleep);
        if (failed) {
            wait = std::chrono::seconds(5);
        } else if (const auto next = store_.earliest_due()) {
            // Wake just after the due second so the claim sees it as due.
            wait = std::clamp<std::chrono::milliseconds>(
                std::chrono::duration_cast<std::chrono::milliseconds>(*next - clock_.now()) +
                    std::chrono::milliseconds(5),
                std::chrono::milliseconds(5), longest_sleep);
        }
        co_await wake_.wait(wait);
    }
}

void scheduler_loop::poke() { wake_.poke(); }

void scheduler_loop::stop() { wake_.stop(); }

} // namespace rolebot::scheduler
