#include "knowledge/faq_words.hpp"
#include "tests/support/shipped_knowledge.hpp"

#include <gtest/gtest.h>

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

TEST(faq_words, a_small_base_is_read_in_one_run)
{
    const auto& kb = testing::shipped_knowledge();
    EXPECT_EQ(read_all_faq_words(kb.faqs(), kb.titles(), 2).size(), 1U);
}

} // namespace
} // namespace rolebot::knowledge
