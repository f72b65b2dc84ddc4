#include "bot/core/router.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

namespace rolebot::core {
namespace {

std::string all_text(const reply& r)
{
    std::string out = r.fallback_text();
    for (const auto& b : r.blocks()) {
        if (const auto* s = std::get_if<section_block>(&b)) {
            out += "\n" + s->text;
        }
    }
    return out;
}

class router_test : public ::testing::Test {
protected:
    std::ostringstream log_out;
    logger log{log_out, log_format::json, log_level::info};
    router r{log};

    reply dispatch(const std::string& name, const std::string& text = "")
    {
        command cmd;
        cmd.name = name;
        cmd.text = text;
        return r.dispatch({cmd, "req-1"});
    }
};

TEST_F(router_test, dispatches_by_command_name_case_insensitively)
{
    r.add("/role", "roles", [](const context& ctx) {
        reply out;
        out.fallback("role:" + ctx.cmd.text);
        return out;
    });
    EXPECT_EQ(dispatch("/role", "lead").fallback_text(), "role:lead");
    EXPECT_EQ(dispatch("/ROLE", "pm").fallback_text(), "role:pm");
}

TEST_F(router_test, unknown_command_lists_what_exists)
{
    r.add("/role", "what a role is", [](const context&) { return reply{}; });
    const auto out = dispatch("/weather");
    EXPECT_EQ(out.audience(), visibility::ephemeral);
    const auto text = all_text(out);
    EXPECT_NE(text.find("/weather"), std::string::npos);
    EXPECT_NE(text.find("/role"), std::string::npos);
}

TEST_F(router_test, handler_exception_becomes_a_reference_in_reply_and_log)
{
    r.add("/boom", "fails",
          [](const context&) -> reply { throw std::runtime_error("database on fire"); });
    const auto out = dispatch("/boom");
    const auto text = all_text(out);
    const auto at = text.find("(ref ");
    ASSERT_NE(at, std::string::npos) << text;
    const auto ref = text.substr(at + 5, 6);
    EXPECT_EQ(text.find("database on fire"), std::string::npos); // details stay in the log
    const auto logged = log_out.str();
    EXPECT_NE(logged.find(ref), std::string::npos);
    EXPECT_NE(logged.find("database on fire"), std::string::npos);
    EXPECT_NE(logged.find("req-1"), std::string::npos);
}

} // namespace
} // namespace rolebot::core
