#pragma once

#include "bot/core/logger.hpp"
#include "bot/core/router.hpp"
#include "knowledge/knowledge_source.hpp"

#include <filesystem>
#include <optional>

namespace rolebot::app {

/// What every front end (server, `rolebot ask`) shares: the knowledge base and the
/// router with every command registered.
class bot_services {
public:
    /// Loads the knowledge base (embedded, or `knowledge_dir`); throws core::config_error
    /// listing every problem when it is invalid.
    bot_services(std::optional<std::filesystem::path> knowledge_dir, core::logger& log);

    knowledge::knowledge_source& knowledge() { return knowledge_; }
    const core::router& router() const { return router_; }

    /// Loads the knowledge base again and swaps it in; on errors keeps the old one and
    /// logs why. Returns true when the new one is in use.
    bool reload();

private:
    std::optional<std::filesystem::path> knowledge_dir_;
    core::logger& log_;
    knowledge::knowledge_source knowledge_;
    core::router router_;
};

} // namespace rolebot::app
