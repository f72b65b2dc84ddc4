#include "handlers/role_command.hpp"

#include "handlers/answer_replies.hpp"
#include "handlers/ask_command.hpp"
#include "handlers/help.hpp"
#include "handlers/role_card.hpp"
#include "handlers/text_parsing.hpp"

namespace rolebot::handlers {
namespace {

constexpr std::size_t max_echo = 80; // how much of an unknown title is quoted back

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

std::size_t word_count(std::string_view text)
{
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n';
        words += (!space && !in_word) ? 1 : 0;
        in_word = !space;
    }
    return words;
}

core::reply compare_or_explain(const knowledge::knowledge_base& kb, std::string_view text)
{
    if (auto pair = two_titles(kb, text); pair && pair->first != pair->second) {
        return comparison_reply(kb, kb.roles()[pair->first], kb.roles()[pair->second]);
    }
    core::reply r;
    r.section("To compare, name two roles: `/role product manager vs product lead` or "
              "`/role compare head of product vp of product`.")
        .fallback("Usage: /role <a> vs <b>");
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
    if (auto rest = after_word(text, "compare")) {
        return compare_or_explain(kb, *rest);
    }
    auto match = kb.match_title(text);
    if (match.role) {
        return role_card(kb, kb.roles()[*match.role]);
    }
    if (auto pair = two_titles(kb, text); pair && pair->first != pair->second) {
        return comparison_reply(kb, kb.roles()[pair->first], kb.roles()[pair->second]);
    }
    // Not a title. A word or two gets "did you mean"; anything longer is a question.
    if (word_count(text) > 2 || text.find('?') != std::string_view::npos) {
        return ask(kb, text).reply;
    }
    return unknown_title(kb, text, match.suggestions);
}

} // namespace rolebot::handlers
