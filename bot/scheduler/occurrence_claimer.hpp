#pragma once

#include "bot/core/logger.hpp"
#include "bot/store/store.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace rolebot::scheduler {

/// One firing of a schedule.
struct occurrence {
    sys_seconds due;
    std::string local_date; ///< in the schedule's zone, "2026-03-29"
    int week = 0;           ///< check-ins: how many reminders were sent before this one
};

/// Builds the message for an occurrence (the channel or users to open included).
using message_composer =
    std::function<store::outbound_message(const store::schedule&, const occurrence&)>;

/// How missed firings are treated.
struct claim_policy {
    /// A firing missed by at most this much (downtime, a slow restart) is still sent,
    /// once; older ones are skipped and logged, so a restart never bursts stale prompts.
    std::chrono::seconds grace = std::chrono::hours(2);
    /// Schedules claimed per transaction.
    std::size_t batch = 500;
};

/// What one pass did.
struct claim_report {
    std::size_t queued = 0;          ///< messages written to the outbox
    std::size_t late = 0;            ///< firings skipped for being older than the grace
    std::size_t skipped_by_user = 0; ///< firings on a date someone skipped
};

/// Turns due schedules into outbox messages. Each occurrence is recorded in the store
/// under a unique key in the same transaction that queues its message, so it is queued
/// once however often (or by however many processes) this runs.
class occurrence_claimer {
public:
    occurrence_claimer(store::store& store, message_composer compose, core::logger& log,
                       claim_policy policy = {});

    /// Claims everything due at `now`.
    claim_report claim_due(sys_seconds now);

    const claim_policy& policy() const { return policy_; }

private:
    store::claim decide(const store::schedule& s, sys_seconds now, claim_report& report);

    store::store& store_;
    message_composer compose_;
    core::logger& log_;
    claim_policy policy_;
};

/// The key that makes an occurrence unique: one per schedule and local date, so a
/// repeated wall-clock hour or a time changed later that day never posts twice.
std::string occurrence_key(std::int64_t schedule_id, const std::string& local_date);

} // namespace rolebot::scheduler
