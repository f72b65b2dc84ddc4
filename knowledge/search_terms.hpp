#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rolebot::knowledge {

/// Words of free text in the form the index keeps: lower case, abbreviations expanded
/// ("PM" -> product manager), function words dropped, light stemming ("reports" ->
/// report, "leading" -> lead), synonyms folded into one word ("KPI" -> metric).
std::vector<std::string> search_terms(std::string_view text);

/// Words people use for one idea -> the form search_terms() gives them. Exposed so that
/// a misspelt synonym ("diffrent") can be corrected against it.
const std::unordered_map<std::string_view, std::string_view>& synonyms();

} // namespace rolebot::knowledge
