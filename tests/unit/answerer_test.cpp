#include "knowledge/answerer.hpp"
#include "knowledge/asked_question.hpp"
#include "knowledge/loader.hpp"
#include "knowledge/question_intent.hpp"
#include "knowledge/question_scope.hpp"
#include "knowledge/question_text.hpp"
#include "tests/support/shipped_knowledge.hpp"

#include <gtest/gtest.h>

namespace rolebot::knowledge {
namespace {

/// Answers on the shipped knowledge base, described as "kind:id" for readable failures.
class answerer_test : public ::testing::Test {
protected:
    static std::string ask(std::string_view question)
    {
        return testing::describe(answer_question(*kb, question));
    }

    static inline const knowledge_base* kb = &testing::shipped_knowledge();
};

TEST_F(answerer_test, title_confusion_gets_the_faq)
{
    EXPECT_EQ(ask("Is a lead product manager the same as a product lead?"),
              "faq:lead-pm-vs-product-lead");
    EXPECT_EQ(ask("is a product lead an individual contributor?"),
              "faq:is-product-lead-an-individual-contributor");
    EXPECT_EQ(ask("my title is going to be Lead Product Manager - is that basically a product "
                  "lead?"),
              "faq:lead-pm-vs-product-lead");
}

TEST_F(answerer_test, an_faq_comparing_the_two_roles_wins_in_any_wording)
{
    EXPECT_EQ(ask("my offer says CPO, my friend's says head of product. interchangable?"),
              "faq:head-of-product-vs-cpo");
}

TEST_F(answerer_test, three_roles_on_one_theme_get_the_topic_across_roles)
{
    EXPECT_EQ(ask("do pm, pl and pml get measured on different metrics? rough breakdown pls"),
              "topic:metrics-by-role");
    EXPECT_EQ(ask("lead pm, product lead, pml, dir of pm... are these all the same job w "
                  "different names??"),
              "topic:how-titles-overlap");
    // A move between two roles asked about one theme: the topic on it, not the path.
    EXPECT_EQ(ask("how does what you're measured on change as you go from pm to lead to pml?"),
              "topic:metrics-by-role");
}

TEST_F(answerer_test, every_role_on_one_theme_gets_the_topic_across_roles)
{
    EXPECT_EQ(ask("what does each role measure? PM vs PML"), "topic:metrics-by-role");
}

TEST_F(answerer_test, two_roles_without_an_faq_get_a_comparison)
{
    EXPECT_EQ(ask("principal pm vs senior pm"),
              "compare:principal-product-manager|senior-product-manager");
}

TEST_F(answerer_test, definitions_get_role_cards)
{
    EXPECT_EQ(ask("what does a head of product do?"), "role:head-of-product");
    EXPECT_EQ(ask("what is a CPO"), "role:chief-product-officer");
    EXPECT_EQ(ask("prodct lead"), "role:product-lead");
}

TEST_F(answerer_test, paths_and_time)
{
    EXPECT_EQ(ask("how do I get from senior PM to director of product management?"),
              "path:senior-product-manager-to-director-of-product-management");
    EXPECT_EQ(ask("how long does it take to become a product lead?"),
              "faq:how-long-to-become-product-lead");
    // Wanting a title, or to end up as one, is going there.
    EXPECT_EQ(ask("I'm a senior PM and I'd like to end up as a product lead. what should I focus "
                  "on?"),
              "path:senior-product-manager-to-product-lead");
    EXPECT_EQ(ask("one of my PMs wants senior PM next. what should her plan look like to get "
                  "there"),
              "path:product-manager-to-senior-product-manager");
    // Three roles named: from the first to a later one, not between the first two.
    EXPECT_EQ(ask("I'm a senior PM and one day I'd like to oversee PMs as a director. what "
                  "should the road look like?"),
              "path:senior-product-manager-to-director-of-product-management");
}

TEST_F(answerer_test, reporting_lines_are_answered_honestly)
{
    // The articles give no director's or product lead's manager: the bot says it does
    // not know, and offers the role it understood ("PLs" is the plural of PL, not "pls").
    const auto pls = answer_question(*kb, "who do PLs report to?");
    EXPECT_EQ(testing::describe(pls), "unknown");
    ASSERT_FALSE(pls.closest.empty());
    EXPECT_EQ(kb->entry_title(pls.closest.front()), "Product Lead");
    EXPECT_EQ(ask("who does a director of product management report to?"), "unknown");
    EXPECT_EQ(ask("who will my manager be as a director of product management?"), "unknown");
    EXPECT_EQ(ask("principal PMs - who's their manager usually?"), "unknown");
    // "reporting to" a role is a reporting line, not a move to it.
    EXPECT_EQ(ask("as a new PM, will I be reporting to a product lead or a director?"),
              "faq:who-do-product-managers-report-to");
    EXPECT_EQ(ask("who do APMs report to?"), "faq:who-do-apms-report-to");
    // "Who ... answers to" asks for a reporting line however it is put, and the asker's own
    // role said first is not the one asked about.
    EXPECT_EQ(ask("I'm a PM, curious who our Head of Product answers to - is it the CEO, the COO "
                  "or the board?"),
              "unknown");
    // Whom a role leads, asked as who reports into it.
    EXPECT_EQ(ask("which roles sit under a director of product mgmt, like who reports into them"),
              "role:director-of-product-management");
    // "Is an APM under a product lead?" asks whom an APM reports to; "is the VP under the CEO
    // or the CPO?" whom a VP does, which the articles never say.
    EXPECT_EQ(ask("is an APM under a product lead? trying to figure out the org chart"),
              "faq:who-do-apms-report-to");
    EXPECT_EQ(ask("org chart q: is the VP of Product under the CEO, the COO, or the CPO at most "
                  "places?"),
              "unknown");
    // Numbers that roll up to a lead are what the lead answers for.
    EXPECT_EQ(ask("if you're a PL whose success gets measured how, like what KPIs roll up to you"),
              "faq:metrics-product-lead");
    // "Does a VP report to the CEO or the CPO?" offers choices of whom it reports to.
    EXPECT_EQ(ask("does a VP of product report to the CEO or the CPO"), "unknown");
    EXPECT_EQ(ask("which role would a PM normally report up to"),
              "faq:who-do-product-managers-report-to");
    EXPECT_EQ(ask("who ends up reporting to a director of product mgmt"),
              "role:director-of-product-management");
    // Nor do bare titles guessed after it ("director? VP?").
    EXPECT_EQ(ask("who does a product lead usually report to? director? VP?"), "unknown");
    EXPECT_EQ(ask("who sits directly above a pm normally"),
              "faq:who-do-product-managers-report-to");
    // Nor does a guess after a comma, nor who sits two rungs up.
    EXPECT_EQ(ask("sorry if obvious but who would a product lead normally report to, is it the VP "
                  "or the CPO?"),
              "unknown");
    EXPECT_EQ(ask("if i'm a PM, who's my skip level usually?"), "unknown");
    // Nor does a guess after it make it a definition.
    EXPECT_EQ(ask("principal PMs - who do they report to? is it a director?"), "unknown");
    // Choices offered after the question belong to it: still a reporting line.
    EXPECT_EQ(ask("who do product leads report to? CPO or VP?"), "unknown");
}

TEST_F(answerer_test, a_roles_manager_is_whom_it_reports_to)
{
    EXPECT_EQ(ask("new hire q: who is a PM's manager usually?"),
              "faq:who-do-product-managers-report-to");
}

TEST(answerer, a_known_reporting_line_is_the_answer)
{
    auto data = load_embedded().data;
    for (auto& r : data.roles) {
        if (r.id == "director-of-product-management") {
            r.reports_to = {"vp-of-product"};
        }
    }
    const knowledge_base with_line(std::move(data), 1);
    EXPECT_EQ(testing::describe(answer_question(
                  with_line, "who does a director of product management report to?")),
              "reports_to:director-of-product-management");
}

TEST_F(answerer_test, whom_a_role_manages_is_not_whom_it_reports_to)
{
    // Nor is not wanting to manage anyone.
    EXPECT_EQ(ask("my senior PM has no interest in managing people. can she keep growing?"),
              "faq:grow-without-managing-people");
    // Anyone reporting to the asker is whom the asker's role manages.
    EXPECT_EQ(ask("as a PM will anybody report to me?"), "faq:do-product-managers-manage-people");
    // The FAQ answers when its own question asks it, however loosely the phrasing matched
    // is worded.
    EXPECT_EQ(ask("At my last job the product lead had people under her. Is that normal, do "
                  "product leads manage the people?"),
              "faq:does-product-lead-manage-people");
    // Reporting seen from above is about the people the role leads.
    EXPECT_EQ(ask("who reports to a product lead?"), "faq:does-product-lead-manage-people");
    EXPECT_EQ(ask("does a product lead have direct reports?"),
              "faq:does-product-lead-manage-people");
    EXPECT_EQ(ask("do senior PMs manage other PMs?"), "faq:does-senior-pm-manage-people");
    // Being someone's boss is having reports, not having a boss.
    EXPECT_EQ(ask("is a senior PM someone's boss?"), "faq:does-senior-pm-manage-people");
    // An FAQ phrased much like the question, though its phrasing does not ask about managing.
    EXPECT_EQ(ask("is sr pm a people manager role or still ic?"),
              "faq:does-senior-pm-manage-people");
    // Both FAQs say whom a product lead leads.
    const auto under = ask("who sits under a product lead?");
    EXPECT_TRUE(under == "faq:does-product-lead-manage-people" ||
                under == "faq:is-product-lead-an-individual-contributor")
        << under;
    EXPECT_EQ(ask("principal product manager - what do our docs actually say about it? does it "
                  "come with reports?"),
              "role:principal-product-manager");
    EXPECT_EQ(ask("Product lead, he have people under him or no?"),
              "faq:does-product-lead-manage-people");
    // Whether a role is a manager's: its card says which track it is on.
    EXPECT_EQ(ask("saw 'principal pm' on the org chart. is that a manager role or what"),
              "role:principal-product-manager");
    // No FAQ for this role: its card, which lists whom it manages.
    EXPECT_EQ(ask("does a head of product manage people?"), "role:head-of-product");
    // Seen from below it is the reporting line, which the articles do not give.
    EXPECT_EQ(ask("who does a product lead report to?"), "unknown");
}

TEST_F(answerer_test, the_next_step_up_is_on_the_card)
{
    // Or in the role's own FAQ on it, when the question echoes one of its phrasings.
    EXPECT_EQ(ask("sr pm for 2 yrs now, what's next up the ladder?"),
              "faq:what-comes-after-senior-pm");
    EXPECT_EQ(ask("what comes after an associate product manager?"),
              "role:associate-product-manager");
    EXPECT_EQ(ask("what's the next level above a product manager?"), "role:product-manager");
}

TEST_F(answerer_test, a_shared_theme_finds_the_faq_about_the_same_role)
{
    EXPECT_EQ(ask("what is a product lead judged on?"), "faq:metrics-product-lead");
    EXPECT_EQ(ask("what makes a great product lead?"), "faq:key-skills-for-product-lead");
    EXPECT_EQ(ask("what's the toughest thing about moving from PM to product lead?"),
              "faq:challenges-moving-from-pm-to-lead");
    // Set against the asker's own job, the FAQ comparing the two on that theme.
    EXPECT_EQ(ask("what does a product lead's calendar look like compared to mine? mine is all "
                  "sprint planning + grooming"),
              "faq:typical-day-pm-vs-lead");
    // The role and the theme are enough, whatever the other words.
    EXPECT_EQ(ask("my promo packet for PL is due in a month. what evidence actually convinces "
                  "people you're lead material"),
              "faq:signs-ready-for-product-lead");
    // The theme, but another role: not that role's FAQ.
    EXPECT_NE(ask("what is a head of product judged on?"), "faq:metrics-product-lead");
    // An FAQ about every role answers a question about one of them.
    EXPECT_EQ(ask("why does a product lead at one company do something different from a "
                  "product lead at another company?"),
              "faq:why-titles-vary-between-companies");
    // Both say it: an FAQ whose own question names no role is about the roles it lists.
    const auto stay_ic = ask("can a senior PM stay an IC?");
    EXPECT_TRUE(stay_ic == "topic:ic-and-management-tracks" ||
                stay_ic == "faq:grow-without-managing-people")
        << stay_ic;
    EXPECT_EQ(ask("As a PM, how much of the job really comes down to communication?"),
              "faq:communication-in-product-leadership");
    // A distinctive theme needs no role and few shared words.
    EXPECT_EQ(ask("my skip-level keeps saying reactive vs creative, huh?"),
              "faq:reactive-vs-creative-mindset");
    // The card says it in its duties: the VP sets resource allocation and makes the
    // strategic choices (and "resources" here are not reading resources).
    EXPECT_EQ(ask("does our VP Product decide how resources get carved up at a high level? or "
                  "is that finance's call"),
              "role:vp-of-product");
    // No FAQ for the role, but its card has the part asked about.
    EXPECT_EQ(ask("how far ahead does a director of product management plan?"),
              "role:director-of-product-management");
}

TEST_F(answerer_test, a_duty_on_the_card_of_the_one_role_named_is_answered_by_it)
{
    EXPECT_EQ(ask("is the portfolio roadmap something a product lead owns?"), "role:product-lead");
    EXPECT_EQ(ask("who works out cost estimates and scheduling, is it the product management "
                  "lead?"),
              "role:product-management-lead");
    // A role and the people it manages: still about the role.
    EXPECT_EQ(ask("does a product management lead give feedback to the PMs on their team?"),
              "role:product-management-lead");
    EXPECT_EQ(ask("I met our head of product at lunch. what is that role meant to cover?"),
              "role:head-of-product");
    // Context before the question is not what is asked.
    EXPECT_EQ(ask("our team hired a Lead PM from outside and nobody explained it. what kind of "
                  "job is that normally?"),
              "role:lead-product-manager");
    // The card has some of the words but not what is asked.
    EXPECT_EQ(ask("how many weekends does a product lead work before a launch?"), "unknown");
    EXPECT_EQ(ask("what does a product manager do in their first 30 days?"), "unknown");
    // What it does, asked in words the card lacks, is still the card; unless the sentence
    // that asks is about another job, named only in the context.
    EXPECT_EQ(ask("principal pm title - what does that person actually do here vs elsewhere"),
              "role:principal-product-manager");
    EXPECT_EQ(ask("I'm the new chief of staff to our CPO. What does a chief of staff in a "
                  "product org usually do?"),
              "unknown");
    // Presenting to the board is on a card; a seat on it is not.
    EXPECT_EQ(ask("do CPOs typically sit on the company's board?"), "unknown");
}

TEST_F(answerer_test, everyday_wording_of_a_theme_or_intent)
{
    // More years under one's belt, as a guess at a title, asks no time.
    EXPECT_EQ(ask("sr PM - what is that exactly, just a PM with more yrs under their belt?"),
              "role:senior-product-manager");
    // Someone else's wish not to manage, and the job of someone heading elsewhere.
    EXPECT_EQ(ask("my top PM told me she never wants direct reports. is there still a growth "
                  "path for her?"),
              "faq:grow-without-managing-people");
    EXPECT_EQ(ask("candidate is an engineering manager who wants to be a product lead. is that a "
                  "realistic switch?"),
              "faq:switching-from-other-fields");
    // A technical background asked about on the way between two roles is that FAQ, not the
    // path; "an IC PM" is a PM; "a required stop" asks what is required first.
    EXPECT_EQ(ask("non-technical background here (history degree) - is that a problem for "
                  "becoming a PM or later a PL?"),
              "faq:technical-background-needed");
    EXPECT_EQ(ask("as an IC PM what metrics am i actually judged on"),
              "faq:metrics-product-manager");
    EXPECT_EQ(ask("is senior PM a required stop on the way to product lead or do ppl jump "
                  "straight there"),
              "faq:senior-pm-required-before-product-lead");
    EXPECT_EQ(ask("building an org chart template for the product org. what titles do product "
                  "leaders usually have"),
              "faq:common-product-leadership-titles");
    // "whats that" after a title asks what it is; a boss's job is no reporting line; "from
    // my level to the senior title" is a move; whom the asker manages is the PM's FAQ.
    EXPECT_EQ(ask("someone on my team has the title principal PM. whats that"),
              "role:principal-product-manager");
    EXPECT_EQ(ask("what are the hardest parts of my boss's job as product lead"),
              "faq:challenges-for-product-leads");
    EXPECT_EQ(ask("what would i need to do to get from my current pm level to the senior title"),
              "path:product-manager-to-senior-product-manager");
    EXPECT_EQ(ask("do i manage anyone in my job or is it all influence?"),
              "faq:do-product-managers-manage-people");
    EXPECT_EQ(ask("wait what's an APM, is that like a junior PM?"),
              "role:associate-product-manager");
    EXPECT_EQ(ask("hiring a new grad into product, where do ppl usually start"),
              "faq:where-product-careers-start");
    // An opening "wait what even is an apm lol, ..." asks for the card; "whats that path look
    // like" after a move asks for the path.
    EXPECT_EQ(ask("wait what even is an apm lol, is that like an intern thing or a real pm job"),
              "role:associate-product-manager");
    EXPECT_EQ(ask("sr pm to director of product, whats that path look like"),
              "path:senior-product-manager-to-director-of-product-management");
    EXPECT_EQ(ask("who's usually the manager of an associate PM"), "faq:who-do-apms-report-to");
    // "who is above who" ranks two roles; "fr" is chat; reports a role comes with are whom it
    // manages.
    EXPECT_EQ(ask("director of product vs product lead, who is above who"),
              "compare:director-of-product-management|product-lead");
    EXPECT_EQ(ask("what does a product management lead do fr, my skip level has that title"),
              "role:product-management-lead");
    EXPECT_EQ(ask("saw a 'Principal Product Manager' title in the directory, is that a manager of "
                  "people or something else?"),
              "role:principal-product-manager");
    EXPECT_EQ(ask("PL and director of product mgmt, they are on equal level or one is over the "
                  "other?"),
              "compare:product-lead|director-of-product-management");
    EXPECT_EQ(ask("To whom is reporting a PM usually?"), "faq:who-do-product-managers-report-to");
    EXPECT_EQ(ask("diff between the person who owns one product and the one who runs the "
                  "portfolio above them?"),
              "faq:product-manager-vs-product-lead");
    // Roles described, not named: a portfolio or product line is the product lead's, the
    // C-level product exec is the CPO, the most senior IC the principal PM.
    EXPECT_EQ(ask("how do i go from owning one product to running a portfolio of them"),
              "path:product-manager-to-product-lead");
    EXPECT_EQ(ask("what is the c-level exec in charge of product supposed to focus on"),
              "role:chief-product-officer");
    EXPECT_EQ(ask("whats the difference between the most senior IC in product and a sr PM"),
              "compare:principal-product-manager|senior-product-manager");
    EXPECT_EQ(ask("are 'lead PM' and 'product management lead' one role or two"),
              "compare:lead-product-manager|product-management-lead");
    // More ways to set two roles side by side; "mgrs" are managers.
    EXPECT_EQ(ask("what does a senior PM do differently from a regular PM"),
              "compare:senior-product-manager|product-manager");
    EXPECT_EQ(ask("scope-wise, where does a director of product mgmt end and a VP of product "
                  "begin"),
              "compare:director-of-product-management|vp-of-product");
    EXPECT_EQ(ask("if a company has both a VP of product and a CPO how do their jobs split"),
              "compare:vp-of-product|chief-product-officer");
    EXPECT_EQ(ask("who do product mgrs report to usually"),
              "faq:who-do-product-managers-report-to");
    // So does what to start doing now for a goal some years off; years under the asker's belt
    // are context; the options for the next title are the next step.
    EXPECT_EQ(ask("what can i start doing now as a PM so a leadership role is realistic in a few "
                  "yrs"),
              "faq:prepare-for-leadership-as-pm");
    EXPECT_EQ(ask("been sr pm for 2 years, what are my options for the next title"),
              "faq:what-comes-after-senior-pm");
    // Skills for a goal some years off ask for the skills, not the time; skipping the senior
    // PM stint asks what is required first.
    EXPECT_EQ(ask("which skills should I build if I want to become a product lead in a few years"),
              "faq:key-skills-for-product-lead");
    EXPECT_EQ(ask("is it possible to jump from PM right to product lead w/o doing the senior PM "
                  "stint"),
              "faq:senior-pm-required-before-product-lead");
    // With no role named, someone asking about the leaders above them asks about the
    // product lead; with their own work beside it, about both.
    EXPECT_EQ(ask("how am i supposed to work w the product leaders above me, whats the dynamic"),
              "faq:how-pms-and-leaders-work-together");
    EXPECT_EQ(ask("do leaders need to understand finance stuff like P&Ls and budgets"),
              "faq:product-leads-need-financial-skills");
    EXPECT_EQ(ask("will moving up mean i'm in front of the c-suite and the board a lot?"),
              "faq:product-leads-and-executives");
    EXPECT_EQ(ask("just got promoted from APM to PM, what am I now responsible for"),
              "role:product-manager");
    // With no role named, someone speaking of their own product work asks as a PM (but must
    // still ask what the entry holds: "how do I work together with sales?" is refused).
    EXPECT_EQ(ask("what skills should i focus on in my first year owning a product"),
              "faq:key-skills-for-product-manager");
    EXPECT_EQ(ask("VP of product — whats their remit, roughly"), "role:vp-of-product");
    EXPECT_EQ(ask("just got bumped to senior, do i get a team now?"),
              "faq:does-senior-pm-manage-people");
    EXPECT_EQ(ask("going from PM to product lead counts as a promotion, yes?"),
              "faq:is-product-lead-more-senior-than-pm");
    EXPECT_EQ(ask("starting as an APM next month, I'll be reporting to a product lead right?"),
              "faq:who-do-apms-report-to");
    // Idioms: where the buck stops is what someone owns; pulling the plug is cutting.
    EXPECT_EQ(ask("where does the buck stop for a product manager? like what do they actually "
                  "own"),
              "role:product-manager");
    EXPECT_EQ(ask("who pulls the plug on a product or decides to double down on it"),
              "faq:who-decides-product-investment");
    EXPECT_EQ(ask("who kills products or keeps funding them"),
              "faq:who-decides-product-investment");
    // A move told as context, then what the title moved to is or does.
    EXPECT_EQ(ask("my sr PM friend just got promoted to principal PM, what does that title "
                  "actually mean"),
              "role:principal-product-manager");
    EXPECT_EQ(ask("im 4 yrs into PM and considering product lead, what does a PL actually do"),
              "role:product-lead");
    EXPECT_EQ(ask("whats a lead PM, is that a step above sr PM or a mgmt job"),
              "role:lead-product-manager");
    EXPECT_EQ(ask("whats a senior PM beyond just 'PM with more years'"),
              "role:senior-product-manager");
    // Whom the asker would manage.
    EXPECT_EQ(ask("if i become a PL will there be PMs and APMs on my team that i manage"),
              "faq:does-product-lead-manage-people");
    // Going up for a title is a move; running a product team one day is leading one; what a
    // new title is supposed to be about is its card.
    EXPECT_EQ(ask("going up for sr PM next cycle, what should i be demonstrating to get it"),
              "path:product-manager-to-senior-product-manager");
    EXPECT_EQ(
        ask("which skills should i be working on now if i want to run a product team one day"),
        "faq:key-skills-for-product-lead");
    EXPECT_EQ(ask("got the sr PM title last month, what's the role supposed to be about"),
              "role:senior-product-manager");
    // Where a role sits on the ladder is part of what it is.
    EXPECT_EQ(ask("quick one - what's an APM and where do they sit on the ladder"),
              "role:associate-product-manager");
    // "dose" for "does".
    EXPECT_EQ(ask("what dose a lead pm actualy do"), "role:lead-product-manager");
    // Typos corrected to a plural stay plural; "too" for "to"; "sr" skipped.
    EXPECT_EQ(ask("what r the 4 pilars of the pm job ppl keep mentionning"),
              "topic:four-pillars-of-product-management");
    EXPECT_EQ(ask("can i skip sr pm and go strait to product lead?"),
              "faq:senior-pm-required-before-product-lead");
    EXPECT_EQ(ask("is prioritization one of the core parts of a PM's job?"),
              "topic:four-pillars-of-product-management");
    EXPECT_EQ(ask("VP Product and CPO, whats the split between those two?"),
              "compare:vp-of-product|chief-product-officer");
    EXPECT_EQ(ask("above PM level, what names do the leadership jobs usually go by?"),
              "faq:common-product-leadership-titles");
    // Chat's spellings of "what"; the asker's own confusion is no theme.
    EXPECT_EQ(ask("ngl im confused, wht does a product lead actualy do"), "role:product-lead");
    // The FAQ on the one theme asked beats one on how to move.
    EXPECT_EQ(ask("what skills do i need to become a product lead"),
              "faq:key-skills-for-product-lead");
    EXPECT_EQ(ask("typical first job for someone breaking into product mgmt?"),
              "faq:where-product-careers-start");
    EXPECT_EQ(ask("Director of Product Mgmt - how broad is that role and what do they actually "
                  "oversee?"),
              "role:director-of-product-management");
    // A beginner's rung is where a career begins, at an entry level.
    EXPECT_EQ(ask("my title is Associate PM and tbh I feel like a fraud lol. is APM basically the "
                  "beginner rung in product?"),
              "role:associate-product-manager");
    EXPECT_EQ(ask("what are the biggest headaches for product leads?"),
              "faq:challenges-for-product-leads");
    EXPECT_EQ(ask("any famous examples of a company doing portfolio-level product leadership "
                  "well?"),
              "faq:product-leadership-examples");
    EXPECT_EQ(ask("hiring for a senior product leadership job and unsure what to call it. which "
                  "titles do companies use for these jobs?"),
              "faq:common-product-leadership-titles");
    EXPECT_EQ(ask("do product leads spend much time with the exec team?"),
              "faq:product-leads-and-executives");
    EXPECT_EQ(ask("is a senior PM anything more than a PM with more years?"),
              "compare:senior-product-manager|product-manager");
    // What to look for in candidates is what the role needs; the interview itself is not
    // in the articles (refused below).
    EXPECT_EQ(ask("I run hiring for our product org. what skills should I screen for when "
                  "interviewing product leads?"),
              "faq:key-skills-for-product-lead");
    EXPECT_EQ(ask("my friends are philosophy majors, do they need a coding background to work "
                  "in product?"),
              "faq:technical-background-needed");
    EXPECT_EQ(ask("support engineer here. what's a PM's job, end to end?"), "role:product-manager");
    // Hiring for a role is no question of whom to hire.
    EXPECT_EQ(ask("If we hire a director of product management, what would that person "
                  "oversee?"),
              "role:director-of-product-management");
    // Two roles and no other intent: the FAQ on how they differ.
    EXPECT_EQ(ask("our startup has a CPO and a head of product. who does what?"),
              "faq:head-of-product-vs-cpo");
    EXPECT_EQ(ask("I've been a PM for two years - how far off is a product lead role?"),
              "path:product-manager-to-product-lead");
    EXPECT_EQ(ask("what are the pain points of being a product lead?"),
              "faq:challenges-for-product-leads");
    EXPECT_EQ(ask("PML or principal PM - if I never want direct reports, which of the two "
                  "should I be aiming at?"),
              "compare:product-management-lead|principal-product-manager");
    EXPECT_EQ(ask("what separates an APM from a principal PM?"),
              "compare:associate-product-manager|principal-product-manager");
    EXPECT_EQ(ask("what does a VP of product do that a director doesn't?"),
              "compare:vp-of-product|director-of-product-management");
    // Two themes in common (decisions, finance) find the FAQ without a role named;
    // money here is a budget, not pay.
    EXPECT_EQ(ask("who decides how the money and headcount get split between teams?"),
              "faq:who-decides-product-investment");
    EXPECT_EQ(ask("who gets to decide that product X gets more engineers and product Y gets "
                  "wound down?"),
              "faq:who-decides-product-investment");
    EXPECT_EQ(ask("how much money does a senior PM make?"), "unknown");
    EXPECT_EQ(ask("how much does a PM make?"), "unknown");
    // A general FAQ (on learning) does not answer about a thing the base never names.
    EXPECT_EQ(ask("should a PM learn SQL?"), "unknown");
    // "make" and a title: a move.
    EXPECT_EQ(ask("I'm a PM. what should I focus on to make senior PM?"),
              "path:product-manager-to-senior-product-manager");
    // Three roles: the first one named that another named one leads to.
    EXPECT_EQ(ask("I'd rather become a director of PM than a product lead. What does that route "
                  "look like from senior PM?"),
              "path:senior-product-manager-to-director-of-product-management");
    // So is "want to be" and a title, but not "have to be" one, "pitching the roadmap to"
    // executives or "getting into the weeds".
    EXPECT_EQ(ask("been a PM for about 4 yrs and i want to be a product lead eventually. what "
                  "should my plan look like?"),
              "path:product-manager-to-product-lead");
    EXPECT_EQ(ask("do I have to be senior pm before product lead or can I skip it?"),
              "faq:senior-pm-required-before-product-lead");
    EXPECT_NE(detect_intent(question_text("is pitching the roadmap to execs part of a PL job?"), 1),
              question_intent::become);
    EXPECT_EQ(detect_intent(question_text("does a VP get into the weeds?"), 1),
              question_intent::none);
    EXPECT_EQ(detect_intent(question_text("how do I get into product management?"), 0),
              question_intent::become);
    // A span named as the goal and weighed asks how long it takes; a span alone does not.
    EXPECT_EQ(detect_intent(question_text("my skip-level said I could be a product lead in 18 "
                                          "months. is that realistic?"),
                            1),
              question_intent::how_long);
    EXPECT_EQ(detect_intent(question_text("could I be a PL within a year?"), 1),
              question_intent::how_long);
    EXPECT_NE(detect_intent(question_text("what will a PM be doing in 2 years?"), 1),
              question_intent::how_long);
    // Applying for a title is heading there; applying a framework is not.
    EXPECT_EQ(
        detect_intent(question_text("she is applying for a product lead role, realistic?"), 1),
        question_intent::become);
    EXPECT_NE(
        detect_intent(question_text("should a product lead apply for budget each quarter?"), 1),
        question_intent::become);
    EXPECT_EQ(ask("Founder here: my best senior PM wants to run a whole product portfolio, so "
                  "what does she need to develop?"),
              "path:senior-product-manager-to-product-lead");
    EXPECT_EQ(ask("Former high school teacher, now six months into my first PM job. Long term I'd "
                  "love to manage other PMs as a product management lead - what should I "
                  "practise now?"),
              "path:product-manager-to-product-management-lead");
    // Where the asker is, and where they hope to be some day.
    EXPECT_EQ(ask("Sr PM here, want to own a whole portfolio someday. what should I be proving in "
                  "the next year or two?"),
              "path:senior-product-manager-to-product-lead");
    // An FAQ about particular roles does not answer a question that names none.
    EXPECT_NE(ask("why do titles differ so much between startups and big companies?"),
              "faq:head-of-product-vs-vp-of-product");
    // Idioms mean what the articles say plainly.
    EXPECT_EQ(ask("we just got a new director of product mgmt - what is that person actually on "
                  "the hook for?"),
              "role:director-of-product-management");
    // Chat spelling and fillers are not subjects the base lacks.
    EXPECT_EQ(ask("wat does a CPO do exactly"), "role:chief-product-officer");
    // Where the time goes is not how long something takes; "a lead" is a product lead.
    EXPECT_EQ(ask("as a lead how much time am i gonna spend with execs and the board?"),
              "faq:product-leads-and-executives");
    // Someone interviewing for two roles may ask how they differ (but not about interviews).
    EXPECT_EQ(ask("interviewing for a head of product role and a VP product role. how do those "
                  "jobs differ?"),
              "faq:head-of-product-vs-vp-of-product");
    EXPECT_EQ(ask("both director of product and product lead are open to me. which one is the "
                  "bigger job?"),
              "compare:director-of-product-management|product-lead");
    // Coming from another field: the roles named are where the asker is going.
    EXPECT_EQ(ask("spent 4 years in mgmt consulting before joining as a PM. does that "
                  "background actually help if I'm aiming for product lead?"),
              "faq:switching-from-other-fields");
    // A non-technical PM is a PM (a technical PM is a title the base lacks).
    EXPECT_EQ(ask("I'm a non-technical PM (came up through marketing). is that going to hold "
                  "me back from a lead role?"),
              "faq:technical-background-needed");
    EXPECT_EQ(ask("what does a technical PM do?"), "unknown");
    // Moving into product from another job is in scope; moving into a title the base
    // lacks is not.
    EXPECT_EQ(ask("How do I transition into a group product manager role?"), "unknown");
    EXPECT_EQ(ask("I'm a PM switching to staff PM, what changes?"), "unknown");
    // Where the answer comes from is not what it is about.
    EXPECT_EQ(ask("what do the docs say about continuous learning?"),
              "topic:continuous-learning-for-product-people");
}

TEST_F(answerer_test, context_before_the_question_neither_names_nor_sinks_it)
{
    // "product and my manager" is no product manager.
    EXPECT_EQ(ask("I'm three years into product and my manager mentioned the creative mindset "
                  "in my review. what is the creative mindset?"),
              "faq:reactive-vs-creative-mindset");
    // A question typed without a mark after the last one is what is asked.
    EXPECT_EQ(ask("CPO - is that like a CEO but for products? what do they actually do"),
              "role:chief-product-officer");
    EXPECT_EQ(ask("our head of prod - what falls under that job?"), "role:head-of-product");
    // How many teams, as a measure of scope, asks for the scope.
    EXPECT_EQ(ask("whats the scope of a director of product mgmt, how many teams are they over"),
              "role:director-of-product-management");
    EXPECT_EQ(ask("how many teams does a director of product mgmt run?"), "unknown");
    // A dash sets the sentence that asks apart, as a full stop does.
    EXPECT_EQ(ask("the posting i applied to reports into a director of product management - what "
                  "does a director like that do"),
              "role:director-of-product-management");
    // The job the asker has been in is context, not another title asked about.
    EXPECT_NE(ask("been in product marketing for 4 yrs and want to switch over to the product "
                  "side, what role do ppl normally start in when they make that move"),
              "unknown");
    // "As a PM" with no mark after it still only says who asks.
    EXPECT_EQ(ask("as a PM what is the head of product responsible for"), "role:head-of-product");
    EXPECT_EQ(ask("sr PM here, want to go for director of product in a couple yrs. what should i "
                  "be doing now"),
              "path:senior-product-manager-to-director-of-product-management");
    EXPECT_EQ(ask("is lead PM just another name for product management lead?"),
              "compare:lead-product-manager|product-management-lead");
    // News of the asker's company is context, not one company's practice.
    EXPECT_EQ(ask("our company just hired its first CPO and everyone's buzzing. what is a chief "
                  "product officer responsible for?"),
              "role:chief-product-officer");
    // Two roles told as context, and a sentence that asks what one of them is.
    EXPECT_EQ(ask("the new org chart puts a Director of Product Management above my lead. what "
                  "does a director of PM actually do?"),
              "role:director-of-product-management");
    // A "who" that only points at someone asks nothing.
    EXPECT_EQ(ask("the person who runs product is our head of product and my manager's boss is a "
                  "director of product mgmt. how are those roles different?"),
              "compare:head-of-product|director-of-product-management");
    // The title's own words are no management role.
    EXPECT_EQ(ask("senior PM here, how do i move into a director of product management role?"),
              "path:senior-product-manager-to-director-of-product-management");
    // Nor is what the boss keeps saying.
    EXPECT_EQ(ask("my new boss keeps saying 'product leader' like it just means PM. is that the "
                  "same job?"),
              "faq:product-manager-vs-product-leader-same");
    // Who the boss is, said in passing, is not a question about reporting lines.
    EXPECT_EQ(ask("my new boss is Head of Product. is building culture part of that job or is "
                  "it purely strategy?"),
              "role:head-of-product");
    // Words of the context that no entry holds: the asking sentence is matched on its own.
    EXPECT_EQ(ask("my team ships weekly and we do standups every morning. can I keep growing "
                  "in product without managing people?"),
              "faq:grow-without-managing-people");
    // A way up asked by someone who wants no reports, with no role named and none of the
    // FAQ's words: still that FAQ, not whether a role is an IC.
    EXPECT_EQ(ask("I like the hands-on work and really don't want reports. any way up for me?"),
              "faq:grow-without-managing-people");
    // "Part ways" sets two roles apart.
    EXPECT_EQ(ask("where does a director's job part ways with a VP's?"),
              "compare:director-of-product-management|vp-of-product");
    // Context that names another role: the sentence that asks is answered on its own.
    EXPECT_EQ(ask("I've been offered a product lead spot and I'm torn, I've only ever been a "
                  "PM. What's genuinely hard about being a product lead?"),
              "faq:challenges-for-product-leads");
    // A dash sets the question apart too.
    EXPECT_EQ(ask("new boss is the dir of product mgmt \u2014 what does that job usualy cover?"),
              "role:director-of-product-management");
    // And so does a colon.
    EXPECT_EQ(ask("writing the intro slide for our new CPO: what is a chief product officer "
                  "mainly accountable for?"),
              "role:chief-product-officer");
    // A sentence that points back to the role the context names is asked about that role.
    EXPECT_EQ(ask("We're hiring our first Director of Product Management. What would that person "
                  "oversee day to day?"),
              "role:director-of-product-management");
    // A title that only says who is speaking is not what is asked about.
    EXPECT_EQ(ask("My VP told me I need stronger financial skills before I can be a product lead. "
                  "What does that involve?"),
              "faq:product-leads-need-financial-skills");
    // A closing clause that adds to a question that opens the sentence is set aside ...
    EXPECT_EQ(ask("what does a director of product do, so I can prep for my skip-level?"),
              "role:director-of-product-management");
    // ... but not a question that comes after the comma.
    EXPECT_EQ(ask("if I become a product lead, who's my boss?"), "unknown");
    // "Those two" after three roles are the last two named.
    EXPECT_EQ(ask("Our org has PMs reporting to a lead PM on one team and to a director of "
                  "product on another. What separates those two roles?"),
              "compare:lead-product-manager|director-of-product-management");
    // Nor is a boss who speaks a question about reporting lines.
    EXPECT_EQ(ask("my boss says senior PMs don't manage people, is that true?"),
              "faq:does-senior-pm-manage-people");
    // Between two FAQs sharing as many themes with the message, the one on what the
    // asking sentence asks ("pay grade" in the context is authority; strategy is asked).
    EXPECT_EQ(ask("Someone on my team says strategy is above his pay grade. Do PMs own strategy "
                  "at all?"),
              "faq:do-pms-set-strategy");
    // Years served at one's company are context, not one company's practice.
    EXPECT_EQ(ask("I'm a senior PM, 4 years at this company. How do I get promoted to product "
                  "lead?"),
              "path:senior-product-manager-to-product-lead");
    // But not when the message is beyond the articles, nor when the context sets things the
    // base never names against each other.
    EXPECT_EQ(ask("productboard vs aha vs a plain spreadsheet - what should a PM be using for "
                  "roadmaps?"),
              "unknown");
    EXPECT_EQ(ask("At my company PLs earn a lot more. What's genuinely hard about being a "
                  "product lead?"),
              "unknown");
}

TEST_F(answerer_test, proof_that_something_pays_off_is_the_evidence_theme)
{
    EXPECT_EQ(ask("stats on whether product leadership moves revenue? my boss wants them"),
              "faq:evidence-product-leadership-improves-results");
    // Data alone asks for no proof.
    EXPECT_NE(ask("what data do product leads look at?"),
              "faq:evidence-product-leadership-improves-results");
    // The company's chiefs are executives the base knows, not things it never names.
    EXPECT_EQ(ask("ceo wants 'proof' that investing in product leadership pays off before we "
                  "hire a vp. is there anything with actual numbers"),
              "faq:evidence-product-leadership-improves-results");
    // A distinctive theme outweighs a common one ("consultant" is coming from elsewhere).
    EXPECT_EQ(ask("Is there any real evidence that 'product leadership' moves revenue, or is "
                  "that just consultant talk?"),
              "faq:evidence-product-leadership-improves-results");
}

TEST_F(answerer_test, what_to_start_doing_now_is_preparing_for_leadership)
{
    EXPECT_EQ(ask("what could I start doing this quarter so I'm considered for a leadership role "
                  "later?"),
              "faq:prepare-for-leadership-as-pm");
    EXPECT_EQ(ask("as a PM, how do I lay the groundwork for leadership?"),
              "faq:prepare-for-leadership-as-pm");
}

TEST_F(answerer_test, one_job_under_two_names_is_the_faq_on_those_two)
{
    // And two titles for the same work asks why titles vary.
    EXPECT_EQ(ask("Director of Product here, VP of Product there, for the same work. why do "
                  "titles vary between companies?"),
              "faq:why-titles-vary-between-companies");
    EXPECT_EQ(ask("we've got a 'Lead PM' in payments and a 'Product Lead' in growth. is one above "
                  "the other or the same job under 2 names?"),
              "faq:lead-pm-vs-product-lead");
}

TEST_F(answerer_test, a_role_described_by_what_it_looks_after_is_named)
{
    // (How long it takes to become one: that role's own FAQ on it.)
    EXPECT_EQ(ask("how many years until someone like me is running the entire product line?"),
              "faq:how-long-to-become-product-lead");
    EXPECT_EQ(ask("what signs show I'm ready to take on a whole portfolio of products?"),
              "faq:signs-ready-for-product-lead");
}

TEST_F(answerer_test, themes_and_intents_are_read_through_typos)
{
    // And through chat's shorthand.
    EXPECT_EQ(ask("wtf does a pml do lol"), "role:product-management-lead");
    const asked_question q(*kb, "what are the biggest challanges for a PL?");
    EXPECT_NE(q.spelled_text().find(" challenges "), std::string::npos) << q.spelled_text();
    EXPECT_TRUE(q.concerns().test(static_cast<std::size_t>(concern::challenges)));
    // A word put right is a word, not a search term ("exampl"): theme phrases are words.
    const asked_question e(*kb, "any real world exmaples of good product leadership?");
    EXPECT_NE(e.spelled_text().find(" examples "), std::string::npos) << e.spelled_text();
    EXPECT_EQ(ask("any real world exmaples of good product leadership? like at google or apple"),
              "faq:product-leadership-examples");
    EXPECT_EQ(ask("what does a directer of product managment do all week"),
              "role:director-of-product-management");
    // Short words and English words stay as typed.
    const asked_question r(*kb, "what does a lead own");
    EXPECT_EQ(r.spelled_text(), r.text());
}

TEST_F(answerer_test, how_plainly_to_say_it_is_no_part_of_the_question)
{
    EXPECT_EQ(ask("In plain words, what does a product manager actually do?"),
              "role:product-manager");
    EXPECT_EQ(ask("what's a principal PM, in simple terms?"), "role:principal-product-manager");
}

TEST_F(answerer_test, context_around_a_definition_does_not_sink_it)
{
    // Titles shift with company size, so "at a company our size" still asks what the
    // role covers; any other number asks what no card says.
    EXPECT_EQ(ask("what does a VP of product own at a company our size (~8k ppl)?"),
              "role:vp-of-product");
    EXPECT_EQ(ask("what does a head of product do at a 40 person startup?"),
              "role:head-of-product");
    EXPECT_EQ(ask("what should I do in my first 90 days as a new PM?"), "unknown");
    // Nor does the asker's tie to the role, or the years it takes.
    EXPECT_EQ(ask("new boss is a 'product mgmt lead' wtf does that role cover lol"),
              "role:product-management-lead");
    EXPECT_EQ(ask("what does the 'senior' in Sr PM actually signal? more scope, more yrs?"),
              "role:senior-product-manager");
}

TEST_F(answerer_test, a_whole_faq_wrapped_in_chat_is_still_that_faq)
{
    EXPECT_EQ(ask("any recs for courses/newsletters/books to get better at product leadership "
                  "stuff"),
              "faq:learning-for-product-leadership");
    EXPECT_EQ(ask("hop vs vp product - if i could pick one title, which is the more senior gig?"),
              "faq:head-of-product-vs-vp-of-product");
}

TEST_F(answerer_test, a_guess_at_what_a_role_is_gets_that_roles_card)
{
    EXPECT_EQ(ask("sr pm - what is it, just a pm with more yrs?"), "role:senior-product-manager");
    EXPECT_EQ(ask("is APM basically a junior PM, or a totally different track?"),
              "role:associate-product-manager");
    EXPECT_EQ(ask("is a product management lead just a senior PM?"),
              "role:product-management-lead");
    // Side by side when nothing is guessed; the FAQ when one job under two names is asked.
    EXPECT_EQ(ask("sr pm vs pm"), "compare:senior-product-manager|product-manager");
    EXPECT_EQ(ask("is a cpo just a fancier head of product or are they different jobs"),
              "faq:head-of-product-vs-cpo");
}

TEST_F(answerer_test, words_too_common_to_search_still_carry_a_theme_or_intent)
{
    // Only the title is searched, but "good at" asks for skills.
    EXPECT_EQ(ask("What does a product lead need to be good at?"),
              "faq:key-skills-for-product-lead");
    EXPECT_EQ(ask("To whom do product managers typically report?"),
              "faq:who-do-product-managers-report-to");
    // "A more senior title" compares two titles; it names no senior PM.
    EXPECT_EQ(ask("Is product lead a more senior title than product manager?"),
              "faq:is-product-lead-more-senior-than-pm");
    // Four things is the four pillars.
    EXPECT_EQ(ask("someone told me PM work boils down to 4 things, prioritising and... what "
                  "were the other three?"),
              "topic:four-pillars-of-product-management");
}

TEST_F(answerer_test, whether_one_role_manages_people_is_that_roles_faq)
{
    // Managing people and being an IC are one theme: the FAQ on the role named, not the
    // topic on both tracks.
    EXPECT_EQ(ask("are PMs ICs?"), "faq:do-product-managers-manage-people");
    EXPECT_EQ(ask("is Sr PM an IC role?"), "faq:does-senior-pm-manage-people");
    EXPECT_EQ(ask("Why is there no standard for product titles?"),
              "faq:why-titles-vary-between-companies");
}

TEST_F(answerer_test, a_roles_responsibilities_are_its_card_even_with_no_duties_listed)
{
    // The articles list no duties of a CPO or an APM; their cards still say what the role
    // does.
    EXPECT_EQ(ask("CPO responsibilities"), "role:chief-product-officer");
    EXPECT_EQ(ask("APM responsibilities"), "role:associate-product-manager");
    EXPECT_EQ(ask("Sr PM responsibilities"), "role:senior-product-manager");
}

TEST_F(answerer_test, staying_an_individual_contributor_is_a_theme_of_its_own)
{
    // No role named, but the IC track is theme enough.
    EXPECT_EQ(ask("can i stay an ic forever and still keep getting promted? i really don't want "
                  "reports"),
              "faq:grow-without-managing-people");
    // Both tracks side by side are the topic on the two.
    EXPECT_EQ(ask("ic track vs management track in product - how does that split work?"),
              "topic:ic-and-management-tracks");
    // A question naming no role is not answered by an FAQ on one role.
    EXPECT_NE(ask("IC vs people mgmt in product: what does each side actually spend its time on?"),
              "faq:is-product-lead-an-individual-contributor");
}

TEST_F(answerer_test, an_faq_far_ahead_of_every_other_entry_answers_a_wordy_question)
{
    EXPECT_EQ(ask("my director put a '+40% revenue growth from product leadership' stat in a "
                  "deck. where does that come from, is there an actual study behind it?"),
              "faq:evidence-product-leadership-improves-results");
    // Not when it is about other roles than the one named: the card of the one named
    // says who does the daily work.
    EXPECT_EQ(ask("does a VP Product get into the weeds on daily stuff or stay high level?"),
              "role:vp-of-product");
    EXPECT_EQ(ask("does a Director of PM still get involved in the day-to-day product work?"),
              "role:director-of-product-management");
    // ICs the work is left to are people, not the IC track.
    EXPECT_EQ(ask("does a VP of product do the daily product work or leave that to ICs"),
              "role:vp-of-product");
}

TEST_F(answerer_test, what_the_articles_do_not_cover_is_refused)
{
    const std::vector<std::string_view> refused{
        "what's the salary of a product lead?",
        // "code" is all an FAQ phrasing asks ("do PMs need to code?"), but not this.
        "what's the dress code for product managers?",
        // A tool the base never names: the PM card says nothing of it.
        "should our PMs be using Jira or Linear for roadmaps?",
        "do I need an MBA?",
        "what's the weather like in Berlin?",
        "what metrics does a VP of product track?",
        // A theme's words in a question about something else.
        "what is a growth mindset?",
        // One side of the comparison is a job the articles do not describe.
        "UX researcher vs product manager, how do they differ?",
        "what pillars of agile are there?",
        "what % of a product lead's time goes to mentoring their PMs?",
        "any tips for my product lead interview?",
        "is there a learning budget for PMs who want a leadership course?",
        "how do I work together with sales?",
        // Choices offered with "or" do not make a reporting question a comparison.
        "does a head of product report to the CEO or the COO?",
        // Ratios are head counts, and working hours are not in the articles either.
        "what's a good ratio of PMs to designers?",
        "is the work-life balance better as a PM or as a product lead?",
        // Nor where the work is done, how performance is rated, moving back down, or one
        // company's own requirements.
        "can product leads be fully remote or is in-office expected?",
        "should PMs be on the on-call rotation with engineering?",
        "will moving from PM to product lead cause a problem for my work visa?",
        "we're 10 people. should my first product hire be a head of product or a PM?",
        "what's a healthy number of PMs reporting to one director of product?",
        "what rating do I need to get promoted to senior PM?",
        "if I hate managing, can I step back down to senior PM?",
        "do I need a certificate to become senior PM in this company?",
        // Nor the product owner of scrum, a group PM, or how often people leave the job.
        "PO vs PM on a scrum team, one job or two?",
        "what does a gpm do that a lead pm doesn't?",
        "do product leads have higher turnover than PMs?",
        // Nor regulation, downleveling, tools, how often to meet, one company's policy, visas.
        "who signs off on FDA submissions, the PM or regulatory affairs?",
        "does going part-time get me downleveled?",
        "which tool do most PMs use for roadmaps?",
        "how often should I have 1:1s with my product lead?",
        "is there an HR policy for promotion cycles for PMs here?",
        "my H1B is tied to my PM title, can I become a product lead?",
        "our policy says 2 years in level before promo to senior PM, is that normal?",
        // Nor law beyond regulation: a non-compete, a contract.
        "if I leave to be a PM somewhere else, will my non-compete be a problem?",
        // Nothing to ask.
        "",
        "???",
    };
    for (const auto question : refused) {
        EXPECT_EQ(ask(question), "unknown") << question;
    }
    // Choices offered with "or" do not make a reporting question a comparison, and a
    // reporting line the articles give is answered.
    EXPECT_EQ(ask("who does a PM report to, a product lead or a PML?"),
              "faq:who-do-product-managers-report-to");
}

TEST_F(answerer_test,
       someone_heading_into_product_from_another_field_gets_the_career_changers_answer)
{
    // Into product in general: the topic on coming in from other fields, whose roles
    // ahead are many (the FAQ is about becoming a product lead).
    EXPECT_EQ(ask("former data analyst trying to break into product. is there a standard route "
                  "for career switchers?"),
              "topic:moving-into-product-management-from-other-fields");
    EXPECT_EQ(ask("product designer, 5 years in. I want to switch over to the product side - how "
                  "do people usually make that kind of move?"),
              "topic:moving-into-product-management-from-other-fields");
    EXPECT_EQ(ask("I was a backend dev for 5 years and want to switch into product. do people "
                  "actually make that jump?"),
              "topic:moving-into-product-management-from-other-fields");
    // Into a lead's job, named or not: the FAQ on that (or on whether senior PM comes
    // first, when that is asked).
    EXPECT_EQ(ask("Hey! I'm a marketing manager and I'm seriously thinking about switching into "
                  "product. Long term I'd love to lead a product team. Is that even realistic "
                  "from a marketing background or do people basically all come up as PMs?"),
              "faq:switching-from-other-fields");
    EXPECT_EQ(ask("can a marketer become a product lead?"), "faq:switching-from-other-fields");
    EXPECT_EQ(ask("can an eng mgr move straight into a product lead role, or do you have to do "
                  "the PM thing first?"),
              "faq:switching-from-other-fields");
    EXPECT_EQ(ask("I'm an engineering manager thinking about moving into product leadership. "
                  "is that realistic?"),
              "faq:switching-from-other-fields");
    // Whether it takes a technical background: the FAQ on that.
    EXPECT_EQ(ask("Many of my students are history majors. Do they need a coding background to "
                  "work in product?"),
              "faq:technical-background-needed");
    // Leaving product for another field is not what that answer is about.
    EXPECT_EQ(ask("I'm a PM thinking about switching to data science, any advice?"), "unknown");
    EXPECT_EQ(ask("how do I become a data scientist?"), "unknown");
}

TEST(out_of_scope, moving_into_product_from_a_job_the_base_lacks_is_in_scope)
{
    const auto in_scope = [](std::string_view q) { return !out_of_scope(question_text(q)); };
    // The job is what the asker was, however the message puts it, and product is where
    // they are going.
    EXPECT_TRUE(in_scope("product designer, 5 years in. I want to switch over to the product "
                         "side - how do people usually make that move?"));
    EXPECT_TRUE(in_scope("I'm an engineering manager thinking about moving over to product "
                         "leadership"));
    // Asking about the job itself, or moving into it, is not what the articles cover.
    EXPECT_FALSE(in_scope("what does a product designer do?"));
    EXPECT_FALSE(in_scope("product designer salary bands?"));
    EXPECT_FALSE(in_scope("should I switch to being a product owner?"));
    // The statistics of experiments are not in the articles; an A/B test as context is fine.
    EXPECT_FALSE(in_scope("what significance threshold should our PMs use before calling an A/B "
                          "test a win?"));
    EXPECT_TRUE(in_scope("how do I tell if my feature is doing well as a PM - A/B tests? KPIs?"));
    // A learning budget asked about is a perk; one spent on learning is context.
    EXPECT_FALSE(in_scope("how much learning budget do PMs usually get?"));
    EXPECT_TRUE(in_scope("My learning budget resets in January. What kinds of courses, reading "
                         "or communities would help a PM grow into a leadership seat?"));
    // The org chart is no one company's practice; when to act in a new job is not in the
    // articles.
    EXPECT_TRUE(in_scope("Somebody in our org chart has the label Lead PM next to their name."));
    EXPECT_FALSE(in_scope("How long should a newly hired PL wait before reorganising the team "
                          "they inherited?"));
    // A head count, the plural of PM read as PM.
    EXPECT_FALSE(in_scope("What's the largest number of PMs a director can sensibly oversee?"));
    // Paying off is no pay.
    EXPECT_TRUE(in_scope("Does investing in strong product leadership actually pay off in revenue "
                         "or happier customers? Got any numbers?"));
    EXPECT_FALSE(in_scope("how well paid is a VP of product?"));
    // Earning money is pay; earning a title is not.
    EXPECT_FALSE(in_scope("what does a CPO earn in Berlin?"));
    EXPECT_FALSE(in_scope("how much do senior PMs earn"));
    EXPECT_TRUE(in_scope("what does she have to demonstrate to earn the senior title?"));
    // Nor is a colleague who speaks ("our designer claimed...").
    EXPECT_TRUE(in_scope("In standup our designer claimed 'product leader' is just a fancier way "
                         "of saying PM. Is she right, or are those different jobs?"));
    // The founder asking is no side of the comparison; a founder compared is.
    EXPECT_TRUE(in_scope("PM vs PL side by side pls, founder trying to decide which one to hire"));
    EXPECT_FALSE(in_scope("founder vs product lead: who owns the vision?"));
}

TEST_F(answerer_test, everyday_words_for_reporting_lines_and_themes)
{
    EXPECT_EQ(ask("Which role should our APMs roll up to?"), "faq:who-do-apms-report-to");
    EXPECT_EQ(ask("Drawing our org chart: an APM's line usually runs up to which box?"),
              "faq:who-do-apms-report-to");
    EXPECT_EQ(ask("Which title normally manages a newly hired PM?"),
              "faq:who-do-product-managers-report-to");
    EXPECT_EQ(ask("dir of PM manages who?"), "role:director-of-product-management");
    EXPECT_EQ(ask("In my company we have lead product manager, who is working under him?"),
              "role:lead-product-manager");
    EXPECT_EQ(ask("biggest shock goin pm -> lead?"), "faq:challenges-moving-from-pm-to-lead");
    EXPECT_EQ(ask("Who has the authority to shut down a product?"),
              "faq:who-decides-product-investment");
    // A role offered as one guess of who decides is no subject the answer must be about.
    EXPECT_EQ(ask("rumor is one of our products is getting sunsetted. who usually makes that kind "
                  "of call in product, the PM or someone higher up?"),
              "faq:who-decides-product-investment");
    EXPECT_EQ(ask("Who normally decides to retire a product?"),
              "faq:who-decides-product-investment");
    EXPECT_EQ(ask("as an apm whose team do i sit on"), "faq:who-do-apms-report-to");
    EXPECT_EQ(ask("Experience range to list on a product lead JD?"),
              "faq:how-long-to-become-product-lead");
    EXPECT_EQ(ask("As a founder I want one person who runs the entire product team and makes sure "
                  "every product lines up with company objectives, so which title fits that?"),
              "role:head-of-product");
    EXPECT_EQ(ask("after PM, should I aim for senior PM first or try to jump right to lead?"),
              "faq:senior-pm-required-before-product-lead");
    EXPECT_EQ(ask("new grad: must everyone pass senior PM before lead?"),
              "faq:senior-pm-required-before-product-lead");
    EXPECT_EQ(ask("When we write the ladder, where can a senior PM go next, both on the "
                  "management side and if they want to stay hands-on?"),
              "faq:what-comes-after-senior-pm");
    EXPECT_EQ(ask("I'm drafting a job description for a Principal Product Manager, so what do "
                  "our sources actually say that role is about?"),
              "role:principal-product-manager");
    // A manager of another discipline asking beside product is not changing careers.
    EXPECT_EQ(ask("As an eng manager, should I expect our new product lead to be writing tickets "
                  "and refining the sprint queue with my team, or does that stay with the PMs?"),
              "faq:product-lead-hands-on-work");
    EXPECT_EQ(ask("never wrote software, still ok for pm/pl?"), "faq:technical-background-needed");
    EXPECT_EQ(ask("I work in customer support and can't code - is that a dealbreaker for becoming "
                  "a PM?"),
              "faq:technical-background-needed");
    // Product leadership as a grander word for managing a product.
    EXPECT_EQ(ask("at the town hall they say 'product leadership' like it's a fancier phrase for "
                  "PM work. true?"),
              "faq:product-manager-vs-product-leader-same");
    EXPECT_EQ(ask("ppl treat product leader n pm like its one thing.. is that right"),
              "faq:product-manager-vs-product-leader-same");
    EXPECT_EQ(ask("people here say 'product leader' when they mean PM. legit, or separate jobs?"),
              "faq:product-manager-vs-product-leader-same");
    // Gauging how a launch is received is measuring it.
    EXPECT_EQ(ask("once the redesign ships, how does a PML tell whether customers actually like "
                  "it?"),
              "faq:metrics-product-management-lead");
    // Telling the story well is communicating, and "a big deal" asks how much it matters.
    EXPECT_EQ(ask("how big a deal is comms once you lead a portfolio?"),
              "faq:communication-in-product-leadership");
    EXPECT_EQ(ask("My mentor says a product lead has to be a great storyteller. Is that really so "
                  "central?"),
              "faq:communication-in-product-leadership");
    // Text-speak: "y" is why, "co" a company, and "do pls" asks of product leads.
    EXPECT_EQ(ask("y does 'director' mean something diff at every co"),
              "faq:why-titles-vary-between-companies");
    EXPECT_EQ(ask("do pls still groom the backlog?"), "faq:product-lead-hands-on-work");
    EXPECT_EQ(ask("usual titles for the folks running product?"),
              "faq:common-product-leadership-titles");
    // A job the message opens with is its writer's, not one side of a comparison; set
    // against a role, it is one side, which the articles cannot answer.
    EXPECT_EQ(ask("Designer, been pairing with PMs for years. How is a product lead's job "
                  "different from a PM's?"),
              "faq:product-manager-vs-product-lead");
    EXPECT_EQ(ask("designer vs PM: what's the difference?"), "unknown");
    // Reporting straight up to someone, or whether one's manager will be someone, asks
    // for a reporting line.
    EXPECT_EQ(ask("so every PM reports straight up to the VP Product, right?"),
              "reports_to:product-manager");
    EXPECT_EQ(ask("Joining as a PM, will my manager be one of the product leads?"),
              "reports_to:product-manager");
    // What sits in a role's lane is what it is responsible for: its card.
    EXPECT_EQ(ask("sales ops here, building account maps. what sits in the lane of a head of "
                  "product?"),
              "role:head-of-product");
    EXPECT_EQ(ask("hiring PMLs: what other job titles should we post under?"),
              "faq:product-management-lead-other-titles");
    // Leading PMs is managing them, not the lead PM's title; "how big a part" asks how much
    // something matters.
    EXPECT_EQ(ask("does clear communication matter more once you go from PM to leading PMs?"),
              "faq:communication-in-product-leadership");
    EXPECT_EQ(ask("How big a part of leading product is communicating well?"),
              "faq:communication-in-product-leadership");
    // The articles take their examples from Google and Apple: asked for examples there,
    // the question is no question on one company's practice.
    EXPECT_EQ(ask("any famous cases at Google or Apple of leading several products at once?"),
              "faq:product-leadership-examples");
    // What would be on my plate, or what I would own, asks what the role is responsible for.
    EXPECT_EQ(ask("if I became a PML, what would be on my plate?"),
              "faq:product-management-lead-responsibilities");
    EXPECT_EQ(ask("If I made it to CPO someday, what would I actually own?"),
              "role:chief-product-officer");
    // What a role spends its time on, when the articles give no day of it: its duties.
    EXPECT_EQ(ask("What do Heads of Product spend their time on?"), "role:head-of-product");
    // Moving "up to lead" is moving up to product lead.
    EXPECT_EQ(ask("If I move up to lead next year, how much face time with execs should I "
                  "expect?"),
              "faq:product-leads-and-executives");
    // "Why would" a mindset make someone better asks why it matters.
    EXPECT_EQ(ask("why would curiosity make someone a better product lead?"),
              "faq:why-creative-mindset-matters");
    // So does whether talk of something is hype.
    EXPECT_EQ(ask("is all the hype about stakeholder communication for product leaders real?"),
              "faq:communication-in-product-leadership");
    // The "buckets" of a PM's work are its pillars.
    EXPECT_EQ(ask("what are the big buckets of a PM's job?"),
              "topic:four-pillars-of-product-management");
    // What catches people off guard is what is hard.
    EXPECT_EQ(ask("what catches new product leads off guard?"), "faq:challenges-for-product-leads");
    // "Where to next?" after one role asks what comes after it; being someone's line
    // manager is managing them.
    EXPECT_EQ(ask("senior PM for 3 yrs now, where to next?"), "faq:what-comes-after-senior-pm");
    EXPECT_EQ(ask("just promoted to senior PM. am I now a line manager for anyone?"),
              "faq:does-senior-pm-manage-people");
    // A message that opens by asking what one role is asks for its card, though the roles it
    // goes on to name would set two side by side.
    EXPECT_EQ(ask("What's a Lead PM exactly? Do PMs report to them, or is it just a more senior "
                  "IC than a PM?"),
              "role:lead-product-manager");
    // A long message may open with its question and go on with other questions in passing.
    EXPECT_EQ(ask("What does a PML actually do day to day? Mine starts Monday and I report to "
                  "her. My friend asked \"is that a real title?\" and I had no idea. Thanks!"),
              "faq:product-management-lead-responsibilities");
    // "How much" face time is no pay, though something else "makes" the asker nervous.
    EXPECT_EQ(ask("How much face time with execs comes with a product lead role? Presenting makes "
                  "me nervous."),
              "faq:product-leads-and-executives");
    // A tool named in passing, with an "or" that sets no tools against each other, is context.
    EXPECT_EQ(ask("Do product leads still groom the backlog and write stories? Mine hops into our "
                  "Jira board now and then and I can't tell if that's normal or a trust thing."),
              "faq:product-lead-hands-on-work");
    EXPECT_EQ(ask("Jira or Linear for a product lead's backlog?"), "unknown");
    // "Assoc PM" is the associate PM; "the PM's call" asks who decides.
    EXPECT_EQ(ask("joining as an Assoc PM next month, who will I report to?"),
              "faq:who-do-apms-report-to");
    EXPECT_EQ(ask("shutting down one of our apps: is that the PM's call or someone more senior's?"),
              "faq:who-decides-product-investment");
    // "Manger" is an English word, but in a title it is a typo.
    EXPECT_EQ(ask("what does a senior product manger do?"), "role:senior-product-manager");
    // "HoP" is the head of product; hopping over to product names no role.
    EXPECT_EQ(ask("what does a HoP own?"), "role:head-of-product");
    EXPECT_EQ(ask("I might hop over to product from design. what does a PM do?"),
              "role:product-manager");
    // What to nail to get a title asks the way there.
    EXPECT_EQ(ask("what should I nail this year to get the senior title?"),
              "path:product-manager-to-senior-product-manager");
    // A game plan for getting a title is the path to it.
    EXPECT_EQ(ask("sr pm here: game plan for getting the director title?"),
              "path:senior-product-manager-to-director-of-product-management");
    // Being "PL material", or nominated for the title, is being ready for it.
    EXPECT_EQ(ask("am I PL material yet, how can I tell?"), "faq:signs-ready-for-product-lead");
    EXPECT_EQ(ask("my skip wants to nominate me for product lead. what will she look for?"),
              "faq:signs-ready-for-product-lead");
    // Where a product career begins, however it is put.
    EXPECT_EQ(ask("graduating soon - which title do I apply for as my very first product gig?"),
              "faq:where-product-careers-start");
    EXPECT_EQ(ask("entry lvl product job, what's the title?"), "faq:where-product-careers-start");
    EXPECT_EQ(ask("my cousin wants a foot in the door in product. which job do people usually "
                  "begin in?"),
              "faq:where-product-careers-start");
    // "Eng to product lead" is a move from another field.
    EXPECT_EQ(ask("eng to product lead possible?"), "faq:switching-from-other-fields");
    // From another field, skipping the PM job: the field in the context is the theme.
    EXPECT_EQ(ask("Five years in management consulting. Could I realistically land a product "
                  "lead role without ever having been a PM?"),
              "faq:switching-from-other-fields");
    // Whether one role must be held before another, among roles that would be compared.
    EXPECT_EQ(ask("Can I bypass the senior PM rung and go from PM straight to a PL role, or is "
                  "that level basically mandatory?"),
              "faq:senior-pm-required-before-product-lead");
    // Which of two roles ranks higher, however it is put ("lateral", "step up").
    EXPECT_EQ(ask("There's a PL opening on the billing squad and I'm a PM on onboarding. Would "
                  "applying be a lateral hop or an actual step up?"),
              "faq:is-product-lead-more-senior-than-pm");
    EXPECT_EQ(ask("pm -> pl: a real step up, or just lateral?"),
              "faq:is-product-lead-more-senior-than-pm");
    // Any talk of writing code is about a technical background.
    EXPECT_EQ(ask("ex-teacher here: do I need to learn to code to get hired as a PM?"),
              "faq:technical-background-needed");
    // What else one role is called: its own FAQ on its other titles.
    EXPECT_EQ(ask("our PML wants to know which aliases her job is posted under"),
              "faq:product-management-lead-other-titles");
    EXPECT_EQ(ask("Realistically, if I start out as a PM after graduation, how many years until I "
                  "could be leading a product portfolio?"),
              "path:product-manager-to-product-lead");
    // A distinctive theme finds its entry however it is worded.
    EXPECT_EQ(ask("Any big-name execs who modelled strong product leadership?"),
              "topic:product-leadership-examples");
    EXPECT_EQ(ask("we're leveling our job postings. what are the usual exec-level product "
                  "titles?"),
              "faq:common-product-leadership-titles");
    // One company's levels are not in the articles.
    EXPECT_EQ(ask("CEO wants to know how our product titles map to Google's levels (L5, L6 and so "
                  "on). Can you give me the mapping?"),
              "unknown");
    EXPECT_EQ(ask("senior PM → product lead: which skills do I need to level up first?"),
              "path:senior-product-manager-to-product-lead");
    EXPECT_EQ(ask("I'm a senior PM with my eye on a Director of Product role. What should I be "
                  "working on?"),
              "path:senior-product-manager-to-director-of-product-management");
    EXPECT_EQ(ask("does a Lead PM have PMs reporting into them, or is it just a senior IC title?"),
              "role:lead-product-manager");
    EXPECT_EQ(ask("analyst here: how does a PM's scope compare with a director of product "
                  "management's?"),
              "compare:product-manager|director-of-product-management");
    // (Who says it is no role asked about: "our CPO keeps saying" is the asker's boss.)
    const auto mindset = ask("our CPO keeps saying we need leaders who \"create rather than "
                             "react\". what's that about?");
    EXPECT_TRUE(mindset == "topic:reactive-vs-creative-mindset" ||
                mindset == "faq:reactive-vs-creative-mindset" ||
                mindset == "faq:why-creative-mindset-matters")
        << mindset;
    EXPECT_EQ(ask("Does a CSPO certification count towards promotion to senior product manager?"),
              "unknown");
    EXPECT_EQ(ask("new PM here: will anybody be reporting into me, or is it just me and my "
                  "backlog?"),
              "faq:do-product-managers-manage-people");
    // (The asker's own job is no title the question is about.)
    const auto line_manager = ask("engineering manager here: when a PM is on my squad who is "
                                  "normally their line manager?");
    EXPECT_TRUE(line_manager == "faq:who-do-product-managers-report-to" ||
                line_manager == "reports_to:product-manager")
        << line_manager;
    EXPECT_EQ(ask("my manager wants to put me (PM, 4 yrs, never had the senior title) forward for "
                  "an open product lead spot. is that unusual, or does everyone go via senior "
                  "first?"),
              "faq:senior-pm-required-before-product-lead");
    EXPECT_EQ(ask("lol my PM thinks two sprints ahead and her boss (a product lead) keeps talking "
                  "about 2030. is that gap normal??"),
              "faq:planning-horizon-pm-vs-lead");
    EXPECT_EQ(ask("who's on a product lead's team - just PMs, or APMs as well?"),
              "faq:does-product-lead-manage-people");
    EXPECT_EQ(ask("Sr PM here - how do I prove I can take on a whole portfolio as a prodcut lead?"),
              "path:senior-product-manager-to-product-lead");
    EXPECT_EQ(ask("What does a CPO actually look after?"), "role:chief-product-officer");
    EXPECT_EQ(ask("What exactly falls within a product management lead's remit?"),
              "role:product-management-lead");
    EXPECT_EQ(ask("Do you reckon PMs need to code?"), "faq:technical-background-needed");
    EXPECT_EQ(ask("Who ends up sitting under a product lead?"),
              "faq:does-product-lead-manage-people");
    EXPECT_EQ(ask("Typical years under a product lead's belt?"),
              "faq:how-long-to-become-product-lead");
    EXPECT_EQ(ask("How would someone know they've built enough of a track record to go for a "
                  "product lead role?"),
              "faq:signs-ready-for-product-lead");
    EXPECT_EQ(ask("Would love a sanity check: is 'product leader' just a posh way of saying "
                  "product manager?"),
              "faq:product-manager-vs-product-leader-same");
    EXPECT_EQ(ask("PM vs product lead: who zooms out further?"), "faq:planning-horizon-pm-vs-lead");
    // How long between two roles named either way round: the path that says.
    EXPECT_EQ(ask("My friend reckons she'll be a product lead within a year of starting as a PM. "
                  "Is she kidding herself about how long this usually takes?"),
              "path:product-manager-to-product-lead");
    EXPECT_EQ(ask("who's a pm's mgr usually"), "faq:who-do-product-managers-report-to");
    EXPECT_EQ(ask("how do pms + leads collab"), "faq:how-pms-and-leaders-work-together");
    EXPECT_EQ(ask("who decides to defund a product line"), "faq:who-decides-product-investment");
    EXPECT_EQ(ask("yrs of exp before pl?"), "faq:how-long-to-become-product-lead");
    EXPECT_EQ(ask("Has anyone actually measured whether strong product leaders make a difference "
                  "to a company's bottom line?"),
              "faq:evidence-product-leadership-improves-results");
    EXPECT_EQ(ask("Why does the exact same job get a different title depending on which company "
                  "you're at?"),
              "faq:why-titles-vary-between-companies");
    EXPECT_EQ(ask("as a UX designer I'm curious how a PM and the product leadership above them "
                  "split the work and collaborate"),
              "faq:how-pms-and-leaders-work-together");
    EXPECT_EQ(ask("ex-consultant here w/ no PM background, is product leadership a realistic goal "
                  "for someone like me?"),
              "faq:switching-from-other-fields");
    EXPECT_EQ(ask("I'm a PM who wants to lead a team someday, so what should I be doing right now "
                  "to set myself up for it?"),
              "faq:prepare-for-leadership-as-pm");
    EXPECT_EQ(ask("Which roles can a product manager have as their direct manager?"),
              "reports_to:product-manager");
    EXPECT_EQ(ask("For a job ad for a mid-level product manager (not a lead): which skills should "
                  "I put in the requirements?"),
              "faq:key-skills-for-product-manager");
    EXPECT_EQ(ask("For a product lead listing, what's a sensible experience requirement? 5+ "
                  "years? 10?"),
              "faq:how-long-to-become-product-lead");
    EXPECT_EQ(ask("Kindly explain what an associate product manager does. I am a fresher joining "
                  "as one next month and my manager has not briefed me yet."),
              "role:associate-product-manager");
    // A clause that sets the scene before the question, and a role named in the sentence
    // before it.
    EXPECT_EQ(ask("I'm screening a candidate whose current title is VP of Product. Before the "
                  "call, can you give me the gist of what that job covers?"),
              "role:vp-of-product");
    EXPECT_EQ(ask("A director of product management is being hired above our team. Who falls "
                  "under a director like that?"),
              "role:director-of-product-management");
    EXPECT_EQ(ask("I take over as product lead next month. Will anyone sit under me, and if so "
                  "who?"),
              "faq:does-product-lead-manage-people");
    EXPECT_EQ(ask("My nephew just got an associate PM job. Who's he likely to have as his "
                  "manager?"),
              "faq:who-do-apms-report-to");
    // Whom a role manages, asked with "who" or "whom" ("reportees" in Indian English).
    EXPECT_EQ(ask("who does a director of product manage?"), "role:director-of-product-management");
    EXPECT_EQ(ask("Whom does director of product management manage, only PMs or some other people "
                  "also?"),
              "role:director-of-product-management");
    EXPECT_EQ(detect_intent(question_text("Is senior product manager having direct reportees?"), 1),
              question_intent::manages);
    EXPECT_EQ(ask("Do product manager have people reporting under him? Kindly clarify."),
              "faq:do-product-managers-manage-people");
    // A formal or non-native request for a definition.
    EXPECT_EQ(ask("Please tell what is Lead Product Manager post."), "role:lead-product-manager");
    EXPECT_EQ(ask("Dear bot, kindly advise what is the meaning of Associate Product Manager title "
                  "and what this person is doing in organisation."),
              "role:associate-product-manager");
    EXPECT_EQ(ask("Kindly explain me the role of Senior PM, what kind of work is expected from "
                  "him?"),
              "role:senior-product-manager");
    // Writing a resume for a role is not what the articles cover; a candidate's CV is context.
    EXPECT_EQ(ask("How to write resume for product management lead post? Kindly do the needful."),
              "unknown");
    // One role asked whom it manages, however loosely: the FAQ first about it that asks so.
    EXPECT_EQ(ask("As a regular PM, am I anyone's boss, or do I just herd cats all day?"),
              "faq:do-product-managers-manage-people");
    EXPECT_EQ(ask("If I take the PL job, do I suddenly inherit a bunch of people to look after?"),
              "faq:does-product-lead-manage-people");
    // Where one job stops and the other starts compares them.
    EXPECT_EQ(ask("My boss is a PML and I'm a plain PM. Where does her job stop and mine start?"),
              "compare:product-management-lead|product-manager");
    // A request with no question mark ("Describe that job to me.") is the sentence that asks.
    EXPECT_EQ(ask("Somebody in our org chart has the label Lead PM next to their name. Describe "
                  "that job to me."),
              "role:lead-product-manager");
    // "That seat" points back to the title named before it.
    EXPECT_EQ(ask("A recruiter pinged me about a 'Product Management Lead' opening at a fintech. "
                  "Before I reply, what would someone in that seat actually be doing all week?"),
              "role:product-management-lead");
    // Everyday words for themes and moves: what keeps someone up at night, a bump up to the
    // senior prefix, where one job ends and the other begins.
    EXPECT_EQ(ask("What tends to keep people in PL roles up at night?"),
              "faq:challenges-for-product-leads");
    EXPECT_EQ(ask("Feeling stuck at mid-level. What gets a plain PM bumped up to the senior "
                  "prefix?"),
              "path:product-manager-to-senior-product-manager");
    EXPECT_EQ(ask("My squad has a regular PM and a PML sitting side by side. Where does one job "
                  "end and the other begin?"),
              "compare:product-manager|product-management-lead");
    // Keeping an eye on something is overseeing it, not eyeing a move.
    EXPECT_EQ(ask("What does a dir of PM actually keep an eye on?"),
              "role:director-of-product-management");
    // A better boss is no reporting line.
    EXPECT_NE(detect_intent(question_text("why would curiosity make somebody a better product "
                                          "boss?"),
                            0),
              question_intent::reports_to);
    // "What kind of job is that?" after a title; a title worn as a badge or a hat.
    EXPECT_EQ(ask("Saw 'principal PM' on someone's LinkedIn and it sounds like a school "
                  "headmaster. What kind of job is that?"),
              "role:principal-product-manager");
    EXPECT_EQ(ask("Quick one: what does someone with 'Lead PM' on their badge actually look "
                  "after?"),
              "role:lead-product-manager");
    // Situations worded loosely: who sits under someone, where to head next, levelling up
    // without reports.
    EXPECT_EQ(ask("After the reorg my boss's badge now reads 'Lead PM'. What kind of job is that, "
                  "and who would normally sit under her?"),
              "role:lead-product-manager");
    EXPECT_EQ(ask("I just made Sr PM and my manager asked in our career chat where I want to head "
                  "next. What directions are typically open from here?"),
              "faq:what-comes-after-senior-pm");
    EXPECT_EQ(ask("I love the craft but dread the idea of hiring and running 1:1s. Can I keep "
                  "leveling up in product without ever taking on reports?"),
              "faq:grow-without-managing-people");
    // Every role asked about on a theme, none named: the topic across roles.
    EXPECT_EQ(ask("which numbers does each product role track"), "topic:metrics-by-role");
    // A distinctive theme with a role named: a topic on it about that role.
    EXPECT_EQ(ask("Someone told me the PM job stands on four legs. What are they, and is that "
                  "how the role is usually broken down?"),
              "topic:four-pillars-of-product-management");
    // A guess at a title is a title, maybe with a word before it; "just a title bump" is
    // no guess at one.
    EXPECT_EQ(ask("whats a principle pm? is that just a fancy sr pm"),
              "role:principal-product-manager");
    EXPECT_EQ(ask("pm vs senior pm, real difference or just a title bump"),
              "compare:product-manager|senior-product-manager");
    // PMs under them: whom a role manages. Not wanting direct reports is no such question.
    EXPECT_EQ(ask("follow-up: so does the lead pm actually have pms under them or is it just a "
                  "fancy title"),
              "role:lead-product-manager");
    EXPECT_NE(detect_intent(question_text("honestly i never want direct reports. is there a "
                                          "ladder after senior pm?"),
                            1),
              question_intent::manages);
    // A phrasing said in full among other words: "come with a team under me".
    EXPECT_EQ(ask("I'm taking a PL role next month - does that come with a team under me or is "
                  "it still a solo gig?"),
              "faq:does-product-lead-manage-people");
    // What comes after a role that has an FAQ asking just that: the FAQ.
    EXPECT_EQ(ask("What are my options after senior PM? Not sure which direction to argue for "
                  "in my case."),
              "faq:what-comes-after-senior-pm");
    // Asking what the one title named means, whatever the context.
    EXPECT_EQ(ask("A recruiter pitched me a senior PM opening. Apart from the word 'senior', what "
                  "does that level actually signify?"),
              "role:senior-product-manager");
    EXPECT_EQ(ask("My daughter just started as an APM at a software company. what is that "
                  "exactly, is it basically an internship?"),
              "role:associate-product-manager");
    // "As her manager" without a "who" is the asker, not a reporting line asked about.
    EXPECT_EQ(ask("One of my PMs wants to become a product lead. As her manager, what steps "
                  "should I coach her through?"),
              "path:product-manager-to-product-lead");
    EXPECT_EQ(ask("A product lead opening came up and my manager says I'd need to hold the senior "
                  "PM title first. Is that a hard rule?"),
              "faq:senior-pm-required-before-product-lead");
    EXPECT_EQ(ask("In my last one-on-one my director said I lead 'from fear' and should be more "
                  "curious and experimental. Is there some idea behind that comment?"),
              "topic:reactive-vs-creative-mindset");
    EXPECT_EQ(ask("I've been a senior PM for a while now and can't tell what the next rungs even "
                  "are. What options do I have?"),
              "faq:what-comes-after-senior-pm");
    // A chief of staff is no chief product officer; a lead's week "instead" of mine is the
    // two set side by side.
    EXPECT_EQ(ask("We're about to hire our first Head of Product and, as the founder's chief of "
                  "staff, I've been asked to draft the posting. What would that person be on the "
                  "hook for?"),
              "role:head-of-product");
    EXPECT_EQ(ask("My calendar is wall-to-wall grooming, standups and story writing. What fills a "
                  "product lead's week instead?"),
              "faq:typical-day-pm-vs-lead");
    // What comes after a product lead is not in the articles, however it is asked.
    EXPECT_EQ(ask("once you're a PL, what's the next rung up?"), "unknown");
    // Choosing between tools is not in the articles; a tool in the context is no matter.
    EXPECT_EQ(ask("Jira or Linear for running a PM backlog - which one do we use / which is "
                  "better?"),
              "unknown");
    EXPECT_EQ(ask("Back from leave and we now have a VP of Product. Our Jira setup is completely "
                  "different too. Anyway, what is a VP of Product actually responsible for?"),
              "role:vp-of-product");
    // Nor how long sprints should be, nor what to do when burned out.
    EXPECT_EQ(ask("Should a product manager's team run one-week or two-week sprints?"), "unknown");
    EXPECT_EQ(ask("honestly I'm a PM and I'm burned out from all the stakeholder demands. what "
                  "should I do?"),
              "unknown");
    EXPECT_EQ(ask("what are the biggest headaches for product leads? burnout?"),
              "faq:challenges-for-product-leads");
    // One company by name, and team sizes, are not in the articles.
    EXPECT_EQ(ask("Senior PM promotion criteria at Atlassian?"), "unknown");
    EXPECT_EQ(ask("How big is a typical product team under a head of product at a Series B "
                  "startup?"),
              "unknown");
    // Templates, take-home exercises and the future of the job are not in the articles.
    EXPECT_EQ(ask("My mentee got a take-home exercise for a product lead role, so is there a "
                  "template for the strategy deck?"),
              "unknown");
    EXPECT_EQ(ask("Should I expect AI to replace our product managers within a couple of years?"),
              "unknown");
    // Layoffs are no part of the articles, however a question about deciding is worded.
    EXPECT_EQ(ask("How do companies usually decide who gets cut in a layoff round?"), "unknown");
    // Nor are HR procedures, working weeks, product marketing, or what one company calls a
    // role.
    EXPECT_EQ(ask("how much notice should a PM give before moving to the PL ladder?"), "unknown");
    EXPECT_EQ(ask("Engineering manager here. What's the process for putting a PM on a "
                  "performance improvement plan?"),
              "unknown");
    EXPECT_EQ(ask("Can a director let someone go without a sign-off?"), "unknown");
    EXPECT_EQ(ask("do PLs really work 60 hour weeks compared to Sr PMs?"), "unknown");
    EXPECT_EQ(ask("Who should decide pricing, the product lead or the PMM?"), "unknown");
    EXPECT_EQ(ask("does google call it product lead or lead PM?"), "unknown");
    EXPECT_EQ(ask("my PL is out next week. who approves my PTO requests?"), "unknown");
    EXPECT_EQ(ask("Can a PM transfer to the design team after a year? What's the internal "
                  "mobility policy?"),
              "unknown");
    EXPECT_EQ(ask("Which companies run the best APM programs? I'm an engineer thinking of "
                  "switching, my cousin is a PM at a bank."),
              "unknown");
}

TEST_F(answerer_test, one_aspect_of_two_roles_side_by_side_gets_the_entry_on_it)
{
    EXPECT_EQ(ask("Setting OKRs: what should the PM measure versus what should the product lead "
                  "measure?"),
              "topic:metrics-by-role");
    EXPECT_EQ(ask("Q3 goal-setting is coming up. What does success look like in numbers for a PM "
                  "versus a product lead?"),
              "topic:metrics-by-role");
    EXPECT_EQ(ask("how many years out is a product lead supposed to be planning? vs a pm?"),
              "faq:planning-horizon-pm-vs-lead");
    // (The FAQ on how the two work together, or the topic on it: both answer.)
    const auto together = ask("How should a PM in the trenches and the lead above them actually "
                              "work together, and what does each bring to the relationship?");
    EXPECT_TRUE(together == "faq:how-pms-and-leaders-work-together" ||
                together == "topic:how-pms-and-leaders-work-together")
        << together;
    // A move asked about, not a comparison, whatever one should do "differently".
    EXPECT_EQ(ask("Trying to figure out how a senior PM actually makes the jump to director of "
                  "product. I'd like to tell him what he should be doing differently from now "
                  "on."),
              "path:senior-product-manager-to-director-of-product-management");
    // With no aspect asked, or all of them, the two side by side.
    EXPECT_EQ(ask("can u give me a quick pm vs pl cheat sheet - scope, horizon, decisions, all "
                  "that"),
              "faq:product-manager-vs-product-lead");
    EXPECT_EQ(ask("pm vs principal pm?"), "compare:product-manager|principal-product-manager");
}

TEST_F(answerer_test, a_theme_only_in_the_context_of_a_move_does_not_take_it_over)
{
    EXPECT_EQ(ask("I've been a senior PM for two years and I'm pretty sure I want the management "
                  "track. What concrete steps get me to director of product?"),
              "path:senior-product-manager-to-director-of-product-management");
    EXPECT_EQ(ask("Engineer here, just curious since I might switch someday. What does a product "
                  "manager have to do to level up into a product lead?"),
              "path:product-manager-to-product-lead");
    // The theme in the sentence that asks still decides.
    EXPECT_EQ(ask("ex-marketing person, 6 months into my first PM job. is aiming for product lead "
                  "realistic or do people mostly come up thru engineering?"),
              "faq:switching-from-other-fields");
}

TEST_F(answerer_test, a_plain_definition_after_context_gets_the_card)
{
    EXPECT_EQ(ask("Hi! Day three here and still learning the lingo. My manager keeps saying I "
                  "'own the product end to end' - what does a product manager actually do?"),
              "role:product-manager");
    // The sentence that asks asks more than a definition, or only a fragment of one.
    EXPECT_EQ(ask("productboard vs aha vs a plain spreadsheet - what should a PM be using for "
                  "roadmaps?"),
              "unknown");
    EXPECT_EQ(ask("what kind of time horizon does a PL plan on - quarters? years?"),
              "faq:planning-horizon-pm-vs-lead");
}

TEST_F(answerer_test, everyday_ways_of_asking_what_a_role_is_and_what_comes_next)
{
    // What a title "denotes", and the work "done by" a role, ask what the role is.
    EXPECT_EQ(ask("what does the title 'Principal PM' denote?"), "role:principal-product-manager");
    EXPECT_EQ(ask("what is the work done by a VP of Product?"), "role:vp-of-product");
    // The PM as the yardstick for another role is no second subject.
    EXPECT_EQ(ask("what skills does a product lead need that a PM doesn't?"),
              "faq:key-skills-for-product-lead");
    EXPECT_EQ(ask("do product leads spend time with execs more than PMs do?"),
              "faq:product-leads-and-executives");
    // What sets one role apart from another compares them; a dev team is engineering.
    EXPECT_EQ(ask("what sets a principal PM apart from a senior PM?"),
              "compare:principal-product-manager|senior-product-manager");
    EXPECT_EQ(ask("is it normal for a PM to work with two dev teams?"), "role:product-manager");
    // Giving a product the axe is cutting it.
    EXPECT_EQ(ask("who decides which products get the axe?"), "faq:who-decides-product-investment");
    // A clause before "what" that says why the asker wants to know.
    EXPECT_EQ(ask("my grandad keeps asking, so I want to explain to him what a head of product "
                  "does"),
              "role:head-of-product");
    EXPECT_EQ(ask("how does Spotify's squad model change what a product manager does?"), "unknown");
    // "On the product side" and "in a sentence or two" only frame a definition.
    EXPECT_EQ(ask("what does a head of product own on the product side?"), "role:head-of-product");
    EXPECT_EQ(ask("what does a principal PM do, in a sentence or two?"),
              "role:principal-product-manager");
    // A "product head" is the head of product; "alternate" titles are other names.
    EXPECT_EQ(ask("is a product head the same as a VP of product?"),
              "faq:head-of-product-vs-vp-of-product");
    EXPECT_EQ(ask("any alternate titles for a product management lead?"),
              "faq:product-management-lead-other-titles");
    // So do the point of a role, and why a company would need one.
    EXPECT_EQ(ask("what's the point of having a CPO?"), "role:chief-product-officer");
    EXPECT_EQ(ask("why would a company need its own principal PM at all?"),
              "role:principal-product-manager");
    EXPECT_EQ(ask("why does the head of product job even exist?"), "role:head-of-product");
    // A boss who speaks, then is asked about ("what does she actually own?"), is the role
    // asked about, not only the asker's manager.
    EXPECT_EQ(ask("our CPO keeps mentioning strategy. what does she actually own?"),
              "role:chief-product-officer");
    // Being a serious candidate for a role asks how to get there.
    EXPECT_EQ(ask("I'm a senior PM - what would make me a serious candidate for director of "
                  "product?"),
              "path:senior-product-manager-to-director-of-product-management");
    // A role set against the asker's own job, with no title of theirs given, is set
    // against the product manager's.
    EXPECT_EQ(ask("how is a senior PM's job different from mine?"),
              "compare:senior-product-manager|product-manager");
    EXPECT_EQ(ask("my skip is a director of product. what does that job cover that mine "
                  "doesn't?"),
              "compare:director-of-product-management|product-manager");
    EXPECT_EQ(ask("what fills a PL's calendar versus mine?"), "faq:typical-day-pm-vs-lead");
    // Where the ladder goes from a role, on no other theme, asks what comes after it.
    EXPECT_EQ(ask("made senior PM in march, now wondering where the ladder goes from here"),
              "faq:what-comes-after-senior-pm");
}

TEST_F(answerer_test, a_role_described_by_its_work_gets_that_roles_card)
{
    EXPECT_EQ(ask("The person on my squad who runs sprint planning, grooms the backlog, talks to "
                  "customers and writes the user stories - what is that job formally?"),
              "role:product-manager");
    EXPECT_EQ(ask("I need a two-line description of the exec who runs the entire product team and "
                  "keeps every product pointed at company objectives. What does that role "
                  "cover?"),
              "role:head-of-product");
    // A list of titles is asked for, not one role; and a description no card holds
    // names none of the roles.
    for (const auto* question : {"what titles do product leaders usually carry?",
                                 "the person who runs our payroll and benefits - what is that "
                                 "job called?"}) {
        EXPECT_FALSE(ask(question).starts_with("role:")) << question;
    }
}

TEST_F(answerer_test, a_role_named_with_the_mindsets_is_whose_mindset_it_is)
{
    EXPECT_EQ(ask("someone said our director is reactive rather than creative. what does that "
                  "mean?"),
              "faq:reactive-vs-creative-mindset");
}

TEST_F(answerer_test, workplace_matters_the_articles_never_cover_are_refused)
{
    // Refused by their subject, not only by how little of them the base covers: leave
    // entitlements, how often reviews come round, settling a quarrel, a dress code, and
    // stepping back out of product.
    for (const auto* question :
         {"How much parental leave do PMs get?", "are PM performance reviews quarterly or annual?",
          "my PL and our eng lead keep clashing in planning. how do I defuse it?",
          "what's the dress code for product managers?",
          "Can a burnt-out PM step back into engineering without torpedoing their career?"}) {
        EXPECT_EQ(ask(question), "unknown") << question;
    }
    // Nor a room, a conference budget, how many PMs make it, or another job.
    for (const auto* question :
         {"how do i book a meeting room in outlook", "is there a budget for conferences i can use",
          "is it true only like 10% of PMs ever make it to product lead?",
          "can someone explain what a sales engineer does?"}) {
        EXPECT_EQ(ask(question), "unknown") << question;
    }
    // Booking time is no book to read.
    EXPECT_EQ(ask("how do I book time with the product lead?"), "unknown");
    // Nor what one company's ladder holds.
    EXPECT_EQ(ask("does our ladder here actually have a principal PM level or does the IC track "
                  "top out at senior?"),
              "unknown");
    // Nor who a named person is, nor another job set against a PM, whoever holds it, nor a
    // course in SQL.
    EXPECT_EQ(ask("who's our head of product? want to intro myself"), "unknown");
    EXPECT_EQ(ask("PM vs project manager - are those the same job?\nmy parents keep telling "
                  "people I'm a project manager"),
              "unknown");
    EXPECT_EQ(ask("is there a good SQL course you'd recommend\nwant to pull my own data instead "
                  "of bugging the analysts"),
              "unknown");
    // Nor another job, however tersely asked.
    EXPECT_EQ(ask("data engineer job what is it"), "unknown");
    // Nor a company's own programs, nor a book for learning SQL.
    EXPECT_EQ(ask("do we have an APM rotation program like google's?"), "unknown");
    EXPECT_EQ(ask("any good book recommendations for learning SQL?"), "unknown");
    // Nor a promotion window here.
    EXPECT_EQ(ask("how often are PM promotions decided here, is there a fixed promo window"),
              "unknown");
    // Nor our promo cycle, nor this week's all-hands.
    EXPECT_EQ(
        ask("would it be fair to say APMs here get promoted after 12 months? what's our promo "
            "cycle"),
        "unknown");
    EXPECT_EQ(ask("when is this week's all-hands? want to add it to my onboarding calendar"),
              "unknown");
    // Nor how to write OKRs, a hiring loop's case study, the promo committee here, or two
    // other jobs set side by side.
    for (const auto* question :
         {"How should I structure OKRs for a product line? My lead says the CPO wants them "
          "Friday.",
          "hiring mgr said the PM loop has a case study round. what should i expect in the case "
          "study?",
          "how often does the promo committee here review sr PM promotions",
          "data engineer vs analytics engineer, whats the difference between the two jobs?"}) {
        EXPECT_EQ(ask(question), "unknown") << question;
    }
    // Nor who earns more.
    EXPECT_EQ(ask("PLs make way more than PMs right? like 30k more?"), "unknown");
    // Nor which certification to get.
    EXPECT_EQ(ask("which cert is better for getting to PL, pragmatic institute or AIPMM?"),
              "unknown");
    // Nor when promotions come round here, nor a link to the org chart.
    EXPECT_EQ(ask("are product lead promotions here done twice a year or only in the annual "
                  "cycle?"),
              "unknown");
    EXPECT_EQ(ask("is there a link somewhere to our product org chart? trying to find who sits "
                  "where"),
              "unknown");
    // Nor booking a meeting in a calendar.
    EXPECT_EQ(ask("how do I book a recurring 1:1 with my manager in google calendar"), "unknown");
    // Nor whether to get an MBA (one the asker has is context).
    EXPECT_EQ(ask("should I get an MBA if I want to become a product lead?"), "unknown");
    // Nor what to bring to one meeting.
    EXPECT_EQ(ask("my skip wants a 1:1 next week, what should i prepare for it"), "unknown");
    // Leave that only explains an absence is context.
    EXPECT_EQ(ask("back from parental leave and we now have a VP of Product. what is a VP of "
                  "Product responsible for?"),
              "role:vp-of-product");
}

TEST_F(answerer_test, refusals_offer_the_closest_topics)
{
    const auto a = answer_question(*kb, "what's the salary of a product lead?");
    ASSERT_EQ(a.kind, answer_kind::unknown);
    ASSERT_FALSE(a.closest.empty());
    EXPECT_EQ(a.closest.front().kind, entry_kind::role);
    EXPECT_EQ(kb->roles()[a.closest.front().index].id, "product-lead");
    EXPECT_TRUE(answer_question(*kb, "write me a poem about cats").closest.empty());
}

TEST_F(answerer_test, refusals_naming_two_roles_offer_what_joins_them_first)
{
    // The FAQ that compares the two...
    const auto ranks = answer_question(*kb, "is VP above head of product at Google?");
    ASSERT_EQ(ranks.kind, answer_kind::unknown);
    ASSERT_FALSE(ranks.closest.empty());
    ASSERT_EQ(ranks.closest.front().kind, entry_kind::faq);
    EXPECT_EQ(kb->faqs()[ranks.closest.front().index].id, "head-of-product-vs-vp-of-product");
    // ...or the path from one to the other, then the roles' cards.
    const auto raise = answer_question(
        *kb, "what % raise is standard when a sr pm gets promoted to product lead?");
    ASSERT_EQ(raise.kind, answer_kind::unknown);
    ASSERT_EQ(raise.closest.size(), 3U);
    ASSERT_EQ(raise.closest[0].kind, entry_kind::path);
    EXPECT_EQ(kb->paths()[raise.closest[0].index].id, "senior-product-manager-to-product-lead");
    EXPECT_EQ(raise.closest[1].kind, entry_kind::role);
    EXPECT_EQ(raise.closest[2].kind, entry_kind::role);
}

TEST_F(answerer_test, long_input_is_bounded)
{
    EXPECT_EQ(ask(std::string(100000, 'x')), "unknown");
}

} // namespace
} // namespace rolebot::knowledge
