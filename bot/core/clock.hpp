#pragma once

#include <atomic>
#include <chrono>

namespace rolebot::core {

/// Wall-clock time, injected so tests can fix it.
class clock {
public:
    using time_point = std::chrono::system_clock::time_point;

    virtual ~clock() = default;
    /// The current time.
    virtual time_point now() const = 0;
};

/// The real clock.
class system_clock final : public clock {
public:
    time_point now() const override { return std::chrono::system_clock::now(); }
};

/// The real clock moved by a fixed offset: `rolebot serve` under ROLEBOT_CLOCK_START, so
/// tests can run a real process at a chosen date (a daylight-saving change) in real time.
class offset_clock final : public clock {
public:
    explicit offset_clock(time_point start) : offset_(start - std::chrono::system_clock::now()) {}
    time_point now() const override { return std::chrono::system_clock::now() + offset_; }

private:
    time_point::duration offset_;
};

/// A clock that moves only when told to; safe to read from any thread.
class fake_clock final : public clock {
public:
    explicit fake_clock(time_point start) : now_(start.time_since_epoch().count()) {}

    time_point now() const override { return time_point(time_point::duration(now_.load())); }
    /// Moves the clock to `t`.
    void set(time_point t) { now_.store(t.time_since_epoch().count()); }
    /// Moves the clock forward by `d`.
    void advance(time_point::duration d) { now_.fetch_add(d.count()); }

private:
    std::atomic<time_point::rep> now_;
};

} // namespace rolebot::core
