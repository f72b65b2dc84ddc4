#include "knowledge/answerer.hpp"

#include "knowledge/answer_builder.hpp"
#include "knowledge/phrase_filter.hpp"
#include "knowledge/question_asks.hpp"
#include "knowledge/question_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>

namespace rolebot::knowledge {
namespace {

/// A sentence that points back to `roles`, asked with their titles before it: "product
/// lead and director of product management, is there a real difference between those two?"
std::string with_titles(std::span<const role* const> roles, std::string_view sentence)
{
    std::string out;
    for (const auto* r : roles) {
        out += (out.empty() ? "" : " and ") + r->title;
    }
    out += ", ";
    out += sentence;
    return out;
}

/// How a sentence that opens with its question starts (after question_text()).
constexpr std::array<std::string_view, 19> question_starts{
    " what ", " whats ", " who ",   " whos ",  " how ",    " hows ",  " is ",
    " are ",  " does ",  " do ",    " can ",   " should ", " which ", " why ",
    " when ", " where ", " could ", " would ", " will "};

/// A sentence of a message asked on its own: when it names a role itself (a bare "more
/// scope, more years, both?" asks nothing alone), or when it points back to the one or two
/// roles the rest of the message names ("Drafting a posting for a director of product.
/// What does that person oversee?"), asked with their titles. Unknown otherwise.
answer ask_sentence(const knowledge_base& kb, std::string_view sentence,
                    const std::vector<const role*>& named_elsewhere)
{
    answer_builder alone(kb, sentence);
    if (!alone.question().mentioned().empty()) {
        return alone.run();
    }
    if (named_elsewhere.empty() || named_elsewhere.size() > 2 ||
        !points_back(alone.question().text())) {
        return {};
    }
    return answer_builder(kb, with_titles(named_elsewhere, sentence)).run();
}

/// How a clause that only says why the asker asks starts (after question_text()).
constexpr std::array<std::string_view, 8> reason_openings{
    " trying to ",    " just trying to ", " want to know ",   " wanted to know ",
    " need to know ", " just curious ",   " asking because ", " asking for "};

/// The sentence up to its last comma, when it opens with the question and the clause
/// after the comma adds to it ("what is that role, so she knows who she's talking to?",
/// "what does a lead PM do exactly, is it just a PM with more years?"); empty otherwise:
/// in "if I become a PL, who's my boss?" the question comes after the comma.
std::string_view before_last_clause(std::string_view sentence)
{
    constexpr std::size_t min_question = 12;
    const auto comma = sentence.rfind(',');
    if (comma == std::string_view::npos || comma < min_question) {
        return {};
    }
    const auto opening = question_text(sentence.substr(0, comma));
    const bool opens_with_question =
        std::any_of(question_starts.begin(), question_starts.end(),
                    [&](std::string_view start) { return opening.starts_with(start); });
    // (Or the clause after the comma only says why the asker asks, whatever comes before it:
    // "head of product - what's in their remit, trying to understand who to escalate to".)
    const auto closing = question_text(sentence.substr(comma + 1));
    const bool says_why =
        std::any_of(reason_openings.begin(), reason_openings.end(),
                    [&](std::string_view start) { return closing.starts_with(start); });
    return opens_with_question || says_why ? sentence.substr(0, comma) : std::string_view{};
}

/// The sentence after its first comma, when a clause that sets the scene comes first and
/// the question after it ("Before the call, can you give me the gist of what that job
/// covers?"); empty otherwise.
std::string_view after_first_clause(std::string_view sentence)
{
    const auto comma = sentence.find(',');
    if (comma == std::string_view::npos) {
        return {};
    }
    const auto rest = sentence.substr(comma + 1);
    const auto asked = question_text(rest);
    // ("who would a product lead report to, is it the VP or the CPO?" guesses after its
    // question; the guess asks nothing alone.)
    if (asked.starts_with(" is it ")) {
        return {};
    }
    const bool opens_with_question =
        std::any_of(question_starts.begin(), question_starts.end(),
                    [&](std::string_view start) { return asked.starts_with(start); });
    return opens_with_question ? rest : std::string_view{};
}

/// What follows "but" in a sentence that opens with an apology or a word on the asker and
/// asks after it ("ok dumb question from the new finance hire but what does a PM actually
/// do lol"); empty otherwise.
std::string_view after_but(std::string_view sentence)
{
    std::string lower(sentence);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    constexpr std::string_view but = " but ";
    const auto at = lower.find(but);
    if (at == std::string::npos) {
        return {};
    }
    const auto rest = sentence.substr(at + but.size());
    const auto asked = question_text(rest);
    const bool asks = std::any_of(question_starts.begin(), question_starts.end(),
                                  [&](std::string_view start) { return asked.starts_with(start); });
    return asks ? rest : std::string_view{};
}

/// The message's first question, when it opens with one and more follows ("What does an
/// APM actually do? I'm mentoring one who starts Monday. She asked me 'am I a real PM?'");
/// empty otherwise.
std::string_view opening_question(std::string_view message)
{
    const auto mark = message.find('?');
    if (mark == std::string_view::npos || mark + 1 >= message.size()) {
        return {};
    }
    const auto opening = message.substr(0, mark + 1);
    // Only a message that opens with its question: no sentence ends before the mark.
    if (opening.find_first_of(".!") != std::string_view::npos) {
        return {};
    }
    return opening;
}

/// The message's opening clause, when it asks what a role is and a comma ends it ("whats a
/// lead PM, is that a step above sr PM or a mgmt job"); empty otherwise.
std::string_view opening_definition(std::string_view message)
{
    constexpr std::size_t most_words = 6;
    const auto comma = message.find(',');
    if (comma == std::string_view::npos) {
        return {};
    }
    const auto clause = message.substr(0, comma);
    auto words = question_text(clause);
    // (After a word that only holds the floor: "wait what even is an apm lol, ...", or an
    // apology: "sorry if obvious but what is an APM, saw it on the team page".)
    for (const std::string_view filler : {" wait ", " so ", " ok ", " um ", " hmm "}) {
        if (words.starts_with(filler)) {
            words.erase(0, filler.size() - 1);
            break;
        }
    }
    if (const auto but = words.find(" but what ");
        words.starts_with(" sorry ") && but != std::string::npos) {
        words.erase(0, but + std::string_view(" but").size());
    }
    // ("what's" loses its "'s" as a possessive would: " what an apm".)
    const bool asks_what = words.starts_with(" whats a ") || words.starts_with(" whats an ") ||
                           words.starts_with(" what a ") || words.starts_with(" what an ") ||
                           words.starts_with(" what is a ") || words.starts_with(" what is an ") ||
                           words.starts_with(" what even is a");
    if (!asks_what ||
        static_cast<std::size_t>(std::count(words.begin(), words.end(), ' ')) > most_words + 1) {
        return {};
    }
    return clause;
}

} // namespace

answer answer_question(const knowledge_base& kb, std::string_view question)
{
    answer_builder asked(kb, question);
    auto whole = asked.run();
    const auto asking = asking_sentence(question);
    const bool has_context = asking.size() < std::min(question.size(), max_question_length);
    const auto& named = asked.question().mentioned();
    const auto opening = opening_question(question);
    // "Those two" after three roles or more are the last two named ("some of my PMs will
    // report to a lead PM, others to a director. Is there a real difference between those
    // two roles?"), whatever the whole message found.
    if (has_context && named.size() >= 3 &&
        has_any_phrase(question_text(asking), {" those two", " these two"})) {
        if (answer_builder alone(kb, asking); alone.question().mentioned().empty()) {
            return answer_builder(kb, with_titles(std::span(named).last(2), asking)).run();
        }
    }
    // A message that opens by asking what one role is ("What's a principal PM exactly?
    // Higher than senior PM but still with nobody reporting to you?") asks for its card,
    // though the roles it goes on to name would set two side by side.
    if (whole.kind == answer_kind::comparison && !opening.empty()) {
        if (auto card = answer_builder(kb, opening).run(); card.kind == answer_kind::role) {
            return card;
        }
    }
    // So does one whose opening clause asks it ("whats a lead PM, is that a step above sr PM
    // or a mgmt job").
    if (whole.kind == answer_kind::comparison) {
        if (const auto clause = opening_definition(question); !clause.empty()) {
            if (auto card = answer_builder(kb, clause).run(); card.kind == answer_kind::role) {
                return card;
            }
        }
    }
    if (whole.kind != answer_kind::unknown) {
        return whole;
    }
    // Things the base never names, set against each other in the context ("productboard vs
    // aha - what should a PM use?"), are what the question is about.
    const auto& q = asked.question();
    const bool compares_unknown_things =
        q.names_unknown_thing() && q.phrases().has_any({" vs ", " versus "});
    // Nor is a bare title guessed after the question asked alone ("who does a product lead
    // usually report to? director? VP?").
    const auto asked_words = question_text(asking);
    const auto only_title_words = [](std::string_view words) {
        for (auto at = words.find_first_not_of(' '); at != std::string_view::npos;
             at = words.find_first_not_of(' ', words.find(' ', at))) {
            if (!starts_with_a_title(words.substr(at))) {
                return false;
            }
        }
        return true;
    };
    const bool bare_guess = std::count(asked_words.begin(), asked_words.end(), ' ') <= 3 &&
                            only_title_words(asked_words);
    if (q.out_of_scope() || compares_unknown_things || (has_context && bare_guess)) {
        return whole;
    }
    // Context can sink a message the sentence that asks would answer: its roles and words
    // steer the routes away ("offered a product lead spot, but I've only ever been a PM.
    // What's hard about being a product lead?"). Then that sentence is asked on its own.
    if (has_context) {
        if (auto answer = ask_sentence(kb, asking, named); answer.kind != answer_kind::unknown) {
            return answer;
        }
    }
    // So can a closing clause that says why or for whom ("what is that role, so she knows
    // who she's talking to?"): the sentence is asked without it.
    if (const auto clause = before_last_clause(asking); !clause.empty()) {
        if (auto answer = ask_sentence(kb, clause, named); answer.kind != answer_kind::unknown) {
            return answer;
        }
    }
    // And a clause before it that sets the scene ("Before the call, can you give me the gist
    // of what that job covers?").
    if (const auto rest = after_first_clause(asking); !rest.empty()) {
        if (auto answer = ask_sentence(kb, rest, named); answer.kind != answer_kind::unknown) {
            return answer;
        }
    }
    // Or open by asking what a role is, before a comma ("wait what's an APM, is that like a
    // junior PM?").
    if (const auto clause = opening_definition(question); !clause.empty()) {
        if (auto answer = ask_sentence(kb, clause, named); answer.kind == answer_kind::role) {
            return answer;
        }
    }
    // Or say who asks, or sorry for asking, before "but" and the question.
    if (const auto rest = after_but(asking); !rest.empty()) {
        if (auto answer = ask_sentence(kb, rest, named); answer.kind != answer_kind::unknown) {
            return answer;
        }
    }
    // A long message may open with its question and go on with context, thanks and other
    // questions in passing.
    if (!opening.empty() && opening != asking) {
        if (auto answer = ask_sentence(kb, opening, named); answer.kind != answer_kind::unknown) {
            return answer;
        }
    }
    return whole;
}

} // namespace rolebot::knowledge
