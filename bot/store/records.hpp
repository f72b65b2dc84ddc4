#pragma once

#include "bot/scheduler/weekly_rule.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rolebot::store {

using sys_seconds = scheduler::sys_seconds;

/// What a schedule posts.
enum class schedule_kind { standup, checkin };

/// A stand-up (one per channel) or a mentorship check-in (one per mentor and mentee).
struct schedule {
    std::int64_t id = 0; ///< assigned by the store
    schedule_kind kind = schedule_kind::standup;
    std::string team_id;
    std::string channel_id;                ///< stand-up: where it posts
    std::string mentor_id;                 ///< check-in only
    std::string mentee_id;                 ///< check-in only
    scheduler::weekly_rule rule;
    std::vector<std::string> questions;    ///< stand-up; empty means the defaults
    bool paused = false;
    int weeks_sent = 0;                    ///< check-in reminders sent so far
    std::string created_by;
    std::optional<sys_seconds> next_due;   ///< empty while paused
};

/// A message promised to someone, kept until Slack has accepted it.
struct outbound_message {
    std::int64_t id = 0;
    std::string key;          ///< unique; the same occurrence is never queued twice
    std::string channel;      ///< conversation id; empty until `open_users` is opened
    std::string open_users;   ///< "U1,U2": open a (group) DM with them first
    std::string response_url; ///< post to this response_url instead of a channel
    std::string body;         ///< chat.postMessage arguments as JSON, without "channel"
    int attempts = 0;
    sys_seconds next_attempt_at{};
    /// An attempt began and its outcome was never learnt (crash, timeout): Slack may
    /// have posted it, so look before posting again.
    bool in_doubt = false;
    sys_seconds attempt_started_at{};
};

/// What the scheduler decided about one due schedule, applied atomically.
struct claim {
    std::int64_t schedule_id = 0;
    sys_seconds expected_next_due{}; ///< guards against a concurrent change or claim
    std::optional<sys_seconds> new_next_due;
    /// The occurrence sent now; empty when it was skipped (too late, or skipped by user).
    std::optional<std::string> occurrence_key;
    std::optional<outbound_message> message;
    bool counts_as_week = false;     ///< check-ins: advance weeks_sent
};

/// What became of a reply meant for a response_url.
enum class response_slot {
    queued,    ///< in the outbox
    duplicate, ///< this reply was queued before
    used_up,   ///< the response_url was used 5 times, or is older than 30 minutes
};

/// What people said about answers, kept so the knowledge base grows where they ask.
enum class question_kind { unanswered, not_helpful, helpful };

/// One question as asked.
struct asked_question {
    question_kind kind = question_kind::unanswered;
    std::string text;
    std::string team_id;
    std::string user_id;
};

/// A question and how often it was asked (grouped ignoring case and punctuation).
struct question_count {
    std::string text; ///< the most recent wording
    std::size_t count = 0;
    sys_seconds last{};
};

/// A message Slack refused for good, kept for the operator.
struct dead_letter {
    std::int64_t outbox_id = 0;
    std::string key;
    std::string channel;
    std::string error;
    sys_seconds at{};
};

} // namespace rolebot::store
