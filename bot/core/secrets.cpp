#include "bot/core/secrets.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace rolebot::core {

std::optional<std::string> secret_from_env(const std::string& name)
{
    const char* value = std::getenv(name.c_str());
    const std::string file_variable = name + "_FILE";
    const char* file = std::getenv(file_variable.c_str());
    if (value != nullptr && file != nullptr) {
        throw config_error("set either " + name + " or " + file_variable + ", not both");
    }
    if (value != nullptr) {
        return *value == '\0' ? std::nullopt : std::optional<std::string>(value);
    }
    if (file == nullptr) {
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in) {
        throw config_error(file_variable + ": cannot read " + std::string(file));
    }
    std::string secret = content.str();
    while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) {
        secret.pop_back();
    }
    if (secret.empty()) {
        throw config_error(file_variable + ": " + std::string(file) + " is empty");
    }
    return secret;
}

} // namespace rolebot::core
