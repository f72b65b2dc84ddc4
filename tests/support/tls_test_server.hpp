#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace rolebot::testing {

/// A self-signed certificate and its key, made at run time (PEM).
struct test_certificate {
    std::string certificate_pem;
    std::string key_pem;
};

/// Makes a certificate for `host` (subject and subjectAltName DNS), valid for a day.
test_certificate make_certificate(const std::string& host);

/// An HTTPS server on 127.0.0.1 (port 0) that answers every request {"ok":true}, with
/// the given certificate, and remembers the server name (SNI) each client asked for.
class tls_test_server {
public:
    explicit tls_test_server(const test_certificate& certificate);
    ~tls_test_server();
    tls_test_server(const tls_test_server&) = delete;
    tls_test_server& operator=(const tls_test_server&) = delete;

    std::uint16_t port() const { return port_; }
    /// SNI names of completed handshakes.
    std::vector<std::string> server_names() const;
    /// Requests answered.
    int answered() const { return answered_.load(); }

private:
    struct impl;
    std::unique_ptr<impl> impl_;
    std::uint16_t port_ = 0;
    std::atomic<int> answered_{0};
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::vector<std::string> names_;
    std::thread thread_;
};

} // namespace rolebot::testing
