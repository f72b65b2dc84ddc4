#include "knowledge/search_index.hpp"

#include <gtest/gtest.h>

namespace rolebot::knowledge {
namespace {

class search_index_test : public ::testing::Test {
protected:
    void SetUp() override
    {
        index.add({{"How long does it take to become a product lead?", 3},
                   {"Usually five to eight years of product work.", 1}});
        index.add({{"Does a product lead manage people?", 3},
                   {"Yes, a product lead usually manages product managers.", 1}});
        index.add({{"Reactive versus creative mindset", 3},
                   {"Curiosity and adaptability help leaders.", 1}});
        index.finish();
    }

    std::uint32_t top(std::string_view query) const
    {
        const auto hits = index.search(query, 3);
        return hits.empty() ? 99U : hits.front().document;
    }

    search_index index;
};

TEST(search_terms, normalises_questions)
{
    EXPECT_EQ(search_terms("What does a Sr PM do?"),
              (std::vector<std::string>{"senior", "product", "manager"}));
    EXPECT_EQ(search_terms("Leading teams, reporting lines"),
              (std::vector<std::string>{"lead", "team", "report", "line"}));
    EXPECT_TRUE(search_terms("what is it?").empty());
}

TEST_F(search_index_test, ranks_the_matching_document_first)
{
    EXPECT_EQ(top("how many years until I become a product lead"), 0U);
    EXPECT_EQ(top("do product leads manage people"), 1U);
    EXPECT_EQ(top("creative mindset"), 2U);
}

TEST_F(search_index_test, tolerates_one_typo_per_word)
{
    EXPECT_EQ(top("creatve mindst"), 2U);
    EXPECT_EQ(index.corrected_terms("prodcut leed"), (std::vector<std::string>{"product", "lead"}));
    // Short words are abbreviations: never "corrected".
    EXPECT_EQ(index.corrected_terms("led"), (std::vector<std::string>{"led"}));
}

TEST_F(search_index_test, coverage_falls_with_words_the_index_never_saw)
{
    const auto known = index.search("does a product lead manage people", 1);
    const auto salary = index.search("what salary does a product lead earn", 1);
    ASSERT_FALSE(known.empty());
    ASSERT_FALSE(salary.empty());
    EXPECT_GT(known.front().coverage, 0.9);
    EXPECT_LT(salary.front().coverage, 0.5);
    EXPECT_TRUE(index.search("weather forecast", 3).empty());
}

TEST_F(search_index_test, same_query_same_answer)
{
    const auto a = index.search("product lead", 3);
    const auto b = index.search("product lead", 3);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].document, b[i].document);
        EXPECT_EQ(a[i].score, b[i].score);
    }
}

} // namespace
} // namespace rolebot::knowledge
