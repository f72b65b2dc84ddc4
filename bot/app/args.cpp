#include "bot/app/args.hpp"

#include <algorithm>
#include <charconv>

namespace rolebot::app {

args::args(const std::vector<std::string>& argv, const std::vector<std::string_view>& valued,
           const std::vector<std::string_view>& flags)
{
    const auto known = [](const std::vector<std::string_view>& list, std::string_view name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (arg == "--") {
            positional_.insert(positional_.end(), argv.begin() + static_cast<long>(i) + 1,
                               argv.end());
            break;
        }
        if (!arg.starts_with("--")) {
            positional_.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inline_value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (known(flags, name) && !inline_value) {
            flags_.push_back(name);
        } else if (known(valued, name)) {
            if (inline_value) {
                values_[name] = *inline_value;
            } else if (i + 1 < argv.size()) {
                values_[name] = argv[++i];
            } else {
                throw usage_error("--" + name + " needs a value");
            }
        } else {
            throw usage_error("unknown option --" + name);
        }
    }
}

std::optional<std::string> args::value(std::string_view name) const
{
    auto it = values_.find(name);
    return it == values_.end() ? std::nullopt : std::optional<std::string>(it->second);
}

bool args::flag(std::string_view name) const
{
    return std::find(flags_.begin(), flags_.end(), name) != flags_.end();
}

listen_address parse_listen(std::string_view text)
{
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0) {
        throw usage_error("--listen wants HOST:PORT, e.g. 127.0.0.1:3000");
    }
    listen_address out;
    auto host = text.substr(0, colon);
    if (host.starts_with('[') && host.ends_with(']')) {
        host = host.substr(1, host.size() - 2);
    }
    out.host = std::string(host);
    const auto port = text.substr(colon + 1);
    unsigned value = 0;
    auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (ec != std::errc{} || end != port.data() + port.size() || value > 65535) {
        throw usage_error("--listen: \"" + std::string(port) + "\" is not a port number");
    }
    out.port = static_cast<std::uint16_t>(value);
    return out;
}

unsigned parse_count(std::string_view name, std::string_view text)
{
    unsigned value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value == 0 || value > 1024) {
        throw usage_error("--" + std::string(name) + " wants a number from 1 to 1024");
    }
    return value;
}

std::chrono::seconds parse_duration(std::string_view name, std::string_view text)
{
    const auto bad = [&] {
        return usage_error("--" + std::string(name) + " wants a duration such as 2h, 90m or 45s, "
                           "not \"" + std::string(text) + "\"");
    };
    if (text.size() < 2 || text.size() > 8) {
        throw bad();
    }
    const char unit = text.back();
    const auto number = text.substr(0, text.size() - 1);
    long value = 0;
    for (const char c : number) {
        if (c < '0' || c > '9') {
            throw bad();
        }
        value = value * 10 + (c - '0');
    }
    switch (unit) {
    case 's':
        return std::chrono::seconds(value);
    case 'm':
        return std::chrono::minutes(value);
    case 'h':
        return std::chrono::hours(value);
    default:
        throw bad();
    }
}

} // namespace rolebot::app
