#include "knowledge/phrase_filter.hpp"
#include "knowledge/question_text.hpp"
#include "knowledge/text_normalize.hpp"
#include "knowledge/word_filter.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rolebot::knowledge {
namespace {

TEST(question_text, a_unit_of_time_written_onto_its_number_is_a_word)
{
    EXPECT_EQ(question_text("PM, ~2yrs in"), " pm 2 yrs in ");
    EXPECT_EQ(question_text("6months as an APM"), " 6 months as an apm ");
    // Not a time of day, an ordinal, or a name with digits in it.
    EXPECT_EQ(question_text("at 3pm"), " at 3pm ");
    EXPECT_EQ(question_text("my 1st PM job"), " my 1st pm job ");
    EXPECT_EQ(question_text("b2b PM"), " b2b pm ");
}

TEST(question_text, a_title_that_only_says_who_speaks_is_the_askers_manager)
{
    EXPECT_EQ(question_text("My director says I need finance skills"),
              " my manager says i need finance skills ");
    EXPECT_EQ(question_text("my lead keeps asking for roadmaps"),
              " my manager keeps asking for roadmaps ");
    // What the director does is asked about: the title stays.
    EXPECT_EQ(question_text("my director runs three teams"), " my director runs three teams ");
    // So does one the question comes back to.
    EXPECT_EQ(question_text("my VP says I plan too short. how far ahead does she plan vs her PMs?"),
              " my vp says i plan too short how far ahead does she plan vs her pm ");
}

TEST(question_text, coming_from_a_product_title_is_a_move_within_product)
{
    EXPECT_EQ(question_text("that route coming from senior PM"), " that route from senior pm ");
    EXPECT_EQ(question_text("I came from a PM job"), " i from a pm job ");
    // Coming from another field stays.
    EXPECT_EQ(question_text("coming from marketing"), " coming from marketing ");
}

TEST(question_text, a_bare_senior_where_a_title_goes_is_the_senior_pm)
{
    EXPECT_EQ(question_text("skip the senior title?"), " skip the senior pm title ");
    EXPECT_EQ(question_text("senior leadership"), " senior leadership ");
    EXPECT_EQ(question_text("a senior PM first"), " a senior pm first ");
    // Where a move goes, too; not when it qualifies another word.
    EXPECT_EQ(question_text("go up for senior next cycle"), " go up for senior pm next cycle ");
    EXPECT_EQ(question_text("promoted to senior"), " promoted to senior pm ");
    EXPECT_EQ(question_text("promoted to senior engineer"), " promoted to senior engineer ");
    EXPECT_EQ(question_text("promoted to senior PM"), " promoted to senior pm ");
    EXPECT_EQ(question_text("a more senior title"), " a more senior title ");
    EXPECT_EQ(question_text("reports to someone such as senior leadership"),
              " reports to someone such as senior leadership ");
}

TEST(question_text, the_whole_product_line_is_the_product_leads)
{
    EXPECT_EQ(question_text("ready to lead a whole portfolio?"),
              " ready to lead a product lead whole portfolio ");
    EXPECT_EQ(question_text("own the entire product line"),
              " own the product lead entire product line ");
    EXPECT_EQ(question_text("one product line"), " one product line ");
}

TEST(normalize_title, case_punctuation_and_filler_words)
{
    EXPECT_EQ(normalize_title("  Head of   Product! "), "head product");
    EXPECT_EQ(normalize_title("VP, of the Product"), "vp product");
    EXPECT_EQ(normalize_title("Vice President of Products"), "vp product");
}

TEST(normalize_title, abbreviations_expand)
{
    EXPECT_EQ(normalize_title("Sr PM"), "senior product manager");
    EXPECT_EQ(normalize_title("snr. pm"), "senior product manager");
    EXPECT_EQ(normalize_title("lead PM"), "lead product manager");
    EXPECT_EQ(normalize_title("APM"), "associate product manager");
    EXPECT_EQ(normalize_title("CPO"), "chief product officer");
    EXPECT_EQ(normalize_title("prod mgmt lead"), "product management lead");
}

TEST(normalize_title, plurals_and_possessives_become_singular)
{
    EXPECT_EQ(normalize_title("product managers"), "product manager");
    EXPECT_EQ(normalize_title("product leads"), "product lead");
    EXPECT_EQ(normalize_title("PMs"), "product manager");
    EXPECT_EQ(normalize_title("manager's"), "manager");
    EXPECT_EQ(normalize_title("boss"), "boss"); // not a plural
}

TEST(normalize_title, two_word_spellings_of_one_word)
{
    EXPECT_EQ(normalize_title("vice vice president"), "vice vp");
    EXPECT_EQ(normalize_title("PM b/w lead"), "product manager between lead");
    EXPECT_EQ(normalize_title("plan b"), "plan b"); // held to the end, then let go
    EXPECT_EQ(normalize_title("vice"), "vice");
    EXPECT_EQ(normalize_title("b vice president"), "b vp");
    // Chat's "product person" is someone in product, not a person of any title.
    EXPECT_EQ(normalize_title("a product person"), "product");
    EXPECT_EQ(normalize_title("product people and product folks"), "product and product");
    EXPECT_EQ(normalize_title("a person in product"), "person in product");
}

TEST(normalize_title, nothing_left)
{
    EXPECT_EQ(normalize_title(""), "");
    EXPECT_EQ(normalize_title("?!"), "");
    EXPECT_EQ(normalize_title("of the"), "");
}

TEST(title_tokens, a_final_apostrophe_s_goes_with_its_apostrophe)
{
    // "PL's" is the product lead's, not "pls" (please).
    EXPECT_EQ(title_tokens("a PL's team"), (std::vector<std::string>{"product", "lead", "team"}));
    EXPECT_EQ(title_tokens("the manager's boss, don't ask"),
              (std::vector<std::string>{"manager", "boss", "dont", "ask"}));
}

TEST(title_tokens, an_abbreviations_plural_is_the_abbreviation)
{
    EXPECT_EQ(title_tokens("PLs and PMs"),
              (std::vector<std::string>{"product", "lead", "and", "product", "manager"}));
    EXPECT_EQ(title_tokens("pls"), (std::vector<std::string>{"pls"})); // please
}

TEST(title_token_list, reads_each_text_afresh_into_reused_buffers)
{
    title_token_list list;
    const auto tokens = [&](std::string_view text) {
        list.read(text);
        std::vector<std::string> out;
        for (std::size_t i = 0; i < list.size(); ++i) {
            out.emplace_back(list[i]);
        }
        return out;
    };
    // A long text first, so that the shorter ones after it reuse grown buffers.
    EXPECT_EQ(tokens("Vice President of Strategies, Sr PMs' and the ICs' KPIs"),
              (std::vector<std::string>{"vp", "strategy", "senior", "product", "manager", "and",
                                        "individual", "contributor", "metric"}));
    EXPECT_EQ(tokens("vice president"), (std::vector<std::string>{"vp"}));
    EXPECT_EQ(tokens("b/w studies"), (std::vector<std::string>{"between", "study"}));
    EXPECT_EQ(tokens("of the"), std::vector<std::string>{});
    EXPECT_EQ(tokens("PMs vice"), (std::vector<std::string>{"product", "manager", "vice"}));
}

TEST(edit_distance, one_edit_apart_agrees_with_the_table)
{
    // Every pair of short strings over a small alphabet, so every kind of edit occurs.
    std::vector<std::string> words{""};
    for (std::size_t length = 1; length <= 4; ++length) {
        const auto before = words.size();
        for (std::size_t w = 0; w < before; ++w) {
            if (words[w].size() == length - 1) {
                for (const char c : {'a', 'b', 'c'}) {
                    words.push_back(words[w] + c);
                }
            }
        }
    }
    for (const auto& a : words) {
        for (const auto& b : words) {
            EXPECT_EQ(one_edit_apart(a, b), edit_distance(a, b) == 1) << a << " / " << b;
        }
    }
}

TEST(edit_distance, counts_edits_and_transpositions)
{
    EXPECT_EQ(edit_distance("", ""), 0U);
    EXPECT_EQ(edit_distance("lead", "lead"), 0U);
    EXPECT_EQ(edit_distance("prodct lead", "product lead"), 1U);
    EXPECT_EQ(edit_distance("porduct", "product"), 1U);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3U);
    EXPECT_EQ(edit_distance("", "abc"), 3U);
}

TEST(word_filter, never_rules_out_a_word_of_its_set)
{
    const std::vector<std::string_view> words{"i", "me", "what", "does", "someone", "kpi", "vs"};
    const word_filter filter(words);
    for (const auto word : words) {
        EXPECT_TRUE(filter.may_contain(word)) << word;
    }
    // Other first letters, last letters or lengths are ruled out.
    for (const std::string_view other : {"roadmap", "strategy", "lead", "wha", "doe", "kpis", ""}) {
        EXPECT_FALSE(filter.may_contain(other)) << other;
    }
}

TEST(phrase_index, finds_what_has_phrase_finds_in_one_pass)
{
    const std::vector<std::string_view> phrases{" lead", " lead pm", " pm ", " product lead",
                                                " x",    "ship",     " rep", " managing people",
                                                " never"};
    std::vector<phrase_index::tagged> tagged;
    for (std::uint32_t i = 0; i < phrases.size(); ++i) {
        tagged.push_back({phrases[i], i});
    }
    const phrase_index index(tagged);
    for (const std::string_view text :
         {" is a lead pm a product lead ", " a pm x ", " leadership ship ", " misleading ",
          " reports to me ", " managing people is hard ", " ", ""}) {
        std::vector<bool> found(phrases.size());
        index.each_in(text, [&](std::uint32_t tag) { found[tag] = true; });
        for (std::size_t i = 0; i < phrases.size(); ++i) {
            EXPECT_EQ(found[i], has_phrase(text, phrases[i])) << text << " / " << phrases[i];
        }
    }
    // Every place a phrase starts at is reported.
    int leads = 0;
    index.each_in(" lead and lead ", [&](std::uint32_t tag) { leads += tag == 0 ? 1 : 0; });
    EXPECT_EQ(leads, 2);
}

TEST(phrase_set, finds_what_has_phrase_finds)
{
    // Short phrases and ones not at a word start are checked apart; " 1 1" and " qq" share
    // a folded key with letters ('1' and 'q' agree in their low five bits).
    const std::initializer_list<std::string_view> phrases{
        " lead", " lead pm", " pm ", " product lead", " x",
        "ship",  " rep",     " 1 1", " qq",           " never"};
    const phrase_set set(phrases);
    for (const std::string_view text :
         {" is a lead pm a product lead ", " a pm x ", " leadership ship ", " misleading ",
          " reports to me ", " our 1 1 ", " qqq ", " 11 ", " q1 ", " ", "", " le", "  lead "}) {
        const phrase_text indexed(text);
        bool any = false;
        for (const auto phrase : phrases) {
            EXPECT_EQ(indexed.has(phrase), has_phrase(text, phrase)) << text << " / " << phrase;
            any = any || has_phrase(text, phrase);
        }
        EXPECT_EQ(indexed.has_any(set), any) << text;
        EXPECT_EQ(indexed.has_any(phrases), any) << text;
    }
    // Each phrase alone, as a set of one.
    for (const auto phrase : phrases) {
        const phrase_set one{phrase};
        const phrase_text indexed(" we lead a pm x ship rep 1 1 qq ");
        EXPECT_EQ(indexed.has_any(one), has_phrase(" we lead a pm x ship rep 1 1 qq ", phrase))
            << phrase;
    }
}

TEST(find_phrase, finds_each_place_a_phrase_starts_as_a_plain_search_does)
{
    // Mid-word matches ("plead") are no phrase; searching on from a place finds the next
    // one; a phrase without its leading space is searched for as it is.
    const std::string_view text = " a lead pm and a plead pmo lead pm now lead ";
    for (const std::string_view phrase :
         {" lead ", " lead pm", " pm", " now lead ", "lead", " x"}) {
        for (std::size_t from = 0; from <= text.size(); ++from) {
            EXPECT_EQ(find_phrase(text, phrase, from), text.find(phrase, from))
                << phrase << " from " << from;
        }
    }
    EXPECT_EQ(find_phrase(text, " lead pm"), 2U);
    EXPECT_EQ(find_phrase(text, " lead pm", 3), 26U);
    EXPECT_EQ(find_phrase(text, " pm", 10), 22U); // "pmo" starts a word too
}

} // namespace
} // namespace rolebot::knowledge
