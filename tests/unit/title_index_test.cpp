#include "knowledge/knowledge_base.hpp"
#include "tests/support/shipped_knowledge.hpp"

#include <gtest/gtest.h>

namespace rolebot::knowledge {
namespace {

/// Matching over the shipped knowledge base: these are the titles users type.
class title_index_test : public ::testing::Test {
protected:
    static std::string matched(std::string_view query)
    {
        const auto m = kb->match_title(query);
        return m.role ? kb->roles()[*m.role].id : "";
    }

    static std::vector<std::string> suggested(std::string_view query)
    {
        std::vector<std::string> out;
        for (auto i : kb->match_title(query).suggestions) {
            out.push_back(kb->roles()[i].id);
        }
        return out;
    }

    static inline const knowledge_base* kb = &testing::shipped_knowledge();
};

TEST_F(title_index_test, a_lone_title_word_next_to_another_function_names_no_product_role)
{
    const auto named = [](std::string_view text) {
        std::vector<std::string> ids;
        for (auto i : kb->titles().mentions(kb->search().corrected_terms(text))) {
            ids.push_back(kb->roles()[i].id);
        }
        return ids;
    };
    EXPECT_EQ(named("what does a chief technology officer do"), std::vector<std::string>{});
    EXPECT_EQ(named("is the head of engineering above the product lead"),
              std::vector<std::string>{"product-lead"});
    // "Heading" loses its ending as a search word; a lone "head" is no head of product.
    EXPECT_EQ(named("sr pm for people heading into management"),
              std::vector<std::string>{"senior-product-manager"});
    // Alone, the word still names its one role.
    EXPECT_EQ(named("my director says"),
              std::vector<std::string>{"director-of-product-management"});
    EXPECT_EQ(named("does the chief own the roadmap"),
              std::vector<std::string>{"chief-product-officer"});
}

TEST_F(title_index_test, every_title_matches_itself)
{
    for (const auto& r : kb->roles()) {
        EXPECT_EQ(matched(r.title), r.id);
        EXPECT_EQ(matched(r.id), r.id); // "product-lead" as typed from a link
    }
}

TEST_F(title_index_test, abbreviations_and_other_names)
{
    EXPECT_EQ(matched("lead"), "product-lead");
    EXPECT_EQ(matched("PM"), "product-manager");
    EXPECT_EQ(matched("APM"), "associate-product-manager");
    EXPECT_EQ(matched("Sr PM"), "senior-product-manager");
    EXPECT_EQ(matched("senior pm"), "senior-product-manager");
    EXPECT_EQ(matched("VP"), "vp-of-product");
    EXPECT_EQ(matched("vp product"), "vp-of-product");
    EXPECT_EQ(matched("vice president of product"), "vp-of-product");
    EXPECT_EQ(matched("CPO"), "chief-product-officer");
    EXPECT_EQ(matched("lead PM"), "lead-product-manager");
    EXPECT_EQ(matched("LPM"), "lead-product-manager");
    EXPECT_EQ(matched("SPMs"), "senior-product-manager");
    EXPECT_EQ(matched("head of product"), "head-of-product");
    EXPECT_EQ(matched("director"), "director-of-product-management");
}

TEST_F(title_index_test, case_plurals_and_word_order)
{
    EXPECT_EQ(matched("PRODUCT LEAD"), "product-lead");
    EXPECT_EQ(matched("product leads"), "product-lead");
    EXPECT_EQ(matched("Product Managers"), "product-manager");
    EXPECT_EQ(matched("manager product"), "product-manager");
}

TEST_F(title_index_test, typos)
{
    EXPECT_EQ(matched("prodct lead"), "product-lead");
    EXPECT_EQ(matched("porduct manager"), "product-manager");
    EXPECT_EQ(matched("head of prodcut"), "head-of-product");
    EXPECT_EQ(matched("cheif product officer"), "chief-product-officer");
    EXPECT_EQ(matched("principle product manager"), "principal-product-manager");
}

TEST_F(title_index_test, ambiguous_words_are_not_guessed)
{
    EXPECT_EQ(matched("manager"), "");
    const auto s = suggested("manager");
    ASSERT_FALSE(s.empty());
    EXPECT_EQ(s.front(), "product-manager");
    EXPECT_LE(s.size(), 3U);
}

TEST_F(title_index_test, unknown_titles_are_not_made_up)
{
    EXPECT_EQ(matched("zebra"), "");
    EXPECT_TRUE(suggested("zebra").empty());
    EXPECT_EQ(matched("software engineer"), "");
    EXPECT_EQ(matched("QA manager"), "");
    EXPECT_EQ(matched("VQ"), ""); // abbreviations are never fuzzy-matched
    EXPECT_EQ(matched(""), "");
    EXPECT_EQ(matched(std::string(500, 'a')), "");
}

TEST_F(title_index_test, short_abbreviations_need_exact_spelling)
{
    EXPECT_EQ(matched("PN"), "");
    EXPECT_EQ(matched("CPA"), "");
}

} // namespace
} // namespace rolebot::knowledge
