#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rolebot::knowledge {

/// Words of free text in the form the index keeps: lower case, abbreviations expanded
/// ("PM" -> product manager), function words dropped, light stemming ("reports" ->
/// report, "leading" -> lead), synonyms folded into one word ("KPI" -> metric).
/// With `mark_breaks`, an empty word stands where a stop word was dropped (see below).
std::vector<std::string> search_terms(std::string_view text, bool mark_breaks = false);

/// The same words, each passed to `emit` as it is found, without building strings (see
/// for_each_title_token); used to index large texts.
void for_each_search_term(std::string_view text, const std::function<void(std::string_view)>& emit);
/// The same; with `mark_breaks`, an empty word where a stop word was dropped, so that
/// words the text keeps apart ("product and my manager") are not read as one name.
void for_each_search_term(std::string_view text, const std::function<void(std::string_view)>& emit,
                          bool mark_breaks);

/// The search term one title token (for_each_title_token) becomes, or nullopt for a
/// stop word. Depends on the token alone, so a reader of many texts may remember it.
/// The result may be a view of `buffer`.
std::optional<std::string_view> search_term_of(std::string_view token, std::string& buffer);

/// True when `word` is one typo away from a (four-letter or longer) word that carries no
/// topic ("wat" for what, "thier"): such a word is dropped, not counted as a subject.
bool misspelt_stop_word(std::string_view word);

/// Words people use for one idea -> the form search_terms() gives them. Exposed so that
/// a misspelt synonym ("diffrent") can be corrected against it.
const std::unordered_map<std::string_view, std::string_view>& synonyms();

} // namespace rolebot::knowledge
