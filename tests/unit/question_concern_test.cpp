#include "knowledge/question_concern.hpp"
#include "knowledge/question_intent.hpp"

#include <gtest/gtest.h>

namespace rolebot::knowledge {
namespace {

concern_set of(std::string_view question)
{
    return concerns_of(question_text(question));
}

bool has(std::string_view question, concern c)
{
    return of(question).test(static_cast<std::size_t>(c));
}

TEST(question_concern, themes_are_recognised_in_everyday_wording)
{
    EXPECT_TRUE(has("What KPIs is a PM judged on?", concern::metrics));
    EXPECT_TRUE(has("how far ahead does a lead plan", concern::planning_horizon));
    EXPECT_TRUE(has("who has the final say on the roadmap?", concern::decisions));
    EXPECT_TRUE(has("what does a typical day look like?", concern::daily_work));
    EXPECT_TRUE(has("do leads need to read a P&L?", concern::finance));
    EXPECT_TRUE(has("I'm coming from marketing", concern::coming_from_elsewhere));
    EXPECT_TRUE(has("why do titles vary so much?", concern::title_variation));
    EXPECT_TRUE(has("any courses worth taking?", concern::learning));
    EXPECT_TRUE(has("do leads still write specs?", concern::hands_on_work));
    EXPECT_TRUE(has("does our PL touch the backlog or specs anymore?", concern::hands_on_work));
    EXPECT_TRUE(has("can I grow without managing people?", concern::individual_contributor_track));
    EXPECT_TRUE(has("I'm a backend engineer", concern::coming_from_elsewhere));
    EXPECT_TRUE(
        has("can an eng mgr move into a product lead role?", concern::coming_from_elsewhere));
    // Evidence is asked for with an outcome it should show.
    EXPECT_TRUE(has("our CFO asked whether better product leadership actually moves customer "
                    "satisfaction",
                    concern::evidence));
    EXPECT_TRUE(has("does strong product leadership move the needle?", concern::evidence));
    EXPECT_TRUE(has("does investing in product leadership pay off?", concern::evidence));
    EXPECT_FALSE(has("what data does a PM look at?", concern::evidence));
    EXPECT_FALSE(has("how do I influence engineers?", concern::coming_from_elsewhere));
    EXPECT_TRUE(has("is PL a step up from PM?", concern::seniority));
    EXPECT_TRUE(has("is PL a lateral move from PM?", concern::seniority));
    EXPECT_TRUE(has("what's the bottom rung for a new grad?", concern::starting_out));
    EXPECT_TRUE(has("how do I get a foot in the door?", concern::starting_out));
    EXPECT_TRUE(has("after the launch, how do PMs gauge reception?", concern::metrics));
    EXPECT_TRUE(has("is comms a big deal for leads?", concern::importance));
    EXPECT_TRUE(has("can you jump over senior PM?", concern::prerequisite));
    EXPECT_TRUE(has("what should I start right now to be in the running?", concern::preparation));
    EXPECT_TRUE(has("what would that hire own?", concern::responsibilities));
    EXPECT_TRUE(has("are the two titles interchangeable?", concern::same_job_other_name));
    EXPECT_TRUE(has("the reactive vs creative thing", concern::mindset));
    EXPECT_TRUE(has("how do I know I'm ready to lead?", concern::readiness));
    EXPECT_TRUE(has("can I skip senior PM?", concern::prerequisite));
    EXPECT_TRUE(has("are they interchangable", concern::same_job_other_name)); // typo
    EXPECT_TRUE(has("is 'product leader' just the trendy new word for pm now?",
                    concern::same_job_other_name));
    EXPECT_TRUE(has("a fancier name for the same work", concern::same_job_other_name));
    EXPECT_TRUE(has("ic track vs management track in product", concern::both_tracks));
    EXPECT_TRUE(
        has("how are PMs and leads supposed to feed into each other?", concern::collaboration));
    EXPECT_TRUE(has("what do PMs bring to the table?", concern::collaboration));
    // Which track one role is on is not the two tracks side by side.
    EXPECT_FALSE(has("my title is product lead: IC or manager?", concern::both_tracks));
    // Mindset alone is the articles' theme; other mindsets are refused as out of scope.
    EXPECT_TRUE(has("why do leaders care so much about mindset?", concern::mindset));
    // Having the chops is readiness; flexing leadership muscles now is preparing.
    EXPECT_TRUE(has("how will I know I've got the chops for PL?", concern::readiness));
    EXPECT_TRUE(has("how can I start flexing leadership muscles now?", concern::preparation));
    // A scoreboard is what a role is measured by; leapfrogging a rung asks if it is needed.
    EXPECT_TRUE(has("what ends up on a PM's scoreboard?", concern::metrics));
    EXPECT_TRUE(has("can a PM leapfrog the senior rung?", concern::prerequisite));
    // Muscles to build are skills; the job's core muscles are its four pillars.
    EXPECT_TRUE(has("what muscles should a new PM build first?", concern::skills));
    EXPECT_TRUE(has("the PM job boils down to a handful of core muscles", concern::pillars));
    // Curiosity and outlook are the mindsets the articles contrast.
    EXPECT_TRUE(has("our PL says she tries to lead from curiosity", concern::mindset));
    // A prerequisite asked in formal or non-native English.
    EXPECT_TRUE(has("is it compulsory to become senior PM first before product lead?",
                    concern::prerequisite));
    // The asker choosing between roles is not who decides what.
    EXPECT_FALSE(has("trying to decide which one to hire, PM or PL", concern::decisions));
    EXPECT_TRUE(has("who gets to decide which features ship?", concern::decisions));
}

TEST(question_concern, not_wanting_to_manage_is_the_ic_track)
{
    EXPECT_TRUE(reluctant_to_manage(" i dread managing people will my career stall "));
    EXPECT_TRUE(has("no interest in managing anyone", concern::individual_contributor_track));
    EXPECT_FALSE(reluctant_to_manage(" does a product lead manage people "));
}

TEST(question_concern, words_inside_other_words_do_not_count)
{
    // Phrases match at the start of a word: "strack" is not "track", "unread" not "read".
    EXPECT_FALSE(has("career tracks for ICs", concern::metrics));
    EXPECT_FALSE(has("the unread messages", concern::learning));
    EXPECT_TRUE(of("what is a product lead?").none());
}

TEST(question_concern, only_themes_with_their_own_words_are_distinctive)
{
    const auto distinctive = distinctive_concerns();
    EXPECT_TRUE(distinctive.test(static_cast<std::size_t>(concern::mindset)));
    EXPECT_TRUE(distinctive.test(static_cast<std::size_t>(concern::pillars)));
    EXPECT_FALSE(distinctive.test(static_cast<std::size_t>(concern::skills)));
    // Examples are asked for in words no other theme uses ("famous examples", "case
    // studies"), and so are what to start doing now and which titles leaders have ("title"
    // itself is no search word).
    EXPECT_TRUE(distinctive.test(static_cast<std::size_t>(concern::examples)));
    EXPECT_TRUE(distinctive.test(static_cast<std::size_t>(concern::preparation)));
    EXPECT_TRUE(distinctive.test(static_cast<std::size_t>(concern::leadership_titles)));
    EXPECT_FALSE(distinctive.test(static_cast<std::size_t>(concern::strategy)));
}

TEST(question_concern, cards_answer_only_the_parts_they_have)
{
    role r;
    r.time_horizon = "two to three years";
    EXPECT_TRUE(card_covers(r, concern::planning_horizon));
    EXPECT_FALSE(card_covers(r, concern::metrics));
    EXPECT_FALSE(card_covers(r, concern::skills));
    r.skills = {"financial acumen"};
    EXPECT_TRUE(card_covers(r, concern::skills));
    EXPECT_FALSE(card_covers(r, concern::finance)); // no card part is about finance alone
    // A theme without a part of its own is on the card when the card's duties speak of it.
    EXPECT_FALSE(card_covers(r, concern::communication));
    r.responsibilities = {"Own the product budget", "Keep stakeholders informed"};
    EXPECT_TRUE(card_covers(r, concern::finance));
    EXPECT_TRUE(card_covers(r, concern::communication));
    EXPECT_FALSE(card_covers(r, concern::strategy));
    r.summary = "Sets the product strategy.";
    EXPECT_TRUE(card_covers(r, concern::strategy));
    // Every card names its track.
    EXPECT_TRUE(card_covers(role{}, concern::individual_contributor_track));
}

TEST(question_text, keeps_words_apart_and_drops_a_final_apostrophe_s)
{
    EXPECT_EQ(question_text("What's a PL's job -- really?"), " what a pl job really ");
    EXPECT_EQ(question_text("don't know, 40%"), " dont know 40 percent ");
    EXPECT_EQ(question_text("do PLs present? pls say"), " do pl present pls say ");
}

TEST(question_text, a_lead_as_a_noun_is_the_product_lead)
{
    EXPECT_EQ(question_text("As a lead, do I present?"), " as a product lead do i present ");
    EXPECT_EQ(question_text("is the lead role hands-on"), " is the product lead role hands on ");
    // The verb, and a lead PM, stay.
    EXPECT_EQ(question_text("ready to lead a team"), " ready to lead a team ");
    EXPECT_EQ(question_text("I'm a lead engineer"), " im a lead engineer ");
    EXPECT_EQ(question_text("a lead PM or a lead product manager"),
              " a lead pm or a lead product manager ");
}

TEST(question_text, idioms_are_put_in_plain_words)
{
    EXPECT_EQ(question_text("who is a PM's manager?"), " who is a pm boss ");
    EXPECT_EQ(question_text("my PM's managers"), " my pm managers ");
    EXPECT_EQ(question_text("what's a VP on the hook for?"), " what a vp responsible for ");
    EXPECT_EQ(question_text("whose call is it, or is that above my pay grade?"),
              " who decides is it or is that above my authority ");
    // The commonest misspelling of a title, itself an English word.
    EXPECT_EQ(question_text("sr pm vs principle pm?"), " sr pm vs principal pm ");
    // A director who warns is the asker's manager speaking, not a role asked about.
    EXPECT_EQ(question_text("my director warned that I'd own a P&L"),
              " my manager warned that id own a p l ");
}

TEST(askers_opening, is_a_short_opening_that_says_who_asks)
{
    EXPECT_EQ(askers_opening("sr PM here, is principal PM an IC thing?"), "sr PM here");
    EXPECT_EQ(askers_opening("APM trying to level up - what skills does a PM need"),
              "APM trying to level up");
    EXPECT_EQ(askers_opening("as an APM: who do I report to?"), "as an APM");
    // A question, or a long or unmarked opening, is none.
    EXPECT_EQ(askers_opening("what is a PL? my boss is one"), "");
    EXPECT_EQ(askers_opening("sr PM here is principal PM an IC thing"), "");
    EXPECT_EQ(askers_opening("my friend who works at a big bank here, asked me what a PL is"), "");
}

TEST(asking_sentence, is_the_last_sentence_that_asks)
{
    EXPECT_EQ(asking_sentence("a recruiter pinged me about a Lead PM opening. what kind of job is "
                              "that? thanks!"),
              " what kind of job is that?");
    // A sentence that starts with "or" finishes the one before it: both ask.
    EXPECT_EQ(asking_sentence("is it one job? or two?"), "is it one job? or two?");
    EXPECT_EQ(asking_sentence("new PM. do I set strategy? Or just execute?"),
              " do I set strategy? Or just execute?");
    EXPECT_EQ(asking_sentence("blurb for a CPO ad: what does a CPO own?"), "what does a CPO own?");
    EXPECT_EQ(asking_sentence("new job - what does a PL own?"), "what does a PL own?");
    EXPECT_EQ(asking_sentence("hi. whats a PML?? saw it on linkedin"), " whats a PML??");
    EXPECT_EQ(asking_sentence("what does a PL do?"), "what does a PL do?");
    EXPECT_EQ(asking_sentence("tell me about PLs. thanks"), "tell me about PLs");
    EXPECT_EQ(asking_sentence("thanks. PLs are new to me"), "thanks. PLs are new to me");
    // With no question mark, the sentence that starts as a question or a request does.
    EXPECT_EQ(asking_sentence("Kindly explain what an APM does. I am a fresher joining next "
                              "month."),
              "Kindly explain what an APM does");
    EXPECT_EQ(asking_sentence("backend eng here. what does a PM do all week lol"),
              "what does a PM do all week lol");
    // A colon sets the question apart from a line about the asker, mark or none.
    EXPECT_EQ(asking_sentence("data scientist, new here: what's a head of product's job"),
              "what's a head of product's job");
}

} // namespace
} // namespace rolebot::knowledge
