// The Web API client over TLS against a local HTTPS server with a certificate made at
// run time: verified against the trust store, host name checked, SNI sent.
#include "bot/slack/web_api_client.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/tls_test_server.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace rolebot::slack {
namespace {

namespace net = boost::asio;

struct tls_client_test : ::testing::Test {
    call_result call(const std::string& url, const std::string& ca_file)
    {
        auto endpoint = parse_api_url(url);
        endpoint.ca_file = ca_file;
        net::io_context io;
        web_api_client client(io.get_executor(), endpoint, "xoxb-test", log);
        auto result = net::co_spawn(io, client.call("auth.test", "{}"), net::use_future);
        io.run();
        return result.get();
    }

    std::string write_ca(const testing::test_certificate& cert)
    {
        const auto file = dir.file("ca.pem");
        std::ofstream(file) << cert.certificate_pem;
        return file;
    }

    testing::temp_dir dir;
    std::ostringstream log_text;
    core::logger log{log_text, core::log_format::json, core::log_level::debug};
};

TEST_F(tls_client_test, a_trusted_certificate_for_the_host_is_accepted_and_sni_is_sent)
{
    const auto cert = testing::make_certificate("localhost");
    testing::tls_test_server server(cert);
    const auto r = call("https://localhost:" + std::to_string(server.port()) + "/api/",
                        write_ca(cert));
    EXPECT_EQ(r.outcome, call_outcome::ok) << r.error;
    EXPECT_EQ(server.server_names(), std::vector<std::string>{"localhost"});
}

TEST_F(tls_client_test, an_untrusted_certificate_is_refused)
{
    const auto cert = testing::make_certificate("localhost");
    testing::tls_test_server server(cert);
    const auto r = call("https://localhost:" + std::to_string(server.port()) + "/api/", "");
    EXPECT_EQ(r.outcome, call_outcome::transient);
    EXPECT_NE(r.error.find("TLS handshake"), std::string::npos) << r.error;
    EXPECT_EQ(server.answered(), 0);
}

TEST_F(tls_client_test, a_certificate_for_another_host_is_refused)
{
    const auto cert = testing::make_certificate("slack.example");
    testing::tls_test_server server(cert);
    const auto r = call("https://localhost:" + std::to_string(server.port()) + "/api/",
                        write_ca(cert));
    EXPECT_EQ(r.outcome, call_outcome::transient);
    EXPECT_NE(r.error.find("TLS handshake"), std::string::npos) << r.error;
    EXPECT_EQ(server.answered(), 0);
}

} // namespace
} // namespace rolebot::slack
