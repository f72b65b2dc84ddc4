#include "tests/support/fake_slack_api.hpp"

namespace rolebot::testing {
namespace {

using json = nlohmann::json;
constexpr unsigned threads = 4;

server::response answer(const server::request& req, unsigned status, const std::string& body,
                        const std::string& retry_after = {})
{
    server::response res{static_cast<server::http::status>(status), req.version()};
    res.set(server::http::field::content_type, "application/json; charset=utf-8");
    if (!retry_after.empty()) {
        res.set(server::http::field::retry_after, retry_after);
    }
    res.keep_alive(req.keep_alive());
    res.body() = body;
    res.prepare_payload();
    return res;
}

} // namespace

fake_slack_api::fake_slack_api(const core::clock* clock)
    : clock_(clock != nullptr ? clock : &system_clock_),
      log_(log_stream_, core::log_format::json, core::log_level::error), io_(threads)
{
    server::server_options options;
    options.address = "127.0.0.1";
    options.port = 0;
    http_ = std::make_unique<server::http_server>(
        io_, options, [this](const server::request& req) { return handle(req); }, log_);
    http_->listen();
    http_->start();
    for (unsigned i = 0; i < threads; ++i) {
        threads_.emplace_back([this] { io_.run(); });
    }
}

fake_slack_api::~fake_slack_api()
{
    hold_posts(false);
    http_->stop();
    io_.stop();
    for (auto& t : threads_) {
        t.join();
    }
}

std::string fake_slack_api::base_url() const
{
    return "http://127.0.0.1:" + std::to_string(port()) + "/api/";
}

std::string fake_slack_api::hook_url(const std::string& name) const
{
    return "http://127.0.0.1:" + std::to_string(port()) + "/hooks/" + name;
}

void fake_slack_api::set_socket_url(const std::string& url)
{
    const std::lock_guard lock(mutex_);
    socket_url_ = url;
}

void fake_slack_api::script(const std::string& method, std::vector<scripted_reply> replies)
{
    const std::lock_guard lock(mutex_);
    auto& queue = scripts_[method];
    queue.insert(queue.end(), replies.begin(), replies.end());
}

void fake_slack_api::hold_posts(bool hold)
{
    {
        const std::lock_guard lock(mutex_);
        hold_ = hold;
    }
    changed_.notify_all();
}

std::vector<recorded_call> fake_slack_api::calls(const std::string& method) const
{
    const std::lock_guard lock(mutex_);
    std::vector<recorded_call> out;
    for (const auto& c : calls_) {
        if (method.empty() || c.method == method) {
            out.push_back(c);
        }
    }
    return out;
}

std::vector<json> fake_slack_api::posted(const std::string& channel) const
{
    const std::lock_guard lock(mutex_);
    if (channel.empty()) {
        return all_posts_;
    }
    const auto it = history_.find(channel);
    return it == history_.end() ? std::vector<json>{} : it->second;
}

bool fake_slack_api::wait_for_posts(std::size_t n, std::chrono::milliseconds limit) const
{
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, limit, [&] { return all_posts_.size() >= n; });
}

json fake_slack_api::post_message(const json& args)
{
    // Caller holds mutex_.
    const auto channel = args.value("channel", std::string());
    if (channel.empty()) {
        return json{{"ok", false}, {"error", "channel_not_found"}};
    }
    json message = args;
    message["ts"] = std::to_string(1'700'000'000 + next_ts_++) + ".000100";
    message["posted_at"] =
        std::chrono::duration_cast<std::chrono::seconds>(clock_->now().time_since_epoch()).count();
    history_[channel].push_back(message);
    all_posts_.push_back(message);
    return json{{"ok", true}, {"channel", channel}, {"ts", message["ts"]}};
}

server::response fake_slack_api::handle(const server::request& req)
{
    const std::string target(req.target());
    const std::string prefix = "/api/";
    if (target.starts_with("/hooks/")) {
        // A response_url: Slack answers a plain "ok".
        auto args = json::parse(req.body(), nullptr, false);
        if (!args.is_object()) {
            args = json::object();
        }
        args["target"] = target;
        const std::lock_guard lock(mutex_);
        calls_.push_back({"hook", std::string(req[server::http::field::authorization]),
                          std::string(req[server::http::field::content_type]), args,
                          clock_->now()});
        changed_.notify_all();
        return answer(req, 200, "ok");
    }
    if (!target.starts_with(prefix)) {
        return answer(req, 404, R"({"ok":false,"error":"unknown_method"})");
    }
    const auto method = target.substr(prefix.size());
    auto args = json::parse(req.body(), nullptr, false);
    std::unique_lock lock(mutex_);
    calls_.push_back({method, std::string(req[server::http::field::authorization]),
                      std::string(req[server::http::field::content_type]),
                      args.is_discarded() ? json() : args, clock_->now()});
    changed_.notify_all();
    if (auto it = scripts_.find(method); it != scripts_.end() && !it->second.empty()) {
        const auto reply = it->second.front();
        it->second.pop_front();
        return answer(req, reply.status, reply.body, reply.retry_after);
    }
    if (args.is_discarded() || !args.is_object()) {
        return answer(req, 200, R"({"ok":false,"error":"invalid_json"})");
    }
    if (method == "chat.postMessage") {
        const auto result = post_message(args);
        changed_.notify_all();
        // A held post is on Slack's side already; only the answer is late.
        changed_.wait_for(lock, std::chrono::seconds(30), [this] { return !hold_; });
        return answer(req, 200, result.dump());
    }
    if (method == "conversations.open") {
        const auto users = args.value("users", std::string());
        if (users.empty()) {
            return answer(req, 200, R"({"ok":false,"error":"users_list_not_supplied"})");
        }
        const bool group = users.find(',') != std::string::npos;
        std::string id = group ? "G" : "D";
        for (const char c : users) {
            if (c != ',') {
                id.push_back(c);
            }
        }
        return answer(req, 200, json{{"ok", true}, {"channel", {{"id", id}}}}.dump());
    }
    if (method == "conversations.history") {
        const auto channel = args.value("channel", std::string());
        const auto oldest = std::stoll(args.value("oldest", std::string("0")));
        json messages = json::array();
        for (const auto& m : history_[channel]) {
            if (m["posted_at"].get<long long>() >= oldest) {
                messages.push_back(m);
            }
        }
        return answer(req, 200, json{{"ok", true}, {"messages", messages}}.dump());
    }
    if (method == "apps.connections.open") {
        if (socket_url_.empty()) {
            return answer(req, 200, R"({"ok":false,"error":"not_allowed_token_type"})");
        }
        return answer(req, 200,
                      json{{"ok", true},
                           {"url", socket_url_ + "?ticket=" + std::to_string(++tickets_)}}
                          .dump());
    }
    if (method == "auth.test") {
        return answer(req, 200,
                      R"({"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T1"})");
    }
    return answer(req, 200, R"({"ok":false,"error":"unknown_method"})");
}

} // namespace rolebot::testing
