#include "bot/app/args.hpp"
#include "bot/app/commands.hpp"
#include "bot/app/services.hpp"
#include "bot/app/text_render.hpp"
#include "bot/slack/block_kit.hpp"

#include <iostream>

namespace rolebot::app {
namespace {

/// Splits "/role lead" into the command and its text, as Slack does.
core::command as_command(const std::string& text)
{
    core::command cmd;
    cmd.team_id = "T0LOCAL";
    cmd.channel_id = "C0LOCAL";
    cmd.user_id = "U0LOCAL";
    if (text.starts_with('/')) {
        const auto space = text.find(' ');
        cmd.name = text.substr(0, space);
        cmd.text = space == std::string::npos ? "" : text.substr(space + 1);
    } else {
        // Anything else is a question, as an @mention or a DM would be.
        cmd.name = "/ask";
        cmd.text = text;
    }
    return cmd;
}

} // namespace

int ask_main(const std::vector<std::string>& argv)
{
    const args a(argv, {"knowledge"}, {"json"});
    if (a.positional().empty()) {
        throw usage_error("ask wants the text to answer, e.g. rolebot ask \"/role lead\"");
    }
    std::string text;
    for (const auto& word : a.positional()) {
        text += (text.empty() ? "" : " ") + word;
    }
    core::logger log(std::cerr, core::log_format::text, core::log_level::warn);
    std::optional<std::filesystem::path> knowledge_dir;
    if (auto k = a.value("knowledge")) {
        knowledge_dir = *k;
    }
    // Schedules made here live in memory only: `ask` never touches a server's data.
    const core::system_clock clock;
    services_config config;
    config.knowledge_dir = knowledge_dir;
    const bot_services services(config, clock, log);
    const auto cmd = as_command(text);
    const auto reply = services.router().dispatch({cmd, "cli"});
    if (a.flag("json")) {
        std::cout << slack::render_message(reply) << "\n";
    } else {
        std::cout << render_text(reply);
    }
    return 0;
}

} // namespace rolebot::app
