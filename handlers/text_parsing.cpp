#include "handlers/text_parsing.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace rolebot::handlers {
namespace {

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::optional<std::size_t> title_of(const knowledge::knowledge_base& kb, std::string_view text)
{
    text = trim(text);
    if (text.empty()) {
        return std::nullopt;
    }
    return kb.match_title(text).role;
}

} // namespace

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) {
        s.remove_suffix(1);
    }
    return s;
}

bool is_word(std::string_view text, std::string_view word)
{
    return std::equal(text.begin(), text.end(), word.begin(), word.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == b;
    });
}

std::optional<std::string_view> after_word(std::string_view text, std::string_view prefix)
{
    text = trim(text);
    if (text.size() < prefix.size() || !is_word(text.substr(0, prefix.size()), prefix)) {
        return std::nullopt;
    }
    const auto rest = text.substr(prefix.size());
    if (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front())) == 0) {
        return std::nullopt;
    }
    return trim(rest);
}

std::optional<std::pair<std::size_t, std::size_t>> two_titles(const knowledge::knowledge_base& kb,
                                                              std::string_view text)
{
    text = trim(text);
    if (auto rest = after_word(text, "from")) {
        text = *rest;
    }
    const auto lower = lowered(text);
    // Explicit separators first: the words on each side must each be a title.
    for (std::string_view separator :
         {" vs. ", " vs ", " versus ", " -> ", " → ", " to ", " and ", " with ", " or ", ", "}) {
        for (auto at = lower.find(separator); at != std::string::npos;
             at = lower.find(separator, at + 1)) {
            auto a = title_of(kb, text.substr(0, at));
            auto b = title_of(kb, text.substr(at + separator.size()));
            if (a && b) {
                return std::make_pair(*a, *b);
            }
        }
    }
    // Two titles side by side: try every split between words.
    for (std::size_t at = text.find(' '); at != std::string_view::npos;
         at = text.find(' ', at + 1)) {
        auto a = title_of(kb, text.substr(0, at));
        auto b = title_of(kb, text.substr(at + 1));
        if (a && b) {
            return std::make_pair(*a, *b);
        }
    }
    return std::nullopt;
}

} // namespace rolebot::handlers
