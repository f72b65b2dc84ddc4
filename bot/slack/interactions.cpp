#include "bot/slack/interactions.hpp"

#include <boost/url/encoding_opts.hpp>
#include <boost/url/parse_query.hpp>
#include "bot/slack/json_fields.hpp"

#include <nlohmann/json.hpp>

namespace rolebot::slack {
namespace {

using json = nlohmann::json;

decoded_interaction failure(interaction_kind kind, std::string reason)
{
    decoded_interaction d;
    d.kind = kind;
    d.reason = std::move(reason);
    return d;
}

} // namespace

decoded_interaction decode_interaction(std::string_view body)
{
    namespace urls = boost::urls;
    const auto params = urls::parse_query(body);
    if (!params) {
        return failure(interaction_kind::malformed, "body is not a valid form");
    }
    const urls::encoding_opts form_encoding(/*space_as_plus=*/true);
    std::string payload;
    for (const auto& param : *params) {
        if (param.has_value && param.key.decode(form_encoding) == "payload") {
            payload = param.value.decode(form_encoding);
        }
    }
    return decode_interaction_payload(payload);
}

decoded_interaction decode_interaction_payload(std::string_view payload)
{
    const auto root = json::parse(payload, nullptr, false);
    if (!root.is_object()) {
        return failure(interaction_kind::malformed, "no JSON payload");
    }
    const auto type = string_field(root, "type");
    if (type != "block_actions") {
        return failure(interaction_kind::ignored, "type " + type.substr(0, 40));
    }
    const auto actions = root.find("actions");
    if (actions == root.end() || !actions->is_array() || actions->empty()) {
        return failure(interaction_kind::malformed, "block_actions without actions");
    }
    const auto& first = actions->front();
    if (string_field(first, "type") != "button") {
        return failure(interaction_kind::ignored, "element " + string_field(first, "type").substr(0, 40));
    }
    decoded_interaction d;
    auto& c = d.click;
    c.action_id = string_field(first, "action_id");
    c.value = string_field(first, "value");
    c.user_id = string_field(root.value("user", json::object()), "id");
    c.team_id = string_field(root.value("team", json::object()), "id");
    c.channel_id = string_field(root.value("channel", json::object()), "id");
    if (c.channel_id.empty()) {
        c.channel_id = string_field(root.value("container", json::object()), "channel_id");
    }
    c.response_url = string_field(root, "response_url");
    c.trigger_id = string_field(root, "trigger_id");
    if (c.action_id.empty() || c.user_id.empty() || c.trigger_id.empty()) {
        return failure(interaction_kind::malformed, "button click without action, user or trigger");
    }
    d.kind = interaction_kind::button;
    return d;
}

} // namespace rolebot::slack
