#pragma once

#include "bot/server/http_client.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace rolebot::testing {

/// Slack's signing secret from its documentation, used wherever a test signs.
inline constexpr const char* test_secret = "8f742231b10e8888abcd99yyyzzz85a5";

/// A form body like Slack's for `command` with `text`, urlencoded.
std::string command_body(const std::string& command, const std::string& text);

/// HMAC signature header value for a body at a timestamp, computed independently of
/// the code under test (OpenSSL's one-shot HMAC).
std::string reference_signature(const std::string& secret, std::int64_t timestamp,
                                const std::string& body);

/// A POST to /slack/commands signed with `secret` at `timestamp`.
server::client_request signed_command(const std::string& body, std::int64_t timestamp,
                                      const std::string& secret = test_secret);

/// A POST to /slack/events with a JSON body, signed with `secret` at `timestamp`.
server::client_request signed_event(const std::string& body, std::int64_t timestamp,
                                    const std::string& secret = test_secret);

/// The text of tests/fixtures/events/<name>.json.
std::string event_fixture(const std::string& name);

/// The block_actions payload of tests/fixtures/interactions/block_actions.json, with
/// another action, value, response_url or trigger id where given.
nlohmann::json button_click(const std::string& action_id, const std::string& value,
                            const std::string& response_url = {},
                            const std::string& trigger_id = {});

/// A POST to /slack/interactions with `payload=<urlencoded JSON>`, signed at `timestamp`.
server::client_request signed_interaction(const nlohmann::json& payload, std::int64_t timestamp,
                                          const std::string& secret = test_secret);

} // namespace rolebot::testing
