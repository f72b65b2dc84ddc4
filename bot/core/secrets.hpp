#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace rolebot::core {

/// A start-up configuration problem; main prints it and exits.
class config_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Reads a secret from the environment: NAME itself, or the file named by NAME_FILE
/// (trailing newline removed). Empty when neither is set; throws config_error when
/// both are set, or the file cannot be read.
std::optional<std::string> secret_from_env(const std::string& name);

} // namespace rolebot::core
