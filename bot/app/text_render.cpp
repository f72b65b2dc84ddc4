#include "bot/app/text_render.hpp"

#include <type_traits>

namespace rolebot::app {
namespace {

/// Drops the light chat markup (*bold*, `code`) that means nothing in a terminal.
std::string plain(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, core::mention_open.size(), core::mention_open) == 0) {
            out += '@'; // a mention shows as @ID in a terminal
            i += core::mention_open.size() - 1;
        } else if (text.compare(i, core::mention_close.size(), core::mention_close) == 0) {
            i += core::mention_close.size() - 1;
        } else if (text[i] != '*' && text[i] != '`') {
            out.push_back(text[i]);
        }
    }
    return out;
}

} // namespace

std::string render_text(const core::reply& reply)
{
    std::string out;
    for (const auto& block : reply.blocks()) {
        std::visit(
            [&out](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, core::header_block>) {
                    out += plain(b.text) + "\n" + std::string(b.text.size(), '=') + "\n";
                } else if constexpr (std::is_same_v<T, core::section_block>) {
                    if (!b.text.empty()) {
                        out += plain(b.text) + "\n";
                    }
                    for (const auto& field : b.fields) {
                        auto line = plain(field);
                        if (auto nl = line.find('\n'); nl != std::string::npos) {
                            line.replace(nl, 1, ": ");
                        }
                        out += line + "\n";
                    }
                    out += "\n";
                } else if constexpr (std::is_same_v<T, core::context_block>) {
                    for (const auto& element : b.elements) {
                        out += "(" + plain(element) + ")\n";
                    }
                } else if constexpr (std::is_same_v<T, core::actions_block>) {
                    for (const auto& button : b.buttons) {
                        out += "[" + button.text + "] ";
                    }
                    out += "\n";
                } else {
                    out += "----\n";
                }
            },
            block);
    }
    if (out.empty()) {
        out = plain(reply.fallback_text()) + "\n";
    }
    return out;
}

} // namespace rolebot::app
