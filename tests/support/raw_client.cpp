#include "tests/support/raw_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace rolebot::testing {
namespace {

using steady = std::chrono::steady_clock;

int remaining_ms(steady::time_point deadline)
{
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - steady::now());
    return left.count() > 0 ? static_cast<int>(left.count()) : 0;
}

} // namespace

raw_client::raw_client(std::uint16_t port)
{
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        throw std::runtime_error("connect failed");
    }
}

raw_client::~raw_client()
{
    ::close(fd_);
}

bool raw_client::send(const std::string& bytes)
{
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const auto n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            return false;
        }
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

std::string raw_client::receive(std::chrono::milliseconds wait)
{
    const auto deadline = steady::now() + wait;
    std::string out = std::move(pending_);
    pending_.clear();
    char buffer[4096];
    for (;;) {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, remaining_ms(deadline)) <= 0) {
            break;
        }
        const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n <= 0) {
            break;
        }
        out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
}

std::string raw_client::receive_response(std::chrono::milliseconds wait)
{
    const auto deadline = steady::now() + wait;
    std::string data = std::move(pending_);
    pending_.clear();
    char buffer[4096];
    for (;;) {
        const auto end = data.find("\r\n\r\n");
        if (end != std::string::npos) {
            std::size_t length = 0;
            const auto cl = data.find("Content-Length: ");
            if (cl != std::string::npos && cl < end) {
                length = std::stoul(data.substr(cl + 16));
            }
            if (data.size() >= end + 4 + length) {
                pending_ = data.substr(end + 4 + length);
                data.resize(end + 4 + length);
                return data;
            }
        }
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, remaining_ms(deadline)) <= 0) {
            return data;
        }
        const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n <= 0) {
            return data;
        }
        data.append(buffer, static_cast<std::size_t>(n));
    }
}

bool raw_client::closed_by_peer(std::chrono::milliseconds wait)
{
    const auto deadline = steady::now() + wait;
    char buffer[4096];
    for (;;) {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, remaining_ms(deadline)) <= 0) {
            return false;
        }
        const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n == 0 || (n < 0 && errno == ECONNRESET)) {
            return true;
        }
        if (n < 0) {
            return false;
        }
    }
}

} // namespace rolebot::testing
