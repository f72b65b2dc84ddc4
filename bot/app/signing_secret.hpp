#pragma once

#include <filesystem>
#include <string>

namespace rolebot::app {

/// The Slack signing secret and where it came from.
struct signing_secret {
    std::string value;
    /// True when no secret was configured and a generated local-mode secret is used.
    bool local = false;
};

/// SLACK_SIGNING_SECRET or SLACK_SIGNING_SECRET_FILE when set; otherwise the local-mode
/// secret kept in `data_dir`/local-signing-secret (mode 0600), created when `create`.
/// Throws core::config_error when there is none and it may not be created.
signing_secret resolve_signing_secret(const std::filesystem::path& data_dir, bool create);

} // namespace rolebot::app
