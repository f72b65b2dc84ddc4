#pragma once

#include "bot/core/inbound.hpp"
#include "bot/core/logger.hpp"
#include "bot/core/reply.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::core {

/// Sends a reply later, through the command's response_url (by way of the outbox), so
/// slow work never holds up the acknowledgement.
using responder = std::function<void(const reply&)>;

/// What a handler gets for one request.
struct context {
    const command& cmd;
    std::string_view request_id;
    /// Answers later; empty where there is no way to (then answer in the return value).
    responder respond = {};
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
