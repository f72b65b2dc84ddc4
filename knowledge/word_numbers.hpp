#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::knowledge {

/// Word -> number, for reading a large text that says a few thousand words many times.
/// Open addressing over one array of slots, the words kept one after another in one
/// string: a lookup hashes a word eight bytes at a time and usually touches one slot.
/// (std::unordered_map, which hashes byte by byte and follows a node per lookup, was
/// the largest cost of reading a large knowledge base.)
class word_numbers {
public:
    static constexpr std::uint32_t absent = std::numeric_limits<std::uint32_t>::max();

    word_numbers() : slots_(initial_slots) {}

    /// The number of `word`, or absent.
    std::uint32_t find(std::string_view word) const
    {
        const auto h = hash(word);
        for (auto at = h & mask(); slots_[at].number != absent; at = (at + 1) & mask()) {
            if (slots_[at].hash == h && holds(slots_[at], word)) {
                return slots_[at].number;
            }
        }
        return absent;
    }

    /// Adds a word not held yet, numbered anything but absent.
    void insert(std::string_view word, std::uint32_t number)
    {
        if (2 * (size_ + 1) > slots_.size()) {
            grow();
        }
        place({hash(word), static_cast<std::uint32_t>(text_.size()),
               static_cast<std::uint32_t>(word.size()), number});
        text_ += word;
        ++size_;
    }

private:
    static constexpr std::size_t initial_slots = 1024; // a power of two
    struct slot {
        std::uint64_t hash = 0;
        std::uint32_t offset = 0; ///< where the word starts in text_
        std::uint32_t length = 0;
        std::uint32_t number = absent;
    };

    static std::uint64_t hash(std::string_view word)
    {
        std::uint64_t h = word.size();
        for (std::size_t at = 0; at < word.size(); at += 8) {
            std::uint64_t chunk = 0;
            std::memcpy(&chunk, word.data() + at, std::min<std::size_t>(8, word.size() - at));
            h = (h ^ chunk) * 0x9E3779B97F4A7C15ULL;
            h ^= h >> 29;
        }
        return h;
    }

    std::size_t mask() const { return slots_.size() - 1; }

    bool holds(const slot& s, std::string_view word) const
    {
        return s.length == word.size() &&
               std::memcmp(text_.data() + s.offset, word.data(), word.size()) == 0;
    }

    void place(const slot& s)
    {
        auto at = s.hash & mask();
        while (slots_[at].number != absent) {
            at = (at + 1) & mask();
        }
        slots_[at] = s;
    }

    void grow()
    {
        std::vector<slot> old(2 * slots_.size());
        old.swap(slots_);
        for (const auto& s : old) {
            if (s.number != absent) {
                place(s);
            }
        }
    }

    std::vector<slot> slots_;
    std::string text_;
    std::size_t size_ = 0;
};

} // namespace rolebot::knowledge
