#pragma once

#include "bot/core/clock.hpp"
#include "bot/core/logger.hpp"
#include "bot/scheduler/occurrence_claimer.hpp"
#include "bot/scheduler/scheduler_loop.hpp"
#include "bot/server/sleeper.hpp"
#include "bot/slack/outbox_sender.hpp"
#include "bot/slack/web_api_client.hpp"
#include "bot/store/sqlite_store.hpp"
#include "knowledge/knowledge_source.hpp"

#include <boost/asio/io_context.hpp>

#include <chrono>
#include <future>
#include <thread>

namespace rolebot::app {

/// What the outbound side needs to start.
struct outbound_config {
    slack::api_endpoint api;
    std::string bot_token;
    scheduler::claim_policy policy;
};

/// Everything that talks to Slack on its own: the scheduler and the outbox sender, on
/// one thread with an io_context of its own, so a slow store write or Slack call never
/// holds up an inbound request.
class outbound_worker {
public:
    outbound_worker(outbound_config config, store::sqlite_store& store,
                    const knowledge::knowledge_source& knowledge, const core::clock& clock,
                    core::logger& log);
    ~outbound_worker();
    outbound_worker(const outbound_worker&) = delete;
    outbound_worker& operator=(const outbound_worker&) = delete;

    /// Starts the thread.
    void start();
    /// A schedule changed; safe from any thread.
    void schedules_changed();
    /// Messages were queued outside the scheduler (event replies); safe from any thread.
    void messages_queued();
    /// Stops the scheduler, lets the sender post what is due (at most `limit`), stops.
    /// What is left stays in the outbox for the next start.
    void stop(std::chrono::milliseconds limit);

private:
    boost::asio::io_context io_{1};
    server::timer_sleeper sleeper_;
    slack::web_api_client client_;
    std::vector<std::unique_ptr<slack::web_api_client>> hook_clients_;
    slack::outbox_sender sender_;
    scheduler::occurrence_claimer claimer_;
    scheduler::scheduler_loop loop_;
    std::promise<void> sender_done_;
    std::thread thread_;
};

/// The Slack message for one occurrence of a schedule: the stand-up prompt for its
/// channel, or the check-in reminder for a group DM with mentor and mentee.
store::outbound_message compose_scheduled(const knowledge::knowledge_base& kb,
                                          const store::schedule& s,
                                          const scheduler::occurrence& o);

} // namespace rolebot::app
