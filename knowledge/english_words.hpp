#pragma once

#include <string_view>

namespace rolebot::knowledge {

/// Debian's American English word list (package wamerican), lowercase words only,
/// sorted and joined by newlines; compiled into the binary.
std::string_view english_word_list();

/// True when `word` is a correctly spelt English word in any common inflection, given
/// as the search terms carry it (singular, stemmed: "analysi", "lead"). Typo correction
/// leaves such words alone: "kill" is a word, not a misspelling of "skill".
bool is_english_word(std::string_view word);

} // namespace rolebot::knowledge
