#pragma once

#include "tests/support/fake_slack_api.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rolebot::testing {

/// The environment for `rolebot serve` posting to `api`: the test signing secret, a bot
/// token, SLACK_API_URL, and ROLEBOT_CLOCK_START when `clock_start` is given.
std::map<std::string, std::string> serve_environment(const fake_slack_api& api,
                                                     const std::string& clock_start = {});

/// `rolebot serve` on 127.0.0.1:0 with JSON logs and its data in `data_dir`.
std::vector<std::string> serve_arguments(const std::filesystem::path& data_dir);

/// Waits until `api` has gone `quiet` without a new call (at most 20 s).
void wait_until_quiet(const fake_slack_api& api, std::chrono::milliseconds quiet);

} // namespace rolebot::testing
