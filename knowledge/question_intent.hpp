#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rolebot::knowledge {

/// What a question asks about the roles it names.
enum class question_intent {
    none,
    define,
    compare,
    become,
    how_long,
    reports_to, ///< whom the role answers to
    manages,    ///< whom the role leads: "does a PL manage people?", "who reports to a PL?"
};

/// Questions are read up to this many characters: a bound on the work one message costs.
inline constexpr std::size_t max_question_length = 500;

/// A question prepared for phrase checks: lower case, apostrophes dropped ("don't" ->
/// "dont") with a final "'s" ("PL's" -> "pl"), "%" as the word "percent", other
/// punctuation as spaces, one space between words and at each end; from at most 500
/// characters.
std::string question_text(std::string_view question);

/// The sentence that asks, when a message has several: the last one ending in a question
/// mark ("a recruiter pinged me about a Lead PM opening. what kind of job is that?" asks
/// "what kind of job is that?"). Sentences before it give context, not the question. The
/// whole message when it has no such sentence or only one sentence.
std::string_view asking_sentence(std::string_view question);

/// The intent of a prepared question that names `roles_named` roles.
question_intent detect_intent(const std::string& text, std::size_t roles_named);

/// True for questions the articles cannot answer however well their words match: titles
/// the knowledge base does not describe, pay, head counts, one company's practice,
/// moving back down the ladder.
bool out_of_scope(const std::string& text);

} // namespace rolebot::knowledge
