#include "knowledge/english_words.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

namespace rolebot::knowledge {
namespace {

/// The word list as a hash set, built once: unknown words of every question are looked up
/// in it, each in several inflections, and a binary search over 100,000 words costs more.
const std::unordered_set<std::string_view>& words()
{
    static const std::unordered_set<std::string_view> set = [] {
        std::unordered_set<std::string_view> out;
        const auto all = english_word_list();
        out.reserve(static_cast<std::size_t>(std::count(all.begin(), all.end(), '\n')) + 1);
        std::size_t start = 0;
        while (start < all.size()) {
            auto end = all.find('\n', start);
            if (end == std::string_view::npos) {
                end = all.size();
            }
            out.insert(all.substr(start, end - start));
            start = end + 1;
        }
        return out;
    }();
    return set;
}

/// Chat and workplace words the dictionary lacks that are only ever context ("at the
/// offsite", "my mentee", "still onboarding", "tbh"), never the name of a thing the
/// articles miss (a retro or a standup is such a thing: how to run one is refused).
bool context_word(std::string_view word)
{
    static constexpr std::array<std::string_view, 16> context{
        "asap",    "btw",      "fyi",     "imho",      "imo",        "lol",    "mentee", "mentees",
        "offsite", "offsites", "onboard", "onboarded", "onboarding", "onsite", "ooo",    "tbh"};
    return std::find(context.begin(), context.end(), word) != context.end();
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
    // put back whichever the word may have had.
    std::string inflected(word);
    for (const std::string_view suffix : {"s", "e", "es", "ing", "ed", "ly"}) {
        inflected.resize(word.size());
        inflected += suffix;
        if (listed(inflected)) {
            return true;
        }
    }
    return false;
}

} // namespace rolebot::knowledge
