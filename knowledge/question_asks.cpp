#include "knowledge/question_asks.hpp"

#include "knowledge/phrase_filter.hpp"
#include "knowledge/question_concern.hpp"
#include "knowledge/question_text.hpp"

#include <algorithm>
#include <array>

namespace rolebot::knowledge {
namespace {

/// Aspects of two roles the articles compare apart, in an FAQ or topic of their own.
/// (Seniority was tried too: two read answers gained, two unread ones lost.)
constexpr std::array<concern, 5> compared_aspects{concern::metrics, concern::daily_work,
                                                  concern::planning_horizon, concern::decisions,
                                                  concern::collaboration};

const phrase_set& next_step_words()
{
    static const phrase_set words{" after ",
                                  " from here",
                                  " from there",
                                  " next step",
                                  " next level",
                                  " step up from",
                                  " level above",
                                  " above that",
                                  " where next",
                                  " what next",
                                  " whats next",
                                  " go next",
                                  " goes next",
                                  " next rung",
                                  " next move",
                                  " next role",
                                  " options after",
                                  " next title",
                                  " options for the next",
                                  " where do i go from",
                                  " where can i go from",
                                  " go from here",
                                  " go from there",
                                  " goes from here",
                                  " goes from there",
                                  " leads from here",
                                  " head next",
                                  " open from here",
                                  " where to next",
                                  " next moves"};
    return words;
}

const phrase_set& other_name_words()
{
    static const phrase_set words{" other names",
                                  " alternate names",
                                  " alternative names",
                                  " alternate titles",
                                  " other titles",
                                  " another name",
                                  " another title",
                                  " title probably be",
                                  " be called instead",
                                  " title be instead",
                                  " other job titles",
                                  " names does",
                                  " titles does",
                                  " names do",
                                  " aliases",
                                  " alias",
                                  " go by",
                                  " goes by",
                                  " hide behind",
                                  " hides behind",
                                  " called at other",
                                  " called elsewhere",
                                  " titled elsewhere",
                                  " titled at other",
                                  " titled in other",
                                  " titled differently",
                                  " also known as",
                                  " called in other",
                                  " other labels",
                                  " called something else",
                                  " something else at other",
                                  " listed as",
                                  " else could that",
                                  " else is it called",
                                  " else is that called",
                                  " other orgs call",
                                  " other companies call",
                                  " show up as",
                                  " equivalent titles",
                                  " equivalent title"};
    return words;
}

} // namespace

bool asks_about_every_role(const asked_question& q)
{
    return q.phrases().has_any({" each role", " each product role", " every role",
                                " every product role", " all the roles", " each of the roles"});
}

bool asks_one_aspect(const asked_question& q)
{
    // (A side-by-side or cheat sheet "on focus, scope, metrics etc" wants them all.)
    // Nor does one named with scope ("PM vs PL in terms of scope and time horizon?").
    if (q.phrases().has_any({" side by side", " cheat sheet", " etc", " all that", " scope"})) {
        return false;
    }
    // With context around it, the sentence that asks says which aspect ("setting OKR
    // cadence for my org - what time horizon should a PL plan on vs a PM?").
    const auto asked = q.asking_concerns().any() ? q.asking_concerns() : q.concerns();
    return std::count_if(compared_aspects.begin(), compared_aspects.end(),
                         [&](concern c) { return asked.test(static_cast<std::size_t>(c)); }) == 1;
}

bool asks_what_the_title_means(const asked_question& q)
{
    static const phrase_set what_it_means{" title mean",
                                          " what even is that",
                                          " role supposed to be about",
                                          " kind of title",
                                          " sort of title",
                                          " title means",
                                          " title actually mean",
                                          " title really mean",
                                          " what that job is",
                                          " what the job is",
                                          " what that role is",
                                          " what the role is",
                                          " level mean",
                                          " level signify",
                                          " level actually signify",
                                          " signify",
                                          " what is that exactly",
                                          " what that exactly",
                                          " whats that exactly",
                                          " what is it exactly",
                                          " title signify",
                                          " title stand for",
                                          " what that title",
                                          " what the title",
                                          " kind of job is",
                                          " sort of job is",
                                          " kind of role is",
                                          " sort of role is",
                                          " that job about",
                                          " the job about",
                                          " that role about",
                                          " that persons job",
                                          " that persons role",
                                          " sort of person",
                                          " kind of person",
                                          " real title",
                                          " title used",
                                          " what does it mean",
                                          " what does that job",
                                          " what does that role",
                                          " what does that title",
                                          " what is that job",
                                          " what is that role"};
    // ("someone on my team has the title principal PM. whats that", but not "whats that path
    // look like".)
    return q.phrases().has_any(what_it_means) || q.text().ends_with(" whats that ");
}

bool asks_what_a_role_does(const asked_question& q)
{
    static const phrase_set what_it_does{
        " what is a ",       " what is an ",      " whats a ",      " whats an ",
        " what exactly is ", " what does a ",     " what does an ", " what does that ",
        " what does the ",   " what is that ",    " whats that ",   " responsible for",
        " explain what a ",  " explain what an ", " explain the ",  " actually do ",
        " do all day",       " spend their",      " spends their",  " remit",
        " role covers",      " role cover ",      " job covers",    " actually does ",
        " does all week"};
    return q.phrases().has_any(what_it_does);
}

bool guesses_at_the_first(const asked_question& q)
{
    if (q.mentioned().size() != 2 || q.concerns().any()) {
        return false;
    }
    // The guess is a title, maybe with a word before it ("just a fancy sr pm"); "just a
    // title bump" guesses at no role.
    const std::string_view text = q.text();
    for (const std::string_view guess :
         {" just a ", " just an ", " basically a ", " basically an ", " simply a ", " only a ",
          " beyond just ", " more than just ", " is that like a ", " is that like an ",
          " is it like a ", " is it like an ", " thats like a ", " thats like an ",
          " just the boss of all the ", " basically the boss of all the "}) {
        for (auto at = text.find(guess); at != std::string_view::npos;
             at = text.find(guess, at + 1)) {
            const auto rest = text.substr(at + guess.size());
            const auto next_word = rest.find(' ');
            if (starts_with_a_title(rest) || (next_word != std::string_view::npos &&
                                              starts_with_a_title(rest.substr(next_word + 1)))) {
                return true;
            }
        }
    }
    return false;
}

bool asks_other_names(const asked_question& q)
{
    // Or other roles offered as guesses at them ("is 'product management lead' just another
    // name for lead PM or director?").
    const auto named = q.mentioned().size();
    return (named == 1 ||
            (named >= 2 && q.phrases().has_any({" another name for", " other name for",
                                                " another title for", " another word for"}))) &&
           q.phrases().has_any(other_name_words());
}

bool asks_other_names(const std::string& prepared)
{
    return phrase_text(prepared).has_any(other_name_words());
}

bool asks_next_step(const asked_question& q)
{
    const auto& named = q.mentioned();
    return named.size() == 1 && !named.front()->next_steps.empty() &&
           q.phrases().has_any(next_step_words());
}

bool asks_next_step(const std::string& prepared)
{
    return phrase_text(prepared).has_any(next_step_words());
}

bool asks_which_role(const asked_question& q)
{
    static const phrase_set which_role{
        " that job",        " that role",          " this role",        " this job",
        " that title",      " that position",      " that person",      " is that called",
        " is it called",    " is this called",     " what title is",    " what title would",
        " which title is",  " which title would",  " what role is",     " which role is",
        " what role would", " which role would",   " what do you call", " what do we call",
        " title fits",      " what would you call"};
    return q.phrases().has_any(which_role);
}

bool points_back(const std::string& sentence)
{
    return has_any_phrase(
        sentence, {" that person", " this person",   " that role",     " this role",  " that job",
                   " this job",    " that position", " this position", " that title", " this title",
                   " that level",  " this level",    " such a role",   " that seat",  " this seat",
                   " that spot",   " they ",         " them ",         " their ",     " it ",
                   " he ",         " she ",          " his ",          " her ",       " those two",
                   " these two",   " the two ",      " both "});
}

} // namespace rolebot::knowledge
