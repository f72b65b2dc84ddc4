#include "bot/app/args.hpp"
#include "bot/app/commands.hpp"
#include "bot/app/signing_secret.hpp"
#include "bot/core/clock.hpp"
#include "bot/server/http_client.hpp"
#include "bot/slack/signature.hpp"

#include <boost/url/encode.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include <iostream>

namespace rolebot::app {
namespace {

namespace urls = boost::urls;

std::string form_value(std::string_view value)
{
    return urls::encode(value, urls::unreserved_chars);
}

} // namespace

int send_main(const std::vector<std::string>& argv)
{
    const args a(argv, {"url", "data"}, {});
    if (a.positional().size() != 1 || !a.positional().front().starts_with('/')) {
        throw usage_error(
            "send wants one slash command in quotes, e.g. rolebot send \"/role lead\"");
    }
    const auto url_text = a.value("url").value_or("http://127.0.0.1:3000");
    auto url = urls::parse_uri(url_text);
    if (!url || url->scheme() != "http" || url->host().empty()) {
        throw usage_error("--url wants http://HOST:PORT (plain HTTP, e.g. a local server)");
    }
    const std::uint16_t port = url->has_port() ? url->port_number() : 80;
    const auto secret = resolve_signing_secret(a.value("data").value_or("var"), false);

    const auto& line = a.positional().front();
    const auto space = line.find(' ');
    const auto command = line.substr(0, space);
    const auto text = space == std::string::npos ? std::string() : line.substr(space + 1);
    const std::string body = "team_id=T0LOCAL&team_domain=local&channel_id=C0LOCAL&channel_name="
                             "local&user_id=U0LOCAL&user_name=local&command=" +
                             form_value(command) + "&text=" + form_value(text) +
                             "&api_app_id=A0LOCAL";
    const core::system_clock clock;
    const slack::signature_verifier signer(secret.value, clock);
    const auto timestamp = std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count());

    server::client_request request;
    request.target = "/slack/commands";
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"X-Slack-Request-Timestamp", timestamp},
                       {"X-Slack-Signature", signer.sign(timestamp, body)}};
    request.body = body;
    const auto response =
        server::http_request(std::string(url->host()), port, request, std::chrono::seconds(10));
    std::cout << "HTTP " << response.status << "\n" << response.body << "\n";
    return response.status == 200 ? 0 : 1;
}

} // namespace rolebot::app
