#include "handlers/path_command.hpp"

#include "handlers/answer_replies.hpp"
#include "handlers/text_parsing.hpp"

namespace rolebot::handlers {
namespace {

constexpr std::string_view default_from = "product-manager";
constexpr std::string_view default_to = "product-lead";

core::reply no_path(const knowledge::knowledge_base& kb, const std::string& from_title,
                    const std::string& to_title)
{
    std::string text = "I don't have a path from " + from_title + " to " + to_title +
                       ": the articles I learned from don't describe that move.";
    text += "\nPaths I do know:";
    for (const auto& p : kb.paths()) {
        if (const auto command = path_command(kb, p); !command.empty()) {
            text += "\n• " + command;
        }
    }
    core::reply r;
    r.section(std::move(text)).fallback("No path from " + from_title + " to " + to_title);
    return r;
}

core::reply unknown_title(std::string_view text)
{
    core::reply r;
    r.section("I couldn't find role titles in \"" + std::string(text.substr(0, 120)) +
              "\". Usage: `/path` (product manager to product lead), `/path product lead`, or "
              "`/path senior pm to product lead`. `/role` lists every title.")
        .fallback("Usage: /path [from] [to]");
    return r;
}

} // namespace

core::reply path_command(const knowledge::knowledge_base& kb, std::string_view text)
{
    text = trim(text);
    std::string from_id(default_from);
    std::string to_id(default_to);
    bool from_given = false;
    if (is_word(text, "help")) {
        return unknown_title(text);
    }
    if (!text.empty()) {
        if (auto pair = two_titles(kb, text)) {
            from_id = kb.roles()[pair->first].id;
            to_id = kb.roles()[pair->second].id;
            from_given = true;
        } else if (auto target = kb.match_title(trim(after_word(text, "to").value_or(text)));
                   target.role) {
            // One title is where the asker wants to go; from product manager to that is
            // the usual path, and "/path pm" means the usual path from there.
            to_id = kb.roles()[*target.role].id;
            if (to_id == default_from) {
                to_id = default_to;
            }
        } else {
            return unknown_title(text);
        }
    }
    // Without a starting role, take the path from product manager, else any path there.
    if (const auto* path = kb.find_path(from_given ? from_id : "", to_id)) {
        return path_reply(kb, *path);
    }
    return no_path(kb, kb.find(from_id)->title, kb.find(to_id)->title);
}

} // namespace rolebot::handlers
