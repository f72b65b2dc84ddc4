#include "knowledge/question_intent.hpp"

#include "knowledge/phrase_filter.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace rolebot::knowledge {
namespace {

/// A prepared text with its word starts worked out once, for many phrase checks.
class phrase_text {
public:
    explicit phrase_text(std::string_view text) : text_(text), starts_(text) {}

    template <typename Phrases> bool has_any(const Phrases& phrases) const
    {
        return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) {
            return starts_.may_contain(p) && has_phrase(text_, p);
        });
    }

    bool has_any(std::initializer_list<std::string_view> phrases) const
    {
        return has_any<std::initializer_list<std::string_view>>(phrases);
    }

private:
    std::string_view text_;
    word_starts starts_;
};

/// True when one of `markers` leads to a title ("from PM to product lead", "Sr PM into a
/// director role", "make Sr PM"), not to anything else ("feedback to the PMs" is not a
/// move, nor is "what does a PM make?").
bool names_a_move(std::string_view text,
                  std::initializer_list<std::string_view> markers = {" to ", " into "})
{
    static const std::array<std::string_view, 15> title_starts{
        "pm",   "pms", "product", "senior", "sr",  "lead",      "director", "dir",
        "head", "vp",  "vice",    "chief",  "cpo", "principal", "associate"};
    static const std::array<std::string_view, 7> more_starts{
        "apm", "pl", "pml", "management", "manager", "individual", "leadership"};
    for (const std::string_view marker : markers) {
        for (auto at = text.find(marker); at != std::string_view::npos;
             at = text.find(marker, at + 1)) {
            auto rest = text.substr(at + marker.size());
            // "I want to be a PL" names where the asker is going; "do I have to be a senior
            // PM first?" names a requirement.
            const auto before = text.substr(0, at);
            const bool required = before.ends_with(" have") || before.ends_with(" has") ||
                                  before.ends_with(" need") || before.ends_with(" needs");
            for (const std::string_view lead_in : {"be ", "being ", "becoming ", "a ", "an "}) {
                if (rest.starts_with(lead_in) && !(required && lead_in == "be ")) {
                    rest.remove_prefix(lead_in.size());
                }
            }
            const auto word = rest.substr(0, rest.find(' '));
            const auto is = [&](std::string_view w) { return w == word; };
            if (std::any_of(title_starts.begin(), title_starts.end(), is) ||
                std::any_of(more_starts.begin(), more_starts.end(), is)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

question_intent detect_intent(const std::string& text, std::size_t mentioned)
{
    const phrase_text t(text);
    // "Who does the VP report to, the CEO or the CPO?" offers its choices with "or": it
    // asks for a reporting line, not a comparison.
    const bool whom_answers_to =
        t.has_any({" who does ", " who do ", " whom ", " who would ", " who will "}) &&
        t.has_any({" report to ", " reports to ", " report into ", " reports into ", " answer to ",
                   " answers to "});
    if (mentioned >= 2 && !whom_answers_to &&
        t.has_any({" vs ",           " versus ",      " differ",        " compare",
                   " same ",         " similar",      " or a ",         " or an ",
                   " or the ",       " equivalent",   " interchangeab", " interchangab",
                   " synonym",       " better ",      " diff ",         " above ",
                   " higher ",       " outrank",      " senior to ",    " more senior",
                   " below ",        " lower ",       " separates",     " sets apart",
                   " contrast",      " distinguish",  " doesnt",        " dont do",
                   " bigger ",       " which one ",   " basically ",    " which of the two",
                   " which of them", " more than a ", " more than an "})) {
        return question_intent::compare;
    }
    // "How much time do leads spend with execs?" asks where the time goes, not how long.
    const bool time_spent =
        t.has_any({" how much time "}) && t.has_any({" spend ", " spent ", " spending "});
    if (!time_spent &&
        t.has_any({" how long ", " how many years ", " how many yrs ", " how much time ",
                   " how quickly ", " how fast ", " how soon ", " years of experience ",
                   " yrs of experience ", " how far off ", " how far away ", " timeline "})) {
        return question_intent::how_long;
    }
    // Reporting seen from above ("who reports to a product lead?", "people reporting to
    // them") asks whom the role leads, not whom it answers to.
    if (t.has_any({" who reports to ",      " who report to ",    " people report to ",
                   " people reporting to ", " reporting to them", " reporting to him",
                   " reporting to her",     " report to them",    " reports to them",
                   " direct reports",       " have reports",      " has reports",
                   " get reports",          " with reports",      " with direct reports",
                   " come with a team",     " comes with a team", " people under",
                   " anyone under",         " team under",        " someone boss",
                   " anyone boss",          " who sits under ",   " who sit under ",
                   " who works under ",     " who work under ",   " report to me ",
                   " reports to me ",       " report to us ",     " reporting to me ",
                   " report into me ",      " reports into me "})) {
        return question_intent::manages;
    }
    // "Who's my boss?" asks for a reporting line; "my new boss is head of product. is
    // culture part of that job?" only says who the boss is.
    const bool asks_for_boss =
        t.has_any({" boss "}) && (t.has_any({" who "}) || !t.has_any({" boss is ", " boss was "}));
    if (asks_for_boss || t.has_any({" report to ",
                                    " reporting to ",
                                    " reporting into ",
                                    " reports to ",
                                    " report into ",
                                    " reports into ",
                                    " reporting structure",
                                    " reporting line",
                                    " answer to ",
                                    " answers to ",
                                    " who manages ",
                                    " sit under ",
                                    " sits under ",
                                    " work under ",
                                    " who will my manager be",
                                    " who would my manager be",
                                    " who is my manager",
                                    " who their manager",
                                    " who is their manager",
                                    " who their boss",
                                    " who is their boss",
                                    " who will manage me",
                                    " who manages me",
                                    " who do i report",
                                    " works under ",
                                    " sits above",
                                    " sit above",
                                    " above them",
                                    " above me"})) {
        return question_intent::reports_to;
    }
    // The first role named is the manager; a second one is whom it may manage ("do
    // senior PMs manage other PMs?").
    // Not wanting to manage ("I dread managing people; will my career stall?") asks about
    // growing without it, not whom a role manages.
    const bool not_wanting_to_manage =
        t.has_any({" dread", " hate managing", " dont want to manage", " never want to manage",
                   " not want to manage", " interest in managing", " interested in managing",
                   " without managing"});
    if (!not_wanting_to_manage &&
        t.has_any({" manage people", " manage anyone", " manage other", " manage a team",
                   " manage pms", " manage pm ", " manage product managers", " managing people",
                   " managing anyone", " managing other", " managing a team", " people manager",
                   " manage anybody", " managing anybody", " a manager role", " managerial role",
                   " management role", " a manager position"})) {
        return question_intent::manages;
    }
    if (mentioned >= 2 && names_a_move(text)) {
        return question_intent::become; // "from senior PM to director", "Sr PM -> PL"
    }
    // "What should I work on to make Sr PM?", "a roadmap to PL", "get into product", "she
    // wants director of product" (a roadmap to execs is no move, nor is getting into the
    // weeds).
    if (names_a_move(text, {" make ", " making ", " reach ", " reaching ", " land ", " roadmap to ",
                            " get into ", " want ", " wants ", " end up as ", " end up "})) {
        return question_intent::become;
    }
    if (t.has_any(
            {" become ",      " becoming ",   " get to ",     " get promoted",   " promotion",
             " move to ",     " move into ",  " move up",     " moving ",        " transition",
             " path to ",     " career path", " grow into ",  " step up",        " next step",
             " prepare for ", " go from ",    " going from ", " steps ",         " route ",
             " lay out ",     " get me to ",  " make it to ", " gets you to ",   " get you to ",
             " aiming for ",  " aim for ",    " work toward", " working toward", " on track for",
             " in mind",      " road to ",    " the road "})) {
        return question_intent::become;
    }
    if (t.has_any({" what ", " whats ", " who is ", " tell me about ", " explain ", " define ",
                   " describe ", " meaning of ", " role of ", " job of ", " mean ", " summary",
                   " overview"})) {
        return question_intent::define;
    }
    return question_intent::none;
}

/// Questions the articles cannot answer however well their words match: other titles,
/// pay, head counts, one company's practice. Refused before any matching.
bool out_of_scope(const std::string& text)
{
    const phrase_text t(text);
    // Titles the knowledge base does not describe (and the technical PM, below).
    static const std::array<std::string_view, 21> other_titles{" tpm ",
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
                                                               " product ops"};
    static const std::array<std::string_view, 17> pay{
        " salary",         " salaries", " pay ",       " paid ",      " compensation", " comp ",
        " equity",         " bonus",    " stock ",     " wage",       " earn ",        " earns ",
        " how much money", " money do", " money does", " make money", " raise "};
    static const std::array<std::string_view, 19> one_company{
        " at our company", " at my company",   " our company",     " at google",  " at amazon",
        " at meta",        " at microsoft",    " at apple",        " at netflix", " here at ",
        " in our org",     " at this company", " in this company", " our policy", " company policy",
        " time in level",  " hr policy",       " promotion cycle", " promo cycle"};
    const auto any = [&](const auto& phrases) { return t.has_any(phrases); };
    // Time served there is context ("an SPM, 3 yrs at this company"), not a question on
    // one company's practice.
    const auto one_company_asked = [&] {
        if (!any(one_company)) {
            return false;
        }
        std::string rest(text);
        for (const std::string_view served : {" yrs", " years", " year", " months", " month"}) {
            for (const std::string_view where :
                 {" at this company", " at my company", " at our company", " in this company"}) {
                const auto said = std::string(served) + std::string(where);
                for (auto at = rest.find(said); at != std::string::npos; at = rest.find(said)) {
                    rest.replace(at, said.size(), served);
                }
            }
        }
        return phrase_text(rest).has_any(one_company);
    };
    // "A non-technical PM" is a PM; "a technical PM" is a title the base lacks.
    const bool technical_pm = t.has_any({" technical pm", " technical product manager"}) &&
                              !t.has_any({" non technical"});
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
    const bool moving_in =
        t.has_any({" switch", " move over", " moving over", " move into", " moving into",
                   " transition", " break into", " get into product"}) &&
        was_one();
    const bool other_title = (any(other_titles) || technical_pm) && !moving_in;
    // The articles give no head counts; "how many years" is about time, not people.
    const auto many = text.find(" how many ");
    const bool head_count =
        (many != std::string::npos && !has_any_phrase(std::string_view(text).substr(many),
                                                      {" how many years ", " how many yrs "})) ||
        t.has_any({" span of control", " number of pms", " number of people", " number of reports",
                   " number of direct reports", " healthy number"}) ||
        (t.has_any({" ratio"}) &&
         t.has_any({" engineer", " designer", " developer", " devs ", " pms ", " pm to "}));
    // Nor working hours: "do product leads work crazy hours?".
    const bool hours = t.has_any({" work life balance", " worklife balance", " long hours",
                                  " crazy hours", " overtime", " hours a week", " hours per week"});
    // Nor how performance is rated (though a review may be where a promotion case is made).
    const bool ratings =
        t.has_any({" what rating", " which rating", " rating scale", " calibration"});
    // Nor where the work is done.
    const bool workplace =
        t.has_any({" remote", " in office", " in the office", " hybrid", " work from home", " wfh",
                   " onsite", " on site", " relocat", " on call", " visa", " immigration",
                   " sponsorship", " h1b", " h 1b", " green card", " work permit"});
    // Nor whom a company should hire: "should my first product hire be a head of product?".
    const bool hiring =
        t.has_any({" first hire", " first product hire", " should i hire", " should we hire",
                   " who to hire", " whom to hire", " should hire"});
    // Moving back down (manager to IC, lead to PM) is not something the articles discuss.
    const bool moving_back = t.has_any({" go back ", " move back ", " step down", " step back down",
                                        " demot", " back to being ", " downlevel", " down level",
                                        " level me down", " leveled down", " levelled down"});
    // Comparing with a job the articles do not describe ("business analyst vs PM"):
    // only one side could be answered.
    const bool other_job_compared =
        t.has_any({" vs ", " versus ", " difference", " differ", " compared", " compare"}) &&
        t.has_any({" analyst", " scrum master", " designer", " researcher", " architect",
                   " software engineer", " data scientist", " marketer", " consultant",
                   " account manager", " business owner", " founder"});
    // "How much does a PM make?" asks for pay too.
    const bool what_they_make = t.has_any({" how much "}) && t.has_any({" make ", " makes "});
    // Nor about what an employer pays for beyond a salary.
    const bool perks =
        t.has_any({" stipend", " reimburs", " allowance", " expense", " learning budget",
                   " training budget", " education budget", " get a budget", " perks"});
    // Nor do they say anything about hiring interviews; but someone interviewing for two
    // roles may ask how the roles differ.
    // Someone who interviews others may ask what to look for, which the articles do say
    // ("what competencies should I be interviewing product leaders for?").
    const bool interviews =
        t.has_any({" interview"}) &&
        !(t.has_any({" interviewing for ", " interviewing with "}) &&
          t.has_any({" differ", " difference", " compare", " vs ", " versus "})) &&
        !t.has_any({" screen for", " screening for", " interviewing product", " interviewing pm",
                    " interviewing candidates", " interview candidates", " candidates for"});
    // Nor how often to meet ("1:1" alone is often only context: "...before our 1:1"), or
    // which tools to use.
    const bool meeting_cadence = t.has_any({" how often"}) && t.has_any({" 1 1", " one on one"});
    const bool tools = t.has_any(
        {" what tool", " which tool", " tools do ", " tool do ", " tools should", " tool should"});
    // Nor regulation and who signs off for it.
    const bool regulation = t.has_any({" regulatory affairs", " fda ", " hipaa", " gdpr"});
    // Nor how often people leave the job.
    const bool turnover = t.has_any({" turnover", " attrition", " quit rate", " quitting rate"});
    // Nor mindsets other than the reactive and creative ones they contrast.
    const bool other_mindset = t.has_any({" growth mindset", " fixed mindset"});
    // The articles never split a role's time into shares ("what % of a PML's week...").
    const bool time_share =
        t.has_any({" what percent", " what share of", " what fraction of", " what portion of"});
    return other_title || any(pay) || one_company_asked() || head_count || hours || workplace ||
           hiring || ratings || moving_back || other_job_compared || time_share || interviews ||
           perks || what_they_make || other_mindset || turnover || regulation || tools ||
           meeting_cadence;
}

} // namespace rolebot::knowledge
