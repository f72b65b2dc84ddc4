#include "bot/slack/socket_mode_envelope.hpp"

#include "bot/slack/interactions.hpp"

#include "bot/slack/json_fields.hpp"

#include <nlohmann/json.hpp>

namespace rolebot::slack {
namespace {

using json = nlohmann::json;

core::command command_from(const json& payload)
{
    core::command cmd;
    cmd.name = string_field(payload, "command");
    cmd.text = string_field(payload, "text");
    cmd.team_id = string_field(payload, "team_id");
    cmd.channel_id = string_field(payload, "channel_id");
    cmd.user_id = string_field(payload, "user_id");
    cmd.response_url = string_field(payload, "response_url");
    cmd.trigger_id = string_field(payload, "trigger_id");
    return cmd;
}

} // namespace

envelope_answer answer_envelope(intake& in, std::string_view frame, std::string_view request_id)
{
    envelope_answer out;
    const auto envelope = json::parse(frame, nullptr, false);
    if (!envelope.is_object()) {
        out.type = "malformed";
        return out;
    }
    out.type = string_field(envelope, "type");
    out.reason = string_field(envelope, "reason");
    out.envelope_id = string_field(envelope, "envelope_id");
    if (out.envelope_id.empty()) {
        return out; // hello, disconnect: nothing to acknowledge
    }
    json ack{{"envelope_id", out.envelope_id}};
    const auto payload = envelope.value("payload", json::object());
    if (out.type == "events_api" && in.converses()) {
        std::string challenge;
        const auto retry = envelope.contains("retry_attempt") &&
                                   envelope["retry_attempt"].is_number_integer()
                               ? std::to_string(envelope["retry_attempt"].get<int>())
                               : std::string();
        if (in.event(payload.dump(), request_id, retry, challenge) == intake_result::failed) {
            return out;
        }
    } else if (out.type == "slash_commands") {
        const auto cmd = command_from(payload);
        if (cmd.name.size() > 1 && cmd.name.front() == '/') {
            const auto reply = json::parse(in.command(cmd, request_id), nullptr, false);
            if (envelope.value("accepts_response_payload", false) && reply.is_object()) {
                ack["payload"] = reply;
            }
        }
    } else if (out.type == "interactive" && in.converses()) {
        const auto decoded = decode_interaction_payload(payload.dump());
        if (decoded.kind == interaction_kind::button &&
            in.click(decoded.click, request_id) == intake_result::failed) {
            return out;
        }
    }
    out.ack = ack.dump();
    return out;
}

} // namespace rolebot::slack
