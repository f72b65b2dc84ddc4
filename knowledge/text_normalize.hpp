#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::knowledge {

/// Tokens of a title as people type it, in a canonical form: lower case, punctuation
/// dropped, abbreviations expanded ("Sr PM" -> senior product manager), filler words
/// ("of", "the") dropped, plurals made singular.
std::vector<std::string> title_tokens(std::string_view text);

/// The same tokens, each passed to `emit`. A view is valid only during the call.
void for_each_title_token(std::string_view text, const std::function<void(std::string_view)>& emit);

/// The same tokens again, written one after another into buffers that are reused from
/// text to text: the path every word of a knowledge base takes while it is indexed, with
/// no call and no allocation per token.
class title_token_list {
public:
    /// Replaces the list with the tokens of `text`.
    void read(std::string_view text);

    std::size_t size() const { return ends_.size(); }
    /// Valid until the next read().
    std::string_view operator[](std::size_t i) const
    {
        const std::size_t start = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(chars_).substr(start, ends_[i] - start);
    }

private:
    /// Ends the word read into chars_ from `start`; `typed` is it as the text has it.
    void end_word(std::size_t start, std::string_view typed);
    /// Ends the token in chars_ from `start`, joining it with the one before when the
    /// two are a two-word spelling of one word.
    void end_token(std::size_t start);

    std::string chars_;
    std::vector<std::uint32_t> ends_;
};

/// True when the apostrophe at `at` starts a final "'s" ("PL's", "what's"): both go, so
/// that "PL's" reads as "pl", not "pls" (please).
bool possessive_at(std::string_view text, std::size_t at);

/// True for an abbreviation's plural as typed ("PLs", "PMs", "KPIs"): capitals and a
/// final lower-case s, which goes ("pls" alone is "please").
bool abbreviation_plural(std::string_view word);

/// The tokens of title_tokens() joined by single spaces; the key titles are matched on.
std::string normalize_title(std::string_view text);

/// Optimal-string-alignment edit distance (insertions, deletions, substitutions and
/// transpositions of adjacent characters each cost 1).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// True when edit_distance(a, b) is exactly 1, found in one pass instead of a table: the
/// typo check a question makes against many candidate words.
bool one_edit_apart(std::string_view a, std::string_view b);

} // namespace rolebot::knowledge
