#include "bot/scheduler/occurrence_claimer.hpp"

#include <date/date.h>

namespace rolebot::scheduler {
namespace {

std::string utc(sys_seconds t) { return date::format("%FT%TZ", t); }

} // namespace

std::string occurrence_key(std::int64_t schedule_id, const std::string& local_date)
{
    return "schedule:" + std::to_string(schedule_id) + ":" + local_date;
}

occurrence_claimer::occurrence_claimer(store::store& store, message_composer compose,
                                       core::logger& log, claim_policy policy)
    : store_(store), compose_(std::move(compose)), log_(log), policy_(policy)
{
}

store::claim occurrence_claimer::decide(const store::schedule& s, sys_seconds now,
                                        claim_report& report)
{
    store::claim c;
    c.schedule_id = s.id;
    c.expected_next_due = *s.next_due;
    c.new_next_due = next_fire(s.rule, now);

    // Only the latest firing at or before now can still be sent; any earlier ones
    // were missed while nothing ran.
    auto latest = previous_fire(s.rule, now).value_or(*s.next_due);
    if (latest < *s.next_due) {
        latest = *s.next_due;
    }
    if (latest > *s.next_due) {
        log_.log(core::log_level::warn, "skipping missed firings", {},
                 {{"schedule", std::to_string(s.id)},
                  {"from", utc(*s.next_due)},
                  {"until", utc(latest)}});
    }
    if (now - latest > policy_.grace) {
        ++report.late;
        log_.log(core::log_level::warn, "skipping a firing older than the grace period", {},
                 {{"schedule", std::to_string(s.id)}, {"due", utc(latest)}});
        return c;
    }
    occurrence o{latest, local_date(s.rule.zone, latest), s.weeks_sent};
    if (store_.is_skipped(s.id, o.local_date)) {
        ++report.skipped_by_user;
        return c;
    }
    c.occurrence_key = occurrence_key(s.id, o.local_date);
    auto message = compose_(s, o);
    message.key = *c.occurrence_key;
    c.message = std::move(message);
    c.counts_as_week = s.kind == store::schedule_kind::checkin;
    return c;
}

claim_report occurrence_claimer::claim_due(sys_seconds now)
{
    claim_report report;
    // Each pass moves every claimed schedule's next_due past `now`; the bound only
    // guards against a store that does not.
    for (int pass = 0; pass < 10'000; ++pass) {
        const auto due = store_.due_schedules(now, policy_.batch);
        if (due.empty()) {
            break;
        }
        std::vector<store::claim> claims;
        claims.reserve(due.size());
        for (const auto& s : due) {
            try {
                claims.push_back(decide(s, now, report));
            } catch (const std::exception& e) {
                // E.g. a zone the tz database no longer has: stop this schedule rather
                // than fail every pass; `/standup show` shows it has no next prompt.
                log_.log(core::log_level::error, "schedule stopped: cannot compute it", {},
                         {{"schedule", std::to_string(s.id)}, {"error", e.what()}});
                store::claim stop;
                stop.schedule_id = s.id;
                stop.expected_next_due = *s.next_due;
                claims.push_back(stop);
            }
        }
        report.queued += store_.apply_claims(claims, now);
        if (due.size() < policy_.batch) {
            break;
        }
    }
    return report;
}

} // namespace rolebot::scheduler
