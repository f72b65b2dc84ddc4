#include "bot/app/cli.hpp"

#include "bot/app/args.hpp"
#include "bot/app/commands.hpp"
#include "bot/core/secrets.hpp"

#include <exception>
#include <iostream>
#include <string_view>

namespace rolebot::app {
namespace {

constexpr std::string_view usage = R"(rolebot: a chat bot that explains product-management roles

usage:
  rolebot serve [--listen HOST:PORT] [--data DIR] [--knowledge DIR] [--threads N]
                [--log-format json|text] [--log-level debug|info|warn|error]
                [--grace DURATION] [--default-zone ZONE]
      Run the Slack webhook server (default 127.0.0.1:3000, data in ./var).
      Environment: SLACK_SIGNING_SECRET or SLACK_SIGNING_SECRET_FILE. Without a
      secret it runs in local mode on loopback only, with a generated secret.
      SLACK_BOT_TOKEN (or SLACK_BOT_TOKEN_FILE) lets it post stand-ups and
      check-ins; SLACK_API_URL changes the Web API base (https://slack.com/api/).
      --grace: how late a missed prompt may still be posted (default 2h).
      --default-zone: the zone of schedules that name none (default UTC).
  rolebot ask [--json] [--knowledge DIR] "<text>"
      Answer in the terminal what the bot would answer in chat, e.g.
      rolebot ask "/role lead". --json prints the Slack message.
  rolebot send [--url URL] [--data DIR] "/role lead"
      Send a signed slash command to a running server and print its answer.
  rolebot kb check DIR
      Validate a knowledge base directory; errors as "file: /json/pointer: message".
  rolebot report [--data DIR] [--limit N]
      The questions rolebot could not answer and the answers marked not helpful,
      most frequent first (so the knowledge base can grow where people ask), and
      the messages Slack refused.
  rolebot help
)";

} // namespace

int run_cli(int argc, char** argv)
{
    std::vector<std::string> rest(argv + (argc > 0 ? 1 : 0), argv + argc);
    if (rest.empty()) {
        std::cerr << usage;
        return 2;
    }
    const std::string command = rest.front();
    rest.erase(rest.begin());
    try {
        if (command == "serve") {
            return serve_main(rest);
        }
        if (command == "ask") {
            return ask_main(rest);
        }
        if (command == "send") {
            return send_main(rest);
        }
        if (command == "kb") {
            return kb_main(rest);
        }
        if (command == "report") {
            return report_main(rest);
        }
        if (command == "help" || command == "--help" || command == "-h") {
            std::cout << usage;
            return 0;
        }
        throw usage_error("unknown command \"" + command + "\"");
    } catch (const usage_error& e) {
        std::cerr << "rolebot: " << e.what() << "\n\n" << usage;
        return 2;
    } catch (const core::config_error& e) {
        std::cerr << "rolebot: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "rolebot: " << e.what() << "\n";
        return 1;
    }
}

} // namespace rolebot::app
