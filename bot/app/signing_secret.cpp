#include "bot/app/signing_secret.hpp"

#include "bot/core/secrets.hpp"

#include <openssl/rand.h>

#include <array>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace rolebot::app {
namespace {

constexpr const char* local_secret_file = "local-signing-secret";

std::string random_hex(std::size_t bytes)
{
    std::array<unsigned char, 64> raw{};
    if (bytes > raw.size() || RAND_bytes(raw.data(), static_cast<int>(bytes)) != 1) {
        throw core::config_error("cannot generate a random secret");
    }
    constexpr std::string_view digits = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < bytes; ++i) {
        out.push_back(digits[raw[i] >> 4U]);
        out.push_back(digits[raw[i] & 0xFU]);
    }
    return out;
}

} // namespace

signing_secret resolve_signing_secret(const std::filesystem::path& data_dir, bool create)
{
    if (auto configured = core::secret_from_env("SLACK_SIGNING_SECRET")) {
        return {std::move(*configured), false};
    }
    const auto path = data_dir / local_secret_file;
    std::ifstream in(path);
    std::string existing;
    if (in && std::getline(in, existing) && !existing.empty()) {
        return {existing, true};
    }
    if (!create) {
        throw core::config_error("no SLACK_SIGNING_SECRET set and no local-mode secret in " +
                                 data_dir.string() + " (start `rolebot serve --data " +
                                 data_dir.string() + "` first)");
    }
    const auto secret = random_hex(32);
    // Created owner-only from the start: never world-readable, not even briefly.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw core::config_error("cannot write " + path.string());
    }
    const std::string line = secret + "\n";
    const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    ::close(fd);
    if (!written) {
        throw core::config_error("cannot write " + path.string());
    }
    return {secret, true};
}

} // namespace rolebot::app
