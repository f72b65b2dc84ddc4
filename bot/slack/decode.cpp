#include "bot/slack/decode.hpp"

#include <boost/url/encoding_opts.hpp>
#include <boost/url/parse_query.hpp>

namespace rolebot::slack {
namespace {

namespace urls = boost::urls;

std::string* field_for(core::command& cmd, std::string_view key)
{
    if (key == "command") {
        return &cmd.name;
    }
    if (key == "text") {
        return &cmd.text;
    }
    if (key == "team_id") {
        return &cmd.team_id;
    }
    if (key == "channel_id") {
        return &cmd.channel_id;
    }
    if (key == "user_id") {
        return &cmd.user_id;
    }
    if (key == "response_url") {
        return &cmd.response_url;
    }
    if (key == "trigger_id") {
        return &cmd.trigger_id;
    }
    return nullptr;
}

} // namespace

decoded_command decode_command(std::string_view body)
{
    decoded_command out;
    auto params = urls::parse_query(body);
    if (!params) {
        out.error = "body is not a valid form";
        return out;
    }
    const urls::encoding_opts form_encoding(/*space_as_plus=*/true);
    bool ssl_check = false;
    for (const auto& param : *params) {
        const std::string key = param.key.decode(form_encoding);
        if (key == "ssl_check") {
            ssl_check = param.has_value && param.value.decode(form_encoding) == "1";
            continue;
        }
        if (auto* field = field_for(out.cmd, key); field != nullptr && param.has_value) {
            *field = param.value.decode(form_encoding);
        }
    }
    if (ssl_check) {
        out.kind = command_kind::ssl_check;
        return out;
    }
    if (out.cmd.name.size() < 2 || out.cmd.name.front() != '/') {
        out.error = "no command in the form";
        return out;
    }
    out.kind = command_kind::command;
    return out;
}

} // namespace rolebot::slack
