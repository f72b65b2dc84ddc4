#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rolebot::knowledge {

/// Tokens of a title as people type it, in a canonical form: lower case, punctuation
/// dropped, abbreviations expanded ("Sr PM" -> senior product manager), filler words
/// ("of", "the") dropped, plurals made singular.
std::vector<std::string> title_tokens(std::string_view text);

/// The tokens of title_tokens() joined by single spaces; the key titles are matched on.
std::string normalize_title(std::string_view text);

/// Optimal-string-alignment edit distance (insertions, deletions, substitutions and
/// transpositions of adjacent characters each cost 1).
std::size_t edit_distance(std::string_view a, std::string_view b);

} // namespace rolebot::knowledge
