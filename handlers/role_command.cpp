#include "handlers/role_command.hpp"

#include "handlers/help.hpp"
#include "handlers/role_card.hpp"

#include <algorithm>
#include <cctype>

namespace rolebot::handlers {
namespace {

constexpr std::size_t max_echo = 80; // how much of an unknown title is quoted back

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

core::reply unknown_title(const knowledge::knowledge_base& kb, std::string_view text,
                          const std::vector<std::size_t>& suggestions)
{
    std::string quoted(text.substr(0, max_echo));
    if (text.size() > max_echo) {
        quoted += "...";
    }
    std::string message = suggestions.empty()
                              ? "I don't know a role called \"" + quoted + "\"."
                              : "I'm not sure which role you mean by \"" + quoted + "\".";
    std::string fallback = message;
    if (!suggestions.empty()) {
        message += " Did you mean:";
        for (auto i : suggestions) {
            message += "\n• *" + kb.roles()[i].title + "*: `/role " + kb.roles()[i].title + "`";
        }
    }
    message += "\nType `/role` for every title on the ladder.";
    core::reply r;
    r.section(std::move(message)).fallback(std::move(fallback));
    return r;
}

} // namespace

core::reply role_command(const knowledge::knowledge_base& kb, std::string_view text)
{
    text = trim(text);
    if (text.empty() || is_word(text, "ladder") || is_word(text, "list")) {
        return ladder_reply(kb);
    }
    if (is_word(text, "help")) {
        return help_reply(kb);
    }
    auto match = kb.match_title(text);
    if (match.role) {
        return role_card(kb, kb.roles()[*match.role]);
    }
    return unknown_title(kb, text, match.suggestions);
}

} // namespace rolebot::handlers
