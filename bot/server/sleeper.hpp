#pragma once

#include "bot/core/clock.hpp"

#include <boost/asio/awaitable.hpp>

namespace rolebot::server {

/// Waits until a time on the injected clock. The real one uses a timer; tests use one
/// that moves a fake clock forward at once, so backoff and pacing need no sleeping.
class sleeper {
public:
    virtual ~sleeper() = default;
    /// Returns at `t` (at once when `t` has passed).
    virtual boost::asio::awaitable<void> sleep_until(core::clock::time_point t) = 0;
};

/// Sleeps on an Asio timer for the time left on the clock.
class timer_sleeper final : public sleeper {
public:
    explicit timer_sleeper(const core::clock& clock) : clock_(clock) {}
    boost::asio::awaitable<void> sleep_until(core::clock::time_point t) override;

private:
    const core::clock& clock_;
};

/// Moves a fake clock to `t` and returns (after letting other work run once).
class fake_sleeper final : public sleeper {
public:
    explicit fake_sleeper(core::fake_clock& clock) : clock_(clock) {}
    boost::asio::awaitable<void> sleep_until(core::clock::time_point t) override;

private:
    core::fake_clock& clock_;
};

} // namespace rolebot::server
