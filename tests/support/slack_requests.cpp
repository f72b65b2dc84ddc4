#include "tests/support/slack_requests.hpp"

#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include <fstream>
#include <sstream>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace rolebot::testing {

std::string command_body(const std::string& command, const std::string& text)
{
    const auto enc = [](const std::string& s) {
        return boost::urls::encode(s, boost::urls::unreserved_chars);
    };
    return "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
           "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=" +
           enc(command) + "&text=" + enc(text) +
           "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%"
           "2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121."
           "803a0bc887a14d10d2c447fce8b6703c";
}

std::string reference_signature(const std::string& secret, std::int64_t timestamp,
                                const std::string& body)
{
    const std::string base = "v0:" + std::to_string(timestamp) + ":" + body;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(base.data()), base.size(), digest, &length);
    std::string out = "v0=";
    constexpr char digits[] = "0123456789abcdef";
    for (unsigned i = 0; i < length; ++i) {
        out.push_back(digits[digest[i] >> 4U]);
        out.push_back(digits[digest[i] & 0xFU]);
    }
    return out;
}

namespace {

/// A POST to `target`, signed as Slack signs every request.
server::client_request signed_request(std::string target, std::string content_type,
                                      std::string body, std::int64_t timestamp,
                                      const std::string& secret)
{
    server::client_request req;
    req.target = std::move(target);
    req.headers = {{"Content-Type", std::move(content_type)},
                   {"X-Slack-Request-Timestamp", std::to_string(timestamp)},
                   {"X-Slack-Signature", reference_signature(secret, timestamp, body)}};
    req.body = std::move(body);
    return req;
}

} // namespace

server::client_request signed_command(const std::string& body, std::int64_t timestamp,
                                      const std::string& secret)
{
    return signed_request("/slack/commands", "application/x-www-form-urlencoded", body,
                          timestamp, secret);
}

server::client_request signed_event(const std::string& body, std::int64_t timestamp,
                                    const std::string& secret)
{
    return signed_request("/slack/events", "application/json", body, timestamp, secret);
}

std::string event_fixture(const std::string& name)
{
    std::ifstream in(std::string(ROLEBOT_SOURCE_DIR) + "/tests/fixtures/events/" + name + ".json");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

nlohmann::json button_click(const std::string& action_id, const std::string& value,
                            const std::string& response_url, const std::string& trigger_id)
{
    std::ifstream in(std::string(ROLEBOT_SOURCE_DIR) +
                     "/tests/fixtures/interactions/block_actions.json");
    auto payload = nlohmann::json::parse(in);
    payload["actions"][0]["action_id"] = action_id;
    payload["actions"][0]["value"] = value;
    if (!response_url.empty()) {
        payload["response_url"] = response_url;
    }
    if (!trigger_id.empty()) {
        payload["trigger_id"] = trigger_id;
    }
    return payload;
}

server::client_request signed_interaction(const nlohmann::json& payload, std::int64_t timestamp,
                                          const std::string& secret)
{
    return signed_request(
        "/slack/interactions", "application/x-www-form-urlencoded",
        "payload=" + std::string(boost::urls::encode(payload.dump(), boost::urls::unreserved_chars)),
        timestamp, secret);
}

} // namespace rolebot::testing
