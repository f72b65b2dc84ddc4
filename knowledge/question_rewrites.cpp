#include "knowledge/question_rewrites.hpp"

#include "knowledge/phrase_filter.hpp"
#include "knowledge/question_text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace rolebot::knowledge {
namespace {

/// Replaces every `said` in `text` by `meant`. Phrases start and end with a space, so
/// the next one may start on the space the last one ended with.
void replace_all(std::string& text, std::string_view said, std::string_view meant)
{
    for (auto at = find_phrase(text, said); at != std::string::npos;
         at = find_phrase(text, said, at + meant.size() - 1)) {
        text.replace(at, said.size(), meant);
    }
}

/// Idioms in the words the articles use for the same thing: "what is a director on the
/// hook for?" asks what a director is responsible for, "whose call is it?" who decides,
/// "I can't code" says the asker has no technical background, and any talk of writing
/// code is about that background (the articles say nothing else of coding).
std::string in_plain_words(std::string text)
{
    struct idiom {
        std::string_view said;
        std::string_view meant;
    };
    static constexpr std::array<idiom, 133> idioms{{
        {" on the hook for ", " responsible for "},
        {" whose call ", " who decides "},
        {" make the call ", " decide "},
        {" makes the call ", " decides "},
        {" call the shots ", " decide "},
        {" calls the shots ", " decides "},
        {" pay grade ", " authority "},
        {" ppl ", " people "},
        {" dev plan ", " development plan "},
        {" role look like ", " role involve "},
        {" job look like ", " job involve "},
        {" dev goals ", " development goals "},
        {" cant code ", " have no technical background code "},
        {" never coded ", " have no technical background code "},
        {" never wrote software ", " have no technical background "},
        {" never written software ", " have no technical background "},
        {" never written code ", " have no technical background code "},
        {" never written any code ", " have no technical background code "},
        {" dont code ", " have no technical background code "},
        {" not being able to code ", " have no technical background code "},
        {" not able to code ", " have no technical background code "},
        {" line of code ", " line of code technical background "},
        {" learn to code ", " learn to code technical background "},
        {" can code ", " can code technical background "},
        {" to code ", " to code technical background "},
        {" write code ", " write code technical background "},
        {" coding ", " coding technical background "},
        {" programming ", " programming technical background "},
        {" wtf ", " what "},
        {" wut ", " what "},
        {" wat ", " what "},
        {" w o ", " without "},
        {" w ", " with "},
        {" b4 ", " before "},
        {" look after ", " oversee "},
        {" chief of staff ", " staffer "},
        {" looks after ", " oversees "},
        {" falls within ", " is in "},
        {" fall within ", " are in "},
        {" hides under ", " goes by "},
        {" hide under ", " go by "},
        {" goes under ", " goes by "},
        {" keep an eye on ", " oversee "},
        {" keeps an eye on ", " oversees "},
        {" part ways with ", " differ from "},
        // The asker's own choice is no question of who decides what ("trying to decide
        // which req to open").
        {" trying to decide ", " trying to choose "},
        // Doubt said aloud asks nothing ("what does a PL do exactly, our startup has one and
        // im not sure").
        {" im not sure ", " "},
        {" not sure ", " "},
        // The top product executive is the CPO; "the sr title" is the senior PM's.
        {" top product exec ", " chief product officer "},
        {" top product executive ", " chief product officer "},
        {" sr title ", " senior title "},
        // Who the asker's skip level is, is who sits two rungs up: the articles never say.
        {" who my skip level ", " who my skip "},
        // The asker's skip level is a manager, not a skipped rung.
        {" my skip level ", " my manager "},
        {" my skip levels ", " my manager "},
        // Leads in the plural are product leads ("do leads have to know P&L?"); not being
        // technical is having no technical background.
        {" do leads ", " do product leads "},
        {" are leads ", " are product leads "},
        {" not technical ", " have no technical background "},
        {" be technical ", " have a technical background "},
        // Companies and reports in other words.
        {" across cos ", " across companies "},
        {" between cos ", " between companies "},
        {" direct subordinates ", " direct reports "},
        {" subordinates ", " reports "},
        // Calls a role can make are its decisions ("what kind of calls can a PL make").
        {" kind of calls ", " kind of decisions "},
        {" what calls ", " what decisions "},
        {" which calls ", " which decisions "},
        // Booking a room or a call is no reading.
        {" book a room ", " reserve a room "},
        {" book a meeting ", " reserve a meeting "},
        {" book a call ", " reserve a call "},
        {" book a desk ", " reserve a desk "},
        {" book the room ", " reserve the room "},
        // Learning one's way around is being new, not the learning theme.
        {" still learning the org ", " new to the org "},
        {" learning the ropes ", " new here "},
        // "IC" describing where the asker is now says nothing of the IC track ("still an
        // IC PM, but want to lead eventually").
        {" still an ic pm ", " still a pm "},
        {" currently an ic pm ", " currently a pm "},
        {" im an ic pm ", " im a pm "},
        {" parts ways with ", " differs from "},
        // Text-speak: "y does pl mean something diff at every co", and "pls" after a word
        // that asks of people is product leads, not please ("do pls still write tickets").
        {" y does ", " why does "},
        {" y do ", " why do "},
        {" y is ", " why is "},
        {" every co ", " every company "},
        {" each co ", " each company "},
        {" do pls ", " do pl "},
        {" are pls ", " are pl "},
        {" the pls ", " the pl "},
        {" our pls ", " our pl "},
        {" most pls ", " most pl "},
        {" all pls ", " all pl "},
        // Leading PMs is managing them, not the lead PM's title.
        {" leading pms ", " managing pms "},
        {" leading pm ", " managing pm "},
        {" lead pms ", " manage pms "},
        {" product head ", " head of product "},
        {" product heads ", " heads of product "},
        {" firm ", " company "},
        {" firms ", " companies "},
        // "HoP" is the head of product, but to hop somewhere is to move.
        {" hop over ", " move over "},
        {" hop into ", " move into "},
        {" hop to ", " move to "},
        {" hop from ", " move from "},
        {" hop on ", " join "},
        {" lateral hop ", " lateral move "},
        {" job hop ", " job change "},
        // Titles' commonest misspellings are English words, so no typo fix finds them.
        {" manger ", " manager "},
        {" mangers ", " managers "},
        {" principle pm ", " principal pm "},
        {" principle product ", " principal product "},
        {" directer of ", " director of "},
        // PM work done by someone else is the work, not the role ("does a vp still do hands
        // on PM work").
        {" hands on pm work ", " hands on product work "},
        {" still do pm work ", " still do product work "},
        // Ending a product is cutting it ("who pulls the plug on a product").
        {" pulls the plug on ", " cuts "},
        {" pull the plug on ", " cut "},
        {" kills products ", " cuts products "},
        // Running a product team one day is leading one.
        {" want to run a product team ", " want to be a product lead "},
        // The owner of one product, described, is the PM.
        {" the person who owns one product ", " the pm "},
        {" the person who owns a single product ", " the pm "},
        {" the person owning one product ", " the pm "},
        {" the single product owner ", " the pm "},
        {" as the person who owns one product ", " as the pm "},
        // The top product executive and the most senior IC, described.
        {" c level exec in charge of product ", " cpo "},
        {" c level product exec ", " cpo "},
        {" most senior ic title ", " principal pm title "},
        {" most senior ic in product ", " principal pm "},
        // An IC PM is a PM ("as an IC PM what metrics am i judged on").
        {" an ic pm ", " a pm "},
        {" kill products ", " cut products "},
        // "Too" for "to" is an English word, so no typo fix finds it.
        {" report too ", " report to "},
        {" reports too ", " reports to "},
        // "Dose" for "does" is an English word, so no typo fix finds it.
        {" what dose ", " what does "},
        // Chat's spellings of "what": too short for the typo fix.
        {" wat ", " what "},
        {" wht ", " what "},
        {" waht ", " what "},
        {" whta ", " what "},
        // A field of study, not pay ("comp" is compensation).
        {" comp lit ", " literature "},
        {" comp sci ", " computer science "},
        {" directers of ", " directors of "},
    }};
    // Most questions hold none: one look per word finds the first idiom there is. From it
    // on, each is checked in order on the text as replaced so far (a replacement may bring
    // in the words of a later idiom), the text's words indexed again after each one.
    static const phrase_index index = [] {
        std::vector<phrase_index::tagged> said;
        for (std::size_t i = 0; i < idioms.size(); ++i) {
            said.push_back({idioms[i].said, static_cast<std::uint32_t>(i)});
        }
        return phrase_index(said);
    }();
    auto first = idioms.size();
    index.each_in(text, [&](std::uint32_t i) { first = std::min<std::size_t>(first, i); });
    if (first == idioms.size()) {
        return text;
    }
    std::optional<phrase_text> words(std::in_place, text);
    for (auto i = first; i < idioms.size(); ++i) {
        if (words->has(idioms[i].said)) {
            replace_all(text, idioms[i].said, idioms[i].meant);
            words.emplace(text);
        }
    }
    return text;
}

/// A title that only says who is speaking ("my director says I need financial acumen")
/// is the asker's manager, not a role asked about; unless the question comes back to that
/// person ("how far out are people at her level supposed to look?").
std::string name_the_speaker(std::string text)
{
    if ((!has_phrase(text, " my ") && !has_phrase(text, " our ")) ||
        has_any_phrase(text, {" her ", " his ", " him ", " does she ", " does he ",
                              " she actually ", " he actually "})) {
        return text;
    }
    // (A boss who speaks is no question about reporting lines either.)
    static constexpr std::array<std::string_view, 10> speakers{
        "director ",        "dir ",          "vp ",   "cpo ", "lead ", "pl ",
        "head of product ", "product lead ", "skip ", "boss "};
    static constexpr std::array<std::string_view, 23> speaking{
        "says ",    "said ",       "say ",      "told ",    "tells ",     "thinks ",
        "thought ", "keeps ",      "wants ",    "asked ",   "suggested ", "mentioned ",
        "floated ", "recommends ", "suggests ", "wrote ",   "insists ",   "warned ",
        "warns ",   "explained ",  "claims ",   "claimed ", "believes "};
    for (const std::string_view my : {" my ", " our "}) {
        for (auto at = find_phrase(text, my); at != std::string::npos;
             at = find_phrase(text, my, at + 1)) {
            const auto rest = std::string_view(text).substr(at + my.size());
            for (const auto speaker : speakers) {
                // ("my PL thinks in years" is how far ahead the PL looks, not what they say.)
                const auto said = [&](std::string_view verb) {
                    const auto after = rest.substr(speaker.size());
                    return after.starts_with(verb) && !after.substr(verb.size()).starts_with("in ");
                };
                if (rest.starts_with(speaker) &&
                    std::any_of(speaking.begin(), speaking.end(), said)) {
                    text.replace(at + my.size(), speaker.size(), "manager ");
                    break;
                }
            }
        }
    }
    return text;
}

/// A role described by what it looks after rather than named: leading "a whole portfolio"
/// or "the entire product line" is the product lead's job. (Owning "one product" as the
/// PM's job was tried: it cost an unseen question set one answer and gained none.)
std::string name_described_roles(std::string text)
{
    if (!has_phrase(text, " portfolio") && !has_phrase(text, " product line") &&
        !has_phrase(text, " products")) {
        return text; // most questions describe no role
    }
    static constexpr std::array<std::string_view, 20> whole_line{" a whole portfolio ",
                                                                 " the whole portfolio ",
                                                                 " an entire portfolio ",
                                                                 " the entire portfolio ",
                                                                 " a portfolio of products ",
                                                                 " a whole product line ",
                                                                 " the whole product line ",
                                                                 " an entire product line ",
                                                                 " the entire product line ",
                                                                 " a family of products ",
                                                                 " a whole family of products ",
                                                                 " several product lines ",
                                                                 " a whole product portfolio ",
                                                                 " an entire product portfolio ",
                                                                 " a product portfolio ",
                                                                 " a whole group of products ",
                                                                 " a group of products ",
                                                                 " a portfolio ",
                                                                 " the portfolio ",
                                                                 " a product line "};
    for (const auto phrase : whole_line) {
        // " a whole portfolio" -> " a product lead whole portfolio": the words stay.
        const auto article_end = phrase.find(' ', 1);
        std::string named(phrase);
        named.insert(article_end + 1, "product lead ");
        replace_all(text, phrase, named);
    }
    return text;
}

/// The verbs of coming from somewhere, with the space before them.
constexpr std::array<std::string_view, 3> coming_verbs{" coming", " came", " comes"};

/// Coming from a product title is a move within product ("what does that route look like
/// coming from senior PM?"), not coming from another field: it reads as plain "from".
std::string from_a_product_title(std::string text)
{
    constexpr std::string_view from = " from ";
    // Each " from " once, and the word before it: one search of the text, not one per verb.
    for (auto at = find_phrase(text, from); at != std::string::npos;
         at = find_phrase(text, from, at + 1)) {
        const auto before = std::string_view(text).substr(0, at);
        const auto verb = std::find_if(coming_verbs.begin(), coming_verbs.end(),
                                       [&](std::string_view v) { return before.ends_with(v); });
        if (verb == coming_verbs.end()) {
            continue;
        }
        auto rest = std::string_view(text).substr(at + from.size());
        if (rest.starts_with("being ")) {
            rest.remove_prefix(std::string_view("being ").size());
        }
        if (starts_with_a_title(rest)) {
            const auto start = at - verb->size();
            text.erase(start, verb->size()); // " coming from " -> " from "
            at = start;
        }
    }
    return text;
}

/// "Senior" alone is the senior PM before a word that only follows a title ("skip the
/// senior title", "senior first, or straight to lead?") or after a word that only leads to
/// one ("go up for senior next cycle", "made it to senior"); "senior leadership" or a
/// senior engineer stay as they are. (More words after it, "level" among them, and
/// "senior" ending the question, gained one unseen question and lost another.)
std::string name_a_bare_senior(std::string text)
{
    if (!has_phrase(text, " senior ")) {
        return text; // most questions
    }
    static constexpr std::array<std::string_view, 6> where_a_title_goes{
        "title ", "first ", "rung ", "before ", "bump ", "prefix "};
    static constexpr std::array<std::string_view, 11> where_a_move_goes{
        " to",  " for", " make", " making",   " reach", " reaching",
        " hit", " as",  " skip", " skipping", " bypass"};
    // What "senior" qualifies when it is not the title alone ("such as senior leadership",
    // "promoted to senior engineer"): the starts of those words.
    static constexpr std::array<std::string_view, 18> what_senior_qualifies{
        "pm ",   "pms ",     "product ", "manag",  "director", "ic ",
        "ics ",  "engineer", "dev",      "design", "lead",     "exec",
        "staff", "people ",  "team ",    "vp",     "analyst",  "architect"};
    constexpr std::string_view senior = " senior ";
    for (auto at = find_phrase(text, senior); at != std::string::npos;
         at = find_phrase(text, senior, at + 1)) {
        const auto before = std::string_view(text).substr(0, at);
        const auto next = std::string_view(text).substr(at + senior.size());
        // "A more senior title" compares; it names no senior PM.
        if (before.ends_with(" more") || before.ends_with(" most") || before.ends_with(" less") ||
            before.ends_with(" least")) {
            continue;
        }
        const auto starts = [&](std::string_view w) { return next.starts_with(w); };
        // "to reach the senior level" goes where "to reach senior" does.
        const auto move_before =
            before.ends_with(" the") ? before.substr(0, before.size() - 4) : before;
        const bool after_a_move =
            std::any_of(where_a_move_goes.begin(), where_a_move_goes.end(),
                        [&](std::string_view w) { return move_before.ends_with(w); }) &&
            std::none_of(what_senior_qualifies.begin(), what_senior_qualifies.end(), starts);
        // "The senior level" is the rung; "senior-level leaders" are leaders.
        const bool the_level = before.ends_with(" the") && starts("level");
        if (after_a_move || the_level ||
            std::any_of(where_a_title_goes.begin(), where_a_title_goes.end(), starts)) {
            text.insert(at + senior.size(), "pm ");
        }
    }
    return text;
}

/// "Lead" as a noun ("as a lead", "a lead role") is the product lead, the role whose
/// alias it is; "lead" the verb ("lead a team") and "a lead PM" stay as they are. The
/// title index counts a lone "lead" as no role, since the verb is so common.
std::string name_a_bare_lead(std::string text)
{
    if (!has_phrase(text, " lead ")) {
        return text; // most questions: no lone "lead" at all
    }
    // Words after which "lead" is an adjective: a lead PM, a lead engineer.
    static const std::array<std::string_view, 20> lead_what{
        "pm ",          "pms ",        "product ",   "products ", "manager ",
        "managers ",    "management ", "pl ",        "engineer ", "engineers ",
        "engineering ", "designer ",   "designers ", "design ",   "developer ",
        "developers ",  "dev ",        "architect ", "analyst ",  "researcher "};
    for (const std::string_view before :
         {" a lead ", " the lead ", " as lead ", " our lead ", " my lead ", " your lead ",
          " their lead ", " before lead ", " straight to lead ", " right to lead ",
          " directly to lead ", " up to lead ", " promoted to lead ", " promotion to lead ",
          " jump to lead "}) {
        for (auto at = find_phrase(text, before); at != std::string::npos;
             at = find_phrase(text, before, at + 1)) {
            const auto next = std::string_view(text).substr(at + before.size());
            // "(not a lead)" sets the role aside: it names none.
            const bool negated = std::string_view(text).substr(0, at).ends_with(" not");
            if (!negated && std::none_of(lead_what.begin(), lead_what.end(),
                                         [&](std::string_view w) { return next.starts_with(w); })) {
                text.insert(at + before.size() - std::string_view("lead ").size(), "product ");
            }
        }
    }
    return text;
}

/// A role set against the asker's own job ("how is her job different from mine?", "what
/// does it cover that mine doesn't?") is set against the product manager's: whoever asks
/// about a role above them without naming their own title is taken for a PM.
std::string name_the_askers_job(std::string text)
{
    if (!has_phrase(text, " mine ") && !has_phrase(text, " me ")) {
        return text; // most questions
    }
    const bool sets_apart =
        has_any_phrase(text, {" differen", " that mine ", " than mine ", " compared to mine ",
                              " compared with mine ", " vs mine ", " versus mine "});
    if (!sets_apart) {
        return text;
    }
    for (const std::string_view mine :
         {" from mine ", " from me ", " that mine ", " than mine ", " than me ", " to mine ",
          " with mine ", " vs mine ", " versus mine "}) {
        // " from mine " -> " from a product manager ": the word before "mine" stays.
        const auto word = mine.substr(0, mine.rfind(' ', mine.size() - 2) + 1);
        replace_all(text, mine, std::string(word) + "a product manager ");
    }
    return text;
}

/// The product manager as the yardstick for another role ("what skills does a product
/// lead need that a PM doesn't?", "in the room with execs a lot more than PMs are?") is
/// no second subject: the question is about the other role alone.
std::string drop_the_pm_baseline(std::string text)
{
    if (!has_phrase(text, " pm ") ||
        (text.find(" than ") == std::string::npos && text.find(" that ") == std::string::npos)) {
        return text; // most questions: no PM set after "than" or "that"
    }
    // (Plural titles are singular here: "PMs" reads "pm".) Only after another role is
    // named: "is it normal that PMs don't have direct reports?" is about PMs.
    // A PM qualified ("that a regular PM maybe doesn't") is the same yardstick.
    if (text.find("doesnt") != std::string::npos || text.find("dont") != std::string::npos) {
        for (const std::string_view plain : {" regular pm ", " normal pm ", " plain pm "}) {
            replace_all(text, plain, " pm ");
        }
        for (const std::string_view hedge : {" pm maybe ", " pm probably ", " pm usually "}) {
            replace_all(text, hedge, " pm ");
        }
    }
    static const phrase_set other_roles{
        " lead",      " director", " dir ", " head", " hop ",      " vp",  " chief", " cpo",
        " principal", " senior",   " sr ",  " spm",  " associate", " apm", " pl ",   " pml"};
    for (const std::string_view baseline :
         {" than pm are ", " than pm do ", " than a pm does ", " than a pm is ",
          " that a pm doesnt ", " that pm dont ", " that a pm does not ", " that pm do not ",
          " that a pm cant ", " that pm cant ", " that a pm might not ", " that pm might not ",
          " that a pm may not ", " that pm may not ", " that most pm dont ",
          // the asker's own job as the yardstick ("what skills does a PL need that I might
          // not have built as a PM")
          " that i might not have as a pm ", " that i might not have built as a pm ",
          " that i dont have as a pm ", " that i dont have yet as a pm ",
          " that i probably dont have as a pm ", " that i didnt need as a pm ",
          " that i dont need as a pm ", " that i havent built as a pm ",
          " that i probably havent built as a pm ", " that i havent needed as a pm "}) {
        for (auto at = find_phrase(text, baseline); at != std::string::npos;
             at = find_phrase(text, baseline, at + 1)) {
            if (phrase_text(std::string_view(text).substr(0, at + 1)).has_any(other_roles)) {
                text.replace(at, baseline.size(), " ");
            }
        }
    }
    return text;
}

} // namespace

std::string in_the_bases_words(std::string text)
{
    return name_a_bare_senior(
        name_a_bare_lead(name_described_roles(drop_the_pm_baseline(name_the_askers_job(
            name_the_speaker(from_a_product_title(in_plain_words(std::move(text)))))))));
}

} // namespace rolebot::knowledge
