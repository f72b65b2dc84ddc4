#pragma once

#include <initializer_list>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace rolebot::core {

/// Severity of a log line.
enum class log_level { debug, info, warn, error };

/// How lines are written: JSON lines for production, readable text for a terminal.
enum class log_format { json, text };

/// A key and value added to a log line.
using log_field = std::pair<std::string_view, std::string_view>;

/// One logger for the process. Thread-safe; each line is written whole. Callers pass
/// the request id so every line of one request can be found together. Never give it
/// secrets, tokens or raw request bodies.
class logger {
public:
    logger(std::ostream& out, log_format format, log_level min_level);

    /// True when lines of this level are written (check before building costly fields).
    bool enabled(log_level level) const { return level >= min_level_; }

    /// Writes one line.
    void log(log_level level, std::string_view message, std::string_view request_id = {},
             std::initializer_list<log_field> fields = {});

private:
    std::ostream& out_;
    log_format format_;
    log_level min_level_;
    std::mutex mutex_;
};

/// Parses "debug", "info", "warn" or "error".
bool parse_log_level(std::string_view text, log_level& out);

} // namespace rolebot::core
