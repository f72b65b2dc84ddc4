#pragma once

#include <algorithm>
#include <bitset>
#include <string_view>

namespace rolebot::knowledge {

/// A quick "certainly not" for a fixed set of words: one bit for each (first letter,
/// last letter, length) the set holds. Most words of a text are in none of the small
/// word lists (stop words, abbreviations, synonyms), and this rules them out without
/// hashing them: tokenising is most of building a large knowledge base.
class word_filter {
public:
    /// A filter of the empty set: rules out every word.
    word_filter() = default;

    template <typename Words> explicit word_filter(const Words& words)
    {
        for (std::string_view word : words) {
            if (!word.empty()) {
                bits_.set(key(word));
            }
        }
    }

    /// False when the set cannot hold `word`; true when it may.
    bool may_contain(std::string_view word) const { return !word.empty() && bits_.test(key(word)); }

private:
    static std::size_t key(std::string_view word)
    {
        const auto first = static_cast<unsigned char>(word.front()) % 32U;
        const auto last = static_cast<unsigned char>(word.back()) % 32U;
        return (first * 32 + last) * 16 + std::min<std::size_t>(word.size(), 15);
    }

    std::bitset<32 * 32 * 16> bits_;
};

} // namespace rolebot::knowledge
