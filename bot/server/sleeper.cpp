#include "bot/server/sleeper.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace rolebot::server {

namespace net = boost::asio;

net::awaitable<void> timer_sleeper::sleep_until(core::clock::time_point t)
{
    const auto left = t - clock_.now();
    if (left <= core::clock::time_point::duration::zero()) {
        co_return;
    }
    net::steady_timer timer(co_await net::this_coro::executor);
    timer.expires_after(std::chrono::duration_cast<std::chrono::steady_clock::duration>(left));
    co_await timer.async_wait(net::as_tuple(net::use_awaitable));
}

net::awaitable<void> fake_sleeper::sleep_until(core::clock::time_point t)
{
    if (t > clock_.now()) {
        clock_.set(t);
    }
    co_await net::post(co_await net::this_coro::executor, net::use_awaitable);
}

} // namespace rolebot::server
