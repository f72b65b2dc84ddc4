#include "knowledge/search_index.hpp"

#include "knowledge/english_words.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <random>

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

TEST(search_terms, a_word_and_its_inflections_meet)
{
    EXPECT_EQ(search_terms("planning plans planned"),
              (std::vector<std::string>{"plan", "plan", "plan"}));
    EXPECT_EQ(search_terms("writing writes"), (std::vector<std::string>{"write", "write"}));
    EXPECT_EQ(search_terms("shipped shipping"), (std::vector<std::string>{"ship", "ship"}));
    EXPECT_EQ(search_terms("hiring owned editing"),
              (std::vector<std::string>{"hire", "own", "edit"}));
    EXPECT_EQ(search_terms("prioritize prioritizing prioritising prioritised"),
              (std::vector<std::string>{"prioritise", "prioritise", "prioritise", "prioritise"}));
    EXPECT_EQ(search_terms("analyzed organization"),
              (std::vector<std::string>{"analyse", "organisation"}));
    // Not every "ed" or double letter is an inflection.
    EXPECT_EQ(search_terms("speed skilled"), (std::vector<std::string>{"speed", "skill"}));
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

TEST_F(search_index_test, leaves_real_words_it_does_not_index_alone)
{
    // "hear" and "peaple" are both one edit from an indexed word; only one is a typo.
    EXPECT_EQ(index.corrected_terms("hear peaple"), (std::vector<std::string>{"hear", "people"}));
    EXPECT_EQ(index.corrected_terms("kill"), (std::vector<std::string>{"kill"}));
}

TEST(english_words, knows_words_as_search_terms_carry_them)
{
    for (const std::string_view word : {"kill", "fall", "lead", "analysi", "someth", "studi"}) {
        EXPECT_TRUE(is_english_word(word)) << word;
    }
    for (const std::string_view typo : {"prodcut", "managment", "diffrent", "improvment", "xq"}) {
        EXPECT_FALSE(is_english_word(typo)) << typo;
    }
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

TEST(search_index_pruning, top_results_equal_scoring_every_document)
{
    // Skewed word frequencies, as in real text: a few words in most documents, many rare
    // ones. Enough documents that posting lists span many blocks.
    std::mt19937 random(7);
    std::vector<std::string> vocabulary;
    for (int i = 0; i < 300; ++i) {
        vocabulary.push_back("word" + std::to_string(i) + "x");
    }
    const auto pick = [&] {
        std::geometric_distribution<int> skew(0.05);
        return vocabulary[static_cast<std::size_t>(skew(random)) % vocabulary.size()];
    };
    // One index always prunes (MaxScore), the other always scores every document.
    search_index index(0);
    search_index every(std::numeric_limits<std::size_t>::max());
    constexpr std::size_t documents = 3000;
    std::string title;
    std::string body;
    for (std::size_t d = 0; d < documents; ++d) {
        // Every tenth document is a copy of the one before: ties must go to the first.
        if (d % 10 != 9) {
            title.clear();
            body.clear();
            for (int w = 0; w < 3; ++w) {
                title += pick() + " ";
            }
            const int words = 5 + static_cast<int>(random() % 40);
            for (int w = 0; w < words; ++w) {
                body += pick() + " ";
            }
        }
        index.add({{title, 3}, {body, 1}});
        every.add({{title, 3}, {body, 1}});
    }
    index.finish();
    every.finish();
    for (int q = 0; q < 300; ++q) {
        std::string query;
        const int words = 1 + static_cast<int>(random() % 6);
        for (int w = 0; w < words; ++w) {
            query += pick() + " ";
        }
        // With room for every document nothing can be pruned: the exhaustive ranking.
        const auto all = index.search(query, documents);
        for (const std::size_t limit : {1U, 5U, 32U}) {
            const auto top = index.search(query, limit);
            const auto scored = every.search(query, limit);
            ASSERT_EQ(top.size(), std::min(limit, all.size())) << query;
            ASSERT_EQ(scored.size(), top.size()) << query;
            for (std::size_t i = 0; i < top.size(); ++i) {
                EXPECT_EQ(top[i].document, all[i].document) << query << " #" << i;
                EXPECT_DOUBLE_EQ(top[i].score, all[i].score) << query << " #" << i;
                EXPECT_DOUBLE_EQ(top[i].coverage, all[i].coverage) << query << " #" << i;
                // Scoring every document agrees to the last bit.
                EXPECT_EQ(scored[i].document, top[i].document) << query << " #" << i;
                EXPECT_EQ(scored[i].score, top[i].score) << query << " #" << i;
                EXPECT_EQ(scored[i].coverage, top[i].coverage) << query << " #" << i;
            }
        }
    }
}

TEST(search_index_pruning, ties_go_to_the_earlier_document)
{
    for (const std::size_t score_all_below : {std::size_t{0}, std::size_t{100000}}) {
        search_index index(score_all_below);
        for (int copy = 0; copy < 500; ++copy) {
            index.add({{"product lead roadmap", 3}, {"owns the roadmap", 1}});
            index.add({{"product manager backlog", 3}, {"owns the backlog", 1}});
        }
        index.finish();
        const auto top = index.search("roadmap", 3);
        ASSERT_EQ(top.size(), 3U);
        EXPECT_EQ(top[0].document, 0U);
        EXPECT_EQ(top[1].document, 2U);
        EXPECT_EQ(top[2].document, 4U);
    }
}

} // namespace
} // namespace rolebot::knowledge
