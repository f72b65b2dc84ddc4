#include "tests/support/serve_with_fake_slack.hpp"

#include "tests/support/slack_requests.hpp"

#include <thread>

namespace rolebot::testing {

std::map<std::string, std::string> serve_environment(const fake_slack_api& api,
                                                     const std::string& clock_start)
{
    std::map<std::string, std::string> env{{"SLACK_SIGNING_SECRET", test_secret},
                                           {"SLACK_BOT_TOKEN", "xoxb-test-token"},
                                           {"SLACK_API_URL", api.base_url()}};
    if (!clock_start.empty()) {
        env["ROLEBOT_CLOCK_START"] = clock_start;
    }
    return env;
}

std::vector<std::string> serve_arguments(const std::filesystem::path& data_dir)
{
    return {ROLEBOT_BINARY, "serve",      "--listen", "127.0.0.1:0", "--data", data_dir.string(),
            "--log-format", "json", "--threads",  "2"};
}

void wait_until_quiet(const fake_slack_api& api, std::chrono::milliseconds quiet)
{
    auto seen = api.calls().size();
    auto still_since = std::chrono::steady_clock::now();
    const auto give_up = still_since + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < give_up) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const auto now_seen = api.calls().size();
        if (now_seen != seen) {
            seen = now_seen;
            still_since = std::chrono::steady_clock::now();
        } else if (std::chrono::steady_clock::now() - still_since >= quiet) {
            return;
        }
    }
}

} // namespace rolebot::testing
