#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <span>
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

/// True when `phrase` starts at `here`, whose first `known` letters already match: a
/// loop that stops at the first letter that differs, which for the short phrases here is
/// sooner than a call to compare them whole.
inline bool starts_with_from(std::string_view here, std::string_view phrase, std::size_t known)
{
    if (here.size() < phrase.size()) {
        return false;
    }
    for (std::size_t i = known; i < phrase.size(); ++i) {
        if (here[i] != phrase[i]) {
            return false;
        }
    }
    return true;
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
                if (starts_with_from(here, it->entry.phrase,
                                     3)) { // the space and key letters match
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

class phrase_set;

/// A prepared text with its words indexed once, for many phrase checks: where each word
/// starts, under its first two letters, so a phrase " xy..." is compared only where a
/// word starting "xy" is, and never searched for along the whole text.
class phrase_text {
public:
    explicit phrase_text(std::string_view text) : text_(text), starts_(text)
    {
        words_.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')));
        for (std::size_t i = 0; i + 2 < text.size(); ++i) {
            if (text[i] == ' ' && text[i + 1] != ' ') {
                words_.push_back({key(text[i + 1], text[i + 2]), static_cast<std::uint32_t>(i)});
            }
        }
    }

    /// True when `phrase` occurs, as has_phrase() finds it; most phrases are ruled out by
    /// their first two letters alone.
    bool has(std::string_view phrase) const { return starts_.may_contain(phrase) && found(phrase); }

    template <typename Phrases> bool has_any(const Phrases& phrases) const
    {
        return std::any_of(phrases.begin(), phrases.end(),
                           [&](std::string_view p) { return has(p); });
    }

    bool has_any(std::initializer_list<std::string_view> phrases) const
    {
        return has_any<std::initializer_list<std::string_view>>(phrases);
    }

    /// True when any phrase of the set occurs: one look per word of the text.
    bool has_any(const phrase_set& phrases) const;

    std::string_view text() const { return text_; }

    /// Two letters as one number, as words and phrases are filed under them.
    static std::uint16_t key(char a, char b)
    {
        return static_cast<std::uint16_t>(static_cast<unsigned char>(a) << 8 |
                                          static_cast<unsigned char>(b));
    }

private:
    struct word {
        std::uint16_t key; ///< its first two letters
        std::uint32_t at;  ///< the space before it
    };

    bool found(std::string_view phrase) const
    {
        if (phrase.size() < 3 || phrase.front() != ' ' || phrase[1] == ' ') {
            return has_phrase(text_, phrase);
        }
        const auto k = key(phrase[1], phrase[2]);
        return std::any_of(words_.begin(), words_.end(), [&](const word& w) {
            return w.key == k && starts_with_from(text_.substr(w.at), phrase, 3);
        });
    }

    std::string_view text_;
    word_starts starts_;
    std::vector<word> words_;
};

/// A long list of phrases (starting with a space, as in has_phrase()), indexed once where
/// it is used (a static): checking a text costs a look per word of the text instead of a
/// check per phrase of the list, which matters for lists of dozens of phrases.
class phrase_set {
public:
    phrase_set(std::initializer_list<std::string_view> phrases)
        : phrase_set(std::span<const std::string_view>(phrases.begin(), phrases.size()))
    {
    }

    explicit phrase_set(std::span<const std::string_view> phrases)
    {
        for (const auto phrase : phrases) {
            if (phrase.size() >= 3 && phrase.front() == ' ' && phrase[1] != ' ') {
                const auto key = phrase_text::key(phrase[1], phrase[2]);
                keys_.set(folded(key));
                by_key_.push_back({key, phrase});
            } else {
                others_.push_back(phrase); // too short to file, or not at a word start
            }
        }
        std::stable_sort(by_key_.begin(), by_key_.end(),
                         [](const filed& a, const filed& b) { return a.key < b.key; });
    }

    /// True when a word starting with the two letters of `key` may start one of the phrases.
    bool may_start(std::uint16_t key) const { return keys_.test(folded(key)); }

    /// True when a phrase filed under `key` starts at `here` (a space before a word).
    bool starts_at(std::uint16_t key, std::string_view here) const
    {
        auto it = std::lower_bound(by_key_.begin(), by_key_.end(), key,
                                   [](const filed& f, std::uint16_t k) { return f.key < k; });
        for (; it != by_key_.end() && it->key == key; ++it) {
            if (starts_with_from(here, it->phrase, 3)) { // the space and key letters match
                return true;
            }
        }
        return false;
    }

    /// The phrases not filed by their first letters, checked one by one.
    const std::vector<std::string_view>& others() const { return others_; }

private:
    struct filed {
        std::uint16_t key;
        std::string_view phrase;
    };

    /// A key in 10 bits: letters keep their place (digits share theirs with letters,
    /// which costs only a needless look).
    static std::size_t folded(std::uint16_t key) { return (key >> 8 & 31U) << 5 | (key & 31U); }

    std::bitset<1024> keys_;
    std::vector<filed> by_key_;
    std::vector<std::string_view> others_;
};

inline bool phrase_text::has_any(const phrase_set& phrases) const
{
    for (const auto& w : words_) {
        if (phrases.may_start(w.key) && phrases.starts_at(w.key, text_.substr(w.at))) {
            return true;
        }
    }
    return std::any_of(phrases.others().begin(), phrases.others().end(),
                       [&](std::string_view p) { return has_phrase(text_, p); });
}

/// True when any of `phrases` occurs in a prepared text: the word-start filter first, the
/// search only for phrases that can occur. For a text checked once; one checked against
/// several lists is better indexed once, as a phrase_text.
template <typename Phrases> bool has_any_phrase(std::string_view text, const Phrases& phrases)
{
    const word_starts starts(text);
    return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view phrase) {
        return starts.may_contain(phrase) && has_phrase(text, phrase);
    });
}

inline bool has_any_phrase(std::string_view text, std::initializer_list<std::string_view> phrases)
{
    return has_any_phrase<std::initializer_list<std::string_view>>(text, phrases);
}

} // namespace rolebot::knowledge
