#pragma once

#include "bot/core/inbound.hpp"
#include "bot/core/logger.hpp"
#include "bot/core/reply.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::core {

/// What a handler gets for one request.
struct context {
    const command& cmd;
    std::string_view request_id;
};

/// A command handler: synchronous and quick; its return value is the acknowledgement.
using handler = std::function<reply(const context&)>;

/// Sends each command to its handler. Never throws: an unknown command gets a helpful
/// reply, and a handler's exception becomes "something went wrong (ref ...)" with the
/// same ref in the log.
class router {
public:
    /// One registered command.
    struct route {
        std::string name;    ///< "/role"
        std::string summary; ///< one line for help and unknown-command replies
        handler run;
    };

    explicit router(logger& log) : log_(log) {}

    /// Registers a command; names are matched case-insensitively.
    router& add(std::string name, std::string summary, handler run);

    /// Runs the handler for `ctx.cmd`.
    reply dispatch(const context& ctx) const;

    const std::vector<route>& routes() const { return routes_; }

private:
    reply unknown_command(const context& ctx) const;

    logger& log_;
    std::vector<route> routes_;
};

} // namespace rolebot::core
