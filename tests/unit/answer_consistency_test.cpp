// The knowledge base asked in its own words: every FAQ phrasing, every title and alias in
// the plainest questions about it, every pair of roles side by side and every path. A
// question the base itself words is the easiest there is; where one reaches another
// entry, the answerer (or the base's wording) has drifted.
#include "knowledge/answerer.hpp"
#include "tests/support/shipped_knowledge.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace rolebot::knowledge {
namespace {

class answer_consistency : public ::testing::Test {
protected:
    static std::string ask(const std::string& question)
    {
        return testing::describe(answer_question(*kb, question));
    }

    static std::vector<std::string> names_of(const role& r)
    {
        std::vector<std::string> names{r.title};
        names.insert(names.end(), r.aliases.begin(), r.aliases.end());
        return names;
    }

    static inline const knowledge_base* kb = &testing::shipped_knowledge();
};

TEST_F(answer_consistency, faq_phrasings_reach_their_own_faq)
{
    // Some phrasings rightly reach another entry: "how do I go from PM to PL?" is the
    // path, and the base holds near twins (whether a lead is an IC, whether a lead
    // manages people). 47 of 635 went elsewhere when this was written, 46 now; more
    // means drift.
    std::size_t phrasings = 0;
    std::size_t elsewhere = 0;
    for (const auto& f : kb->faqs()) {
        std::vector<std::string> all{f.question};
        all.insert(all.end(), f.alternates.begin(), f.alternates.end());
        for (const auto& phrasing : all) {
            ++phrasings;
            const auto got = ask(phrasing);
            if (got != "faq:" + f.id) {
                ++elsewhere;
                std::cout << "  " << f.id << ": \"" << phrasing << "\" -> " << got << "\n";
            }
        }
    }
    std::cout << elsewhere << " of " << phrasings << " phrasings reach another entry\n";
    EXPECT_GE(phrasings, 600U);
    EXPECT_LE(elsewhere, 46U);
}

TEST_F(answer_consistency, every_title_and_alias_gets_its_card)
{
    for (const auto& r : kb->roles()) {
        for (const auto& name : names_of(r)) {
            for (const auto& question :
                 {"what is a " + name + "?", "what does a " + name + " do?", name + "?"}) {
                EXPECT_EQ(ask(question), "role:" + r.id) << question;
            }
        }
    }
}

TEST_F(answer_consistency, every_pair_of_roles_is_set_side_by_side)
{
    // Side by side, or the FAQ on exactly those two.
    for (const auto& a : kb->roles()) {
        for (const auto& b : kb->roles()) {
            if (&a == &b) {
                continue;
            }
            for (const auto& question :
                 {a.title + " vs " + b.title,
                  "what's the difference between a " + a.title + " and a " + b.title + "?"}) {
                const auto got = ask(question);
                const bool side_by_side =
                    got == "compare:" + a.id + "|" + b.id || got == "compare:" + b.id + "|" + a.id;
                const auto faq = std::find_if(kb->faqs().begin(), kb->faqs().end(),
                                              [&](const auto& f) { return got == "faq:" + f.id; });
                const bool faq_on_both =
                    faq != kb->faqs().end() &&
                    std::count(faq->roles.begin(), faq->roles.end(), a.id) == 1 &&
                    std::count(faq->roles.begin(), faq->roles.end(), b.id) == 1;
                EXPECT_TRUE(side_by_side || faq_on_both) << question << " -> " << got;
            }
        }
    }
}

TEST_F(answer_consistency, every_path_is_found_from_its_two_ends)
{
    for (const auto& p : kb->paths()) {
        const auto* from = kb->find(p.from);
        const auto* to = kb->find(p.to);
        ASSERT_NE(from, nullptr);
        ASSERT_NE(to, nullptr);
        for (const auto& question :
             {"how do I go from " + from->title + " to " + to->title + "?",
              "I'm a " + from->title + ", how do I become a " + to->title + "?"}) {
            EXPECT_EQ(ask(question), "path:" + p.id) << question;
        }
    }
}

} // namespace
} // namespace rolebot::knowledge
