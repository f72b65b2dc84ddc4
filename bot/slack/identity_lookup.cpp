#include "bot/slack/identity_lookup.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <nlohmann/json.hpp>

namespace rolebot::slack {

std::optional<bot_identity> look_up_identity(const api_endpoint& api, const std::string& token,
                                             core::logger& log)
{
    namespace net = boost::asio;
    net::io_context io;
    web_api_client client(io.get_executor(), api, token, log);
    auto pending = net::co_spawn(io, client.call("auth.test", "{}"), net::use_future);
    io.run();
    const auto result = pending.get();
    if (result.outcome != call_outcome::ok) {
        log.log(core::log_level::error, "auth.test failed: the bot's own messages are told "
                                        "apart only by their bot_id",
                {}, {{"error", result.error}});
        return std::nullopt;
    }
    const auto body = nlohmann::json::parse(result.body, nullptr, false);
    bot_identity id;
    id.user_id = body.value("user_id", std::string());
    id.bot_id = body.value("bot_id", std::string());
    log.log(core::log_level::info, "signed in to Slack", {},
            {{"bot_user", id.user_id}, {"bot_id", id.bot_id},
             {"team", body.value("team_id", std::string())}});
    return id;
}

} // namespace rolebot::slack
