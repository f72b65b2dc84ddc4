#pragma once

#include "bot/core/clock.hpp"
#include "bot/core/logger.hpp"
#include "bot/scheduler/occurrence_claimer.hpp"
#include "bot/server/wake_signal.hpp"
#include "bot/store/sqlite_store.hpp"

#include <boost/asio/awaitable.hpp>

#include <functional>

namespace rolebot::scheduler {

/// Wakes when the earliest schedule is due (or a command changed one, or at least once
/// a minute), claims what is due into the outbox, and tells the sender. Runs on one
/// thread (the outbound io_context in `rolebot serve`).
class scheduler_loop {
public:
    scheduler_loop(occurrence_claimer& claimer, store::sqlite_store& store,
                   const core::clock& clock, std::function<void()> queued, core::logger& log);

    /// Runs until stop().
    boost::asio::awaitable<void> run();
    /// A schedule changed: look again now. Call on the loop's executor.
    void poke();
    /// Ends run(). Call on the loop's executor.
    void stop();

private:
    occurrence_claimer& claimer_;
    store::sqlite_store& store_;
    const core::clock& clock_;
    std::function<void()> queued_;
    core::logger& log_;
    server::wake_signal wake_;
};

} // namespace rolebot::scheduler
