#pragma once

#include "bot/core/clock.hpp"
#include "bot/store/store.hpp"

#include <functional>
#include <string>

namespace rolebot::handlers {

/// What stateful handlers need besides the knowledge base: the store and the clock.
struct handler_services {
    store::store& store;
    const core::clock& clock;
    /// Zone used when a command names none.
    std::string default_zone = "UTC";
    /// Tells the scheduler a schedule changed, so it can wake earlier than planned.
    std::function<void()> changed = [] {};
};

/// Now, to the second, from the services' clock.
inline scheduler::sys_seconds now_seconds(const handler_services& s)
{
    return std::chrono::time_point_cast<std::chrono::seconds>(s.clock.now());
}

} // namespace rolebot::handlers
