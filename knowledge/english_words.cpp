#include "knowledge/english_words.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <vector>

namespace rolebot::knowledge {
namespace {

/// The word list as one flat, open-addressed hash table, built once: each slot holds a
/// word's hash and where the word starts in the list. Unknown words of every question
/// are looked up in it, each in several inflections; a lookup is one slot read and one
/// comparison, where a node-based set chased three pointers through megabytes.
class word_table {
public:
    explicit word_table(std::string_view all) : all_(all)
    {
        const auto count = static_cast<std::size_t>(std::count(all.begin(), all.end(), '\n')) + 1;
        slots_.resize(std::bit_ceil(count * 2)); // at most half full: probes stay short
        std::size_t start = 0;
        while (start < all.size()) {
            auto end = all.find('\n', start);
            if (end == std::string_view::npos) {
                end = all.size();
            }
            insert(all.substr(start, end - start), static_cast<std::uint32_t>(start));
            start = end + 1;
        }
    }

    bool contains(std::string_view word) const
    {
        const auto h = hash(word);
        for (auto at = h & mask();; at = (at + 1) & mask()) {
            const auto& s = slots_[at];
            if (s.hash == 0) {
                return false;
            }
            if (s.hash == h && word_at(s.start) == word) {
                return true;
            }
        }
    }

private:
    struct slot {
        std::uint32_t hash = 0; ///< 0 marks an empty slot (hash() never returns it)
        std::uint32_t start = 0;
    };

    /// FNV-1a, never 0.
    static std::uint32_t hash(std::string_view word)
    {
        std::uint32_t h = 2166136261U;
        for (const char c : word) {
            h = (h ^ static_cast<unsigned char>(c)) * 16777619U;
        }
        return h == 0 ? 1 : h;
    }

    std::size_t mask() const { return slots_.size() - 1; }

    std::string_view word_at(std::uint32_t start) const
    {
        const auto rest = all_.substr(start);
        return rest.substr(0, rest.find('\n'));
    }

    void insert(std::string_view word, std::uint32_t start)
    {
        const auto h = hash(word);
        auto at = h & mask();
        while (slots_[at].hash != 0) {
            if (slots_[at].hash == h && word_at(slots_[at].start) == word) {
                return; // listed twice
            }
            at = (at + 1) & mask();
        }
        slots_[at] = {h, start};
    }

    std::string_view all_;
    std::vector<slot> slots_;
};

const word_table& words()
{
    static const word_table table(english_word_list());
    return table;
}

/// Chat and workplace words the dictionary lacks that are only ever context ("at the
/// offsite", "my mentee", "still onboarding", "tbh", "saw the title on linkedin"), never the
/// name of a thing the articles miss (a retro or a standup is such a thing: how to run one is
/// refused). Days and months are names, so the (lowercase) word list lacks them: "starting as
/// an APM monday" names a day, not something the articles miss.
bool context_word(std::string_view word)
{
    // Sorted: every unknown word of a question is looked up here in several inflections.
    static constexpr std::array<std::string_view, 39> context{
        "april",    "asap",    "august",    "btw",       "december", "february",  "fri",
        "friday",   "fyi",     "imho",      "imo",       "january",  "july",      "june",
        "linkedin", "lol",     "march",     "mentee",    "mentees",  "mon",       "monday",
        "november", "october", "offsite",   "offsites",  "onboard",  "onboarded", "onboarding",
        "onsite",   "ooo",     "saturday",  "september", "sunday",   "tbh",       "thursday",
        "tmrw",     "tuesday", "wednesday", "weds"};
    static_assert(std::is_sorted(context.begin(), context.end()));
    return std::binary_search(context.begin(), context.end(), word);
}

bool listed(std::string_view word)
{
    return words().contains(word) || context_word(word);
}

} // namespace

bool is_english_word(std::string_view word)
{
    if (word.empty() || listed(word)) {
        return true;
    }
    // Search terms lose a plural or a suffix ("analysis" -> analysi, "leading" -> lead):
    // put back whichever the word may have had. (No English word is near this long.)
    constexpr std::size_t longest = 48;
    if (word.size() > longest) {
        return false;
    }
    std::array<char, longest + 3> inflected{};
    std::copy(word.begin(), word.end(), inflected.begin());
    for (const std::string_view suffix : {"s", "e", "es", "ing", "ed", "ly"}) {
        std::copy(suffix.begin(), suffix.end(), inflected.begin() + word.size());
        if (listed(std::string_view(inflected.data(), word.size() + suffix.size()))) {
            return true;
        }
    }
    return false;
}

} // namespace rolebot::knowledge
