#include "bot/app/outbound_worker.hpp"

#include "bot/slack/block_kit.hpp"
#include "handlers/scheduled_messages.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>

namespace rolebot::app {

namespace net = boost::asio;

store::outbound_message compose_scheduled(const knowledge::knowledge_base& kb,
                                          const store::schedule& s,
                                          const scheduler::occurrence& o)
{
    store::outbound_message m;
    if (s.kind == store::schedule_kind::standup) {
        m.channel = s.channel_id;
        m.body = slack::render_post(handlers::standup_prompt(kb, s, o.local_date));
    } else {
        m.open_users = s.mentor_id + "," + s.mentee_id;
        m.body = slack::render_post(handlers::checkin_reminder(kb, s, o.week));
    }
    return m;
}

outbound_worker::outbound_worker(outbound_config config, store::sqlite_store& store,
                                 const knowledge::knowledge_source& knowledge,
                                 const core::clock& clock, core::logger& log)
    : sleeper_(clock), client_(io_.get_executor(), config.api, config.bot_token, log),
      sender_(store, client_, clock, sleeper_, log),
      claimer_(
          store,
          [&knowledge](const store::schedule& s, const scheduler::occurrence& o) {
              return compose_scheduled(*knowledge.current(), s, o);
          },
          log, config.policy),
      loop_(claimer_, store, clock, [this] { sender_.poke(); }, log)
{
    for (const auto& origin : slack::response_url_origins(config.api)) {
        auto endpoint = slack::parse_api_url(origin + "/");
        endpoint.ca_file = config.api.ca_file;
        hook_clients_.push_back(
            std::make_unique<slack::web_api_client>(io_.get_executor(), endpoint, "", log));
        sender_.allow_response_urls(origin, *hook_clients_.back());
    }
}

outbound_worker::~outbound_worker()
{
    if (thread_.joinable()) {
        io_.stop();
        thread_.join();
    }
}

void outbound_worker::start()
{
    net::co_spawn(io_, loop_.run(), net::detached);
    net::co_spawn(io_, sender_.run(), [this](const std::exception_ptr&) {
        sender_done_.set_value();
    });
    thread_ = std::thread([this] { io_.run(); });
}

void outbound_worker::schedules_changed()
{
    net::post(io_, [this] { loop_.poke(); });
}

void outbound_worker::messages_queued()
{
    net::post(io_, [this] { sender_.poke(); });
}

void outbound_worker::stop(std::chrono::milliseconds limit)
{
    if (!thread_.joinable()) {
        return;
    }
    net::post(io_, [this] {
        loop_.stop();
        sender_.stop();
    });
    sender_done_.get_future().wait_for(limit);
    io_.stop();
    thread_.join();
}

} // namespace rolebot::app
