#include "bot/app/services.hpp"

#include "bot/core/secrets.hpp"
#include "handlers/button_actions.hpp"
#include "handlers/conversation.hpp"
#include "handlers/register.hpp"

namespace rolebot::app {
namespace {

std::shared_ptr<const knowledge::knowledge_base>
load_or_throw(const std::optional<std::filesystem::path>& dir)
{
    auto loaded = knowledge::load_knowledge(dir);
    if (!loaded.ok()) {
        std::string message = "the knowledge base is invalid:";
        for (const auto& e : loaded.errors) {
            message += "\n  " + e.to_string();
        }
        throw core::config_error(message);
    }
    return std::make_shared<const knowledge::knowledge_base>(std::move(loaded.data), 1);
}

} // namespace

bot_services::bot_services(const services_config& config, const core::clock& clock,
                           core::logger& log)
    : knowledge_dir_(config.knowledge_dir), clock_(clock), log_(log),
      knowledge_(load_or_throw(knowledge_dir_)),
      store_(std::make_unique<store::sqlite_store>(config.store_path, config.exclusive_store)),
      handler_services_{*store_, clock_, config.default_zone, [this] { schedule_listener_(); }},
      router_(log)
{
    handlers::register_all(router_, knowledge_, handler_services_);
}

core::reply bot_services::answer_message(const core::message_event& event,
                                         std::string_view question)
{
    return handlers::answer_message(*knowledge_.current(), handler_services_, event, question);
}

std::optional<core::reply> bot_services::act(const core::action& click)
{
    return handlers::handle_action(*knowledge_.current(), handler_services_, click);
}

void bot_services::on_schedule_change(std::function<void()> listener)
{
    schedule_listener_ = std::move(listener);
}

bool bot_services::reload()
{
    auto loaded = knowledge::load_knowledge(knowledge_dir_);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) {
            log_.log(core::log_level::error, "knowledge base rejected, keeping the old one", {},
                     {{"error", e.to_string()}});
        }
        return false;
    }
    const auto entries = std::to_string(loaded.data.roles.size() + loaded.data.faqs.size() +
                                        loaded.data.paths.size() + loaded.data.topics.size());
    const auto generation = knowledge_.replace(std::move(loaded.data));
    log_.log(core::log_level::info, "knowledge base reloaded", {},
             {{"generation", std::to_string(generation)}, {"entries", entries}});
    return true;
}

} // namespace rolebot::app
