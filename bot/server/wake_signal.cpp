#include "bot/server/wake_signal.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace rolebot::server {

namespace net = boost::asio;

void wake_signal::poke()
{
    poked_ = true;
    if (timer_) {
        timer_->cancel();
    }
}

void wake_signal::stop()
{
    stopping_ = true;
    if (timer_) {
        timer_->cancel();
    }
}

net::awaitable<void> wake_signal::wait(std::chrono::steady_clock::duration limit)
{
    if (!poked_ && !stopping_) {
        if (!timer_) {
            timer_ = std::make_unique<net::steady_timer>(co_await net::this_coro::executor);
        }
        timer_->expires_after(limit);
        co_await timer_->async_wait(net::as_tuple(net::use_awaitable));
    }
    poked_ = false;
}

} // namespace rolebot::server
