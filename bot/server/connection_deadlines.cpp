#include "bot/server/connection_deadlines.hpp"

#include <boost/asio/post.hpp>

#include <vector>

namespace rolebot::server {

std::shared_ptr<connection_deadlines::entry>
connection_deadlines::add(boost::asio::ip::tcp::socket& socket)
{
    std::shared_ptr<entry> e(new entry(socket, socket.get_executor()));
    const std::lock_guard lock(mutex_);
    entries_.push_front(e);
    e->position_ = entries_.begin();
    return e;
}

void connection_deadlines::remove(const std::shared_ptr<entry>& e)
{
    // The owning coroutine runs on the executor, so this store never races the close below.
    e->finished_ = true;
    const std::lock_guard lock(mutex_);
    entries_.erase(e->position_);
}

std::size_t connection_deadlines::sweep(clock::time_point now)
{
    std::vector<std::shared_ptr<entry>> expired;
    {
        const std::lock_guard lock(mutex_);
        const auto now_count = now.time_since_epoch().count();
        for (const auto& e : entries_) {
            if (e->deadline_.load(std::memory_order_relaxed) < now_count &&
                !e->expiring_.exchange(true)) {
                expired.push_back(e);
            }
        }
    }
    for (auto& e : expired) {
        boost::asio::post(e->executor_, [e] {
            e->expiring_.store(false);
            // The connection may have moved on (a new request) since the sweep saw it.
            const auto late = e->deadline_.load(std::memory_order_relaxed) <
                              clock::now().time_since_epoch().count();
            if (!e->finished_ && late) {
                boost::system::error_code ignored;
                e->socket_->close(ignored);
            }
        });
    }
    return expired.size();
}

std::size_t connection_deadlines::size() const
{
    const std::lock_guard lock(mutex_);
    return entries_.size();
}

} // namespace rolebot::server
