#pragma once

#include "knowledge/knowledge_base.hpp"

#include <optional>
#include <string_view>
#include <utility>

namespace rolebot::handlers {

/// `text` without leading and trailing white space.
std::string_view trim(std::string_view text);

/// True when `text` equals `word` ignoring case (`word` in lower case).
bool is_word(std::string_view text, std::string_view word);

/// `text` without `prefix` (matched ignoring case, followed by a space or the end).
std::optional<std::string_view> after_word(std::string_view text, std::string_view prefix);

/// Two role titles in one text: "a vs b", "a versus b", "a and b", "from a to b",
/// "a to b", "a -> b", or two titles side by side ("pm product lead"). Empty when the
/// text does not split into two known titles.
std::optional<std::pair<std::size_t, std::size_t>> two_titles(const knowledge::knowledge_base& kb,
                                                              std::string_view text);

} // namespace rolebot::handlers
