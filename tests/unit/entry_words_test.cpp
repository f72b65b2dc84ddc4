#include "knowledge/entry_words.hpp"
#include "knowledge/knowledge_base.hpp"
#include "knowledge/search_terms.hpp"
#include "tests/support/shipped_knowledge.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <unordered_map>

namespace rolebot::knowledge {
namespace {

/// Each text's words as strings, run after run: what the index is given.
std::vector<std::vector<std::string>> texts(const std::vector<entry_words>& runs)
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

std::vector<std::vector<std::size_t>> subjects(const std::vector<entry_words>& runs)
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

/// The shipped content with every FAQ copied until there are enough for several runs,
/// each copy with a word of its own.
content with_many_faqs()
{
    const auto& shipped = testing::shipped_knowledge();
    content data{shipped.roles(), {}, shipped.paths(), shipped.topics()};
    const auto copies = 2 * entries_per_run / shipped.faqs().size() + 1;
    for (std::size_t copy = 0; copy < copies; ++copy) {
        for (auto f : shipped.faqs()) {
            f.answer += " copy" + std::to_string(copy);
            data.faqs.push_back(std::move(f));
        }
    }
    return data;
}

std::vector<entry_words> read_all(const reading_context& context, std::size_t threads)
{
    std::vector<entry_words> runs;
    read_all_entry_words(context, threads, [&](const entry_words& run) { runs.push_back(run); });
    return runs;
}

TEST(entry_words, runs_read_in_parallel_give_the_words_of_one_run)
{
    const auto data = with_many_faqs();
    const knowledge_base kb(data, 1);
    std::unordered_map<std::string_view, std::size_t> by_id;
    for (std::size_t i = 0; i < data.roles.size(); ++i) {
        by_id.emplace(data.roles[i].id, i);
    }
    const reading_context context{data, kb.titles(), by_id};
    const auto parallel = read_all(context, 2);
    // Roles, FAQs in three runs, paths, topics: in that order, each run after the last.
    ASSERT_EQ(parallel.size(), 6U);
    EXPECT_EQ(parallel[0].kind, entry_kind::role);
    for (std::size_t r = 1; r <= 3; ++r) {
        EXPECT_EQ(parallel[r].kind, entry_kind::faq);
        EXPECT_EQ(parallel[r].first, r == 1 ? 0 : parallel[r - 1].last);
    }
    EXPECT_EQ(parallel[3].last, data.faqs.size());
    EXPECT_EQ(parallel[4].kind, entry_kind::path);
    EXPECT_EQ(parallel[5].kind, entry_kind::topic);
    EXPECT_EQ(texts(read_all(context, 1)), texts(parallel));
    // Each FAQ's texts: its answer, then each phrasing, which names its roles.
    std::vector<entry_words> faqs;
    faqs.push_back(read_entry_words(context, entry_kind::faq, 0, data.faqs.size()));
    EXPECT_EQ(texts({parallel.begin() + 1, parallel.begin() + 4}), texts(faqs));
    EXPECT_EQ(subjects({parallel.begin() + 1, parallel.begin() + 4}), subjects(faqs));
    const auto& first = data.faqs.front();
    ASSERT_EQ(faqs.front().entry_end.front(), 2 + first.alternates.size());
    EXPECT_EQ(texts(faqs)[0], search_terms(first.answer));
    EXPECT_TRUE(subjects(faqs)[0].empty());
    EXPECT_FALSE(subjects(faqs)[1].empty());
}

TEST(entry_words, a_base_read_on_two_threads_indexes_as_one_read_on_one)
{
    const auto data = with_many_faqs();
    const auto copies = data.faqs.size() / testing::shipped_knowledge().faqs().size();
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
    for (const auto& word : std::vector<std::string>{
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

TEST(entry_words, a_small_base_is_read_one_run_per_kind)
{
    const auto& kb = testing::shipped_knowledge();
    content data{kb.roles(), kb.faqs(), kb.paths(), kb.topics()};
    std::unordered_map<std::string_view, std::size_t> by_id;
    const auto runs = read_all({data, kb.titles(), by_id}, 2);
    ASSERT_EQ(runs.size(), 4U);
    EXPECT_EQ(runs[1].kind, entry_kind::faq);
    EXPECT_EQ(runs[1].last, kb.faqs().size());
}

} // namespace
} // namespace rolebot::knowledge
