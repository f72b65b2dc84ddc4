#pragma once

#include <bitset>
#include <initializer_list>
#include <string_view>

namespace rolebot::knowledge {

/// The first two letters of every word of a prepared text (question_text()): a phrase
/// " xy..." whose word start "xy" starts no word of the text cannot occur in it, so most
/// phrases of a long list are ruled out in constant time instead of by a search.
class word_starts {
public:
    explicit word_starts(std::string_view text)
    {
        for (std::size_t i = 1; i + 1 < text.size(); ++i) {
            if (text[i - 1] == ' ' && text[i] != ' ') {
                pairs_.set(pair(text[i], text[i + 1]));
            }
        }
    }

    /// False when `phrase` (starting with a space and at least two letters) cannot occur.
    bool may_contain(std::string_view phrase) const
    {
        return phrase.size() < 3 || phrase.front() != ' ' ||
               pairs_.test(pair(phrase[1], phrase[2]));
    }

private:
    static std::size_t pair(char a, char b)
    {
        return static_cast<unsigned char>(a) % 64 * 64 + static_cast<unsigned char>(b) % 64;
    }

    std::bitset<64 * 64> pairs_;
};

/// True when `phrase` occurs in `text`. Phrases start with a space (a word boundary);
/// searching for what follows the space and checking the boundary afterwards lets the
/// search skip on a rarer first letter instead of stopping at every space.
inline bool has_phrase(std::string_view text, std::string_view phrase)
{
    if (phrase.empty() || phrase.front() != ' ') {
        return text.find(phrase) != std::string_view::npos;
    }
    const auto rest = phrase.substr(1);
    for (auto at = text.find(rest, 1); at != std::string_view::npos; at = text.find(rest, at + 1)) {
        if (text[at - 1] == ' ') {
            return true;
        }
    }
    return false;
}

/// True when any of `phrases` occurs in a prepared text: the word-start filter first, the
/// search only for phrases that can occur.
template <typename Phrases> bool has_any_phrase(std::string_view text, const Phrases& phrases)
{
    const word_starts starts(text);
    for (const std::string_view phrase : phrases) {
        if (starts.may_contain(phrase) && has_phrase(text, phrase)) {
            return true;
        }
    }
    return false;
}

inline bool has_any_phrase(std::string_view text, std::initializer_list<std::string_view> phrases)
{
    return has_any_phrase<std::initializer_list<std::string_view>>(text, phrases);
}

} // namespace rolebot::knowledge
