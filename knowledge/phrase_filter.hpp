#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

namespace rolebot::knowledge {

/// Two letters as one number: words and phrases are filed under their first two.
inline std::uint16_t two_letters(char a, char b)
{
    return static_cast<std::uint16_t>(static_cast<unsigned char>(a) << 8 |
                                      static_cast<unsigned char>(b));
}

/// Two letters' number folded to 10 bits, letters keeping their place (digits share
/// theirs with letters, which costs only a needless look).
inline std::size_t folded(std::uint16_t letters)
{
    return (letters >> 8 & 31U) << 5 | (letters & 31U);
}

/// A set of folded two-letter keys, a bit each.
using key_bits = std::array<std::uint64_t, 1024 / 64>;

inline bool holds(const key_bits& keys, std::size_t key)
{
    return (keys[key / 64] >> (key % 64) & 1U) != 0;
}

/// The first two letters of every word of a prepared text (question_text()): a phrase
/// " xy..." whose word start "xy" starts no word of the text cannot occur in it, so most
/// phrases of a long list are ruled out in constant time instead of by a search.
class word_starts {
public:
    explicit word_starts(std::string_view text)
    {
        // Without a branch per letter: a word start sets its bit, any other place sets
        // nothing (word boundaries in a question come too irregularly to predict).
        for (std::size_t i = 1; i + 1 < text.size(); ++i) {
            const auto starts = static_cast<std::uint64_t>(text[i - 1] == ' ' && text[i] != ' ');
            const auto key = folded(two_letters(text[i], text[i + 1]));
            keys_[key / 64] |= starts << (key % 64);
        }
    }

    /// False when `phrase` (starting with a space and at least two letters) cannot occur.
    bool may_contain(std::string_view phrase) const
    {
        return phrase.size() < 3 || phrase.front() != ' ' ||
               holds(keys_, folded(two_letters(phrase[1], phrase[2])));
    }

    /// False when no word starts with the letters of any of `keys`: one look for a whole
    /// list of phrases, which most texts share no word start with.
    bool shares_a_key(const key_bits& keys) const
    {
        std::uint64_t shared = 0;
        for (std::size_t w = 0; w < keys.size(); ++w) {
            shared |= keys_[w] & keys[w];
        }
        return shared != 0;
    }

private:
    key_bits keys_{};
};

/// Where `phrase` occurs in `text` from `from` on (the place of its leading space), or
/// npos. Phrases start with a space (a word boundary): searching for what follows the
/// space and checking the boundary afterwards lets the search skip on a rarer first
/// letter instead of stopping at every space.
inline std::size_t find_phrase(std::string_view text, std::string_view phrase, std::size_t from = 0)
{
    if (phrase.size() < 2 || phrase.front() != ' ') {
        return text.find(phrase, from);
    }
    const auto rest = phrase.substr(1);
    for (auto at = text.find(rest, from + 1); at != std::string_view::npos;
         at = text.find(rest, at + 1)) {
        if (text[at - 1] == ' ') {
            return at - 1;
        }
    }
    return std::string_view::npos;
}

/// True when `phrase` occurs in `text`.
inline bool has_phrase(std::string_view text, std::string_view phrase)
{
    return find_phrase(text, phrase) != std::string_view::npos;
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

/// Entries filed under a two-letter key, each key's entries side by side: finds the run
/// of entries under a key in constant time and without a branch on the key (a binary
/// search over hundreds of keys mispredicts at most of its steps). Keys are folded
/// (folded()): a run may hold entries under another key of the same fold, so callers
/// compare the key itself.
class key_buckets {
public:
    key_buckets() = default; ///< holds nothing

    /// `folded_keys` are the entries' folded keys, in ascending order.
    explicit key_buckets(std::span<const std::size_t> folded_keys)
    {
        for (std::size_t i = 0; i < folded_keys.size(); ++i) {
            const auto k = folded_keys[i];
            if (i == 0 || k != folded_keys[i - 1]) {
                bits_[k / 64] |= std::uint64_t{1} << (k % 64);
                starts_.push_back(static_cast<std::uint32_t>(i));
            }
        }
        starts_.push_back(static_cast<std::uint32_t>(folded_keys.size()));
        for (std::size_t w = 1; w < bits_.size(); ++w) {
            before_[w] = before_[w - 1] + static_cast<std::uint32_t>(std::popcount(bits_[w - 1]));
        }
    }

    /// The keys some entry is filed under.
    const key_bits& keys() const { return bits_; }

    /// The entries filed under `key` (which keys() holds): [first, last).
    std::pair<std::size_t, std::size_t> run(std::size_t key) const
    {
        const auto below = bits_[key / 64] & ((std::uint64_t{1} << (key % 64)) - 1);
        const auto rank = before_[key / 64] + static_cast<std::uint32_t>(std::popcount(below));
        return {starts_[rank], starts_[rank + 1]};
    }

private:
    key_bits bits_{};                        ///< which folded keys have entries
    std::array<std::uint32_t, 16> before_{}; ///< keys with entries in the words before
    std::vector<std::uint32_t> starts_;      ///< each key's first entry, in key order; then the end
};

class phrase_set;

/// A prepared text with its words indexed once, for many phrase checks: where each word
/// starts, under its first two letters, so a phrase " xy..." is compared only where a
/// word starting "xy" is, and never searched for along the whole text.
class phrase_text {
public:
    /// It reads the text where it lies: a temporary string would be gone before it is read.
    explicit phrase_text(std::string&&) = delete;
    explicit phrase_text(const char* text) : phrase_text(std::string_view(text)) {}
    explicit phrase_text(std::string_view text) : text_(text), starts_(text)
    {
        words_.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')));
        for (std::size_t i = 0; i + 2 < text.size(); ++i) {
            if (text[i] == ' ' && text[i + 1] != ' ') {
                words_.push_back(
                    {two_letters(text[i + 1], text[i + 2]), static_cast<std::uint32_t>(i)});
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
        const auto k = two_letters(phrase[1], phrase[2]);
        return std::any_of(words_.begin(), words_.end(), [&](const word& w) {
            return w.key == k && starts_with_from(text_.substr(w.at), phrase, 3);
        });
    }

    std::string_view text_;
    word_starts starts_;
    std::vector<word> words_;
};

/// The phrase an entry of a phrase list holds (a list of plain phrases holds itself).
inline std::string_view phrase_of(std::string_view phrase)
{
    return phrase;
}

/// Phrases (starting with a space, as in has_phrase()) filed by the first two letters of
/// their first word, for lists checked against many texts: a text is read word start by
/// word start, comparing only the phrases filed under that word's letters, instead of
/// being searched once per phrase. `Entry` is a phrase or holds one (phrase_of()).
template <typename Entry> class filed_phrases {
public:
    explicit filed_phrases(std::span<const Entry> entries)
    {
        for (const auto& e : entries) {
            const auto p = phrase_of(e);
            if (p.size() >= 3 && p.front() == ' ' && p[1] != ' ') {
                by_key_.push_back({two_letters(p[1], p[2]), e});
            } else {
                others_.push_back(e); // too short to file, or not at a word start
            }
        }
        std::stable_sort(by_key_.begin(), by_key_.end(), [](const filed& a, const filed& b) {
            return folded(a.key) < folded(b.key);
        });
        std::vector<std::size_t> keys;
        for (const auto& f : by_key_) {
            keys.push_back(folded(f.key));
        }
        buckets_ = key_buckets(keys);
    }

    /// Calls visit(entry) for each phrase that starts at `here` (a space, then a word
    /// whose first two letters make `key`), until visit returns true; true when one did.
    template <typename Visit>
    bool visit_at(std::uint16_t key, std::string_view here, Visit&& visit) const
    {
        const auto filed_under = folded(key);
        if (!holds(buckets_.keys(), filed_under)) {
            return false;
        }
        const auto [first, last] = buckets_.run(filed_under);
        for (auto at = first; at < last; ++at) {
            const auto& f = by_key_[at];
            // The space and the key's letters match once the key does.
            if (f.key == key && starts_with_from(here, phrase_of(f.entry), 3) && visit(f.entry)) {
                return true;
            }
        }
        return false;
    }

    /// The keys some phrase is filed under.
    const key_bits& keys() const { return buckets_.keys(); }

    /// The phrases not filed by their first letters, to be checked one by one.
    const std::vector<Entry>& others() const { return others_; }

private:
    struct filed {
        std::uint16_t key;
        Entry entry;
    };

    std::vector<filed> by_key_;
    key_buckets buckets_;
    std::vector<Entry> others_;
};

/// Many phrases, each with a tag: a text is read once to find every one that occurs. For
/// long lists (the themes' hundreds of phrases); a short list is as fast with
/// has_any_phrase().
class phrase_index {
public:
    struct tagged {
        std::string_view phrase; ///< starts with a space, as in has_phrase()
        std::uint32_t tag;
    };

    explicit phrase_index(const std::vector<tagged>& phrases) : phrases_(phrases) {}

    /// Calls found(tag) for every phrase that occurs in a prepared text (question_text()),
    /// once for each place it starts at.
    template <typename Found> void each_in(std::string_view text, Found&& found) const
    {
        const auto report = [&](const tagged& t) {
            found(t.tag);
            return false; // and look on
        };
        for (std::size_t i = 0; i + 2 < text.size(); ++i) {
            if (text[i] == ' ' && text[i + 1] != ' ') {
                phrases_.visit_at(two_letters(text[i + 1], text[i + 2]), text.substr(i), report);
            }
        }
        for (const auto& p : phrases_.others()) {
            if (has_phrase(text, p.phrase)) {
                found(p.tag);
            }
        }
    }

private:
    friend std::string_view phrase_of(const tagged& t) { return t.phrase; }

    filed_phrases<tagged> phrases_;
};

/// A long list of phrases, filed once where it is used (a static): checking a text costs a
/// look per word of the text instead of a check per phrase of the list, which matters for
/// lists of dozens of phrases.
class phrase_set {
public:
    phrase_set(std::initializer_list<std::string_view> phrases)
        : phrases_(std::span<const std::string_view>(phrases.begin(), phrases.size()))
    {
    }

    explicit phrase_set(std::span<const std::string_view> phrases) : phrases_(phrases) {}

    /// True when a phrase of the set starts at `here` (a space, then a word whose first
    /// two letters make `key`).
    bool starts_at(std::uint16_t key, std::string_view here) const
    {
        return phrases_.visit_at(key, here, [](std::string_view) { return true; });
    }

    /// False when no phrase of the set starts a word of `text` (one look for the set).
    bool may_start_in(const word_starts& text) const { return text.shares_a_key(phrases_.keys()); }

    /// The phrases not filed by their first letters, checked one by one.
    const std::vector<std::string_view>& others() const { return phrases_.others(); }

private:
    filed_phrases<std::string_view> phrases_;
};

inline bool phrase_text::has_any(const phrase_set& phrases) const
{
    if (phrases.may_start_in(starts_)) {
        for (const auto& w : words_) {
            if (phrases.starts_at(w.key, text_.substr(w.at))) {
                return true;
            }
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
