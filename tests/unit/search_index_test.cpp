#include "knowledge/search_index.hpp"

#include "knowledge/english_words.hpp"

#include <gtest/gtest.h>

#include <array>

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
    EXPECT_EQ(search_terms("shaping owned editing"),
              (std::vector<std::string>{"shape", "own", "edit"}));
    EXPECT_EQ(search_terms("handled sampling pulling"),
              (std::vector<std::string>{"handle", "sample", "pull"}));
    // "titling" is "title", a stop word like "titles".
    EXPECT_EQ(search_terms("product titling"), (std::vector<std::string>{"product"}));
    EXPECT_EQ(search_terms("prioritize prioritizing prioritising prioritised"),
              (std::vector<std::string>{"prioritise", "prioritise", "prioritise", "prioritise"}));
    EXPECT_EQ(search_terms("analyzed organization"),
              (std::vector<std::string>{"analyse", "organisation"}));
    // Not every "ed" or double letter is an inflection.
    EXPECT_EQ(search_terms("speed skilled"), (std::vector<std::string>{"speed", "skill"}));
    // Nor is every final s a plural's; "-ies" plurals meet their singular.
    EXPECT_EQ(search_terms("this focus, continuous analysis"),
              (std::vector<std::string>{"focus", "continuous", "analysis"}));
    EXPECT_EQ(search_terms("strategies responsibilities companies"),
              (std::vector<std::string>{"strategy", "responsibility", "company"}));
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

TEST_F(search_index_test, puts_back_a_dropped_letter_of_an_inflected_word)
{
    // The index keeps "manage" for "manages"; "managng" is two edits from it, one from
    // "managing".
    EXPECT_EQ(index.corrected_terms("managng creative"),
              (std::vector<std::string>{"manage", "creative"}));
    // A word no letter put back turns into an indexed one stays as typed.
    EXPECT_EQ(index.corrected_terms("zorblat"), (std::vector<std::string>{"zorblat"}));
}

TEST_F(search_index_test, leaves_real_words_it_does_not_index_alone)
{
    // "hear" and "peaple" are both one edit from an indexed word; only one is a typo.
    EXPECT_EQ(index.corrected_terms("hear peaple"), (std::vector<std::string>{"hear", "people"}));
    EXPECT_EQ(index.corrected_terms("kill"), (std::vector<std::string>{"kill"}));
}

TEST_F(search_index_test, a_misspelt_word_without_a_subject_is_dropped)
{
    // "wat" is no word, and one edit from "what"; "sre" is three letters from anything.
    EXPECT_EQ(index.corrected_terms("wat creative"), (std::vector<std::string>{"creative"}));
    EXPECT_EQ(index.corrected_terms("sre creative"), (std::vector<std::string>{"sre", "creative"}));
}

TEST(search_terms, dropped_words_can_leave_a_break)
{
    std::vector<std::string> words;
    for_each_search_term(
        "product and my manager", [&](std::string_view w) { words.emplace_back(w); }, true);
    EXPECT_EQ(words, (std::vector<std::string>{"product", "", "", "manager"}));
    // Filler inside a title ("of") is no break.
    words.clear();
    for_each_search_term(
        "head of product", [&](std::string_view w) { words.emplace_back(w); }, true);
    EXPECT_EQ(words, (std::vector<std::string>{"head", "product"}));
}

TEST(search_terms, chat_fillers_carry_no_subject)
{
    EXPECT_EQ(search_terms("is there still somewhere to grow, couple of tips maybe?"),
              (std::vector<std::string>{"grow"}));
}

TEST(english_words, knows_words_as_search_terms_carry_them)
{
    for (const std::string_view word : {"kill", "fall", "lead", "analysi", "someth", "studi"}) {
        EXPECT_TRUE(is_english_word(word)) << word;
    }
    for (const std::string_view typo : {"prodcut", "managment", "diffrent", "improvment", "xq"}) {
        EXPECT_FALSE(is_english_word(typo)) << typo;
    }
    // Chat and workplace words that are only context count as words; things the articles
    // never name (a tool, a retro) do not.
    for (const std::string_view context : {"offsite", "mentee", "onboard", "tbh"}) {
        EXPECT_TRUE(is_english_word(context)) << context;
    }
    for (const std::string_view thing : {"jira", "retro", "standup", "okr"}) {
        EXPECT_FALSE(is_english_word(thing)) << thing;
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

TEST_F(search_index_test, an_unseen_dictionary_word_weighs_less_than_an_unseen_name)
{
    // Chat brings words no article uses ("hook"); a name the base lacks ("Jira") is
    // more likely what the question is about.
    const auto chat = index.search("creative mindset hook", 1);
    const auto name = index.search("creative mindset jira", 1);
    ASSERT_FALSE(chat.empty());
    ASSERT_FALSE(name.empty());
    EXPECT_GT(chat.front().coverage, name.front().coverage);
    EXPECT_LT(chat.front().coverage, 1.0);
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

/// Builds two indexes of the same random documents, one that always prunes (MaxScore)
/// and one that always scores every document, and checks that they rank alike. With
/// `grouped`, some entries are groups of documents sharing a body (as an FAQ's phrasings
/// share its answer).
void expect_pruning_ranks_as_scoring_every_document(bool grouped)
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
    const auto text = [&](int words) {
        std::string out;
        for (int w = 0; w < words; ++w) {
            out += pick() + " ";
        }
        return out;
    };
    search_index index(0);
    search_index every(std::numeric_limits<std::size_t>::max());
    constexpr std::size_t documents = 3000;
    std::vector<std::string> titles;
    std::string body;
    for (std::size_t entry = 0; index.size() < documents; ++entry) {
        // Every tenth entry is a copy of the one before: ties must go to the first.
        if (entry % 10 != 9) {
            const std::size_t members = grouped && random() % 3 == 0 ? 1 + random() % 12 : 1;
            titles.clear();
            for (std::size_t m = 0; m < members; ++m) {
                titles.push_back(text(3));
            }
            body = text(5 + static_cast<int>(random() % 40));
        }
        for (auto* built : {&index, &every}) {
            if (titles.size() == 1 && !grouped) {
                built->add({{titles.front(), 3}, {body, 1}});
                continue;
            }
            const auto body_terms = built->intern(body);
            const std::array<search_index::interned_field, 1> shared{{{body_terms, 1}}};
            std::vector<search_index::term_bag> own;
            for (const auto& title : titles) {
                const auto terms = built->intern(title);
                const std::array<search_index::interned_field, 1> fields{{{terms, 3}}};
                own.push_back(search_index::bag_of(fields));
            }
            built->add_group(search_index::bag_of(shared), own);
        }
    }
    // One weighs its words on two threads, the other on one: the weights must not differ.
    index.finish(0);
    every.finish();
    for (int q = 0; q < 300; ++q) {
        const auto query = text(1 + static_cast<int>(random() % 6));
        // With room for every document nothing can be pruned: the exhaustive ranking.
        const auto all = index.search(query, index.size());
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

TEST(search_index_pruning, top_results_equal_scoring_every_document)
{
    expect_pruning_ranks_as_scoring_every_document(false);
}

TEST(search_index_pruning, groups_sharing_words_rank_as_when_scoring_every_document)
{
    expect_pruning_ranks_as_scoring_every_document(true);
}

/// A role's document, then an FAQ (the first `phrasings` of three, sharing one answer),
/// then another role's.
search_index faq_between_roles(std::size_t phrasings)
{
    search_index index;
    index.add({{"product lead", 3}, {"sets strategy", 1}});
    const auto answer = index.intern("a lead oversees several product managers and their roadmap");
    const std::array<search_index::interned_field, 1> shared{{{answer, 1}}};
    std::vector<search_index::term_bag> own;
    for (const auto* phrasing :
         {"does a lead have reports", "who oversees managers", "what about skip levels"}) {
        if (own.size() < phrasings) {
            const auto terms = index.intern(phrasing);
            const std::array<search_index::interned_field, 1> fields{{{terms, 3}}};
            own.push_back(search_index::bag_of(fields));
        }
    }
    EXPECT_EQ(index.add_group(search_index::bag_of(shared), own), 1U);
    index.add({{"senior product manager", 3}, {"owns a roadmap", 1}});
    index.finish();
    return index;
}

TEST(search_index_groups, every_member_holds_the_shared_words)
{
    const auto index = faq_between_roles(2);
    // Both phrasings hold the answer's words; the documents around them do not.
    EXPECT_TRUE(index.contains(1, "several"));
    EXPECT_TRUE(index.contains(2, "several"));
    EXPECT_FALSE(index.contains(0, "several"));
    EXPECT_FALSE(index.contains(3, "several"));
    EXPECT_TRUE(index.contains(1, "report"));
    EXPECT_FALSE(index.contains(2, "report"));
    const auto hits = index.search("several", 4);
    ASSERT_EQ(hits.size(), 2U);
    EXPECT_EQ(hits[0].document, 1U);
    EXPECT_EQ(hits[1].document, 2U);
    // Words a phrasing holds itself and by its answer ("oversee", "manager") count once:
    // they cover the question wholly, and outrank the phrasing without them.
    const auto both = index.search("oversees managers", 4);
    ASSERT_GE(both.size(), 2U);
    EXPECT_EQ(both[0].document, 2U);
    EXPECT_DOUBLE_EQ(both[0].coverage, 1.0);
}

TEST(search_index_groups, another_member_costs_only_its_own_words)
{
    // "what about skip levels" adds two words, "skip" and "level"; the answer's six are
    // posted once for the whole group.
    EXPECT_EQ(faq_between_roles(3).posting_count(), faq_between_roles(2).posting_count() + 2);
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
