#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <atomic>
#include <chrono>
#include <list>
#include <memory>
#include <mutex>

namespace rolebot::server {

/// Deadlines for every open connection, enforced by one coarse sweep instead of a timer
/// operation per read and write: moving a deadline is one atomic store, which keeps the
/// per-request cost of "every wait is bounded" near zero. A connection past its deadline
/// has its socket closed on its own executor, so its pending operation fails and the
/// connection's coroutine ends.
class connection_deadlines {
public:
    using clock = std::chrono::steady_clock;

    /// One connection's deadline. Created and used by the connection's coroutine.
    class entry {
    public:
        /// Moves the deadline to now + `timeout`.
        void expire_after(clock::duration timeout)
        {
            deadline_.store((clock::now() + timeout).time_since_epoch().count(),
                            std::memory_order_relaxed);
        }

    private:
        friend class connection_deadlines;
        entry(boost::asio::ip::tcp::socket& socket, boost::asio::any_io_executor executor)
            : socket_(&socket), executor_(std::move(executor))
        {
        }

        std::atomic<clock::rep> deadline_{clock::time_point::max().time_since_epoch().count()};
        boost::asio::ip::tcp::socket* socket_; ///< valid while !finished_ (on the executor)
        boost::asio::any_io_executor executor_;
        bool finished_ = false; ///< touched only on executor_
        std::atomic<bool> expiring_{false};
        std::list<std::shared_ptr<entry>>::iterator position_;
    };

    /// Keeps a connection registered for as long as it lives.
    class registration {
    public:
        registration(connection_deadlines& owner, std::shared_ptr<entry> e)
            : owner_(owner), entry_(std::move(e))
        {
        }
        ~registration() { owner_.remove(entry_); }
        registration(const registration&) = delete;
        registration& operator=(const registration&) = delete;

        entry& operator*() const { return *entry_; }
        entry* operator->() const { return entry_.get(); }

    private:
        connection_deadlines& owner_;
        std::shared_ptr<entry> entry_;
    };

    /// Registers a connection whose socket lives in the calling coroutine's frame.
    /// Must be called on the socket's executor.
    std::shared_ptr<entry> add(boost::asio::ip::tcp::socket& socket);

    /// Closes every connection past its deadline; returns how many.
    std::size_t sweep(clock::time_point now);

    /// Connections registered now.
    std::size_t size() const;

private:
    void remove(const std::shared_ptr<entry>& e);

    mutable std::mutex mutex_;
    std::list<std::shared_ptr<entry>> entries_;
};

} // namespace rolebot::server
