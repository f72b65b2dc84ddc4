#include "bot/app/args.hpp"
#include "bot/app/outbound_worker.hpp"
#include "bot/app/commands.hpp"
#include "bot/app/services.hpp"
#include "bot/app/signing_secret.hpp"
#include "bot/core/clock.hpp"
#include "bot/core/secrets.hpp"
#include "bot/server/endpoints.hpp"
#include "bot/server/http_server.hpp"
#include "bot/slack/identity_lookup.hpp"
#include "bot/slack/socket_mode.hpp"
#include "knowledge/loader.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>


#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include <unistd.h>

namespace rolebot::app {
namespace {

namespace net = boost::asio;

constexpr auto drain_limit = std::chrono::seconds(10);

bool is_loopback(const std::string& host)
{
    boost::system::error_code ec;
    const auto address = net::ip::make_address(host, ec);
    return !ec && address.is_loopback();
}

/// Waits for signals: SIGHUP reloads the knowledge base; SIGINT/SIGTERM stop
/// accepting, let requests in flight finish (bounded), then stop the io_context.
net::awaitable<void> handle_signals(net::io_context& io, server::http_server& http,
                                    bot_services& services, std::function<void()> on_stop,
                                    core::logger& log)
{
    net::signal_set signals(io, SIGINT, SIGTERM, SIGHUP);
    for (;;) {
        const int number = co_await signals.async_wait(net::use_awaitable);
        if (number == SIGHUP) {
            services.reload();
            continue;
        }
        log.log(core::log_level::info, "stopping", {},
                {{"signal", number == SIGINT ? "SIGINT" : "SIGTERM"}});
        http.stop();
        on_stop();
        net::steady_timer timer(io);
        const auto deadline = std::chrono::steady_clock::now() + drain_limit;
        while (http.in_flight() > 0 && std::chrono::steady_clock::now() < deadline) {
            timer.expires_after(std::chrono::milliseconds(5));
            co_await timer.async_wait(net::use_awaitable);
        }
        log.log(core::log_level::info, "stopped", {},
                {{"unfinished_requests", std::to_string(http.in_flight())}});
        io.stop();
        co_return;
    }
}

/// Reloads the knowledge base when its directory changes: polls the files' names,
/// sizes and times, and reloads once they have stopped changing for one interval (so a
/// copy in progress is not loaded half-way). SIGHUP reloads at once.
net::awaitable<void> watch_knowledge(std::filesystem::path dir, bot_services& services)
{
    constexpr auto interval = std::chrono::seconds(2);
    net::steady_timer timer(co_await net::this_coro::executor);
    auto loaded = knowledge::directory_fingerprint(dir);
    auto last_seen = loaded;
    for (;;) {
        timer.expires_after(interval);
        co_await timer.async_wait(net::use_awaitable);
        const auto now = knowledge::directory_fingerprint(dir);
        if (now != loaded && now == last_seen) {
            services.reload();
            loaded = now; // a rejected version is not retried until it changes again
        }
        last_seen = now;
    }
}

/// The real clock, or (for tests of a real process at a chosen date) the real clock
/// moved so that it starts at ROLEBOT_CLOCK_START ("2026-03-29T00:59:58Z").
std::unique_ptr<core::clock> make_clock(core::logger& log)
{
    const char* start = std::getenv("ROLEBOT_CLOCK_START");
    if (start == nullptr || *start == '\0') {
        return std::make_unique<core::system_clock>();
    }
    const auto t = scheduler::parse_utc(start);
    if (!t) {
        throw core::config_error("ROLEBOT_CLOCK_START wants a UTC time such as "
                                 "2026-03-29T00:59:58Z");
    }
    log.log(core::log_level::warn, "the clock is moved for testing", {},
            {{"ROLEBOT_CLOCK_START", start}});
    return std::make_unique<core::offset_clock>(*t);
}

/// SLACK_API_URL, or Slack's own.
std::string api_url()
{
    const char* url = std::getenv("SLACK_API_URL");
    return url != nullptr && *url != '\0' ? url : "https://slack.com/api/";
}

/// The scheduler and the sender, when a bot token lets them post.
std::unique_ptr<outbound_worker> make_outbound(const args& a, bot_services& services,
                                               const core::clock& clock, core::logger& log,
                                               slack::bot_identity& identity)
{
    const auto token = core::secret_from_env("SLACK_BOT_TOKEN");
    if (!token || token->empty()) {
        log.log(core::log_level::warn,
                "no SLACK_BOT_TOKEN (or SLACK_BOT_TOKEN_FILE): schedules are kept but nothing "
                "is posted until a token is set");
        return nullptr;
    }
    outbound_config config;
    config.api = slack::parse_api_url(api_url());
    if (const char* ca = std::getenv("SLACK_CA_FILE"); ca != nullptr && *ca != '\0') {
        config.api.ca_file = ca;
    }
    config.bot_token = *token;
    config.policy.grace = parse_duration("grace", a.value("grace").value_or("2h"));
    if (auto found = slack::look_up_identity(config.api, config.bot_token, log)) {
        identity = *found;
    }
    auto worker = std::make_unique<outbound_worker>(config, services.store(),
                                                    services.knowledge(), clock, log);
    log.log(core::log_level::info, "posting to Slack", {},
            {{"api", (config.api.tls ? "https://" : "http://") + config.api.host + ":" +
                         config.api.port + config.api.base_path},
             {"grace_s", std::to_string(config.policy.grace.count())}});
    return worker;
}

core::logger make_logger(const args& a, std::ostream& out)
{
    auto format = ::isatty(STDERR_FILENO) != 0 ? core::log_format::text : core::log_format::json;
    if (auto f = a.value("log-format")) {
        if (*f != "json" && *f != "text") {
            throw usage_error("--log-format wants json or text");
        }
        format = *f == "json" ? core::log_format::json : core::log_format::text;
    }
    auto level = core::log_level::info;
    if (auto l = a.value("log-level"); l && !core::parse_log_level(*l, level)) {
        throw usage_error("--log-level wants debug, info, warn or error");
    }
    return core::logger(out, format, level);
}

} // namespace

int serve_main(const std::vector<std::string>& argv)
{
    const args a(argv, {"listen", "data", "knowledge", "threads", "log-format", "log-level", "grace",
                       "default-zone"}, {});
    if (!a.positional().empty()) {
        throw usage_error("serve takes no arguments besides options");
    }
    const auto listen = parse_listen(a.value("listen").value_or("127.0.0.1:3000"));
    const std::filesystem::path data_dir = a.value("data").value_or("var");
    const unsigned threads = a.value("threads") ? parse_count("threads", *a.value("threads"))
                                                : std::max(1U, std::thread::hardware_concurrency());
    auto log = make_logger(a, std::cerr);

    std::error_code ec;
    std::filesystem::create_directories(data_dir, ec);
    if (ec) {
        throw core::config_error("cannot create data directory " + data_dir.string() + ": " +
                                 ec.message());
    }
    const auto secret = resolve_signing_secret(data_dir, true);
    if (secret.local && !is_loopback(listen.host)) {
        throw core::config_error(
            "no SLACK_SIGNING_SECRET (or SLACK_SIGNING_SECRET_FILE) is set: without one rolebot "
            "only listens on loopback (e.g. --listen 127.0.0.1:3000)");
    }
    std::optional<std::filesystem::path> knowledge_dir;
    if (auto k = a.value("knowledge")) {
        knowledge_dir = *k;
    }
    const auto clock_ptr = make_clock(log);
    const auto& clock = *clock_ptr;
    services_config config;
    config.knowledge_dir = knowledge_dir;
    config.store_path = (data_dir / "rolebot.db").string();
    config.exclusive_store = true;
    if (auto zone = a.value("default-zone")) {
        if (!scheduler::is_known_zone(*zone)) {
            throw usage_error("--default-zone wants an IANA zone such as Europe/Berlin");
        }
        config.default_zone = *zone;
    }
    bot_services services(config, clock, log);
    slack::bot_identity identity;
    auto outbound = make_outbound(a, services, clock, log, identity);
    if (outbound) {
        services.on_schedule_change([&outbound] { outbound->schedules_changed(); });
        outbound->start();
    }

    const slack::signature_verifier verifier(secret.value, clock);
    slack::render_cache renders;
    slack::conversation_services conversations{
        identity,
        [&services](const core::message_event& e, std::string_view q) {
            return services.answer_message(e, q);
        },
        [&services](const core::action& click) { return services.act(click); },
        slack::response_url_origins(slack::parse_api_url(api_url())),
        services.store(),
        clock};
    if (outbound) {
        conversations.queued = [&outbound] { outbound->messages_queued(); };
    }
    slack::intake intake(services.router(), renders, &conversations, log);
    server::endpoints endpoints(verifier, intake, log);

    net::io_context io(static_cast<int>(threads));
    server::server_options options;
    options.address = listen.host;
    options.port = listen.port;
    server::http_server http(
        io, options, [&endpoints](const server::request& req) { return endpoints.handle(req); },
        log);
    http.listen();
    http.start();
    std::unique_ptr<slack::socket_mode_client> socket_mode;
    if (auto app_token = core::secret_from_env("SLACK_APP_TOKEN"); app_token && !app_token->empty()) {
        if (!app_token->starts_with("xapp-")) {
            throw core::config_error("SLACK_APP_TOKEN must be an app-level token (xapp-...)");
        }
        socket_mode = std::make_unique<slack::socket_mode_client>(
            net::make_strand(io), slack::parse_api_url(api_url()), *app_token, intake, log);
        socket_mode->start();
    }
    net::co_spawn(io,
                  handle_signals(io, http, services,
                                 [&socket_mode] {
                                     if (socket_mode) {
                                         socket_mode->stop();
                                     }
                                 },
                                 log),
                  net::detached);
    if (knowledge_dir) {
        net::co_spawn(io, watch_knowledge(*knowledge_dir, services), net::detached);
    }

    const auto where =
        (listen.host.find(':') != std::string::npos ? "[" + listen.host + "]" : listen.host) + ":" +
        std::to_string(http.port());
    log.log(core::log_level::info, "listening", {},
            {{"address", where},
             {"threads", std::to_string(threads)},
             {"knowledge", knowledge_dir ? knowledge_dir->string() : "embedded"},
             {"mode", secret.local ? "local" : "slack"}});
    if (secret.local) {
        std::cerr << "\nLocal mode: no SLACK_SIGNING_SECRET is set, so rolebot listens on loopback "
                     "only and signs with\n  "
                  << (data_dir / "local-signing-secret").string()
                  << "\nSend it a signed slash command from another terminal:\n  rolebot send "
                     "--url http://"
                  << where << " --data " << data_dir.string()
                  << " \"/role lead\"\nOr answer without the server:  rolebot ask \"/role "
                     "lead\"\n\n";
    }

    std::vector<std::thread> workers;
    for (unsigned i = 1; i < threads; ++i) {
        workers.emplace_back([&io] { io.run(); });
    }
    io.run();
    for (auto& t : workers) {
        t.join();
    }
    if (outbound) {
        services.on_schedule_change([] {});
        outbound->stop(std::chrono::seconds(5));
    }
    return 0;
}

} // namespace rolebot::app
