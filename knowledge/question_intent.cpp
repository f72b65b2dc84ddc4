#include "knowledge/question_intent.hpp"

#include "knowledge/phrase_filter.hpp"
#include "knowledge/question_concern.hpp"
#include "knowledge/question_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace rolebot::knowledge {
namespace {

/// True when one of `markers` leads to a title ("from PM to product lead", "Sr PM into a
/// director role", "make Sr PM"), not to anything else ("feedback to the PMs" is not a
/// move, nor is "what does a PM make?").
bool names_a_move(const phrase_text& t,
                  std::initializer_list<std::string_view> markers = {" to ", " into "})
{
    const auto text = t.text();
    for (const std::string_view marker : markers) {
        if (!t.has(marker)) {
            continue; // most markers are in no question: ruled out without a search
        }
        for (auto at = text.find(marker); at != std::string_view::npos;
             at = text.find(marker, at + 1)) {
            auto rest = text.substr(at + marker.size());
            // "I want to be a PL" names where the asker is going; "do I have to be a senior
            // PM first?" names a requirement.
            const auto before = text.substr(0, at);
            const bool required = before.ends_with(" have") || before.ends_with(" has") ||
                                  before.ends_with(" need") || before.ends_with(" needs");
            // "next to a PM's", "compared to a PM" set two side by side.
            if (marker == " to " &&
                (before.ends_with(" next") || before.ends_with(" compared") ||
                 before.ends_with(" similar") || before.ends_with(" relative") ||
                 before.ends_with(" opposed") || before.ends_with(" equivalent"))) {
                continue;
            }
            for (const std::string_view lead_in :
                 {"to be ", "to become ", "be ", "being ", "becoming "}) {
                if (rest.starts_with(lead_in) && !(required && lead_in == "be ")) {
                    rest.remove_prefix(lead_in.size());
                }
            }
            // "into the PL seat" and "reach the senior level" move; "up to the lead" hands
            // a call over.
            // So does "from my current pm level to the senior title".
            const bool from_there_to =
                marker == " to " && before.find(" from ") != std::string_view::npos;
            if ((marker == " into " || marker == " reach " || marker == " reaching " ||
                 marker == " land " || from_there_to) &&
                rest.starts_with("the ")) {
                rest.remove_prefix(4);
            }
            if (starts_with_a_title(rest)) {
                return true;
            }
        }
    }
    return false;
}

/// Wanting to manage one day ("long term I'd love to manage other PMs as a PML") is where
/// the asker is going, not a question of whom a role manages.
bool wants_to_manage(const phrase_text& t)
{
    static const phrase_set wanting_to_manage{" love to manage",
                                              " like to manage",
                                              " want to manage",
                                              " want to start managing",
                                              " want to be managing",
                                              " wanna manage",
                                              " hope to manage",
                                              " aspire to manage",
                                              " eventually manage",
                                              " goal is to manage",
                                              " dream is to manage",
                                              " become a lead who manages",
                                              " become a product lead who manages",
                                              " eventually want to be",
                                              " like to oversee",
                                              " love to oversee",
                                              " want to oversee",
                                              " hope to oversee",
                                              " eventually oversee",
                                              " someday want to be",
                                              " one day want to be",
                                              " want to eventually be",
                                              " want to become a",
                                              " want to be a"};
    return t.has_any(wanting_to_manage);
}

/// True when the text asks who, or which role: a "who" that only says which person is
/// meant ("the person who runs product is our head of product") does not ask.
bool asks_who(std::string_view text)
{
    if (text.find(" which role ") != std::string_view::npos ||
        text.find(" which title ") != std::string_view::npos ||
        text.find(" whos ") != std::string_view::npos) {
        return true;
    }
    static constexpr std::array<std::string_view, 10> someone{
        " person", " one",    " guy",      " someone", " somebody",
        " people", " anyone", " everyone", " folks",   " those"};
    constexpr std::string_view who = " who ";
    for (auto at = text.find(who); at != std::string_view::npos; at = text.find(who, at + 1)) {
        const auto before = text.substr(0, at);
        if (std::none_of(someone.begin(), someone.end(),
                         [&](std::string_view s) { return before.ends_with(s); })) {
            return true;
        }
    }
    return false;
}

/// "The lead above them": someone above is how two roles split the work ("how a PM and the
/// leadership above them split the work and collaborate"), not a reporting line.
bool working_together(const phrase_text& t)
{
    return t.has_any(
        {" work together", " collaborat", " split the work", " divide the work", " the dynamic"});
}

/// True when the text names a span of time to get somewhere ("a product lead in 18 months",
/// "senior PM within a year", "is 3 yrs of PM enough"): "in", "within", "after" or "is",
/// then a count, then a unit.
bool names_a_span(std::string_view text)
{
    static constexpr std::array<std::string_view, 8> units{
        " year ", " years ", " yr ", " yrs ", " month ", " months ", " yrs", " months"};
    static constexpr std::array<std::string_view, 12> counts{
        "a",   "one",   "two",      "three",       "four",     "five",
        "six", "a few", "a couple", "a couple of", "the next", "under a"};
    for (const std::string_view lead : {" in ", " within ", " after ", " is "}) {
        for (auto at = text.find(lead); at != std::string_view::npos;
             at = text.find(lead, at + 1)) {
            const auto rest = text.substr(at + lead.size());
            auto count_end = rest.find_first_not_of("0123456789");
            if (count_end == 0 || count_end == std::string_view::npos) {
                count_end = 0;
                for (const auto c : counts) {
                    if (rest.starts_with(c) && rest.substr(c.size()).starts_with(" ")) {
                        count_end = std::max(count_end, c.size());
                    }
                }
            }
            if (count_end == 0) {
                continue;
            }
            const auto after = rest.substr(count_end);
            if (std::any_of(units.begin(), units.end(),
                            [&](std::string_view u) { return after.starts_with(u); })) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

question_intent detect_intent(const std::string& text, std::size_t roles_named)
{
    return detect_intent(phrase_text(text), roles_named);
}

question_intent detect_intent(const phrase_text& t, std::size_t mentioned)
{
    const auto text = t.text();
    // "Who does the VP report to, the CEO or the CPO?" offers its choices with "or": it
    // asks for a reporting line, not a comparison.
    // So does "who's usually a PM's line manager? a director or a PL?", and "who sits above
    // the vp product, the ceo or the cpo?".
    // "Is the VP of Product under the CEO, the COO, or the CPO?"
    static const phrase_set under_an_executive{" under the ceo", " under the coo", " under the cto",
                                               " under the board"};
    // (The phrases first: asks_who() reads the whole text.)
    // ("Does a VP of product report to the CEO or the CPO?" offers the choices too.)
    const bool reports_to_which =
        (text.starts_with(" does ") || text.starts_with(" do ")) &&
        t.has_any({" report to ", " reports to ", " report into ", " report directly to "});
    // ("who is above who" ranks two roles.)
    const bool asks_who_is_above =
        (t.has_any({" who sits above", " who sits over", " whos above", " who above",
                    " who is above", " who sits directly above"}) &&
         !t.has_any({" above who", " above whom"})) ||
        t.has_any({" a direct report of the ceo", " a direct report to the ceo",
                   " direct report of the ceo"}) ||
        (t.has_any({" accountable to the ceo", " accountable to the board"}) &&
         (asks_who(text) || t.has_any({" or the ", " or straight to", " or directly to"})));
    const bool whom_answers_to =
        reports_to_which ||
        (t.has_any({" report to ", " reports to ", " report into ", " reports into ", " answer to ",
                    " answers to ", " roll up to ", " rolls up to ", " managed by "}) &&
         (t.has_any({" whom "}) || asks_who(text))) ||
        (t.has_any({" line manager", " line mgr", " direct manager", " boss ", " whose team",
                    " my mgr", " my manager"}) &&
         asks_who(text)) ||
        asks_who_is_above || t.has_any(under_an_executive) ||
        // ("is the VP of product's boss (normally) the CEO or the CPO?")
        (t.has_any({" boss the ", " boss a ", " boss an ", " boss usually ", " boss typically ",
                    " boss normally ", " boss generally ", " boss mostly "}) &&
         t.has_any({" or the ", " or a ", " or an "}));
    static const phrase_set comparing{" vs ",
                                      " changes between ",
                                      " versus ",
                                      " differ ",
                                      " compare",
                                      " differs",
                                      " distinct from",
                                      " different ",
                                      " differing",
                                      " differentiat",
                                      " difference",
                                      " differnce",
                                      " diffrence",
                                      " differences",
                                      " same ",
                                      " similar",
                                      " or a ",
                                      " or an ",
                                      " or the ",
                                      " equivalent",
                                      " interchangeab",
                                      " interchangab",
                                      " synonym",
                                      " better ",
                                      " diff ",
                                      " above ",
                                      " higher ",
                                      " outrank",
                                      " senior to ",
                                      " more senior",
                                      " below ",
                                      " lower ",
                                      " separates",
                                      " separate ",
                                      " another name for",
                                      " one role or two",
                                      " one job or two",
                                      " words flipped",
                                      " equal level",
                                      " over the other",
                                      " do differently from",
                                      " does differently from",
                                      " do differently than",
                                      " end and a ",
                                      " end and an ",
                                      " their jobs split",
                                      " jobs split",
                                      " the split between",
                                      " other name for",
                                      " different name for",
                                      " seperate ",
                                      " sets apart",
                                      " apart from ",
                                      " contrast",
                                      " distinguish",
                                      " doesnt",
                                      " dont do",
                                      " bigger ",
                                      " which one ",
                                      " basically ",
                                      " gap between ",
                                      " equal footing",
                                      " on par ",
                                      " on a par ",
                                      " next to a ",
                                      " next to the ",
                                      " which of the two",
                                      " redundant",
                                      " each one ",
                                      " which of them",
                                      " more than a ",
                                      " more than an ",
                                      " stack up",
                                      " side by side",
                                      " the line between",
                                      " wheres the line",
                                      " what changes when",
                                      " what changes once",
                                      " stop and mine",
                                      " end and mine",
                                      " ends and mine",
                                      " stops and mine",
                                      " end and hers",
                                      " ends and hers",
                                      " end and his",
                                      " ends and his",
                                      " end and the other",
                                      " ends and the other"};
    // (A bigger company is context: "the steps to go from PM to senior PM at a bigger co?")
    const bool bigger_company =
        t.has_any({" bigger co", " bigger compan", " bigger org", " bigger firm"}) &&
        !t.has_any({" vs ", " versus ", " differ", " compare", " which one "});
    // ("what's the route from senior to product lead?" moves from the senior PM's job.)
    if (mentioned >= 2 && !whom_answers_to && !bigger_company &&
        has_any_outside(t, comparing, {" from senior to ", " from sr to "}, " from senior into ")) {
        return question_intent::compare;
    }
    // "How much time do leads spend with execs?" asks where the time goes, not how long.
    const bool time_spent =
        t.has_any({" how much time "}) && t.has_any({" spend ", " spent ", " spending "});
    // Nor does "how many years out does a lead plan?": that is how far ahead.
    // A multi-year roadmap or plan is what is made, not how long a move takes.
    const bool how_far_ahead =
        t.has_any({" years out", " months out", " quarters out", " multi year roadmap",
                   " multi year plan", " multi year strategy", " multi year vision"});
    static const phrase_set how_long{" how long ",
                                     " when could i realistically",
                                     " when could i expect",
                                     " when can i expect",
                                     " when will i be",
                                     " how many years ",
                                     " how many yrs ",
                                     " how much time ",
                                     " how quickly ",
                                     " how fast ",
                                     " how soon ",
                                     " years of experience ",
                                     " yrs of experience ",
                                     " how far off ",
                                     " how far away ",
                                     " timeline ",
                                     " experience range",
                                     " how much experience",
                                     " years until",
                                     " how much total",
                                     " under their belt",
                                     " belt ",
                                     " number of years",
                                     " overnight",
                                     " of exp ",
                                     " experience requirement",
                                     " years of product experience",
                                     " unusually short",
                                     " timeframe",
                                     " time frame",
                                     " how many more years ",
                                     " how many more yrs ",
                                     " multi year",
                                     " years away",
                                     " typical time ",
                                     " usual time ",
                                     " average time ",
                                     " time it takes ",
                                     " how much longer ",
                                     " yrs to ",
                                     " years to get",
                                     " years in product before"};
    // A span named as a goal and weighed ("a product lead in 18 months: is that realistic?")
    // asks how long it takes too.
    const bool span_weighed =
        t.has_any({" realistic", " typical", " normal",     " possible", " doable",
                   " feasible",  " likely",  " reasonable", " too soon", " too fast",
                   " fast",      " quick",   " unusual",    " common",   " could i be",
                   " can i be",  " become",  " make it",    " enough",   " too early"}) &&
        names_a_span(text) &&
        // (Skills to build for a goal some years off ask for the skills: "which skills should
        // I build if I want to become a product lead in a few years".)
        !t.has_any({" skills should", " which skills", " what skills", " start doing", " doing now",
                    " do now"});
    // (More years under one's belt as a guess at what a title is, is no question of time:
    // "sr PM - what is that exactly, just a PM with more yrs under their belt?")
    const bool asks_how_long =
        has_any_outside(t, how_long,
                        {" more yrs under their belt", " more years under their belt",
                         " years under my belt", " yrs under my belt"},
                        " more years");
    if (!time_spent && !how_far_ahead && (asks_how_long || span_weighed)) {
        return question_intent::how_long;
    }
    // Reporting seen from above ("who reports to a product lead?", "people reporting to
    // them") asks whom the role leads, not whom it answers to.
    static const phrase_set reporting_from_above{" who reports to ",
                                                 " a line manager for",
                                                 " line manager to anyone",
                                                 " line manager for anyone",
                                                 " anyones line manager",
                                                 " someones line manager",
                                                 " who report to ",
                                                 " people report to ",
                                                 " people reporting to ",
                                                 " reporting to them",
                                                 " reporting to you",
                                                 " report to you",
                                                 " anyone reporting",
                                                 " reporting to him",
                                                 " reporting into them",
                                                 " reporting into him",
                                                 " reporting into her",
                                                 " report into them",
                                                 " reports into them",
                                                 " reports into her",
                                                 " reports into him",
                                                 " roles sit under",
                                                 " titles sit under",
                                                 " reporting to her",
                                                 " report to them",
                                                 " reports to them",
                                                 " direct reports",
                                                 " have reports",
                                                 " has reports",
                                                 " get reports",
                                                 " having reports",
                                                 " having direct reports",
                                                 " with reports",
                                                 " with direct reports",
                                                 " come with a team",
                                                 " comes with a team",
                                                 " people under",
                                                 " anyone under",
                                                 " team under",
                                                 " someone boss",
                                                 " anyone boss",
                                                 " who sits under ",
                                                 " who sit under ",
                                                 " who works under ",
                                                 " who work under ",
                                                 " report to me ",
                                                 " reports to me ",
                                                 " report to us ",
                                                 " reporting to me ",
                                                 " report into me ",
                                                 " reports into me ",
                                                 " underneath ",
                                                 " working under ",
                                                 " manages who",
                                                 " manage who",
                                                 " anyone report to",
                                                 " anyone supposed to report to",
                                                 " anybody report to",
                                                 " reporting into me ",
                                                 " whos on a",
                                                 " who on a ",
                                                 " would be under a",
                                                 " sit under me",
                                                 " sits under me",
                                                 " ends up sitting under",
                                                 " end up sitting under",
                                                 " who is on a",
                                                 " pms under them",
                                                 " pms under him",
                                                 " pms under her",
                                                 " pm under them",
                                                 " reportees",
                                                 " writing performance reviews",
                                                 " write performance reviews",
                                                 " running one on ones",
                                                 " run one on ones",
                                                 " somebody boss",
                                                 " anybody boss",
                                                 " people to oversee",
                                                 " inherit a team",
                                                 " inherit people",
                                                 " inherit a bunch of people",
                                                 " sit under her",
                                                 " sit under him",
                                                 " sit under them",
                                                 " reporting under him",
                                                 " reporting under her",
                                                 " reporting under them",
                                                 " reporting under me",
                                                 " that i manage",
                                                 " will i manage",
                                                 " would i manage",
                                                 " i would manage",
                                                 " babysitting other",
                                                 " do i get a team",
                                                 " who ends up reporting to",
                                                 " come with actual reports",
                                                 " come with reports",
                                                 " a manager of people",
                                                 " a manager of other",
                                                 " get my own team",
                                                 " have my own team",
                                                 " babysit other",
                                                 " be coaching pm",
                                                 " will i be managing",
                                                 " would i be managing",
                                                 " end up managing",
                                                 " gonna be managing",
                                                 " going to be managing",
                                                 " people to manage",
                                                 " team to manage",
                                                 " pms to manage",
                                                 " anyone to manage",
                                                 " be managing pm",
                                                 " be coaching other",
                                                 " still just me"};
    // "Whom does a director of product manage?", "who would a VP oversee?"
    const bool whom_managed =
        !whom_answers_to &&
        t.has_any({" who does ", " whom does ", " who do ", " whom do ", " who would ",
                   " whom would ", " who will ", " whom will "}) &&
        t.has_any({" manage ", " oversee "});
    // Falling under someone is being managed by them ("who falls under a director like
    // that?"); a task falling under a job is not ("does competitor analysis fall under my
    // job?").
    const bool falls_under_someone =
        t.has_any({" falls under", " fall under"}) &&
        t.has_any({" who ", " whos ", " whom ", " anyone ", " people "});
    // Having people on one's team is leading them ("will a product lead have PMs and APMs on
    // their team"); duties of "the PMs on their team" are not.
    const bool has_them_on_the_team =
        t.has_any({" on their team", " on his team", " on her team", " in their team"}) &&
        t.has_any({" have ", " get ", " has "});
    const bool reluctant = reluctant_to_manage(text);
    if (!reluctant && (whom_managed || falls_under_someone || has_them_on_the_team ||
                       t.has_any(reporting_from_above))) {
        return question_intent::manages;
    }
    // "Who's my boss?" asks for a reporting line; "my new boss is head of product. is
    // culture part of that job?" only says who the boss is, and "her boss (a product lead)
    // keeps talking about 2030" who someone else's is.
    // Nor is a good or better boss ("what makes somebody a better product boss?").
    // Nor is a boss someone works together with ("how do PMs and PLs actually work together,
    // is it like boss and employee or more of a partnership").
    const bool asks_for_boss =
        t.has_any({" boss "}) && !working_together(t) &&
        // ("my new boss keeps saying 'product leader'": the boss speaks; nobody asks who it is.
        // Nor does "my new boss's title is 'Product Management Lead', what is she responsible
        // for".)
        !t.has_any({" boss keeps", " boss said", " boss says", " boss told", " boss wants",
                    " boss asked", " boss mentioned", " boss thinks", " boss uses", " boss used",
                    " boss called", " boss keep"}) &&
        !t.has_any({" boss job", " boss role", " just the boss of", " the boss of all",
                    " better boss", " good boss", " great boss", " bad boss", " old boss",
                    " previous boss", " former boss", " last boss", " better product boss",
                    " good product boss", " great product boss", " boss title"}) &&
        (t.has_any({" who "}) ||
         !t.has_any({" boss is ", " boss was ", " her boss", " his boss", " their boss"}));
    static const phrase_set reporting_upward{" report to ",
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
                                             " sits over ",
                                             " sit over ",
                                             " sits under ",
                                             " report up to",
                                             " reports up to",
                                             " the manager for",
                                             " the manager of a ",
                                             " the manager of an ",
                                             " under the ceo",
                                             " under the coo",
                                             " under the cto",
                                             " under the board",
                                             " work under ",
                                             " who will my manager be",
                                             " who would my manager be",
                                             " would my manager be",
                                             " usually be my manager",
                                             " would be my manager",
                                             " who is my manager",
                                             " who their manager",
                                             " who is their manager",
                                             " who their boss",
                                             " who is their boss",
                                             " who will manage me",
                                             " who manages me",
                                             " who do i report",
                                             " to whom do",
                                             " to whom is",
                                             " to whom are",
                                             " to whom does",
                                             " to whom will",
                                             " works under ",
                                             " whose team",
                                             " line manager",
                                             " line mgr",
                                             " direct manager",
                                             " goes up to a",
                                             " roll up to",
                                             " rolls up to",
                                             " roll up into",
                                             " rolls up into",
                                             " which title manages",
                                             " which title usually manages",
                                             " which title normally manages",
                                             " which role manages",
                                             " sits above",
                                             " sits directly above",
                                             " sit above",
                                             " runs up to",
                                             " run up to",
                                             " reports straight up to",
                                             " report straight up to",
                                             " reports straight to",
                                             " report straight to",
                                             " reports directly to",
                                             " report directly to",
                                             " will my manager be",
                                             " what title will my manager",
                                             " what role will my manager",
                                             " is my manager usually",
                                             " is my manager normally",
                                             " is my mgr usually",
                                             " is my boss usually",
                                             " what title would my manager",
                                             " what title does my manager",
                                             " what title is my manager",
                                             " what title will my boss",
                                             " my manager be one"};
    // "Who" asked of the asker's own manager, whatever comes between ("who will my manager
    // normally be?", "who's typically my boss as a new PM?").
    const auto asks_who_manages_me = [&] {
        for (const std::string_view who : {" who ", " whos ", " whod ", " whom "}) {
            if (const auto at = text.find(who); at != std::string::npos) {
                const auto rest = std::string_view(text).substr(at);
                return rest.find(" my manager") != std::string_view::npos ||
                       rest.find(" my boss") != std::string_view::npos ||
                       rest.find(" my mgr") != std::string_view::npos ||
                       rest.find(" my line manager") != std::string_view::npos;
            }
        }
        return false;
    };
    // Someone "as her manager" is whom she reports to when the question asks who ("who's
    // he likely to have as his manager?"); otherwise it is the asker ("As her manager, what
    // steps should I coach her through?").
    const bool whose_manager =
        t.has_any({" as his manager", " as her manager", " as their manager"}) &&
        t.has_any({" who ", " whos ", " whom "});
    // "What sits above PM" asks which titles do, not whom a PM answers to.
    const bool which_titles_above =
        t.has_any({" what sits above", " what sit above", " which titles sit above"});
    // "Is an APM under a product lead?" asks whom one answers to.
    const auto asks_if_under_a_title = [&] {
        if (!text.starts_with(" is ") && !text.starts_with(" are ")) {
            return false;
        }
        constexpr std::string_view under = " under ";
        for (auto at = text.find(under); at != std::string_view::npos;
             at = text.find(under, at + 1)) {
            auto rest = text.substr(at + under.size());
            if (rest.starts_with("the ")) {
                rest.remove_prefix(std::string_view("the ").size());
            }
            if (starts_with_a_title(rest)) {
                return true;
            }
        }
        return false;
    };
    // Numbers that roll up to someone are what they answer for ("what KPIs roll up to you").
    const bool reports_upward = has_any_outside(
        t, reporting_upward, {" roll up to you", " rolls up to you", " roll up to them"},
        " count for you");
    if (asks_for_boss || whose_manager || asks_who_is_above ||
        (reports_upward && !which_titles_above) || asks_if_under_a_title() ||
        asks_who_manages_me() ||
        (t.has_any({" above them", " above me"}) && !working_together(t) &&
         !t.has_any({" whoever "}))) {
        return question_intent::reports_to;
    }
    // The first role named is the manager; a second one is whom it may manage ("do
    // senior PMs manage other PMs?").
    // Not wanting to manage ("I dread managing people; will my career stall?") asks about
    // growing without it, not whom a role manages.
    static const phrase_set managing_people{" manage people",
                                            " manage apm",
                                            " be managing pm",
                                            " be managing apm",
                                            " be managing other",
                                            " manage anyone",
                                            " manage other",
                                            " manage a team",
                                            " manage pms",
                                            " manage pm ",
                                            " manage product managers",
                                            " managing people",
                                            " managing anyone",
                                            " managing other",
                                            " managing a team",
                                            " people manager",
                                            " manage anybody",
                                            " managing anybody",
                                            " a manager role",
                                            " managerial role",
                                            " management role",
                                            " mgmt role",
                                            " oversee other",
                                            " oversees other",
                                            " oversee pm",
                                            " oversees pm",
                                            " people mgmt",
                                            " a manager position"};
    // The title's own words are no management role ("how do i move into a director of
    // product management role?").
    const bool manages_people = has_any_outside(
        t, managing_people, {" product management role", " product mgmt role"}, " product role");
    if (!reluctant && !wants_to_manage(t) && manages_people) {
        return question_intent::manages;
    }
    if (mentioned >= 2 && names_a_move(t)) {
        return question_intent::become; // "from senior PM to director", "Sr PM -> PL"
    }
    // Two roles and a "someday", or what to develop: where the asker is and where they
    // hope to be ("Sr PM here, want to own a whole portfolio someday", "my senior PM
    // wants to run a whole product portfolio: what does she need to develop?").
    static const phrase_set someday{" someday",       " some day",        " one day",
                                    " eventually",    " long term",       " down the road",
                                    " in the future", " need to develop", " needs to develop",
                                    " should develop"};
    if (mentioned >= 2 && t.has_any(someday)) {
        return question_intent::become;
    }
    // "What should I work on to make Sr PM?", "a roadmap to PL", "get into product", "she
    // wants director of product", "applying for a product lead role" (a roadmap to execs is no
    // move, nor is getting into the weeds).
    if (names_a_move(t, {" make ",         " making ",     " reach ",       " reaching ",
                         " land ",         " roadmap to ", " toward a ",    " towards a ",
                         " case for ",     " get into ",   " want ",        " wants ",
                         " end up as ",    " end up ",     " apply for ",   " applying for ",
                         " applied for ",  " getting ",    " get the ",     " jump to ",
                         " go for ",       " going for ",  " gunning for ", " wanting ",
                         " going up for ", " need for ",   " needed for "})) {
        return question_intent::become;
    }
    static const phrase_set moving_up{
        " become ",        " becoming ",      " get to ",        " getting to ",
        " get promoted",   " promotion",      " move to ",       " move into ",
        " move up",        " moving ",        " transition",     " path to ",
        " career path",    " grow into ",     " step up",        " next step",
        " path from here", " the path from",  " prepare for ",   " go from ",
        " going from ",    " steps ",         " route ",         " lay out ",
        " get me to ",     " make it to ",    " gets you to ",   " get you to ",
        " aiming for ",    " aim for ",       " end goal",       " aiming at ",
        " shooting for ",  " work toward",    " working toward", " on track for",
        " go next",        " goes next",      " eye on ",        " eyeing ",
        " sights on ",     " prove i can",    " to earn the",    " what options",
        " prove im ready", " show i can",     " show im ready",  " in mind",
        " road to ",       " the road ",      " bumped up",      " bump up",
        " game plan",      " gameplan",       " senior bump",    " where to next",
        " next move",      " next role",      " candidate",      " make that jump",
        " make the jump",  " make that leap", " make the leap",  " make that step",
        " make the step",  " take that step", " take the step"};
    // Where people go after a role ("after sr PM where do ppl usually go?").
    const bool where_people_go =
        mentioned >= 1 && t.has_any({" where do ", " where does ", " where would "}) &&
        t.has_any({" go", " head", " move"}) && t.has_any({" after ", " from here"});
    // ("my goal is director of product in a couple of years. how do i get from here to
    // there?")
    const bool from_here_to_there =
        t.has_any({" get from here", " get there from", " how do i get there",
                   " how do i actually get there", " how can i get there"});
    if (t.has_any(moving_up) || where_people_go || from_here_to_there) {
        return question_intent::become;
    }
    static const phrase_set defining{" what ",    " whats ",  " who is ",   " tell me about ",
                                     " explain ", " define ", " describe ", " meaning of ",
                                     " role of ", " job of ", " mean ",     " summary",
                                     " overview"};
    if (t.has_any(defining)) {
        return question_intent::define;
    }
    return question_intent::none;
}

} // namespace rolebot::knowledge
