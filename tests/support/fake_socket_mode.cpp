#include "tests/support/fake_socket_mode.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <future>

namespace rolebot::testing {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using nlohmann::json;

struct fake_socket_mode::session {
    explicit session(net::ip::tcp::socket socket) : ws(std::move(socket)) {}
    websocket::stream<beast::tcp_stream> ws;
    beast::flat_buffer buffer;
    std::size_t index = 0;
    bool closed = false;
};

fake_socket_mode::fake_socket_mode()
{
    const net::ip::tcp::endpoint where(net::ip::make_address("127.0.0.1"), 0);
    acceptor_.open(where.protocol());
    acceptor_.bind(where);
    acceptor_.listen();
    port_ = acceptor_.local_endpoint().port();
    accept_next();
    thread_ = std::thread([this] { io_.run(); });
}

fake_socket_mode::~fake_socket_mode()
{
    net::post(io_, [this] {
        boost::system::error_code ignored;
        acceptor_.close(ignored);
        for (auto& s : sessions_) {
            beast::get_lowest_layer(s->ws).socket().close(ignored);
        }
    });
    io_.stop();
    thread_.join();
}

std::string fake_socket_mode::url() const
{
    return "ws://127.0.0.1:" + std::to_string(port_) + "/link/";
}

void fake_socket_mode::note(std::string event)
{
    const std::lock_guard lock(mutex_);
    timeline_.push_back(std::move(event));
    changed_.notify_all();
}

void fake_socket_mode::accept_next()
{
    acceptor_.async_accept([this](boost::system::error_code ec, net::ip::tcp::socket socket) {
        if (ec) {
            return;
        }
        auto s = std::make_shared<session>(std::move(socket));
        s->ws.async_accept([this, s](boost::system::error_code aec) {
            if (aec) {
                return;
            }
            {
                const std::lock_guard lock(mutex_);
                s->index = sessions_.size();
                sessions_.push_back(s);
            }
            note("open " + std::to_string(s->index));
            s->ws.write(net::buffer(std::string(
                R"({"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"}})")));
            read_next(s);
        });
        accept_next();
    });
}

void fake_socket_mode::read_next(std::shared_ptr<session> s)
{
    s->ws.async_read(s->buffer, [this, s](boost::system::error_code ec, std::size_t) {
        if (ec) {
            {
                const std::lock_guard lock(mutex_);
                s->closed = true;
            }
            note("close " + std::to_string(s->index));
            return;
        }
        auto frame = json::parse(beast::buffers_to_string(s->buffer.data()), nullptr, false);
        s->buffer.consume(s->buffer.size());
        {
            const std::lock_guard lock(mutex_);
            acks_.push_back(std::move(frame));
            changed_.notify_all();
        }
        read_next(s);
    });
}

std::size_t fake_socket_mode::connections() const
{
    const std::lock_guard lock(mutex_);
    return sessions_.size();
}

bool fake_socket_mode::wait_for_connections(std::size_t n, std::chrono::milliseconds limit) const
{
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, limit, [&] { return sessions_.size() >= n; });
}

bool fake_socket_mode::send(std::size_t index, const json& frame)
{
    std::shared_ptr<session> s;
    {
        const std::lock_guard lock(mutex_);
        if (index >= sessions_.size() || sessions_[index]->closed) {
            return false;
        }
        s = sessions_[index];
    }
    std::promise<bool> written;
    auto done = written.get_future();
    const auto text = std::make_shared<std::string>(frame.dump());
    net::post(io_, [s, text, &written] {
        s->ws.async_write(net::buffer(*text),
                          [s, text, &written](boost::system::error_code ec, std::size_t) {
                              written.set_value(!ec);
                          });
    });
    return done.get();
}

void fake_socket_mode::drop(std::size_t index)
{
    std::promise<void> dropped;
    net::post(io_, [this, index, &dropped] {
        const std::lock_guard lock(mutex_);
        if (index < sessions_.size()) {
            boost::system::error_code ignored;
            beast::get_lowest_layer(sessions_[index]->ws).socket().close(ignored);
        }
        dropped.set_value();
    });
    dropped.get_future().wait();
}

bool fake_socket_mode::closed(std::size_t index) const
{
    const std::lock_guard lock(mutex_);
    return index < sessions_.size() && sessions_[index]->closed;
}

bool fake_socket_mode::wait_closed(std::size_t index, std::chrono::milliseconds limit) const
{
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, limit, [&] {
        return index < sessions_.size() && sessions_[index]->closed;
    });
}

std::optional<json> fake_socket_mode::wait_for_ack(const std::string& envelope_id,
                                                   std::chrono::milliseconds limit) const
{
    std::unique_lock lock(mutex_);
    std::optional<json> found;
    changed_.wait_for(lock, limit, [&] {
        for (const auto& a : acks_) {
            if (a.is_object() && a.value("envelope_id", std::string()) == envelope_id) {
                found = a;
                return true;
            }
        }
        return false;
    });
    return found;
}

std::vector<json> fake_socket_mode::acks() const
{
    const std::lock_guard lock(mutex_);
    return acks_;
}

std::vector<std::string> fake_socket_mode::timeline() const
{
    const std::lock_guard lock(mutex_);
    return timeline_;
}

} // namespace rolebot::testing
