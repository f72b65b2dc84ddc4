#include "bot/slack/events.hpp"

#include "bot/slack/json_fields.hpp"

#include <nlohmann/json.hpp>

namespace rolebot::slack {
namespace {

using json = nlohmann::json;

decoded_event ignored(std::string reason)
{
    decoded_event d;
    d.kind = event_kind::ignored;
    d.reason = std::move(reason);
    return d;
}

decoded_event malformed(std::string reason)
{
    decoded_event d;
    d.kind = event_kind::malformed;
    d.reason = std::move(reason);
    return d;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

} // namespace

decoded_event decode_event(std::string_view body, const bot_identity& self)
{
    const auto root = json::parse(body, nullptr, false);
    if (!root.is_object()) {
        return malformed("not a JSON object");
    }
    const auto type = string_field(root, "type");
    if (type == "url_verification") {
        decoded_event d;
        d.challenge = string_field(root, "challenge");
        if (d.challenge.empty() || d.challenge.size() > 200) {
            return malformed("url_verification without a usable challenge");
        }
        d.kind = event_kind::url_verification;
        return d;
    }
    if (type != "event_callback") {
        return ignored("type " + type.substr(0, 40));
    }
    const auto it = root.find("event");
    if (it == root.end() || !it->is_object()) {
        return malformed("event_callback without an event");
    }
    const auto& e = *it;
    decoded_event d;
    d.event.event_id = string_field(root, "event_id");
    d.event.team_id = string_field(root, "team_id");
    if (d.event.event_id.empty()) {
        return malformed("event_callback without an event_id");
    }
    const auto event_type = string_field(e, "type");
    if (!string_field(e, "subtype").empty()) {
        return ignored("subtype " + string_field(e, "subtype").substr(0, 40));
    }
    if (e.contains("bot_id") || e.contains("bot_profile")) {
        return ignored("from a bot");
    }
    d.event.user_id = string_field(e, "user");
    if (d.event.user_id.empty() || d.event.user_id == self.user_id) {
        return ignored("not from a person");
    }
    if (event_type == "app_mention") {
        d.event.direct = false;
    } else if (event_type == "message" && string_field(e, "channel_type") == "im") {
        d.event.direct = true;
    } else {
        return ignored("event " + event_type.substr(0, 40));
    }
    d.event.channel_id = string_field(e, "channel");
    d.event.text = string_field(e, "text");
    d.event.ts = string_field(e, "ts");
    d.event.thread_ts = string_field(e, "thread_ts");
    if (d.event.channel_id.empty() || d.event.ts.empty()) {
        return malformed("message event without channel or ts");
    }
    d.kind = event_kind::message;
    return d;
}

std::string without_bot_mention(std::string_view text, const bot_identity& self)
{
    std::string out;
    if (!self.user_id.empty()) {
        const std::string mention = "<@" + self.user_id;
        std::size_t i = 0;
        while (i < text.size()) {
            if (text.compare(i, mention.size(), mention) == 0) {
                const auto close = text.find('>', i);
                if (close != std::string_view::npos) {
                    i = close + 1;
                    continue;
                }
            }
            out.push_back(text[i++]);
        }
        return std::string(trim(out));
    }
    // Unknown id: drop the mentions the message starts with ("<@U1> <@U2> hi" -> "hi").
    auto rest = trim(text);
    while (rest.starts_with("<@")) {
        const auto close = rest.find('>');
        if (close == std::string_view::npos) {
            break;
        }
        rest = trim(rest.substr(close + 1));
    }
    return std::string(rest);
}

} // namespace rolebot::slack
