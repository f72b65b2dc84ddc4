#include "knowledge/question_concern.hpp"

#include "knowledge/phrase_filter.hpp"
#include "knowledge/question_text.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdlib>
#include <initializer_list>
#include <string_view>

namespace rolebot::knowledge {
namespace {

struct concern_words {
    concern what;
    std::initializer_list<std::string_view> phrases; ///< each starts at a word boundary
};

// The ways people put each theme, from the articles' own vocabulary and everyday
// phrasing. Phrases start with a space: they match at the start of a word.
const std::array<concern_words, concern_count>& concern_table()
{
    static const std::array<concern_words, concern_count> table{{
        {concern::skills,
         {" skill", " competenc", " qualities", " quality ", " good at ", " great at ",
          " separates a great", " separates good", " makes a great", " makes a good",
          " what it takes", " strong at", " strengths", " abilities", " capabilit",
          " focus on learning", " muscles should", " muscles to build"}},
        {concern::metrics,
         {" metric",
          " going well",
          " landing well",
          " launch is landing",
          " is landing with",
          " landing with customers",
          " landed with customers",
          " actually working",
          " feature is working",
          " after launch",
          " post launch",
          " kpi",
          " measure",
          " judged",
          " judge ",
          " evaluated",
          " success look",
          " went well",
          " went ok",
          " launch went",
          " what signals",
          " signals do",
          " keep track",
          " numbers ",
          " okr",
          " landed",
          " was a success",
          " scoreboard",
          " gauge",
          " being received",
          " is received",
          " reception",
          " customers actually like",
          " customers like",
          " whether customers",
          " moving the needle",
          " working or not"}},
        {concern::planning_horizon,
         {" how far ahead",  " time horizon", " horizon",      " plan ahead",     " planning ahead",
          " long term",      " short term",   " how far out",  " quarters ahead", " years ahead",
          " years out",      " months out",   " quarters out", " sprints ahead",  " weeks ahead",
          " months ahead",   " thinks ahead", " zoom out",     " zooms out",      " further out",
          " further ahead",  " look past",    " thinks in ",   " think in ",      " thinking in ",
          " into the future"}},
        {concern::decisions, {" who picks",      " picks which",    " decide",       " decision",
                              " authority",      " call the shots", " final say",    " gets to say",
                              " sign off",       " signs off",      " approve",      " approval",
                              " own call",       " on their own",   " who decides",  " final word",
                              " gets to decide", " say over",       " kind of call", " that call ",
                              " pm call",        " pl call",        " their call",   " my call",
                              " calls are mine", " which calls",    " what calls",   " your call",
                              " deciding which", " one deciding"}},
        {concern::daily_work,
         {" typical day",
          " day to day",
          " daily",
          " their day different",
          " day differ",
          " during his day",
          " during her day",
          " during their day",
          " meetings",
          " day look",
          " spend most",
          " spend the day",
          " spends the day",
          " spend their day",
          " spend their time",
          " spend time",
          " time on",
          " average day",
          " week look",
          " calendar",
          " fills a",
          " fills their",
          " fills her",
          " fills his",
          " normal day",
          " workday",
          " work day ",
          " workweek",
          " work week ",
          " ordinary day",
          " regular day",
          " normal tuesday",
          " ordinary tuesday",
          " typical tuesday"}},
        {concern::strategy,
         {" strategy", " strategic", " vision", " direction of the product",
          " shaping the direction", " direction of my product", " hands down", " handed down"}},
        {concern::finance,
         {" finance",
          " money stuff",
          " spreadsheets",
          " funded",
          " funding",
          " financial",
          " budget",
          " p l ",
          " pnl",
          " revenue",
          " money side",
          " business case",
          " funding",
          " headcount",
          " head count",
          " allocat",
          " investment",
          " invest in",
          " investing",
          " wind down",
          " wound down",
          " winding down",
          " sunset",
          " more engineers",
          " resourcing",
          " carve up",
          " carved up",
          " carving up",
          " shut down",
          " getting money",
          " scaled back",
          " scale back",
          " shutting down",
          " kill a product",
          " killing a product",
          " retire a product",
          " defund",
          " profit and loss",
          " retiring a product",
          " retire products"}},
        {concern::challenges,
         {" hard ",
          " harder",
          " hardest",
          " difficult",
          " challenge",
          " struggle",
          " tough",
          " obstacle",
          " pitfall",
          " jump ",
          " biggest problem",
          " common mistakes",
          " pain point",
          " problems",
          " frustrat",
          " burnout",
          " burned out",
          " stress",
          " trips ",
          " trip up",
          " tripped up",
          " trip people up",
          " trip you up",
          " drowning",
          " overwhelm",
          " headache",
          " shock",
          " up at night",
          " brutal",
          " so rough",
          " big leap",
          " such a leap",
          " huge leap",
          " giant leap",
          " big step up",
          " challenging",
          " transition is rough",
          " move is rough",
          " jump is rough",
          " off guard",
          " blindside",
          " painful",
          " smooth sailing",
          " tricky"}},
        {concern::coming_from_elsewhere,
         {" from engineering",
          " in product marketing",
          " from marketing",
          " eng to product",
          " engineering to product",
          " marketing to product",
          " sales to product",
          " design to product",
          " marketing manager",
          " from design",
          " from sales",
          " from data",
          " from another field",
          " from other fields",
          " an engineer",
          " backend engineer",
          " software engineer",
          " frontend engineer",
          " a developer",
          " a designer",
          " a marketer",
          " in marketing",
          " data scientist",
          " coming from",
          " switch",
          " career change",
          " changing careers",
          " non technical",
          " other fields",
          " career switcher",
          " break into",
          " breaking into",
          " get into product",
          " move into product",
          " moving into product",
          " former ",
          " in sales",
          " in engineering",
          " in design",
          " in support",
          " in customer success",
          " consulting",
          " consultant",
          " background",
          " came from",
          " came up through",
          " come up through",
          " come up thru",
          " came up thru",
          " ex ",
          " a dev ",
          " developer",
          " backend",
          " frontend"}},
        // (Not the asker's own state: "im confused, what does a PL do".)
        {concern::title_variation,
         {" inconsistent",
          " so differently",
          " at one company",
          " somewhere else",
          " at my old startup",
          " at my last startup",
          " different job than",
          " different job from",
          " nothing like the",
          " at one co ",
          " at another",
          " at one place and",
          " every company seem",
          " at my last company",
          " at my last job",
          " at my old company",
          " at my previous company",
          " at my last place",
          " vary",
          " varies",
          " different things",
          " all over the place",
          " diff things",
          " one thing at",
          " something else entirely",
          " something totally different",
          " something completely different",
          " another company",
          " depending on which company",
          " such a mess",
          " titles are a mess",
          " r a mess",
          " depending on the company",
          " other companies",
          " different companies",
          " between companies",
          " company to company",
          " the next company",
          " overlapping",
          " overlap",
          " titles confus",
          " title confus",
          " confusing title",
          " confused by title",
          " confused by the title",
          " confused about title",
          " confused about the title",
          " confusion",
          " so confusing",
          " are confusing",
          " is confusing",
          " mean different",
          " same title at",
          " same title mean",
          " same title can",
          " same title but",
          " same title in",
          " same title on",
          " each company",
          " every company",
          " industry standard",
          " industry wide",
          " standardi",
          " title chaos",
          " make no sense",
          " make zero sense",
          " makes no sense",
          " titles differ between",
          " titles differ across",
          " titles differ from",
          " titles differ so",
          " titles mean",
          " company size",
          " startups",
          " big compan",
          " small compan",
          " smaller compan",
          " larger compan",
          " made up",
          " per company",
          " no standard",
          " standard for",
          " consistent meaning",
          " consistent across",
          " across companies"}},
        {concern::learning,
         {" course",
          " book",
          " reading",
          " read ",
          " study",
          " learn",
          " certif",
          " training",
          " learning resources",
          " good resources",
          " any resources",
          " podcast",
          " keep up with",
          " stay current",
          " staying current",
          " up to date",
          " newsletter",
          " webinar",
          " conference",
          " upskill",
          " keep learning",
          " continuous learning"}},
        {concern::hands_on_work,
         {" hands on", " in the weeds", " tickets", " still do ", " still write",
          " individual work", " stop doing", " day job", " specs", " user stories", " touch the",
          " sprint planning", " handed to the pms", " handed off to", " hands dirty"}},
        // Both ways to grow, set side by side ("ic track vs management track"), as the
        // articles' overview of the two tracks does.
        {concern::both_tracks,
         {" vs management",
          " vs manager",
          " vs people m",
          " vs mgmt",
          " vs the management",
          " or management track",
          " or manager track",
          " or the management track",
          " and management track",
          " and manager track",
          " management vs ic",
          " manager vs ic",
          " managers vs ic",
          " mgmt vs ic",
          " ic and management",
          " ic and manager",
          " two tracks",
          " both tracks",
          " dual track",
          " the two ladders",
          " two ladders",
          " ic one and the manager",
          " ic one and the management",
          " both ladders",
          " between the ic",
          " ic track and the",
          " ic track and mgmt",
          " ic track and management"}},
        {concern::individual_contributor_track,
         {" ic ",
          " ics ",
          " individual contributor",
          " no reports",
          " without reports",
          " stay technical",
          " ic track",
          " ic path",
          " ic career",
          " or a management",
          " or management",
          " management track",
          " management one",
          " people management",
          " without becoming a manager",
          " w o becoming a manager",
          " manage people",
          " manages people",
          " managing people",
          " people manager",
          " direct reports"}},
        {concern::communication,
         {" communicat", " stakeholder", " storytell", " presenting", " influence", " persuad",
          " alignment", " get buy in", " pitch", " present to", " executive presence", " comms ",
          " tell the story", " presenter", " public speaking", " dont land", " do not land"}},
        {concern::mindset,
         {" reactive",         " certainty",  " ambiguity",       " ambiguous",
          " proactive",        " firefight",  " mindset",         " rather than react",
          " instead of react", " from fear",  " out of fear",     " than reacting",
          " curiosity",        " be curious", " curious and",     " adaptab",
          " fearful",          " outlook",    " way of thinking", " creatively",
          " creativity",       " creative ",  " uncertain"}},
        {concern::pillars,
         {" four pillars",
          " pm pillars",
          " product pillars",
          " pillars of product",
          " buckets",
          " pillars of pm",
          " pillars of the pm",
          " 4 pillars",
          " four things",
          " 4 things",
          " four areas",
          " core parts of",
          " core areas of",
          " four big",
          " 4 big",
          " 4 areas",
          " four core",
          " 4 core",
          " four main",
          " 4 main",
          " four parts",
          " four legs",
          " 4 legs",
          " 4 parts",
          " core muscles"}},
        {concern::collaboration,
         {" work together",
          " split the work",
          " split things",
          " divide the work",
          " divide up the work",
          " support each other",
          " help me as a",
          " need from me",
          " in return",
          " working together",
          " collaborat",
          " collab ",
          " coach",
          " players",
          " mesh",
          " partner with",
          " relationship between",
          " relationship work",
          " the dynamic",
          " independently of each other",
          " work independently",
          " working relationship",
          " split between",
          " the split supposed",
          " who brings what",
          " feed into each other",
          " feed each other",
          " bring to the table",
          " rely on each other",
          " depend on each other",
          " work with each other",
          " complement each other",
          " supposed to interact",
          " interact with each other",
          " hand off",
          " handoff"}},
        {concern::leadership_titles,
         {" leadership title",
          " titles do product leaders",
          " which titles",
          " what titles",
          " titles count",
          " job titles",
          " titles are there",
          " product titles",
          " executive titles",
          " exec titles",
          " usual titles",
          " typical titles",
          " common titles",
          " usual names for",
          " names for product leadership",
          " leadership jobs above",
          " titles above",
          " level titles",
          " names do the leadership",
          " names do leadership",
          " leadership jobs usually",
          " leadership roles usually"}},
        {concern::seniority,
         {" more senior",
          " seniority wise",
          " higher level than",
          " count as moving up",
          " counts as moving up",
          " ranking wise",
          " outrank",
          " senior to ",
          " higher than",
          " rank higher",
          " ranks higher",
          " count as a promotion",
          " counts as a promotion",
          " considered a promotion",
          " is that a promotion",
          " is it a promotion",
          " a promo over",
          " promotion over",
          " a step up",
          " sideways",
          " real promotion",
          " actual promotion",
          " lateral",
          " step down",
          " a demotion",
          " up a level",
          " rung higher",
          " higher rung",

          " climbing a level",
          " climb a level",
          " actual step up",
          " real step up",
          " bigger fish"}},
        {concern::examples,
         {" real world example",
          " examples of product leadership",
          " case stud",
          " big tech",
          " like apple",
          " like google",
          " any examples",
          " real examples",
          " who does this well",
          " famous example",
          " famous real world",
          " company examples",
          " co examples",
          " real world case",
          " big name",
          " role model",
          " modelled",
          " modeled",
          " well known",
          " famous",
          " stories",
          " in real life"}},
        {concern::same_job_other_name,
         {" mean one thing",
          " literally one role",
          " one role or two",
          " which is it",
          " botch",
          " its one job",
          " it one job",
          " is one job",
          " one job or two",
          " one role or two",
          " one thing or two",
          " interchangeab",
          " interchangab",
          " same thing",
          " same job",
          " two names",
          " two words for",
          " two terms for",
          " synonym",
          " another name for",
          " another word for",
          " what people call",
          " what they call",
          " what you call",
          " fancy word",
          " the same as",
          " fancier title",
          " fancy title",
          " just another title",
          " rebrand",
          " fancier name",
          " fancy name",
          " fancier word",
          " trendy word",
          " trendy new word",
          " new name for",
          " new word for",
          " different name for",
          " other name for",
          " renamed",
          " way of saying",
          " like its one thing",
          " one and the same",
          " same gig",
          " same role",
          " fancier phrase",
          " fancy phrase",
          " fancy way",
          " fancier way",
          " different business cards",
          " call themselves",
          " buzzword",
          " different label",
          " separate job",
          " separate role",
          " distinct job",
          " distinct role",
          " different jobs",
          " two different roles"}},
        {concern::readiness,
         {" ready",
          " readiness",
          " milestones",
          " put myself forward",
          " signs that",
          " signs i",
          " got the chops",
          " has what it takes",
          " actually prepared",
          " prepared for the",
          " what do they look for",
          " look for before promoting",
          " look for before bumping",
          " look for when promoting",
          " before promoting someone",
          " before bumping someone",
          " have what it takes",
          " got what it takes",
          " have the chops",
          " how do i know",
          " what counts towards",
          " counts toward",
          " promo case",
          " promotion case",
          " up for promotion",
          " go up for",
          " promo packet",
          " promotion packet",
          " lead material",
          " leadership material",
          " manager material",
          " track record",
          " pl material",
          " material yet",
          " nominat",
          " tenure enough",
          " just time served",
          " signals",
          " need to show before",
          " want to see before",
          " putting me up for",
          " put me up for",
          " need to show to",
          " consider me for",
          " considered for",
          " what proof",
          " need to prove"}},
        {concern::prerequisite,
         {" before becoming",
          " without ever holding",
          " without holding",
          " never holding",
          " before i become",
          " have to be a ",
          " have to be an ",
          " have to be senior",
          " have to be sr",
          " need to be senior",
          " need to be sr",
          " before you can become",
          " before i can become",
          " title before going",
          " title before i go",
          " before i go for",
          " before i move to",
          " need to be a ",
          " need to be an ",
          " skip the",
          " skip senior",
          " skip sr",
          " required stop",
          " jump straight",
          " without doing the senior",
          " w o doing the senior",
          " senior pm stint",
          " skip being",
          " skip a ",
          " skip it",
          " without the senior",
          " in between",
          " can you skip",
          " must have stop",
          " a must ",
          " skip straight",
          " skip over",
          " jump over",
          " bypass",
          " jumping over",
          " never held",
          " skipping",
          " straight to",
          " straight from",
          " jump right",
          " directly to",
          " first or",
          " sr pm first",
          " senior pm first",
          " go for it directly",
          " have to do a",
          " need to do a",
          " have to go through",
          " need to go through",
          " before applying",
          " pass senior",
          " pass through",
          " go through senior",
          " via senior",
          " title first",
          " hold the senior",
          " senior first",
          " always in the middle",
          " leapfrog",
          " first before",
          " direct jump",
          " compulsory",
          " mandatory"}},
        {concern::responsibilities,
         {" responsible",
          " responsibilit",
          " duties",
          " accountable",
          " in charge of",
          " spend most",
          " job involve",
          " work involve",
          " lane of",
          " in their lane",
          " take charge",
          " hire own",
          " person own",
          " they own",
          " would own",
          " will own",
          " on their plate",
          " on her plate",
          " on his plate",
          " on my plate",
          " lead plate",
          " actually handle",
          " buck stop",
          " do they handle",
          " does she handle",
          " does he handle",
          " manager plate",
          " falls on a",
          " i actually own",
          " would i own",
          " tasks of",
          " the tasks",
          " expected to do",
          " they oversee",
          " actually oversee",
          " how broad",
          " what falls under",
          " falls under that job",
          " falls under their job"}},
        // Whether a theme matters at all, as opposed to what it is.
        {concern::importance,
         {" why does",     " why do ",       " matter",       " important",     " importance",
          " care so much", " real or ",      " overrated",    " overstated",    " fluff",
          " buzzword",     " overkill",      " big deal",     " big a deal",    " central",
          " overhyped",    " comes down to", " crucial",      " make or break", " nice to have",
          " core to",      " big a part",    " how much of",  " why would",     " why should",
          " why leads",    " bother with",   " care whether", " hype"}},
        {concern::preparation,
         {" start doing",
          " do today to prepare",
          " building leadership skills",
          " build leadership skills",
          " doing right now",
          " leadership experience",
          " leadership chops",
          " acting like a leader",
          " what to do today",
          " doing today",
          " begin doing",
          " so im ready",
          " practice leadership",
          " practise leadership",
          " start now",
          " habits should",
          " start building",
          " be practicing",
          " be practising",
          " practicing already",
          " practising already",
          " doing as a pm now",
          " ready for a lead role later",
          " doing now",
          " do now",
          " prepare for",
          " prepping to",
          " prep to",
          " start right now",
          " in the running",
          " preparing for",
          " prep for",
          " prepping for",
          " set up for",
          " set me up",
          " groundwork",
          " considered for",
          " position myself",
          " get ready for",
          " start practis",
          " start practic",
          " set myself up",
          " doing right now",
          " caught flat footed",
          " not caught out",
          " credible candidate",
          " to be ready to",
          " practise now",
          " practise this",
          " start flexing",
          " while im still a",
          " while i am still a",
          " before i have the title",
          " before i get the title",
          " prepped to",
          " could i be doing",
          " leadership material",
          " prepped for",
          " be doing already",
          " leadership reps",
          " set up to",
          " to get ready",
          " this quarter to",
          " could start this",
          " can start this",
          " begin practic",
          " begin practis",
          " practicing now",
          " practice now",
          " practice right now",
          " begin doing",
          " doing today",
          " practise right now",
          " can i practice",
          " can i practise",
          " could i practice",
          " could i practise",
          " practice leading",
          " practise leading",
          " practicing leading",
          " practising leading",
          " before i actually have"}},
        {concern::executives,
         {" exec ", " execs ", " executive", " the board ", " c suite", " c level",
          " senior leadership", " exec team", " ceo", " cfo", " cto", " coo "}},
        // Only with words of an outcome too (evidence_of_an_outcome): "data" or "numbers"
        // alone ask for no proof.
        {concern::evidence, {" evidence",          " proof",          " data on",
                             " data that",         " data proving",   " any data",
                             " data showing that", " the data say",   " stats",
                             " statistic",         " study",          " studies",
                             " research",          " roi ",           " pay off",
                             " pays off",          " paid off",       " move the needle",
                             " moves the needle",  " any numbers",    " numbers showing",
                             " numbers that show", " figures on",     " figures showing",
                             " any figures",       " data showing",   " hard numbers",
                             " hard number",       " hard data",      " lifts revenue",
                             " lift revenue",      " csat",           " numbers on",
                             " actually moves",    " measurable",     " actually measured",
                             " been measured",     " quantif",        " measurably",
                             " actual numbers",    " numbers behind", " anyone measured",
                             " measured whether"}},
        {concern::starting_out, {" get their start",     " their start in",
                                 " people start",        " most people start",
                                 " start a product",     " start in product",
                                 " starting point",      " entry level",
                                 " entry point",         " first rung",
                                 " bottom rung",         " lowest rung",
                                 " first job in",        " first product job",
                                 " foot in the door",    " people begin",
                                 " usually begin",       " careers start",
                                 " career start",        " start out in",
                                 " starting job",        " usual first",
                                 " first product gig",   " very first product",
                                 " entry lvl",           " starter title",
                                 " starter role",        " newbie",
                                 " recent grad",         " fresh grad",
                                 " start out ",          " start off ",
                                 " starting out ",       " first position",
                                 " people are starting", " enter in product",
                                 " enter product",       " typical first job",
                                 " first job for",       " first title",
                                 " first role in",       " usually start at",
                                 " people start at",     " ppl start at",
                                 " ppl usually start",   " people usually start",
                                 " first job ppl",       " first job people",
                                 " first job most",      " start their product",
                                 " start their career",  " first role",
                                 " starting title",      " usually start ",
                                 " usual starting"}},
    }};
    return table;
}

} // namespace

namespace {

/// True when `phrase` is in the text and no other phrase of the theme is: the theme was
/// found by that phrase alone.
bool only_phrase_found(concern theme, std::string_view phrase, std::string_view text)
{
    const auto& table = concern_table();
    const auto& phrases = std::find_if(table.begin(), table.end(), [&](const concern_words& c) {
                              return c.what == theme;
                          })->phrases;
    return has_phrase(text, phrase) &&
           std::none_of(phrases.begin(), phrases.end(), [&](std::string_view other) {
               return other != phrase && has_phrase(text, other);
           });
}

} // namespace

concern_set distinctive_concerns()
{
    concern_set set;
    set.set(static_cast<std::size_t>(concern::mindset));
    set.set(static_cast<std::size_t>(concern::pillars));
    set.set(static_cast<std::size_t>(concern::individual_contributor_track));
    set.set(static_cast<std::size_t>(concern::evidence));
    set.set(static_cast<std::size_t>(concern::preparation));
    set.set(static_cast<std::size_t>(concern::examples));
    set.set(static_cast<std::size_t>(concern::leadership_titles));
    set.set(static_cast<std::size_t>(concern::starting_out));
    set.set(static_cast<std::size_t>(concern::learning));
    set.set(static_cast<std::size_t>(concern::both_tracks));
    return set;
}

bool reluctant_to_manage(std::string_view text)
{
    // Every phrase below speaks of managing, reports, a mgr, a boss ("anyone's manager"
    // reads as "anyone boss") or reviews: most questions name none, and are ruled out by five
    // plain searches (this runs several times per question).
    if (text.find("manag") == std::string_view::npos &&
        text.find("report") == std::string_view::npos &&
        text.find("mgr") == std::string_view::npos && text.find("boss") == std::string_view::npos &&
        text.find("review") == std::string_view::npos) {
        return false;
    }
    // Whether growth demands managing ("do I have to become a people mgr to keep
    // growing?") is the same question.
    return has_any_phrase(text, {" without managing",
                                 " without ever managing",
                                 " without having to manage",
                                 " not managing",
                                 " dont want to manage",
                                 " never wants to manage",
                                 " dont really want to manage",
                                 " without going into management",
                                 " rather never manage",
                                 " rather not manage",
                                 " doesnt want to manage",
                                 " doesnt wanna manage",
                                 " doesnt want reports",
                                 " doesnt want direct reports",
                                 " dont wanna manage",
                                 " dont ever want direct reports",
                                 " dont ever want reports",
                                 " dont want direct reports",
                                 " dont want reports",
                                 " dont want any reports",
                                 " dont want to be anyone boss",
                                 " dont want to ever manage",
                                 " than the idea of managing",
                                 " rather than managing",
                                 " instead of managing",
                                 " interest in being anyone boss",
                                 " no wish to manage",
                                 " dread 1 1s and performance reviews",
                                 " dread 1 1s and perf reviews",
                                 " perf reviews for other",
                                 " performance reviews for other",
                                 " dont want to be anybody boss",
                                 " dont want to be someone boss",
                                 " dont want to be a boss",
                                 " dont really want reports",
                                 " dont really want direct reports",
                                 " dont ever want to manage",
                                 " dont want to be a people manager",
                                 " dont want to be a manager",
                                 " dont wanna be a people manager",
                                 " dont wanna be a manager",
                                 " dont want to be a people mgr",
                                 " dont want to be a mgr",
                                 " do not want to manage",
                                 " never want to manage",
                                 " not want to manage",
                                 " hate managing",
                                 " dread managing",
                                 " dread the idea of managing",
                                 " interest in managing",
                                 " interested in managing",
                                 " involve becoming a manager",
                                 " involve managing",
                                 " never want direct reports",
                                 " never wants direct reports",
                                 " never wants reports",
                                 " not become a manager",
                                 " not become managers",
                                 " dont want direct reports",
                                 " never want reports",
                                 " dont want reports",
                                 " without taking on reports",
                                 " without ever taking on reports",
                                 " without direct reports",
                                 " not fussed about manag",
                                 " not keen on manag",
                                 " no desire to manage",
                                 " no interest in having reports",
                                 " not interested in ever having",
                                 " not interested in having reports",
                                 " not interested in managing",
                                 " zero interest in manag",
                                 " no interest in having direct reports",
                                 " interest in being anyones manager",
                                 " interest in being a manager",
                                 " interest in being a people manager",
                                 " have to become a people m",
                                 " have to become a manager",
                                 " have to become a mgr",
                                 " have to manage people",
                                 " need to become a people m",
                                 " need to become a manager",
                                 " need to manage people to",
                                 " must become a manager",
                                 " required to manage people",
                                 " without becoming a people m",
                                 " without ever becoming a people m",
                                 " without becoming a manager",
                                 " without ever becoming a manager",
                                 " without being a people m",
                                 " without being a manager"});
}

concern_set concerns_of(const std::string& text)
{
    // Every theme's phrases in one index: the text is read once.
    static const phrase_index index = [] {
        std::vector<phrase_index::tagged> phrases;
        for (const auto& entry : concern_table()) {
            for (const auto phrase : entry.phrases) {
                phrases.push_back({phrase, static_cast<std::uint32_t>(entry.what)});
            }
        }
        return phrase_index(phrases);
    }();
    concern_set found;
    index.each_in(text, [&](std::uint32_t what) { found.set(what); });
    if (reluctant_to_manage(text)) {
        found.set(static_cast<std::size_t>(concern::individual_contributor_track));
    }
    // Three of the four pillars listed are the pillars themselves ("prioritization,
    // execution, analysis, communication - are those the core PM pillars?"), not
    // communication alone. (Plain searches: this runs for every question.)
    const auto listed = [&](std::string_view stem) {
        return static_cast<int>(text.find(stem) != std::string::npos);
    };
    if (listed("priorit") + listed("execut") + listed("analy") + listed("communicat") >= 3) {
        found = concern_set().set(static_cast<std::size_t>(concern::pillars));
    }
    // A manager of another discipline comes from elsewhere when moving ("can an eng mgr move
    // straight into a product lead role?"), not when asking beside product ("as an eng
    // manager, should I expect our product lead to write tickets?").
    // ("engineer to pl possible?")
    if (has_any_phrase(text, {" engineer to ", " designer to ", " marketing to ", " sales to ",
                              " consultant to ", " analyst to "}) &&
        !has_any_phrase(text, {" talk to", " report to", " explain to", " listen to"})) {
        found.set(static_cast<std::size_t>(concern::coming_from_elsewhere));
    }
    if (has_any_phrase(text, {" eng mgr", " eng manager", " an eng ", " engineering manager",
                              " marketing manager", " marketing mgr", " in eng ", " backend eng",
                              " frontend eng", " a backend", " a frontend", " fullstack",
                              " full stack", " sales rep", " support rep", " consultant"}) &&
        has_any_phrase(text,
                       {" move", " moving", " switch", " transition", " jump", " become",
                        " becoming", " into product", " to product", " break into", " get into",
                        " into a ", " pivot", " career", " realistic", " want to be"})) {
        found.set(static_cast<std::size_t>(concern::coming_from_elsewhere));
    }
    // Breaking into product asked with where careers start, and no other field named ("how
    // do people break into product? where's the entry point") asks for the first rung; a
    // switch with no other field named is between product roles ("if I switch PM -> PL, is
    // that a step up?").
    const auto elsewhere = static_cast<std::size_t>(concern::coming_from_elsewhere);
    const auto only_a_switch = [&] {
        // (Into product, not to a product role: "the switch from PM to product lead".)
        const bool into_product = has_any_phrase(text, {" to product "}) &&
                                  !has_any_phrase(text, {" to product lead", " to product manage"});
        return has_any_phrase(text, {" switch"}) && !into_product &&
               !has_any_phrase(text, {" switch careers", " switching careers", " career",
                                      " into product", " break into", " get into", " into pm"});
    };
    // (A switch is itself no field: "switch from PM to PL" names none.)
    if (found.test(elsewhere) &&
        (found.test(static_cast<std::size_t>(concern::starting_out)) || only_a_switch()) &&
        !has_any_phrase(text,
                        {" engineer",        " eng ",          " backend",     " frontend",
                         " design",          " market",        " sales",       " consult",
                         " develop",         " dev ",          " data ",       " support",
                         " background",      " former ",       " ex ",         " career change",
                         " changing career", " non technical", " other field", " came up",
                         " come up"})) {
        found.reset(elsewhere);
    }
    // Finance as where the asker comes from is no theme of the question ("just joined from
    // finance, could someone break down what a product lead owns day to day?").
    const auto finance = static_cast<std::size_t>(concern::finance);
    if (found.test(finance) &&
        has_any_phrase(text, {" from finance", " finance background", " background in finance",
                              " in finance before", " ex finance"})) {
        std::string rest = text;
        for (const std::string_view background :
             {" from finance", " finance background", " background in finance",
              " in finance before", " ex finance"}) {
            replace_every(rest, background, " ");
        }
        concern_set left;
        index.each_in(rest, [&](std::uint32_t what) { left.set(what); });
        if (!left.test(finance)) {
            found.reset(finance);
        }
    }
    // Skipping a rung asks whether it is required, not what is hard about the move ("can
    // I skip senior and jump straight to PL?"), unless a difficulty is named.
    // Nor is asking how to make the jump ("3 yrs as a PM, how do i actually make the jump
    // to PL"), unless something about it is hard.
    const auto challenges = static_cast<std::size_t>(concern::challenges);
    if (found.test(challenges) &&
        ((found.test(static_cast<std::size_t>(concern::prerequisite)) &&
          !has_any_phrase(text, {" hard", " difficult", " tough", " struggl", " challeng", " trip",
                                 " pitfall", " mistake", " problem", " stress", " pain"})) ||
         (has_any_phrase(text, {" how do i ", " how can i ", " how to ", " how would i ",
                                " how should i ", " how does one "}) &&
          only_phrase_found(concern::challenges, " jump ", text)))) {
        found.reset(challenges);
    }
    // The asker choosing ("trying to decide which one to hire") is no question of who
    // decides what ("who gets to decide which features ship?").
    const auto decisions = static_cast<std::size_t>(concern::decisions);
    if (found.test(decisions) &&
        has_any_phrase(
            text, {" decide which", " decide between", " deciding which", " deciding between"}) &&
        !has_any_phrase(text, {" who ", " whos ", " authority", " final say", " decision",
                               " call the shots", " sign off", " approve"})) {
        found.reset(decisions);
    }
    // Reading a P&L or an org chart is making sense of it ("do PLs need to read a p&l?",
    // "should my new product lead learn to read a P&L?"), not learning.
    const auto learning = static_cast<std::size_t>(concern::learning);
    if (found.test(learning) &&
        has_any_phrase(text, {" read a p l", " reading a p l", " read p l", " read the p l",
                              " read a pnl", " read pnl", " read our org chart",
                              " read the org chart", " read an org chart"}) &&
        !has_any_phrase(text,
                        {" course", " book", " study", " learning", " learn about", " learn more",
                         " learn from", " where to learn", " what to learn", " training",
                         " podcast", " newsletter", " webinar", " conference", " upskill"})) {
        found.reset(learning);
    }
    // Where the asker read something is where a question comes from ("I keep reading blog
    // posts that use 'product leader' and 'product manager' as if they meant the same"), not
    // what to learn.
    if (found.test(learning) &&
        has_any_phrase(text, {" keep reading", " been reading", " read somewhere", " i read that",
                              " i read an", " i read a ", " reading blog", " reading articles",
                              " i was reading", " read online"}) &&
        !has_any_phrase(text, {" course", " book", " study", " learning", " learn ",
                               " what should i read", " what to read", " training"})) {
        found.reset(learning);
    }
    // The asker's long-term goal ("currently PM, long term goal is PL") is where they are
    // going, not how far ahead a role plans.
    const auto horizon = static_cast<std::size_t>(concern::planning_horizon);
    if (found.test(horizon) &&
        has_any_phrase(text, {" long term goal", " long term aim", " long term ambition",
                              " long term dream", " long term career", " long term i "}) &&
        !has_any_phrase(text, {" how far", " horizon", " ahead", " short term", " years out",
                               " months out", " quarters out", " further out", " look past"})) {
        found.reset(horizon);
    }
    // Skills to start building are skills ("which abilities should I start building now?"),
    // not what to do to prepare ("start building relationships with execs already?").
    const auto preparation = static_cast<std::size_t>(concern::preparation);
    if (found.test(preparation) && found.test(static_cast<std::size_t>(concern::skills)) &&
        only_phrase_found(concern::preparation, " start building", text)) {
        found.reset(preparation);
    }
    // Working in comms is the asker's job, not the theme ("I'm in comms and people use
    // 'product leader' and 'product manager' like they're the same").
    const auto communication = static_cast<std::size_t>(concern::communication);
    if (found.test(communication) &&
        has_any_phrase(text, {" im in comms ", " work in comms ", " i do comms ", " from comms ",
                              " in communications "}) &&
        !has_any_phrase(text, {" communicat", " stakeholder", " present", " pitch", " influence",
                               " storytell", " persuad"})) {
        found.reset(communication);
    }
    // A CEO as a likeness is no question about executives ("whats a cpo, is that like the ceo
    // but for product").
    const auto executives = static_cast<std::size_t>(concern::executives);
    if (found.test(executives) &&
        has_any_phrase(text, {" like the ceo", " like a ceo", " like ceo"}) &&
        only_phrase_found(concern::executives, " ceo", text)) {
        found.reset(executives);
    }
    // ICs the work is left to are people, not the track ("does a VP of product do the daily
    // product work or leave that to ICs?").
    const auto ic_track = static_cast<std::size_t>(concern::individual_contributor_track);
    if (found.test(ic_track) &&
        has_any_phrase(text, {" leave that to ic", " leave it to ic", " leave that to the ic",
                              " leave it to the ic", " left to ic", " left to the ic",
                              " delegate to ic", " delegate to the ic", " done by ic",
                              " done by the ic", " handled by ic", " handled by the ic"}) &&
        (only_phrase_found(concern::individual_contributor_track, " ic ", text) ||
         only_phrase_found(concern::individual_contributor_track, " ics ", text))) {
        found.reset(ic_track);
    }
    // Booking something is no book to read ("how do I book a conf room").
    if (found.test(learning) && only_phrase_found(concern::learning, " book", text) &&
        has_any_phrase(text, {" book a ", " book an ", " book the ", " book my ", " to book ",
                              " i book ", " booking"})) {
        found.reset(learning);
    }
    // Preparing for a meeting or an interview is no preparing to lead ("which skills make
    // someone a strong PM? prepping for my first 1:1 with my manager").
    if (found.test(preparation) &&
        has_any_phrase(text, {" prepping for my", " prep for my", " preparing for my",
                              " prepare for my", " prepping for the", " prep for the",
                              " prepping for an", " prepare for an"}) &&
        has_any_phrase(text,
                       {" 1 1", " one on one", " meeting", " interview", " first day", " call "})) {
        found.reset(preparation);
    }
    // Heading for the management track is no wish to stay off it ("sr PM looking at the
    // management track, how would i get to director of product from here?").
    if (found.test(ic_track) &&
        only_phrase_found(concern::individual_contributor_track, " management track", text) &&
        has_any_phrase(text, {" looking at the management", " on the management",
                              " want the management", " going for the management",
                              " choose the management", " chose the management",
                              " toward the management", " towards the management"})) {
        found.reset(ic_track);
    }
    // Proof of what? Evidence is asked for only when an outcome is named with it.
    const auto evidence = static_cast<std::size_t>(concern::evidence);
    if (found.test(evidence) &&
        !has_any_phrase(text, {" pays off", " pay off", " paid off", " revenue", " improve",
                               " impact", " results", " outcomes", " worth it", " difference",
                               " boost", " business", " satisfaction", " moves ", " needle",
                               " growth", " bottom line", " help a company", " helps a company"})) {
        found.reset(evidence);
    }
    return found;
}

namespace {

/// True when the card's own text (summary, scope, duties, aspects) has the word stem.
bool mentions(const role& r, std::string_view stem)
{
    const auto has = [&](const std::string& text) { return text.find(stem) != std::string::npos; };
    return has(r.summary) || has(r.scope) ||
           std::any_of(r.responsibilities.begin(), r.responsibilities.end(), has) ||
           std::any_of(r.aspects.begin(), r.aspects.end(), has);
}

} // namespace

bool card_covers(const role& r, concern c)
{
    switch (c) {
    case concern::planning_horizon:
        return !r.aspect_value(aspect::time_horizon).empty();
    case concern::metrics:
        return !r.aspect_value(aspect::metrics).empty();
    case concern::decisions:
        return !r.aspect_value(aspect::decision_authority).empty() || mentions(r, "decision") ||
               mentions(r, "choices") || mentions(r, "trade-off");
    case concern::daily_work:
    case concern::hands_on_work:
        // A card with no daily activities may still say who does the everyday work
        // ("leaving everyday product work to individual contributors"), and what a role
        // spends its week on is what it is responsible for ("what do heads of product
        // spend their time on?").
        return !r.aspect_value(aspect::daily_activities).empty() || mentions(r, "daily") ||
               mentions(r, "everyday") || mentions(r, "day-to-day") || mentions(r, "hands-on") ||
               (c == concern::daily_work && !r.responsibilities.empty());
    case concern::strategy:
        // Strategy is part of most leadership roles' summaries and duties, not only of
        // their market strategy.
        return !r.aspect_value(aspect::market_strategy).empty() || mentions(r, "strateg");
    case concern::skills:
        return !r.skills.empty();
    case concern::individual_contributor_track:
        return true; // every card names its track
    // Themes with no part of their own, on a card whose text speaks of them.
    case concern::communication:
        return mentions(r, "communicat") || mentions(r, "stakeholder");
    case concern::collaboration:
        return mentions(r, "collaborat") || mentions(r, "cross-functional");
    case concern::finance:
        return mentions(r, "budget") || mentions(r, "financ") || mentions(r, "funding") ||
               mentions(r, "allocation");
    case concern::responsibilities:
        // Every card says what its role does, if only in its summary ("CPO
        // responsibilities" where the articles list no duties of a CPO).
        return true;
    case concern::executives:
        return mentions(r, "executive") || mentions(r, "stakeholder");
    default:
        return false; // the card has no part for it
    }
}

} // namespace rolebot::knowledge
