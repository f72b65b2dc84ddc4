#include "bot/app/args.hpp"

#include <gtest/gtest.h>

namespace rolebot::app {
namespace {

TEST(args, options_flags_and_positionals)
{
    const args a({"--listen", "127.0.0.1:0", "--json", "--data=/tmp/x", "/role", "lead"},
                 {"listen", "data"}, {"json"});
    EXPECT_EQ(a.value("listen"), "127.0.0.1:0");
    EXPECT_EQ(a.value("data"), "/tmp/x");
    EXPECT_TRUE(a.flag("json"));
    EXPECT_EQ(a.positional(), (std::vector<std::string>{"/role", "lead"}));
    EXPECT_FALSE(a.value("knowledge"));
}

TEST(args, mistakes_are_usage_errors)
{
    EXPECT_THROW(args({"--nope"}, {}, {}), usage_error);
    EXPECT_THROW(args({"--listen"}, {"listen"}, {}), usage_error);
}

TEST(args, listen_addresses)
{
    const auto v4 = parse_listen("0.0.0.0:3000");
    EXPECT_EQ(v4.host, "0.0.0.0");
    EXPECT_EQ(v4.port, 3000);
    const auto v6 = parse_listen("[::1]:0");
    EXPECT_EQ(v6.host, "::1");
    EXPECT_EQ(v6.port, 0);
    EXPECT_THROW(parse_listen("3000"), usage_error);
    EXPECT_THROW(parse_listen("host:99999"), usage_error);
    EXPECT_THROW(parse_listen("host:http"), usage_error);
}

TEST(args, counts)
{
    EXPECT_EQ(parse_count("threads", "4"), 4U);
    EXPECT_THROW(parse_count("threads", "0"), usage_error);
    EXPECT_THROW(parse_count("threads", "many"), usage_error);
}

} // namespace
} // namespace rolebot::app
