#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <memory>

namespace rolebot::server {

/// A sleep that a poke or a stop cuts short, for a loop of the shape
/// `for (;;) { work(); if (stopping()) break; co_await wait(limit); }`.
/// A poke that arrives while the loop works makes the next wait return at once, so no
/// poke is lost. Use on one executor (the loop's own).
class wake_signal {
public:
    /// There is new work: end the current or the next wait.
    void poke();
    /// The loop should end after its current pass.
    void stop();
    bool stopping() const { return stopping_; }
    /// Sleeps up to `limit`, or not at all when poked since the last wait or stopping.
    boost::asio::awaitable<void> wait(std::chrono::steady_clock::duration limit);

private:
    std::unique_ptr<boost::asio::steady_timer> timer_;
    bool poked_ = false;
    bool stopping_ = false;
};

} // namespace rolebot::server
