#pragma once

#include "bot/core/clock.hpp"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

namespace rolebot::slack {

/// Outcome of checking a request's signature. Callers answer every failure the same
/// way (401, no detail); the distinction is for logs and metrics.
enum class verify_result { ok, missing, stale, mismatch };

/// Checks Slack's v0 request signature: HMAC-SHA256 over "v0:<timestamp>:<raw body>"
/// with the signing secret, a timestamp within five minutes of now, and a constant-time
/// compare. Thread-safe.
class signature_verifier {
public:
    /// Throws std::invalid_argument for an empty secret.
    signature_verifier(std::string_view signing_secret, const core::clock& clock,
                       std::chrono::seconds window = std::chrono::minutes(5));
    ~signature_verifier();
    signature_verifier(const signature_verifier&) = delete;
    signature_verifier& operator=(const signature_verifier&) = delete;

    /// Checks the X-Slack-Request-Timestamp and X-Slack-Signature header values
    /// against the raw body.
    verify_result verify(std::string_view timestamp, std::string_view signature,
                         std::string_view body) const;

    /// The signature header value Slack would send ("v0=<hex>").
    std::string sign(std::string_view timestamp, std::string_view body) const;

private:
    struct mac;
    std::unique_ptr<mac> mac_;
    const core::clock& clock_;
    std::chrono::seconds window_;
};

} // namespace rolebot::slack
