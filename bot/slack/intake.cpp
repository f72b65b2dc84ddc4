#include "bot/slack/intake.hpp"

#include "bot/slack/block_kit.hpp"
#include "bot/slack/events.hpp"
#include "bot/slack/web_api_client.hpp"

#include <algorithm>

namespace rolebot::slack {
namespace {

store::sys_seconds seconds_now(const core::clock& clock)
{
    return std::chrono::time_point_cast<std::chrono::seconds>(clock.now());
}

} // namespace

std::string intake::command(const core::command& cmd, std::string_view request_id)
{
    if (log_.enabled(core::log_level::debug)) {
        log_.log(core::log_level::debug, "command", request_id,
                 {{"command", cmd.name}, {"team", cmd.team_id}, {"user", cmd.user_id}});
    }
    core::context ctx{cmd, request_id};
    if (conversations_ != nullptr && !cmd.response_url.empty()) {
        ctx.respond = [this, &cmd, request_id, count = 0](const core::reply& later) mutable {
            queue_response(cmd.response_url,
                           "command:" + cmd.trigger_id + ":" + std::to_string(++count), later,
                           request_id);
        };
    }
    return *renders_.render(router_.dispatch(ctx));
}

intake_result intake::event(std::string_view body, std::string_view request_id,
                            std::string_view retry_num, std::string& challenge)
{
    auto& conversations = *conversations_;
    const auto decoded = decode_event(body, conversations.identity);
    switch (decoded.kind) {
    case event_kind::malformed:
        log_.log(core::log_level::info, "malformed event", request_id,
                 {{"error", decoded.reason}});
        return intake_result::malformed;
    case event_kind::url_verification:
        challenge = decoded.challenge;
        return intake_result::handled;
    case event_kind::ignored:
        if (log_.enabled(core::log_level::debug)) {
            log_.log(core::log_level::debug, "event ignored", request_id,
                     {{"reason", decoded.reason}});
        }
        return intake_result::ignored;
    case event_kind::message:
        break;
    }
    const auto& event = decoded.event;
    log_.log(core::log_level::info, event.direct ? "direct message" : "mention", request_id,
             {{"event_id", event.event_id},
              {"team", event.team_id},
              {"user", event.user_id},
              {"retry", retry_num.empty() ? "0" : retry_num}});

    const auto question = without_bot_mention(event.text, conversations.identity);
    const auto reply = conversations.answer(event, question);
    // In a channel the answer goes in the thread of the mention; in a DM at top level,
    // unless the question was asked in a thread.
    const auto thread = event.thread_ts.empty() && !event.direct ? event.ts : event.thread_ts;
    store::outbound_message message;
    message.key = "event:" + event.event_id;
    message.channel = event.channel_id;
    message.body = render_post(reply, thread);
    try {
        // The event id and its reply are written in one commit before the ack: a
        // redelivery finds the id and does nothing; a crash before it means no ack, so
        // Slack delivers again and the event is handled then.
        if (!conversations.store.accept_event(event.event_id, message,
                                              seconds_now(conversations.clock))) {
            log_.log(core::log_level::info, "duplicate event ignored", request_id,
                     {{"event_id", event.event_id}});
            return intake_result::duplicate;
        }
    } catch (const std::exception& e) {
        log_.log(core::log_level::error, "could not store an event; Slack will retry",
                 request_id, {{"error", e.what()}});
        return intake_result::failed;
    }
    conversations.queued();
    return intake_result::handled;
}

intake_result intake::click(const core::action& click, std::string_view request_id)
{
    log_.log(core::log_level::info, "button", request_id,
             {{"action", click.action_id}, {"team", click.team_id}, {"user", click.user_id}});
    const auto reply = conversations_->act(click);
    if (!reply) {
        log_.log(core::log_level::warn, "unknown button", request_id,
                 {{"action", click.action_id}});
        return intake_result::ignored;
    }
    return queue_response(click.response_url, "action:" + click.trigger_id, *reply, request_id)
               ? intake_result::handled
               : intake_result::failed;
}

bool intake::queue_response(const std::string& response_url, std::string key,
                            const core::reply& reply, std::string_view request_id)
{
    auto& conversations = *conversations_;
    const auto origin = origin_of(response_url);
    const auto& allowed = conversations.response_origins;
    if (origin.empty() || std::find(allowed.begin(), allowed.end(), origin) == allowed.end()) {
        log_.log(core::log_level::warn, "response_url refused", request_id, {{"origin", origin}});
        return true;
    }
    store::outbound_message message;
    message.key = std::move(key);
    message.response_url = response_url;
    message.body = render_response(reply);
    try {
        const auto slot =
            conversations.store.enqueue_response(message, seconds_now(conversations.clock));
        if (slot == store::response_slot::used_up) {
            log_.log(core::log_level::warn,
                     "response_url used 5 times or older than 30 minutes; not replying",
                     request_id, {{"key", message.key}});
        } else if (slot == store::response_slot::queued) {
            conversations.queued();
        }
    } catch (const std::exception& e) {
        log_.log(core::log_level::error, "could not store a reply for later", request_id,
                 {{"error", e.what()}});
        return false;
    }
    return true;
}

} // namespace rolebot::slack
