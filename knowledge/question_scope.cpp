#include "knowledge/question_scope.hpp"

#include "knowledge/phrase_filter.hpp"
#include "knowledge/question_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::knowledge {
namespace {

/// True when the text asks what someone earns ("what does a CPO earn in Berlin?"), not
/// what they must do to earn something ("what must she show to earn the senior title?").
bool asks_earnings(std::string_view text)
{
    for (const std::string_view verb : {" earn ", " earns "}) {
        for (auto at = text.find(verb); at != std::string_view::npos;
             at = text.find(verb, at + 1)) {
            const auto next = text.substr(at + verb.size());
            if (!(next.starts_with("the ") || next.starts_with("a ") || next.starts_with("that ") ||
                  next.starts_with("this ") || next.starts_with("my ") ||
                  next.starts_with("her ") || next.starts_with("his ") ||
                  next.starts_with("their ") || next.starts_with("it ") ||
                  next.starts_with("trust") || next.starts_with("promotion"))) {
                return true;
            }
        }
    }
    return false;
}

/// True when a message opens with its writer's job, in its first three words and not set
/// against another ("Seed-stage founder. ...", "Designer, been pairing with PMs..."; but
/// not "designer vs PM: what's the difference?").
bool opens_with_the_writers_job(std::string_view text, std::string_view job)
{
    const auto at = text.find(job);
    if (at == std::string_view::npos ||
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), ' ') > 2) {
        return false;
    }
    const auto after = text.substr(at + job.size());
    return !(after.starts_with(" vs ") || after.starts_with(" versus ") ||
             after.starts_with(" or ") || after.starts_with(" and ") ||
             after.starts_with("s vs ") || after.starts_with("s or ") ||
             after.starts_with("s and "));
}

/// True when a job the text names is the asker's own, or someone's who speaks rather than
/// is asked about: "analyst here", "I'm an analyst", "as a designer", "founder trying to
/// decide which one to hire", "our designer claimed...", "been in product marketing".
bool the_askers_own(std::string_view text, std::string_view job)
{
    const std::string named(job);
    const auto said = [&](std::string_view before, std::string_view after) {
        return has_phrase(text, std::string(before) + named + std::string(after));
    };
    // A job set against another with "vs" is asked about, whoever holds it ("PM vs project
    // manager - are those the same job? my parents keep telling people I'm a project manager").
    // So is one the question sets a PM against, though the asker is taken for it ("my parents
    // think i'm a project manager lol. how is a PM actually different from a project
    // manager?").
    // So is a job another company gave the same work ("my last company called it product
    // owner, here it's PM. are product owner and product manager different jobs?").
    if (said(" vs", "") || said(" versus", "") || said(" different from a", "") ||
        said(" called it", "") || said(" different from an", "") || said(" compared to a", "") ||
        said(" compared with a", "")) {
        return false;
    }
    // ("...the same thing as a project manager?" sets the job against a PM: it is asked.)
    const bool set_against = said(" same as a", "") || said(" same as an", "") ||
                             said(" thing as a", "") || said(" thing as an", "") ||
                             said(" job as a", "") || said(" role as a", "");
    return said("", " here") || said(" im a", "") || said(" im an", "") ||
           ((said(" as a", "") || said(" as an", "")) && !set_against) || said("", " trying ") ||
           said("", " wondering ") || said("", " looking to ") || said("", " hoping to ") ||
           said("", " claimed ") || said("", " claims ") || said("", " says ") ||
           said("", " said ") || said("", " thinks ") || said("", " told ") ||
           // Where the asker has worked ("been in product marketing for 4 yrs").
           said(" been in", "") || said(" worked in", "") || said(" coming from", "") ||
           said(" im in", "") || said(" moving from", "") || said(" switching from", "") ||
           // Or the job of someone heading elsewhere ("candidate is an engineering manager who
           // wants to be a product lead").
           said("", " who wants") || said("", " wanting to") ||
           // Or who the asker is, told first ("data scientist, new here: ...", "asked me, a
           // UX researcher, to help", "data scientist supporting the product org").
           said(" asked me a", "") || said(" asked me an", "") || said("", " supporting") ||
           said("", " new here");
}

} // namespace

/// Questions the articles cannot answer however well their words match: other titles,
/// pay, head counts, one company's practice. Refused before any matching.
bool out_of_scope(const phrase_text& t)
{
    const auto text = t.text();
    // Titles the knowledge base does not describe (and the technical PM, below).
    static const std::array<std::string_view, 29> other_titles{" tpm ",
                                                               " pmm ",
                                                               " gpm ",
                                                               " po ",
                                                               " pos ",
                                                               " growth pm",
                                                               " growth product manager",
                                                               " staff pm",
                                                               " staff product manager",
                                                               " group pm",
                                                               " group product manager",
                                                               " platform pm",
                                                               " data pm",
                                                               " ai pm",
                                                               " product owner",
                                                               " project manager",
                                                               " program manager",
                                                               " product marketing",
                                                               " engineering manager",
                                                               " product designer",
                                                               " product analyst",
                                                               " product ops",
                                                               " chief of staff",
                                                               " project mgr",
                                                               " program mgr",
                                                               " ux researcher",
                                                               " user researcher",
                                                               " data scientist",
                                                               " scrum master"};
    static const phrase_set other_title_set(other_titles);
    static const phrase_set pay{" salary",
                                " salaries",
                                " pay ",
                                " paid ",
                                " compensation",
                                " comp ",
                                " equity",
                                " bonus",
                                " stock ",
                                " wage",
                                " how much money",
                                " money do",
                                " money does",
                                " make money",
                                " raise ",
                                " make more than",
                                " make way more",
                                " makes more than",
                                " earn more",
                                " earns more",
                                " out earn",
                                " outearn",
                                " pays better",
                                " pay better",
                                " rsu",
                                " stock grant",
                                " options grant"};
    static const phrase_set one_company{" at our company", " at my company",   " our company",
                                        " at google",      " at amazon",       " at meta",
                                        " at microsoft",   " at apple",        " at netflix",
                                        " here at ",       " at this company", " in this company",
                                        " our policy",     " company policy",  " our apm program",
                                        " time in level",  " hr policy",       " ladder here"};
    // When promotions come round is one company's practice ("how often do promo cycles
    // happen here?"); counting in them is time ("does PM to PL happen in one promo cycle?").
    const bool promotion_calendar =
        (t.has_any({" promotion cycle", " promo cycle"}) &&
         t.has_any({" how often", " when", " next promo", " next promotion", " how many promo",
                    " how many promotion", " a year", " per year", " whats the promo",
                    " whats the promotion", " cycle here", " cycle like here", " our promo cycle",
                    " our promotion cycle"})) ||
        // ("are product lead promotions here done twice a year or only in the annual cycle?")
        t.has_any({" promo window", " promotion window"}) ||
        // ("when do PM promo decisions happen here? is it a yearly cycle")
        (t.has_any({" promo decisions", " promotion decisions"}) &&
         t.has_any({" when ", " yearly", " a year", " cycle", " here"})) ||
        // ("do promos from PM to sr PM happen twice a year here or once?")
        (t.has_any({" promos ", " promotions "}) &&
         t.has_any({" twice a year", " once a year", " a year here", " per year here"})) ||
        (t.has_any({" promotions here", " promos here", " promotion here", " promo here",
                    " promotions happen here", " promotions decided here"}) &&
         t.has_any({" a year", " annual", " cycle", " how often", " when"}));
    // Time served there is context ("an SPM, 3 yrs at this company"), not a question on
    // one company's practice.
    const auto one_company_asked = [&] {
        if (promotion_calendar) {
            return true;
        }
        if (!t.has_any(one_company)) {
            return false;
        }
        // The companies the articles take their examples from, asked for examples ("any
        // famous cases, say at Google or Apple?").
        if (t.has_any({" at google", " at apple"}) &&
            t.has_any({" famous", " example", " case ", " cases", " stories", " story "})) {
            return false;
        }
        std::string rest(text);
        for (const std::string_view served : {" yrs", " years", " year", " months", " month"}) {
            for (const std::string_view where :
                 {" at this company", " at my company", " at our company", " in this company"}) {
                replace_every(rest, std::string(served) + std::string(where), served);
            }
        }
        // Nor what people there say ("people at my company use them interchangeably").
        for (const std::string_view who : {" people", " folks", " everyone", " colleagues"}) {
            for (const std::string_view where :
                 {" at my company", " at our company", " in our org", " at this company"}) {
                replace_every(rest, std::string(who) + std::string(where), who);
            }
        }
        // Nor news of the company told as context ("our company just hired its first CPO",
        // "in my company is existing the title principal PM", "both jobs are posted at my
        // company right now").
        for (const std::string_view news :
             {" our company just ", " my company just ", " our company is ", " my company is ",
              " in my company ", " my company has ", " our company has ",
              " at my company right now", " at our company right now"}) {
            replace_every(rest, news, " company ");
        }
        // Nor a role there the asker is going for ("I want to go from product manager to
        // product lead at my company").
        for (const std::string_view title : {" lead", " manager", " pm", " pl", " director"}) {
            for (const std::string_view where : {" at my company", " at our company"}) {
                replace_every(rest, std::string(title) + std::string(where), title);
            }
        }
        // Nor is the org chart ("somebody in our org chart is a Lead PM").
        replace_every(rest, " org chart", " chart");
        return phrase_text(rest).has_any(one_company);
    };
    // "A non-technical PM" is a PM; "a technical PM" is a title the base lacks.
    const bool technical_pm = t.has_any({" technical pm", " technical product manager", " tech pm",
                                         " tech product manager"}) &&
                              !t.has_any({" non technical", " non tech"});
    // Someone moving into product from another job asks what the articles do cover ("I'm
    // an engineering manager thinking about moving over to product leadership"); moving
    // into a title the base lacks ("switching to staff PM") is still out of scope.
    const auto was_one = [&] {
        for (const auto title : other_titles) {
            // A message may open with its writer's job: "product designer, 5 years in".
            if (std::string_view(text).starts_with(title)) {
                return true;
            }
            for (const std::string_view as : {" im a", " im an", " i am a", " i am an", " former",
                                              " ex", " from", " as a", " as an"}) {
                if (has_phrase(text, std::string(as) + std::string(title))) {
                    return true;
                }
            }
        }
        return false;
    };
    static const phrase_set moving_into_product{" switch",     " move over",       " moving over",
                                                " move into",  " moving into",     " transition",
                                                " break into", " get into product"};
    // (Or someone the asker speaks of: "an engineering manager who wants to move into a
    // product lead role".)
    const bool moving_in =
        t.has_any(moving_into_product) &&
        (was_one() || t.has_any({" who wants to move", " who wants to switch",
                                 " who is looking to move", " wants to move into"}));
    // Nor is the asker's own job ("engineering manager here: who is a PM's line manager?").
    const auto only_the_askers_job = [&] {
        return std::all_of(other_titles.begin(), other_titles.end(), [&](std::string_view title) {
            return !has_phrase(text, title) || the_askers_own(text, title);
        });
    };
    const bool other_title =
        (technical_pm || (t.has_any(other_title_set) && !only_the_askers_job())) && !moving_in;
    // The articles give no head counts; "how many years" (or months, quarters) is about
    // time, not people.
    const auto many = text.find(" how many ");
    const bool team_size =
        t.has_any({" how big is", " how large is", " how big are", " how large are"}) &&
        t.has_any({" team"});
    static const phrase_set counting_people{" span of control",   " number of pms",
                                            " number of pm ",     " number of people",
                                            " number of reports", " number of direct reports",
                                            " healthy number",    " team size"};
    // How many teams or products, given as a measure of a role's scope ("whats the scope of a
    // director of product mgmt, how many teams are they over"), asks for the scope.
    const bool scope_by_count =
        t.has_any({" scope of", " whats the scope", " the scope"}) &&
        t.has_any({" how many teams", " how many products", " how many product lines"});
    // A number of reports weighed ("like 5 direct reports or more like 10?").
    const auto counts_reports = [&] {
        constexpr std::string_view reports = " direct reports";
        for (auto at = text.find(reports); at != std::string_view::npos;
             at = text.find(reports, at + 1)) {
            const auto before = text.substr(0, at);
            const auto word = before.substr(before.rfind(' ') + 1);
            if (!word.empty() && std::all_of(word.begin(), word.end(), [](unsigned char c) {
                    return std::isdigit(c) != 0;
                })) {
                return true;
            }
        }
        return false;
    };
    const bool head_count =
        !scope_by_count &&
        (counts_reports() ||
         (team_size ||
          (many != std::string_view::npos &&
           !has_any_phrase(text.substr(many),
                           {" how many years ", " how many yrs ", " how many more years ",
                            " how many more yrs ", " how many months ", " how many quarters "})) ||
          t.has_any(counting_people) ||
          (t.has_any({" ratio"}) &&
           t.has_any({" engineer", " designer", " developer", " devs ", " pms ", " pm to "}))));
    // Nor working hours: "do product leads work crazy hours?".
    static const phrase_set working_hours{
        " work life balance", " worklife balance", " long hours",     " crazy hours",
        " overtime",          " hours a week",     " hours per week", " hour week",
        " work week",         " work weeks",       " workweek",       " hrs a week"};
    const bool hours = t.has_any(working_hours);
    // Nor how performance is rated (though a review may be where a promotion case is made).
    // Nor how often reviews come round ("are PM performance reviews quarterly or annual?").
    // Nor the reviews of people outside product ("do PLs sign off on the engineers'
    // performance reviews?").
    const bool others_reviews = t.has_any({" performance review", " perf review"}) &&
                                t.has_any({" engineer", " designer", " developer", " devs "});
    const bool ratings =
        others_reviews ||
        t.has_any({" what rating", " which rating", " rating scale", " calibration"}) ||
        (t.has_any({" performance review", " perf review"}) &&
         t.has_any({" quarterly", " annual", " how often", " twice a year", " every year",
                    " review cycle", " when is", " when are", " when do"}));
    // Nor where the work is done, nor where to eat near it.
    static const phrase_set workplaces{" remote",
                                       " in office",
                                       " in the office",
                                       " hybrid",
                                       " work from home",
                                       " wfh",
                                       " onsite",
                                       " on site",
                                       " relocat",
                                       " on call",
                                       " visa",
                                       " immigration",
                                       " sponsorship",
                                       " h1b",
                                       " h 1b",
                                       " green card",
                                       " work permit",
                                       " lunch spot",
                                       " lunch place",
                                       " recommendations for lunch",
                                       " grab lunch",
                                       " restaurant",
                                       " near the office",
                                       " parking",
                                       " badge access",
                                       " desk booking",
                                       " book a desk",
                                       " conf room",
                                       " conference room",
                                       " meeting room",
                                       " book a room"};
    const bool workplace = t.has_any(workplaces);
    // Nor whom a company should hire: "should my first product hire be a head of product?".
    static const phrase_set hiring_choices{
        " first hire",  " first product hire", " should i hire", " should we hire",
        " who to hire", " whom to hire",       " should hire"};
    const bool hiring = t.has_any(hiring_choices);
    // Nor who holds a title at the asker's company ("who is our head of product here"),
    // as long as the question is not whom a role reports to.
    // Nor time off and who approves it ("does my pl approve pto"), unless it only shows who
    // someone's manager seems to be ("asks me to approve her PTO like I'm her boss. Are PMs
    // normally somebody's line manager?").
    static const phrase_set time_off_words{" pto ", " vacation", " time off", " sick day"};
    const bool time_off = t.has_any(time_off_words) && !t.has_any({" manager", " boss", " report"});
    // Nor when or where a meeting is ("what time is the weekly product all-hands").
    // (Or where something lives: "where's the org chart on the intranet", "who do i ask to
    // get added to the #design slack channel".)
    static const phrase_set meeting_times{" intranet",
                                          " wheres the org chart",
                                          " where the org chart",
                                          " where is the org chart",
                                          " read access",
                                          " write access",
                                          " edit access",
                                          " a link to our",
                                          " link somewhere to",
                                          " get added to",
                                          " what time is",
                                          " what time does",
                                          " which room",
                                          " what room",
                                          " is there an all hands",
                                          " all hands this",
                                          " when is the all hands",
                                          " this week all hands",
                                          " is there a meeting",
                                          " book a meeting room",
                                          " book a room",
                                          " meeting room",
                                          " conference room",
                                          " google calendar",
                                          " outlook calendar",
                                          " book a recurring",
                                          " set up a recurring"};
    const bool meeting_logistics = t.has_any(meeting_times);
    // ("who's" loses its "'s" as a possessive would: "who our head of product").
    // Nor how to write or structure OKRs: the articles name metrics, not that method.
    const bool okr_howto = t.has_any({" okr"}) && t.has_any({" how should", " how do i", " how to",
                                                             " structure", " write", " set up"});
    // Nor a company's own programs ("do we have an APM rotation program like google's?").
    const bool company_has = t.has_any({" rotation program", " rotational program"});
    // (Nor who sits two rungs up: "who's my skip level usually?".)
    const bool person_named =
        (t.has_any({" who is our ", " whos our ", " who are our ", " who our "}) &&
         !t.has_any({" report", " manager", " boss", " mgr"})) ||
        // ("who's the CPO here these days? want to put a face to the name")
        (t.has_any({" who the ", " who is the ", " whos the "}) &&
         t.has_any({" here these days", " put a face", " the name of"}) &&
         !t.has_any({" report", " manager", " boss", " mgr"})) ||
        // ("whats the name of our CPO? want to find them on slack")
        t.has_any({" name of our ", " name of my ", " names of our ", " find them on slack",
                   " find her on slack", " find him on slack"}) ||
        t.has_any({" who my skip "});
    // Moving back down (manager to IC, lead to PM) is not something the articles discuss.
    static const phrase_set moving_down{" go back ",       " move back ",     " step down",
                                        " step back into", " step back down", " demot",
                                        " back to being ", " downlevel",      " down level",
                                        " level me down",  " leveled down",   " levelled down"};
    // (Whether a move was a step down asks which role ranks higher: "went from product
    // lead to product manager, was that a step down?")
    const bool moving_back =
        t.has_any(moving_down) && !t.has_any({" was that a step down", " is that a step down",
                                              " was it a step down", " is it a step down"});
    // Comparing with a job the articles do not describe ("business analyst vs PM"):
    // only one side could be answered.
    // (The asker's own job is no side of it: "analyst here: how does a PM's scope compare
    // with a director's?", "Designer, been pairing with PMs for years. How is a product
    // lead's job different?")
    static constexpr std::array<std::string_view, 17> other_jobs{
        " analyst",           " scrum master",      " designer",       " researcher",
        " architect",         " software engineer", " data scientist", " marketer",
        " consultant",        " account manager",   " business owner", " founder",
        " ux research",       " ux design",         " user research",  " data engineer",
        " analytics engineer"};
    static const phrase_set other_job_set(other_jobs);
    const auto compared_with = [&](std::string_view job) {
        return has_phrase(text, job) && !the_askers_own(text, job) &&
               !opens_with_the_writers_job(text, job);
    };
    const bool other_job_compared =
        t.has_any({" vs ", " versus ", " difference", " differ", " compared", " compare",
                   " like pm", " like a pm", " similar to", " same as", " same thing as"}) &&
        t.has_any(other_job_set) &&
        std::any_of(other_jobs.begin(), other_jobs.end(), compared_with);
    // Nor whom another job reports to ("does the scrum master report to the PM or to
    // eng?"): the articles give only product roles' reporting lines.
    const bool other_job_reporting =
        t.has_any(other_job_set) &&
        std::any_of(other_jobs.begin(), other_jobs.end(), [&](std::string_view job) {
            const std::string named(job);
            return has_phrase(text, named + " report") || has_phrase(text, named + "s report");
        });
    // Nor how another job's team works where the asker is ("my partner's a ux researcher and
    // asked what ours do here - anyone know how that team works?").
    const bool other_team_asked =
        t.has_any(other_job_set) &&
        t.has_any({" do here", " does here", " that team work", " their team work"}) &&
        std::any_of(other_jobs.begin(), other_jobs.end(), compared_with);
    // Nor what another job is ("what does a data engineer do", "explain what a scrum master
    // does", "is a UX designer an IC role?"): every way of asking it, for every such job,
    // filed once.
    static constexpr std::array<std::string_view, 18> jobs_not_described{
        " engineer",           " data engineer", " software engineer", " developer",
        " scrum master",       " analyst",       " data analyst",      " business analyst",
        " designer",           " ux designer",   " data scientist",    " architect",
        " account manager",    " marketer",      " ux researcher",     " sales engineer",
        " solutions engineer", " recruiter"};
    static const std::vector<std::string> other_job_asks = [] {
        std::vector<std::string> asks;
        for (const std::string_view what :
             {" what does a", " what does an", " what is a", " what is an", " whats a", " whats an",
              " what a", " what an", " day to day of a", " day to day of an", " typical day of a",
              " typical day for a", " become a", " become an", " becoming a", " becoming an"}) {
            for (const auto job : jobs_not_described) {
                asks.push_back(std::string(what) + std::string(job));
            }
        }
        return asks;
    }();
    static const std::vector<std::string_view> other_job_ask_views(other_job_asks.begin(),
                                                                   other_job_asks.end());
    static const phrase_set other_job_ask_set(other_job_ask_views);
    const bool other_job_defined =
        t.has_any(other_job_ask_set) ||
        ((text.starts_with(" is a") || text.starts_with(" are ")) &&
         std::any_of(jobs_not_described.begin(), jobs_not_described.end(),
                     [&](std::string_view job) {
                         const auto starts = [&](std::string_view asked) {
                             return text.starts_with(asked) &&
                                    text.substr(asked.size()).starts_with(job) &&
                                    text.substr(asked.size() + job.size()).starts_with(" ");
                         };
                         return starts(" is a") || starts(" is an") || starts(" are");
                     })) ||
        // Or opened by the job and asked after it ("data engineer job what is it").
        (t.has_any({" what"}) && std::any_of(jobs_not_described.begin(), jobs_not_described.end(),
                                             [&](std::string_view job) {
                                                 if (!text.starts_with(job)) {
                                                     return false;
                                                 }
                                                 const auto after = text.substr(job.size());
                                                 return after.starts_with(" job ") ||
                                                        after.starts_with(" role ");
                                             }));
    // "How much does a PM make?" asks for pay too.
    // (Not "how much face time... makes me nervous".)
    // (Or "what does a senior PM make compared to a product lead?", but not decisions made.)
    const bool what_they_make =
        (t.has_any({" how much do ", " how much does ", " how much more do", " how much more does",
                    " how much can ", " how much will ", " how much would ", " how much did "}) &&
         t.has_any({" make ", " makes "})) ||
        (t.has_any({" make compared", " makes compared", " make relative to", " make on average",
                    " make a year", " make per year", " make here", " makes here", " earn here"}) &&
         !t.has_any({" decision", " decide", " call ", " calls "}));
    // Nor about what an employer pays for beyond a salary.
    static const phrase_set benefits{" stipend",
                                     " reimburs",
                                     " allowance",
                                     " expens",
                                     " get a budget",
                                     " perks",
                                     " budget for conf",
                                     " conference budget",
                                     " budget for train",
                                     " budget for course",
                                     " receipts",
                                     " receipt for",
                                     " budget for going",
                                     " budget for attending",
                                     " health insurance",
                                     " dental",
                                     " benefits enrol",
                                     " open enrol",
                                     " 401k",
                                     " pension",
                                     " benefits webinar"};
    // A learning budget asked about is a perk; one spent on what the articles say to learn
    // is context ("My learning budget resets in January. What courses would help?").
    const bool budget_asked =
        t.has_any({" learning budget", " training budget", " education budget",
                   " development budget", " l d budget"}) &&
        t.has_any({" how much", " do pms get", " does a pm get", " is there a", " typical",
                   " standard", " normal", " usual", " bigger", " than regular", " budget here",
                   " do we get", " do i get", " can we get", " can i get"});
    const bool perks = t.has_any(benefits) || budget_asked;
    // Nor do they say anything about hiring interviews; but someone interviewing for two
    // roles may ask how the roles differ, and someone who interviews others what to look
    // for ("what competencies should I be interviewing product leaders for?").
    static const phrase_set screening_candidates{
        " screen for",      " screening for",           " interviewing product",
        " interviewing pm", " interviewing candidates", " interview candidates",
        " candidates for"};
    // An interview is context ("a candidate is interviewing with us for head of product:
    // what scope does that job carry?") unless its questions, rounds or preparation are
    // asked about; a scorecard's competencies are the role's skills.
    static const phrase_set interview_details{
        " question",       " qs ",        " loop",
        " round",          " prep",       " tip",
        " process",        " case ",      " take home",
        " exercise",       " whiteboard", " system design",
        " product sense",  " look like",  " interviewing there",
        " interview there"};
    const auto competencies_asked = [&] {
        return t.has_any({" capabilit", " competenc", " skills", " abilities"}) &&
               !t.has_any({" question"});
    };
    // (A hiring loop's case study round is an interview, named or not.)
    const bool interviews =
        (t.has_any({" interview", " case study round", " pm loop", " hiring loop"}) &&
         t.has_any(interview_details)) &&
        !competencies_asked() &&
        !(t.has_any({" interviewing for ", " interviewing with "}) &&
          t.has_any({" differ", " difference", " compare", " vs ", " versus "})) &&
        !t.has_any(screening_candidates);
    // Nor how often to meet ("1:1" alone is often only context: "...before our 1:1"), or
    // which tools to use.
    const bool meeting_cadence = t.has_any({" how often"}) && t.has_any({" 1 1", " one on one"});
    // Nor what to bring to one meeting ("my skip wants a 1:1 next week, what should i
    // prepare for it").
    const bool meeting_prep =
        t.has_any({" prepare for it", " prep for it", " prepare for the", " prep for the",
                   " prepare for my", " prep for my", " bring to it", " bring to the"}) &&
        t.has_any({" 1 1", " one on one", " meeting", " next week", " tomorrow", " skip level"});
    static const phrase_set asking_for_tools{
        " which jira", " jira project", " what tool",   " which tool", " tools do ",
        " tool do ",   " tools should", " tool should", " template",   " take home",
        " takehome",   " set up jira",  " jira boards"};
    static constexpr std::array<std::string_view, 10> tool_names{
        " jira",  " asana", " trello",    " confluence", " productboard",
        " figma", " miro",  " amplitude", " mixpanel",   " linear"};
    static const phrase_set tool_name_set(tool_names);
    static const phrase_set choosing_one{" which one",      " which is better", " better",
                                         " should we use",  " should i use",    " do we use",
                                         " do our pms use", " do pms use",      " workflow"};
    // A tool set against another by "or" ("Jira or Linear?"); "normal or a sign" is no
    // choice between tools.
    const auto tool_or_other = [&] {
        return std::any_of(tool_names.begin(), tool_names.end(), [&](std::string_view tool) {
            return has_phrase(text, std::string(tool) + " or ") ||
                   has_phrase(text, " or" + std::string(tool) + " ");
        });
    };
    static const phrase_set help_desk{
        " license",        " licence",   " reset my password",   " get access to",
        " vpn ",           " laptop",    " admin rights",        " a login",
        " helpdesk",       " help desk", " which slack channel", " edit rights",
        " edit access",    " read only", " admin access",        " jira access",
        " approves access"};
    const bool tools =
        // (An org chart template being built is context.)
        has_any_outside(t, asking_for_tools, {" org chart template", " chart template"},
                        " chart") ||
        // A named tool is only context ("our Jira setup changed. what is a VP?") unless the
        // question chooses between tools ("Jira or Linear for a PM backlog: which is better?").
        (t.has_any(tool_name_set) && (t.has_any(choosing_one) || tool_or_other())) ||
        // Nor help desk work: licences, access, accounts, equipment ("who do I ask to get a
        // jira license set up for my team board").
        t.has_any(help_desk);
    // Nor one company's levels ("how do our titles map to Google's L5, L6?").
    static const phrase_set company_levels{" l3 ",  " l4 ",        " l5 ",      " l6 ",  " l7 ",
                                           " l8 ",  " e5 ",        " e6 ",      " ic4 ", " ic5 ",
                                           " ic6 ", " levels at ", " level at "};
    // (Or where two titles sit in the company's own levels: "does a principal PM sit at the
    // same level as a director of product in our leveling?")
    const bool levels =
        t.has_any(company_levels) ||
        (t.has_any({" same level as"}) && t.has_any({" in our leveling", " in our levelling"}));
    // Nor what one named company calls a role ("does amazon call it PL or lead PM?").
    static const phrase_set big_companies{
        " google",     " amazon",  " meta ",  " microsoft", " apple",  " netflix", " facebook",
        " faang",      " spotify", " uber",   " airbnb",    " stripe", " shopify", " atlassian",
        " salesforce", " adobe",   " oracle", " ibm ",      " nvidia", " tesla"};
    // Nor which companies do something best, nor the careers of the executives the
    // articles cite as examples.
    const bool ranks_companies =
        t.has_any({" which companies", " what companies", " which company has the best",
                   " best companies", " companies with the best", " companies run the best"});
    // Nor who sits on a company's board ("do CPOs typically sit on the company's board?");
    // presenting to it is part of the job.
    const bool board_seat =
        (t.has_any({" sit on ", " sits on ", " seat on "}) && t.has_any({" board "})) ||
        t.has_any({" board seat"});
    const bool executive_biography =
        t.has_any({" pichai", " steve jobs"}) &&
        t.has_any({" career", " before he", " education", " degree", " salary", " how old"});
    const bool company_naming = t.has_any(big_companies) &&
                                t.has_any({" call it", " calls it", " call this", " call that",
                                           " call the", " name it", " title it", " titles it",
                                           " level", " ladder", " band", " map to", " map onto"});
    // Nor how long a sprint should be ("one-week or two-week sprints?"), or what someone
    // burned out should do: personal advice the articles do not give.
    const bool sprint_length = t.has_any(
        {" one week or two week", " 1 week or 2 week", " week or two week", " week or 2 week"});
    // Nor settling a quarrel between colleagues ("my PL and our engineering lead keep
    // clashing: how do I defuse it?").
    const bool personal_advice =
        (t.has_any({" burned out", " burnt out", " burnout"}) &&
         t.has_any({" what should i do", " what do i do", " any advice"})) ||
        (t.has_any({" clash", " conflict", " quarrel", " feud", " fighting"}) &&
         t.has_any({" defuse", " resolve", " mediate", " handle", " deal with", " calm"}));
    // Nor one named book, course or newsletter picked out ("which exact book should I read
    // first? just name one", "can anyone recommend a good SQL book?"): the articles
    // recommend none by name.
    const bool one_title_picked =
        t.has_any({" which book should", " exact book", " specific book", " one book"}) ||
        (t.has_any({" book", " course", " newsletter", " podcast"}) &&
         t.has_any({" name one", " name a few", " just one", " the best one", " single best",
                    " one good ", " know a good", " know any good", " for beginners",
                    " title of one", " title of a ", " recommend a ", " recommend an ",
                    " recommend one", " best book", " best course", " best podcast",
                    " best newsletter"})) ||
        // (A course in a tool or language: "is there a good SQL course you'd recommend".)
        t.has_any({" sql course", " sql class", " sql book", " sql training", " python course",
                   " learning sql", " learn sql"});
    // Nor the history of a title ("when did companies start having a CPO? who was the
    // first one?").
    const bool history = t.has_any({" who was the first", " when did companies"});
    // Nor credentials: "does a CSPO certification count towards promotion?".
    static const phrase_set credential_words{" certification", " certificate", " certified",
                                             " cspo ",         " csm ",        " pmp ",
                                             " cert ",         " certs "};
    // (So is an MBA asked about as a requirement or a step, but not one the asker has: "I
    // have an MBA and 5 yrs consulting, could I move into a PL role?".)
    const bool credentials =
        t.has_any(credential_words) ||
        t.has_any({" need an mba", " need a mba", " require an mba", " mba required", " get an mba",
                   " get a mba", " do an mba", " doing an mba", " pursue an mba", " mba worth",
                   " an mba help", " does an mba", " is an mba", " mba necessary"});
    // Nor the future of the job: "will AI replace product managers?".
    const bool ai = t.has_any({" ai ", " artificial intelligence", " chatgpt", " llm", " gpt "});
    // Nor law: regulation and who signs off for it, non-competes, contracts.
    static const phrase_set legal_words{
        " regulatory affairs",  " fda ",           " hipaa",  " gdpr",         " non compete",
        " noncompete",          " nda ",           " lawyer", " legal advice", " lawsuit",
        " employment contract", " contract clause"};
    // Nor HR procedures: probation, notice periods, performance improvement plans, leave
    // and transfer policies, how a promotion committee works or where a packet goes (what
    // a committee looks for is readiness).
    static const phrase_set hr_procedures{" probation",
                                          " leave request",
                                          " change request",
                                          " title updated",
                                          " update my title",
                                          " expense report",
                                          " notice period",
                                          " how much notice",
                                          " give notice",
                                          " performance improvement plan",
                                          " pip ",
                                          " vacation",
                                          " holiday allowance",
                                          " sick days",
                                          " sick leave",
                                          " days off",
                                          " mobility policy",
                                          " transfer policy",
                                          " leave policy",
                                          " pto request",
                                          " leave request",
                                          " time off request",
                                          " dress code",
                                          " transfer process",
                                          " request a promotion",
                                          " promotion review",
                                          " promo committee work",
                                          " promotion committee work",
                                          " promo committee here",
                                          " promotion committee here",
                                          " our promo committee",
                                          " our promotion committee",
                                          " promo committee decide",
                                          " promotion committee decide",
                                          " submit my packet",
                                          " submit my promo",
                                          " submit a promo",
                                          " formally request",
                                          " with hr ",
                                          " through hr",
                                          " request a title change",
                                          " hr team",
                                          " is there a committee",
                                          " promo process here",
                                          " internal promo process",
                                          " internal leveling",
                                          " leveling rubric",
                                          " levelling rubric",
                                          " promo rubric",
                                          " internal promotion process",
                                          " our promo process",
                                          " our promotion process",
                                          " promotion process here"};
    // Parental leave asked about, not only the reason someone was away ("back from a year
    // of parental leave...").
    const bool leave_asked =
        t.has_any({" parental leave", " maternity", " paternity"}) &&
        t.has_any({" how much", " how long", " how many", " policy", " get ", " entitled"});
    // The promotion process asked about here, or who signs it off ("what's the promo process
    // from PM to Sr PM here, who signs off on it?").
    const bool promotion_process = t.has_any({" promo process", " promotion process"}) &&
                                   t.has_any({" here ", " signs off", " sign off", " approves",
                                              " approve it", " our company", " review cycle"});
    const bool hr_procedure = t.has_any(hr_procedures) || leave_asked || promotion_process;
    const bool regulation = t.has_any(legal_words);
    // Nor how often people leave the job, or are let go.
    static const phrase_set leaving_words{
        " turnover",   " attrition", " quit rate",      " quitting rate", " layoff",
        " laid off",   " lay off",   " redundanc",      " severance",     " fired",
        " firing ",    " let go of", " let someone go", " let them go",   " let him go",
        " let her go", " terminat"};
    const bool turnover = t.has_any(leaving_words);
    // Nor how to write a resume or cover letter for a role (a candidate's CV is context).
    // (A résumé being updated is context for asking what a title is called elsewhere:
    // "PML = which title at other companies? updating my resume".)
    const bool job_documents =
        t.has_any({" resume for", " write resume", " write a resume", " my resume", " my cv ",
                   " write a cv", " cover letter"}) &&
        !t.has_any({" be labelled", " be labeled", " which title", " be titled", " be called",
                    " other companies"});
    // Nor the statistics of experiments ("what significance threshold before calling an A/B
    // test a win?"); A/B tests themselves may be context.
    const bool experiments = t.has_any({" significance threshold", " statistical significance",
                                        " statistically significant", " p value", " sample size",
                                        " confidence interval"});
    // Nor when to act in a new job ("how long should a new PL wait before reorganising the
    // team?"): how long it takes to get a title is another question.
    const bool timing_advice = t.has_any({" how long should"}) && t.has_any({" wait"});
    // Nor mindsets other than the reactive and creative ones they contrast.
    const bool other_mindset = t.has_any({" growth mindset", " fixed mindset"});
    // The articles never split a role's time into shares ("what % of a PML's week...").
    const bool time_share =
        t.has_any({" what percent", " what share of", " what fraction of", " what portion of"});
    // Nor count how many people get somewhere ("is it true only 10% of PMs make it to lead?").
    const bool share_of_people = t.has_any(
        {" percent of pm", " percent of product managers", " percent of product people",
         " percent of product leads", " percent of people", " percent of senior", " percent of apm",
         " percent of us ", " what fraction", " what share", " out of all pm", " what proportion",
         " what percentage", " promo rate", " promotion rate", " as a percent"});
    // Paying off is no pay ("does product leadership actually pay off in revenue?"), nor is
    // pay set aside ("how's an associate PM different from a full PM, besides the pay?").
    const bool pay_asked = has_any_outside(t, pay,
                                           {" pay off",
                                            " paid off",
                                            " besides the pay",
                                            " besides pay",
                                            " besides the salary",
                                            " besides salary",
                                            " apart from the pay",
                                            " apart from pay",
                                            " apart from the salary",
                                            " apart from salary",
                                            " aside from the pay",
                                            " aside from pay",
                                            " aside from the salary",
                                            " aside from salary",
                                            " other than the pay",
                                            " other than pay",
                                            " other than the salary",
                                            " other than salary",
                                            " beyond the pay",
                                            " beyond pay",
                                            " beyond the salary",
                                            " beyond salary",
                                            " not the pay",
                                            " not the salary",
                                            " except the pay",
                                            " except pay",
                                            " except salary",
                                            " except the salary"},
                                           " payoff");
    return other_title || pay_asked || asks_earnings(text) || one_company_asked() || head_count ||
           hours || workplace || hiring || ratings || moving_back || other_job_compared ||
           other_job_reporting || other_team_asked || one_title_picked || history || time_share ||
           share_of_people || interviews || perks || what_they_make || other_mindset || turnover ||
           regulation || tools || meeting_cadence || meeting_prep || ai || levels || credentials ||
           sprint_length || personal_advice || job_documents || experiments || timing_advice ||
           hr_procedure || company_naming || ranks_companies || executive_biography ||
           person_named || other_job_defined || board_seat || meeting_logistics || time_off ||
           company_has || okr_howto;
}

bool out_of_scope(const std::string& text)
{
    return out_of_scope(phrase_text(text));
}

} // namespace rolebot::knowledge
