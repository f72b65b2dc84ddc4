#include "knowledge/english_words.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace rolebot::knowledge {
namespace {

/// The word list split into words, once (it is sorted already).
const std::vector<std::string_view>& words()
{
    static const std::vector<std::string_view> list = [] {
        std::vector<std::string_view> out;
        const auto all = english_word_list();
        std::size_t start = 0;
        while (start < all.size()) {
            auto end = all.find('\n', start);
            if (end == std::string_view::npos) {
                end = all.size();
            }
            out.push_back(all.substr(start, end - start));
            start = end + 1;
        }
        return out;
    }();
    return list;
}

bool listed(std::string_view word)
{
    return std::binary_search(words().begin(), words().end(), word);
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
