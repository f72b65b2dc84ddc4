#include "bot/slack/signature.hpp"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <array>
#include <charconv>
#include <stdexcept>

namespace rolebot::slack {
namespace {

constexpr std::string_view version_prefix = "v0=";
constexpr std::size_t digest_size = 32;
constexpr std::size_t max_timestamp_digits = 12;

struct mac_deleter {
    void operator()(EVP_MAC* p) const { EVP_MAC_free(p); }
};
struct mac_ctx_deleter {
    void operator()(EVP_MAC_CTX* p) const { EVP_MAC_CTX_free(p); }
};
using mac_ptr = std::unique_ptr<EVP_MAC, mac_deleter>;
using mac_ctx_ptr = std::unique_ptr<EVP_MAC_CTX, mac_ctx_deleter>;

void to_hex(const unsigned char* data, std::size_t size, char* out)
{
    constexpr std::string_view digits = "0123456789abcdef";
    for (std::size_t i = 0; i < size; ++i) {
        out[2 * i] = digits[data[i] >> 4U];
        out[2 * i + 1] = digits[data[i] & 0xFU];
    }
}

} // namespace

/// A keyed HMAC-SHA256 context set up once; each use works on a copy, so concurrent
/// requests never share mutable OpenSSL state and the key schedule is not redone.
struct signature_verifier::mac {
    mac_ctx_ptr keyed;

    std::array<char, 2 * digest_size> hex_digest(std::string_view timestamp,
                                                 std::string_view body) const
    {
        mac_ctx_ptr ctx(EVP_MAC_CTX_dup(keyed.get()));
        std::array<unsigned char, digest_size> digest{};
        std::size_t length = 0;
        const auto feed = [&](std::string_view s) {
            return EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(s.data()),
                                  s.size()) == 1;
        };
        if (!ctx || !feed("v0:") || !feed(timestamp) || !feed(":") || !feed(body) ||
            EVP_MAC_final(ctx.get(), digest.data(), &length, digest.size()) != 1 ||
            length != digest_size) {
            throw std::runtime_error("HMAC-SHA256 failed");
        }
        std::array<char, 2 * digest_size> hex{};
        to_hex(digest.data(), digest.size(), hex.data());
        return hex;
    }
};

signature_verifier::signature_verifier(std::string_view signing_secret, const core::clock& clock,
                                       std::chrono::seconds window)
    : mac_(std::make_unique<mac>()), clock_(clock), window_(window)
{
    if (signing_secret.empty()) {
        throw std::invalid_argument("the Slack signing secret is empty");
    }
    const mac_ptr hmac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!hmac) {
        throw std::runtime_error("OpenSSL has no HMAC");
    }
    mac_->keyed.reset(EVP_MAC_CTX_new(hmac.get()));
    char digest_name[] = "SHA256";
    const std::array<OSSL_PARAM, 2> params{
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest_name, 0),
        OSSL_PARAM_construct_end()};
    if (!mac_->keyed || EVP_MAC_init(mac_->keyed.get(),
                                     reinterpret_cast<const unsigned char*>(signing_secret.data()),
                                     signing_secret.size(), params.data()) != 1) {
        throw std::runtime_error("cannot set up HMAC-SHA256");
    }
}

signature_verifier::~signature_verifier() = default;

verify_result signature_verifier::verify(std::string_view timestamp, std::string_view signature,
                                         std::string_view body) const
{
    if (timestamp.empty() || signature.empty()) {
        return verify_result::missing;
    }
    long long seconds = 0;
    const auto* end = timestamp.data() + timestamp.size();
    if (timestamp.size() > max_timestamp_digits ||
        std::from_chars(timestamp.data(), end, seconds).ptr != end || seconds < 0) {
        return verify_result::mismatch;
    }
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(clock_.now().time_since_epoch()).count();
    if (now - seconds > window_.count() || seconds - now > window_.count()) {
        return verify_result::stale;
    }
    if (signature.size() != version_prefix.size() + 2 * digest_size ||
        !signature.starts_with(version_prefix)) {
        return verify_result::mismatch;
    }
    const auto expected = mac_->hex_digest(timestamp, body);
    const bool same = CRYPTO_memcmp(expected.data(), signature.data() + version_prefix.size(),
                                    expected.size()) == 0;
    return same ? verify_result::ok : verify_result::mismatch;
}

std::string signature_verifier::sign(std::string_view timestamp, std::string_view body) const
{
    const auto hex = mac_->hex_digest(timestamp, body);
    std::string out(version_prefix);
    out.append(hex.data(), hex.size());
    return out;
}

} // namespace rolebot::slack
