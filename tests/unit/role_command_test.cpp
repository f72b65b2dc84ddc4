#include "handlers/role_command.hpp"
#include "tests/support/shipped_knowledge.hpp"

#include <gtest/gtest.h>

namespace rolebot::handlers {
namespace {

std::string all_text(const core::reply& r)
{
    std::string out;
    for (const auto& b : r.blocks()) {
        if (const auto* h = std::get_if<core::header_block>(&b)) {
            out += h->text + "\n";
        } else if (const auto* s = std::get_if<core::section_block>(&b)) {
            out += s->text + "\n";
            for (const auto& f : s->fields) {
                out += f + "\n";
            }
        } else if (const auto* c = std::get_if<core::context_block>(&b)) {
            for (const auto& e : c->elements) {
                out += e + "\n";
            }
        }
    }
    return out;
}

class role_command_test : public ::testing::Test {
protected:
    static inline const knowledge::knowledge_base* kb = &testing::shipped_knowledge();
};

TEST_F(role_command_test, role_card_shows_what_the_knowledge_base_holds)
{
    const auto r = role_command(*kb, "  lead ");
    const auto* header = std::get_if<core::header_block>(&r.blocks().front());
    ASSERT_NE(header, nullptr);
    EXPECT_EQ(header->text, "Product Lead");
    const auto text = all_text(r);
    const auto* role = kb->find("product-lead");
    EXPECT_NE(text.find(role->summary), std::string::npos);
    EXPECT_NE(text.find("*Scope*\n" + role->scope), std::string::npos);
    EXPECT_NE(text.find("*Time horizon*\n" + role->time_horizon), std::string::npos);
    EXPECT_NE(text.find("*Responsibilities*"), std::string::npos);
    EXPECT_NE(text.find("*Skills*"), std::string::npos);
    // What the role does in practice: the answerer sends questions about a role's day,
    // metrics or decisions to its card, so the card must say it.
    EXPECT_NE(text.find("*In practice*"), std::string::npos);
    EXPECT_NE(
        text.find("*Daily activities:* " + role->aspect_value(knowledge::aspect::daily_activities)),
        std::string::npos);
    EXPECT_NE(text.find("*Metrics:* " + role->aspect_value(knowledge::aspect::metrics)),
              std::string::npos);
    EXPECT_NE(text.find("*Manages*\nProduct Manager"), std::string::npos);
    EXPECT_NE(text.find(role->sources.front()), std::string::npos);
    EXPECT_EQ(r.audience(), core::visibility::ephemeral);
    EXPECT_EQ(r.cache_key(), "g1:role:product-lead");
    EXPECT_EQ(r.fallback_text(), "Product Lead: " + role->summary);
}

TEST_F(role_command_test, card_leaves_out_what_is_unknown)
{
    // The articles say nothing about a principal PM's scope: no invented field.
    const auto text = all_text(role_command(*kb, "principal pm"));
    EXPECT_NE(text.find("Principal Product Manager"), std::string::npos);
    if (kb->find("principal-product-manager")->scope.empty()) {
        EXPECT_EQ(text.find("*Scope*"), std::string::npos);
    }
}

TEST_F(role_command_test, empty_text_lists_the_ladder_on_both_tracks)
{
    const auto text = all_text(role_command(*kb, ""));
    EXPECT_NE(text.find("*Individual contributor track*"), std::string::npos);
    EXPECT_NE(text.find("*Management track*"), std::string::npos);
    for (const auto& r : kb->roles()) {
        EXPECT_NE(text.find(r.title), std::string::npos) << r.title;
    }
    // Most junior first on each track.
    EXPECT_LT(text.find("Associate Product Manager"), text.find("Senior Product Manager"));
    EXPECT_LT(text.find("Head of Product"), text.find("Chief Product Officer"));
}

TEST_F(role_command_test, help_explains_usage)
{
    const auto text = all_text(role_command(*kb, "HELP"));
    EXPECT_NE(text.find("/role <title>"), std::string::npos);
    EXPECT_NE(text.find("/standup 09:30 Europe/Berlin mon-fri"), std::string::npos);
    EXPECT_NE(text.find("/checkin @mentor @mentee"), std::string::npos);
    EXPECT_NE(text.find("direct message"), std::string::npos);
}

TEST_F(role_command_test, unknown_title_offers_closest_titles)
{
    const auto r = role_command(*kb, "manager");
    const auto text = all_text(r);
    EXPECT_NE(text.find("Did you mean"), std::string::npos);
    EXPECT_NE(text.find("*Product Manager*"), std::string::npos);
    EXPECT_TRUE(r.cache_key().empty()); // depends on what the user typed
}

TEST_F(role_command_test, unknown_title_without_anything_close)
{
    const auto text = all_text(role_command(*kb, "astronaut"));
    EXPECT_NE(text.find("I don't know a role called \"astronaut\""), std::string::npos);
    EXPECT_EQ(text.find("Did you mean"), std::string::npos);
}

TEST_F(role_command_test, long_unknown_text_is_not_echoed_whole)
{
    const std::string junk(5000, 'x');
    EXPECT_LT(all_text(role_command(*kb, junk)).size(), 400U);
}

} // namespace
} // namespace rolebot::handlers
