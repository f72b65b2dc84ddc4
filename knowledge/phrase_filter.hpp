#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

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

/// Many phrases, each with a tag, indexed by the first two letters of their first word: a
/// text is read once, word start by word start, comparing only the phrases that start
/// there, instead of being searched once per phrase. For long lists (the themes' hundreds
/// of phrases); a short list is as fast with has_any_phrase().
class phrase_index {
public:
    struct tagged {
        std::string_view phrase; ///< starts with a space, as in has_phrase()
        std::uint32_t tag;
    };

    explicit phrase_index(std::vector<tagged> phrases)
    {
        for (const auto& p : phrases) {
            if (p.phrase.size() >= 3 && p.phrase.front() == ' ') {
                by_start_.push_back({key(p.phrase[1], p.phrase[2]), p});
            } else {
                elsewhere_.push_back(p); // too short to index, or not at a word start
            }
        }
        std::stable_sort(by_start_.begin(), by_start_.end(),
                         [](const keyed& a, const keyed& b) { return a.key < b.key; });
    }

    /// Calls found(tag) for every phrase that occurs in a prepared text (question_text()),
    /// once for each place it starts at.
    template <typename Found> void each_in(std::string_view text, Found&& found) const
    {
        for (std::size_t i = 0; i + 2 < text.size(); ++i) {
            if (text[i] != ' ' || text[i + 1] == ' ') {
                continue;
            }
            const auto here = text.substr(i);
            const auto k = key(text[i + 1], text[i + 2]);
            auto it = std::lower_bound(by_start_.begin(), by_start_.end(), k,
                                       [](const keyed& e, std::uint16_t v) { return e.key < v; });
            for (; it != by_start_.end() && it->key == k; ++it) {
                if (here.starts_with(it->entry.phrase)) {
                    found(it->entry.tag);
                }
            }
        }
        for (const auto& p : elsewhere_) {
            if (has_phrase(text, p.phrase)) {
                found(p.tag);
            }
        }
    }

private:
    struct keyed {
        std::uint16_t key;
        tagged entry;
    };

    static std::uint16_t key(char a, char b)
    {
        return static_cast<std::uint16_t>(static_cast<unsigned char>(a) << 8 |
                                          static_cast<unsigned char>(b));
    }

    std::vector<keyed> by_start_;
    std::vector<tagged> elsewhere_;
};

/// A prepared text with its word starts worked out once, for many phrase checks.
class phrase_text {
public:
    explicit phrase_text(std::string_view text) : text_(text), starts_(text) {}

    template <typename Phrases> bool has_any(const Phrases& phrases) const
    {
        return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) {
            return starts_.may_contain(p) && has_phrase(text_, p);
        });
    }

    bool has_any(std::initializer_list<std::string_view> phrases) const
    {
        return has_any<std::initializer_list<std::string_view>>(phrases);
    }

private:
    std::string_view text_;
    word_starts starts_;
};

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
