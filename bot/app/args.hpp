#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::app {

/// A command-line mistake; the message is shown to the user with the usage.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Options ("--name value", "--name=value", or flags) and positional arguments.
class args {
public:
    /// Parses `argv` against the options this command knows; unknown ones are errors.
    args(const std::vector<std::string>& argv, const std::vector<std::string_view>& valued,
         const std::vector<std::string_view>& flags);

    std::optional<std::string> value(std::string_view name) const;
    bool flag(std::string_view name) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::map<std::string, std::string, std::less<>> values_;
    std::vector<std::string> flags_;
    std::vector<std::string> positional_;
};

/// A host and port from "HOST:PORT" or "[v6]:PORT".
struct listen_address {
    std::string host;
    std::uint16_t port = 0;
};

/// Parses "127.0.0.1:3000", "[::1]:3000" or "0.0.0.0:0".
listen_address parse_listen(std::string_view text);

/// Parses a positive integer option.
unsigned parse_count(std::string_view name, std::string_view text);

/// Parses a duration option: "2h", "90m", "45s" (a number and a unit).
std::chrono::seconds parse_duration(std::string_view name, std::string_view text);

} // namespace rolebot::app
