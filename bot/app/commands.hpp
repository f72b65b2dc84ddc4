#pragma once

#include <string>
#include <vector>

namespace rolebot::app {

/// `rolebot serve`: the webhook server.
int serve_main(const std::vector<std::string>& argv);
/// `rolebot ask`: answers in the terminal what the bot would answer in chat.
int ask_main(const std::vector<std::string>& argv);
/// `rolebot send`: sends a signed slash command to a running server.
int send_main(const std::vector<std::string>& argv);
/// `rolebot kb check DIR`: validates a knowledge base directory.
int kb_main(const std::vector<std::string>& argv);
/// `rolebot report`: the questions people asked that went unanswered or unhelped, and
/// the messages Slack refused.
int report_main(const std::vector<std::string>& argv);

} // namespace rolebot::app
