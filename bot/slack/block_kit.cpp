#include "bot/slack/block_kit.hpp"

#include <nlohmann/json.hpp>

#include <type_traits>

namespace rolebot::slack {
namespace {

using json = nlohmann::ordered_json;
constexpr std::string_view ellipsis = "\xE2\x80\xA6"; // U+2026

/// Escapes `text` and cuts it to `limit` bytes (never inside a UTF-8 character or an
/// entity), ending with an ellipsis when cut. Bytes bound Slack's character count.
std::string fit(std::string_view text, std::size_t limit)
{
    std::string escaped = escape_text(text);
    if (escaped.size() <= limit) {
        return escaped;
    }
    std::size_t cut = limit - ellipsis.size();
    while (cut > 0 && (static_cast<unsigned char>(escaped[cut]) & 0xC0U) == 0x80U) {
        --cut; // continuation byte: back up to the character's start
    }
    if (const auto amp = escaped.rfind('&', cut);
        amp != std::string::npos && cut - amp < 5 && escaped.find(';', amp) >= cut) {
        cut = amp; // do not leave half an entity
    }
    escaped.resize(cut);
    escaped += ellipsis;
    return escaped;
}

/// Cuts plain text (not escaped: labels and values) to `limit` bytes on a character
/// boundary.
std::string cut(std::string_view text, std::size_t limit)
{
    if (text.size() <= limit) {
        return std::string(text);
    }
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
        --end;
    }
    return std::string(text.substr(0, end));
}

json text_object(std::string_view type, std::string text)
{
    return json{{"type", type}, {"text", std::move(text)}};
}

json render_block(const core::block& block)
{
    return std::visit(
        [](const auto& b) -> json {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, core::header_block>) {
                return {{"type", "header"},
                        {"text",
                         text_object("plain_text", fit(b.text, block_kit_limits::header_text))}};
            } else if constexpr (std::is_same_v<T, core::section_block>) {
                json out{{"type", "section"}};
                if (!b.text.empty()) {
                    out["text"] =
                        text_object("mrkdwn", fit(b.text, block_kit_limits::section_text));
                }
                if (!b.fields.empty()) {
                    json fields = json::array();
                    for (std::size_t i = 0; i < b.fields.size() && i < block_kit_limits::fields;
                         ++i) {
                        fields.push_back(
                            text_object("mrkdwn", fit(b.fields[i], block_kit_limits::field_text)));
                    }
                    out["fields"] = std::move(fields);
                }
                return out;
            } else if constexpr (std::is_same_v<T, core::context_block>) {
                json elements = json::array();
                for (std::size_t i = 0;
                     i < b.elements.size() && i < block_kit_limits::context_elements; ++i) {
                    elements.push_back(
                        text_object("mrkdwn", fit(b.elements[i], block_kit_limits::section_text)));
                }
                return {{"type", "context"}, {"elements", std::move(elements)}};
            } else if constexpr (std::is_same_v<T, core::actions_block>) {
                json elements = json::array();
                for (std::size_t i = 0; i < b.buttons.size() && i < block_kit_limits::actions;
                     ++i) {
                    const auto& button = b.buttons[i];
                    json element{{"type", "button"},
                                 {"text", {{"type", "plain_text"},
                                           {"text", cut(button.text, block_kit_limits::button_text)}}},
                                 {"action_id", cut(button.action_id, block_kit_limits::action_id)},
                                 {"value", cut(button.value, block_kit_limits::button_value)}};
                    if (button.primary) {
                        element["style"] = "primary";
                    }
                    elements.push_back(std::move(element));
                }
                return {{"type", "actions"}, {"elements", std::move(elements)}};
            } else {
                return {{"type", "divider"}};
            }
        },
        block);
}

} // namespace

std::string escape_text(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, core::mention_open.size(), core::mention_open) == 0) {
            // A mention made by core::mention: <@ID>, when the id is a plausible one.
            const auto start = i + core::mention_open.size();
            const auto end = text.find(core::mention_close, start);
            const auto id = text.substr(start, end == std::string_view::npos ? 0 : end - start);
            const bool valid = !id.empty() && id.size() <= 32 &&
                               id.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") ==
                                   std::string_view::npos;
            if (valid) {
                out += "<@";
                out += id;
                out += '>';
                i = end + core::mention_close.size() - 1;
                continue;
            }
        }
        switch (text[i]) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        default:
            out.push_back(text[i]);
        }
    }
    return out;
}

std::vector<std::string> limit_problems(const core::reply& reply)
{
    std::vector<std::string> problems;
    const auto check = [&](std::string_view what, std::string_view text, std::size_t limit) {
        const auto size = escape_text(text).size();
        if (size > limit) {
            problems.push_back(std::string(what) + " is " + std::to_string(size) +
                               " characters; Slack allows " + std::to_string(limit));
        }
    };
    const auto& blocks = reply.blocks();
    if (blocks.size() > block_kit_limits::blocks) {
        problems.push_back("the message has " + std::to_string(blocks.size()) +
                           " blocks; Slack allows " + std::to_string(block_kit_limits::blocks));
    }
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto where = "block " + std::to_string(i);
        if (const auto* h = std::get_if<core::header_block>(&blocks[i])) {
            check(where + " (header)", h->text, block_kit_limits::header_text);
        } else if (const auto* s = std::get_if<core::section_block>(&blocks[i])) {
            check(where + " (section)", s->text, block_kit_limits::section_text);
            if (s->fields.size() > block_kit_limits::fields) {
                problems.push_back(where + " has " + std::to_string(s->fields.size()) +
                                   " fields; Slack allows " +
                                   std::to_string(block_kit_limits::fields));
            }
            for (const auto& f : s->fields) {
                check(where + " (field)", f, block_kit_limits::field_text);
            }
        } else if (const auto* c = std::get_if<core::context_block>(&blocks[i])) {
            for (const auto& e : c->elements) {
                check(where + " (context)", e, block_kit_limits::section_text);
            }
        }
    }
    check("the fallback text", reply.fallback_text(), block_kit_limits::fallback_text);
    return problems;
}

namespace {

/// The parts every Slack message has: the fallback text and the blocks.
json message_json(const core::reply& reply)
{
    json blocks = json::array();
    const auto& source = reply.blocks();
    const bool too_many = source.size() > block_kit_limits::blocks;
    const std::size_t kept = too_many ? block_kit_limits::blocks - 1 : source.size();
    for (std::size_t i = 0; i < kept; ++i) {
        blocks.push_back(render_block(source[i]));
    }
    if (too_many) {
        blocks.push_back(render_block(core::context_block{{"(shortened to fit one message)"}}));
    }
    json message{{"text", fit(reply.fallback_text(), block_kit_limits::fallback_text)}};
    if (!blocks.empty()) {
        message["blocks"] = std::move(blocks);
    }
    return message;
}

std::string dump(const json& message)
{
    return message.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace

std::string render_message(const core::reply& reply)
{
    auto message = message_json(reply);
    message["response_type"] =
        reply.audience() == core::visibility::in_channel ? "in_channel" : "ephemeral";
    return dump(message);
}

std::string render_response(const core::reply& reply)
{
    auto message = message_json(reply);
    message["replace_original"] = reply.replaces();
    if (!reply.replaces()) {
        message["response_type"] =
            reply.audience() == core::visibility::in_channel ? "in_channel" : "ephemeral";
    }
    return dump(message);
}

std::string render_post(const core::reply& reply, std::string_view thread_ts)
{
    auto message = message_json(reply);
    if (!thread_ts.empty()) {
        message["thread_ts"] = thread_ts;
    }
    return dump(message);
}

} // namespace rolebot::slack
