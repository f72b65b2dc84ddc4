#pragma once

#include "bot/store/records.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rolebot::store {

/// Durable state: schedules, the occurrences already claimed, and the outbox. Every
/// write is committed before the call returns. Narrow on purpose: a PostgreSQL
/// implementation can follow without touching handlers or the scheduler.
class store {
public:
    virtual ~store() = default;

    // Schedules.
    /// Inserts (id 0) or replaces a schedule; returns its id. A second stand-up in a
    /// channel, or a second check-in for the same pair, replaces the first.
    virtual std::int64_t put_schedule(const schedule& s) = 0;
    /// The stand-up of a channel.
    virtual std::optional<schedule> find_standup(const std::string& team,
                                                 const std::string& channel) = 0;
    /// A schedule by id.
    virtual std::optional<schedule> find_schedule(std::int64_t id) = 0;
    /// The check-ins a user is mentor or mentee in, oldest first.
    virtual std::vector<schedule> checkins_of(const std::string& team,
                                              const std::string& user) = 0;
    /// Removes a schedule and what hangs off it; false when there was none.
    virtual bool remove_schedule(std::int64_t id) = 0;
    /// Skips the occurrence on a local date ("2026-12-24").
    virtual void add_skip(std::int64_t schedule_id, const std::string& local_date) = 0;
    /// The dates skipped from `from_date` on, ascending.
    virtual std::vector<std::string> skips(std::int64_t schedule_id,
                                           const std::string& from_date) = 0;
    virtual bool is_skipped(std::int64_t schedule_id, const std::string& local_date) = 0;
    /// Marks a check-in week done; false when it already was.
    virtual bool mark_week_done(std::int64_t schedule_id, int week) = 0;
    virtual int weeks_done(std::int64_t schedule_id) = 0;

    // Scheduler.
    /// The earliest next_due of any active schedule.
    virtual std::optional<sys_seconds> earliest_due() = 0;
    /// Active schedules due at or before `now`, earliest first.
    virtual std::vector<schedule> due_schedules(sys_seconds now, std::size_t limit) = 0;
    /// Applies claims in one transaction: an occurrence key is recorded at most once,
    /// and its message is queued in the same commit. Claims whose schedule changed
    /// meanwhile are dropped. Returns the number of messages queued.
    virtual std::size_t apply_claims(const std::vector<claim>& claims, sys_seconds now) = 0;

    // Conversations.
    /// Takes in a Slack event once: records its id and queues its reply (if any) in one
    /// commit. False (and nothing queued) when the event was taken in before.
    virtual bool accept_event(const std::string& event_id,
                              const std::optional<outbound_message>& reply, sys_seconds now) = 0;
    /// Queues a reply for a response_url, counting the URL's uses (Slack allows 5 within
    /// 30 minutes of its first use), in one commit.
    virtual response_slot enqueue_response(const outbound_message& m, sys_seconds now) = 0;
    /// Records a question that got no answer, or feedback on an answer.
    virtual void record_question(const asked_question& q, sys_seconds now) = 0;
    /// The most frequent questions of a kind, most frequent first.
    virtual std::vector<question_count> frequent_questions(question_kind kind,
                                                           std::size_t limit) = 0;

    // Outbox.
    /// Queues a message outside any schedule (a reply to an event); false when a
    /// message with its key was queued before.
    virtual bool enqueue(const outbound_message& m, sys_seconds now) = 0;
    /// Unsent messages whose next attempt is due, oldest first.
    virtual std::vector<outbound_message> due_messages(sys_seconds now, std::size_t limit) = 0;
    /// When the next unsent message is due.
    virtual std::optional<sys_seconds> earliest_message_due() = 0;
    /// Records, in one commit, that attempts at these messages are starting (before any
    /// request leaves): from now on each is in doubt until its outcome is recorded.
    virtual void attempts_started(const std::vector<std::int64_t>& ids, sys_seconds now) = 0;
    /// Records the conversation opened for a DM.
    virtual void set_channel(std::int64_t id, const std::string& channel) = 0;
    /// Slack accepted these: (id, message ts) pairs, in one commit.
    virtual void mark_sent(const std::vector<std::pair<std::int64_t, std::string>>& sent,
                           sys_seconds now) = 0;
    /// Try again at `at`. `in_doubt`: whether the last attempt may have been done after
    /// all; `count_attempt`: it was a failed attempt (not a deferral while paused).
    virtual void retry_at(std::int64_t id, sys_seconds at, const std::string& error,
                          bool in_doubt, bool count_attempt) = 0;
    /// Slack refused it for good: kept as a dead letter, never retried.
    virtual void mark_dead(std::int64_t id, const std::string& error, sys_seconds now) = 0;
    /// Messages not yet sent (including in doubt and waiting to retry).
    virtual std::size_t unsent_count() = 0;
    virtual std::size_t sent_count() = 0;
    virtual std::vector<dead_letter> dead_letters(std::size_t limit) = 0;
};

} // namespace rolebot::store
