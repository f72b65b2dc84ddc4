#pragma once

#include "bot/core/clock.hpp"
#include "bot/core/logger.hpp"
#include "bot/core/router.hpp"
#include "bot/store/sqlite_store.hpp"
#include "handlers/handler_services.hpp"
#include "knowledge/knowledge_source.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace rolebot::app {

/// How to build the shared services.
struct services_config {
    /// A knowledge base directory; empty for the embedded one.
    std::optional<std::filesystem::path> knowledge_dir;
    /// The SQLite file; ":memory:" keeps nothing (rolebot ask, tests).
    std::string store_path = ":memory:";
    /// Keep other processes off the store file (rolebot serve).
    bool exclusive_store = false;
    /// The zone for schedules that name none.
    std::string default_zone = "UTC";
};

/// What every front end (server, `rolebot ask`) shares: the knowledge base, the store
/// and the router with every command registered.
class bot_services {
public:
    /// Loads the knowledge base and opens the store; throws core::config_error listing
    /// every problem when the knowledge base is invalid, store::store_error when the
    /// store cannot be opened.
    bot_services(const services_config& config, const core::clock& clock, core::logger& log);

    knowledge::knowledge_source& knowledge() { return knowledge_; }
    const core::router& router() const { return router_; }
    store::sqlite_store& store() { return *store_; }
    const core::clock& clock() const { return clock_; }

    /// The reply to a mention or DM (its text without the bot's mention).
    core::reply answer_message(const core::message_event& event, std::string_view question);

    /// The reply to a click on one of the bot's buttons; empty for an unknown action.
    std::optional<core::reply> act(const core::action& click);

    /// Called after a command changed a schedule (the scheduler wakes up).
    void on_schedule_change(std::function<void()> listener);

    /// Loads the knowledge base again and swaps it in; on errors keeps the old one and
    /// logs why. Returns true when the new one is in use.
    bool reload();

private:
    std::optional<std::filesystem::path> knowledge_dir_;
    const core::clock& clock_;
    core::logger& log_;
    knowledge::knowledge_source knowledge_;
    std::unique_ptr<store::sqlite_store> store_;
    std::function<void()> schedule_listener_ = [] {};
    handlers::handler_services handler_services_;
    core::router router_;
};

} // namespace rolebot::app
