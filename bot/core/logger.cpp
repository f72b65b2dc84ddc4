#include "bot/core/logger.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace rolebot::core {
namespace {

std::string_view level_name(log_level level)
{
    switch (level) {
    case log_level::debug:
        return "debug";
    case log_level::info:
        return "info";
    case log_level::warn:
        return "warn";
    case log_level::error:
        return "error";
    }
    return "info";
}

std::string utc_timestamp()
{
    const auto now = std::chrono::system_clock::now();
    const auto seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() %
        1000;
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buffer[32];
    const auto n = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &tm);
    char out[40];
    std::snprintf(out, sizeof out, "%.*s.%03dZ", static_cast<int>(n), buffer,
                  static_cast<int>(millis));
    return out;
}

} // namespace

logger::logger(std::ostream& out, log_format format, log_level min_level)
    : out_(out), format_(format), min_level_(min_level)
{
}

void logger::log(log_level level, std::string_view message, std::string_view request_id,
                 std::initializer_list<log_field> fields)
{
    if (!enabled(level)) {
        return;
    }
    std::string line;
    if (format_ == log_format::json) {
        nlohmann::ordered_json j;
        j["ts"] = utc_timestamp();
        j["level"] = level_name(level);
        j["msg"] = message;
        if (!request_id.empty()) {
            j["req"] = request_id;
        }
        for (const auto& [key, value] : fields) {
            j[std::string(key)] = value;
        }
        line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } else {
        line = utc_timestamp();
        line += ' ';
        line += level_name(level);
        line += ' ';
        line += message;
        if (!request_id.empty()) {
            line += " req=";
            line += request_id;
        }
        for (const auto& [key, value] : fields) {
            line += ' ';
            line += key;
            line += '=';
            line += value;
        }
    }
    line += '\n';
    const std::lock_guard lock(mutex_);
    out_ << line << std::flush;
}

bool parse_log_level(std::string_view text, log_level& out)
{
    for (auto level : {log_level::debug, log_level::info, log_level::warn, log_level::error}) {
        if (text == level_name(level)) {
            out = level;
            return true;
        }
    }
    return false;
}

} // namespace rolebot::core
