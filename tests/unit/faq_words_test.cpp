#include "knowledge/faq_words.hpp"
#include "knowledge/knowledge_base.hpp"
#include "tests/support/shipped_knowledge.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace rolebot::knowledge {
namespace {

/// Each text's words as strings, run after run: what the index is given.
std::vector<std::vector<std::string>> texts(const std::vector<faq_words>& runs)
{
    std::vector<std::vector<std::string>> out;
    for (const auto& run : runs) {
        std::uint32_t at = 0;
        for (const auto end : run.text_end) {
            auto& text = out.emplace_back();
            for (; at < end; ++at) {
                text.push_back(run.vocabulary[run.words[at]]);
            }
        }
    }
    return out;
}

std::vector<std::vector<std::size_t>> subjects(const std::vector<faq_words>& runs)
{
    std::vector<std::vector<std::size_t>> out;
    for (const auto& run : runs) {
        std::uint32_t at = 0;
        for (const auto end : run.subjects_end) {
            out.emplace_back(run.subjects.begin() + at, run.subjects.begin() + end);
            at = end;
        }
    }
    return out;
}

TEST(faq_words, runs_read_in_parallel_give_the_words_of_one_run)
{
    const auto& kb = testing::shipped_knowledge();
    // Enough FAQs for two runs, each copy with a word of its own.
    std::vector<faq> faqs;
    const auto copies = 2 * faqs_per_reading_thread / kb.faqs().size() + 1;
    for (std::size_t copy = 0; copy < copies; ++copy) {
        for (auto f : kb.faqs()) {
            f.answer += " copy" + std::to_string(copy);
            faqs.push_back(std::move(f));
        }
    }
    const auto parallel = read_all_faq_words(faqs, kb.titles(), 2);
    ASSERT_EQ(parallel.size(), 2U);
    EXPECT_EQ(parallel.front().first, 0U);
    EXPECT_EQ(parallel.front().last, parallel.back().first);
    EXPECT_EQ(parallel.back().last, faqs.size());
    const std::vector<faq_words> one{read_faq_words(faqs, 0, faqs.size(), kb.titles())};
    EXPECT_EQ(texts(parallel), texts(one));
    EXPECT_EQ(subjects(parallel), subjects(one));
    // An answer, then each phrasing: the first FAQ's question names its roles.
    ASSERT_FALSE(subjects(one).front().empty());
}

TEST(faq_words, a_base_read_on_two_threads_indexes_as_one_read_on_one)
{
    const auto& shipped = testing::shipped_knowledge();
    content data{shipped.roles(), {}, shipped.paths(), shipped.topics()};
    const auto copies = 2 * faqs_per_reading_thread / shipped.faqs().size() + 1;
    for (std::size_t copy = 0; copy < copies; ++copy) {
        for (auto f : shipped.faqs()) {
            f.answer += " copy" + std::to_string(copy);
            data.faqs.push_back(std::move(f));
        }
    }
    const knowledge_base one(data, 1, 1);
    const knowledge_base two(data, 1, 2);
    ASSERT_EQ(one.search().size(), two.search().size());
    for (std::uint32_t d = 0; d < one.search().size(); ++d) {
        const auto s1 = one.subjects(d);
        const auto s2 = two.subjects(d);
        ASSERT_TRUE(std::equal(s1.begin(), s1.end(), s2.begin(), s2.end())) << d;
        const auto w1 = one.phrasing_words(d);
        const auto w2 = two.phrasing_words(d);
        ASSERT_TRUE(std::equal(w1.begin(), w1.end(), w2.begin(), w2.end())) << d;
    }
    // The same words have the same numbers, and questions get the same ranked hits.
    for (const std::string word : std::vector<std::string>{
             "lead", "copy1", "copy" + std::to_string(copies - 1), "mindset", "finance"}) {
        EXPECT_EQ(one.search().id(word), two.search().id(word)) << word;
    }
    for (const auto* question :
         {"how do I become a product lead?", "what is a reactive mindset copy7",
          "do product leads need to understand finance?"}) {
        const auto h1 = one.search().search(question, 10);
        const auto h2 = two.search().search(question, 10);
        ASSERT_EQ(h1.size(), h2.size()) << question;
        for (std::size_t i = 0; i < h1.size(); ++i) {
            EXPECT_EQ(h1[i].document, h2[i].document) << question;
            EXPECT_EQ(h1[i].score, h2[i].score) << question;
        }
    }
}

TEST(faq_words, a_small_base_is_read_in_one_run)
{
    const auto& kb = testing::shipped_knowledge();
    EXPECT_EQ(read_all_faq_words(kb.faqs(), kb.titles(), 2).size(), 1U);
}

} // namespace
} // namespace rolebot::knowledge
