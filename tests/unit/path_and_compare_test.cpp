#include "handlers/ask_command.hpp"
#include "handlers/path_command.hpp"
#include "handlers/role_command.hpp"
#include "tests/support/shipped_knowledge.hpp"

#include <gtest/gtest.h>

namespace rolebot::handlers {
namespace {

std::string header_of(const core::reply& r)
{
    if (r.blocks().empty()) {
        return "";
    }
    const auto* h = std::get_if<core::header_block>(&r.blocks().front());
    return h == nullptr ? "" : h->text;
}

std::string all_text(const core::reply& r)
{
    std::string out;
    for (const auto& b : r.blocks()) {
        if (const auto* s = std::get_if<core::section_block>(&b)) {
            out += s->text + "\n";
            for (const auto& f : s->fields) {
                out += f + "\n";
            }
        } else if (const auto* c = std::get_if<core::context_block>(&b)) {
            out += c->elements.front() + "\n";
        }
    }
    return out;
}

class commands_test : public ::testing::Test {
protected:
    static inline const knowledge::knowledge_base* kb = &testing::shipped_knowledge();
};

TEST_F(commands_test, role_a_vs_b_and_compare_give_the_same_table)
{
    const auto vs = role_command(*kb, "pm vs product lead");
    EXPECT_EQ(header_of(vs), "Product Manager vs Product Lead");
    EXPECT_EQ(header_of(role_command(*kb, "compare pm product lead")), header_of(vs));
    EXPECT_EQ(header_of(role_command(*kb, "compare PM and Product Lead")), header_of(vs));
    EXPECT_EQ(header_of(role_command(*kb, "product manager versus product lead")), header_of(vs));
    EXPECT_EQ(vs.cache_key(), "g1:compare:product-manager:product-lead");
}

TEST_F(commands_test, comparison_shows_every_aspect_either_role_has)
{
    const auto text = all_text(role_command(*kb, "pm vs product lead"));
    for (const auto* label : {"*Time horizon*", "*Decision authority*", "*Metrics*",
                              "*Team interaction*", "*Market strategy*"}) {
        EXPECT_NE(text.find(label), std::string::npos) << label;
    }
    // An aspect only one side has says so instead of inventing the other.
    const auto apm = all_text(role_command(*kb, "apm vs product lead"));
    EXPECT_NE(apm.find("The articles don't say"), std::string::npos);
}

TEST_F(commands_test, compare_without_two_roles_explains_usage)
{
    EXPECT_NE(all_text(role_command(*kb, "compare product lead")).find("name two roles"),
              std::string::npos);
}

TEST_F(commands_test, role_with_a_question_falls_through_to_the_answerer)
{
    EXPECT_EQ(role_command(*kb, "is a lead PM the same as a product lead?").fallback_text(),
              ask(*kb, "is a lead PM the same as a product lead?").reply.fallback_text());
}

TEST_F(commands_test, path_defaults_to_product_manager_to_product_lead)
{
    const auto r = path_command(*kb, "");
    EXPECT_EQ(header_of(r), "Product Manager → Product Lead");
    const auto text = all_text(r);
    EXPECT_NE(text.find("*Steps*\n1. *"), std::string::npos);
    EXPECT_NE(text.find("*Typical time:*"), std::string::npos);
    EXPECT_NE(text.find("*Skills to build*"), std::string::npos);
    EXPECT_EQ(header_of(path_command(*kb, "product lead")), header_of(r));
    EXPECT_EQ(header_of(path_command(*kb, "pm")), header_of(r));
}

TEST_F(commands_test, path_between_two_named_roles)
{
    EXPECT_EQ(header_of(path_command(*kb, "senior pm to product lead")),
              "Senior Product Manager → Product Lead");
    EXPECT_EQ(header_of(path_command(*kb, "from sr pm to director of product management")),
              "Senior Product Manager → Director of Product Management");
    EXPECT_EQ(header_of(path_command(*kb, "pm senior pm")),
              "Product Manager → Senior Product Manager");
}

TEST_F(commands_test, unknown_paths_are_not_invented)
{
    const auto r = path_command(*kb, "apm to cpo");
    EXPECT_TRUE(header_of(r).empty());
    const auto text = all_text(r);
    EXPECT_NE(text.find("I don't have a path"), std::string::npos);
    EXPECT_NE(text.find("/path Product Manager to Product Lead"), std::string::npos);
    EXPECT_NE(all_text(path_command(*kb, "astronaut")).find("Usage"), std::string::npos);
}

TEST_F(commands_test, a_refusal_offers_the_path_between_the_roles_it_names_as_a_command)
{
    const auto text = all_text(
        ask(*kb, "what % raise is standard when a sr pm gets promoted to product lead?").reply);
    ASSERT_NE(text.find("I don't know"), std::string::npos);
    // The move the question is about comes first, before either role's card, written as
    // the command that shows it.
    const auto path = text.find("• `/path Senior Product Manager to Product Lead`");
    ASSERT_NE(path, std::string::npos) << text;
    EXPECT_LT(path, text.find("• `/role Senior Product Manager`"));
    EXPECT_EQ(header_of(path_command(*kb, "Senior Product Manager to Product Lead")),
              "Senior Product Manager → Product Lead");
}

} // namespace
} // namespace rolebot::handlers
