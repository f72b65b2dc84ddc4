#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace rolebot::slack {

/// The string at `key` of a JSON object; empty when it is missing, not a string, or
/// `object` is not an object. Slack's payloads are untrusted: nothing here throws.
inline std::string string_field(const nlohmann::json& object, const char* key)
{
    if (!object.is_object()) {
        return {};
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace rolebot::slack
