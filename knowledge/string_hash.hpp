#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace rolebot::knowledge {

/// Lets a map keyed by std::string be searched with a string_view, without building a
/// string for every lookup.
struct string_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const noexcept
    {
        return std::hash<std::string_view>{}(word);
    }
};

/// std::unordered_map<std::string, Value> that string_views can search.
template <typename Value>
using string_map = std::unordered_map<std::string, Value, string_hash, std::equal_to<>>;

} // namespace rolebot::knowledge
