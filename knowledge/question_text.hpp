#pragma once

#include "knowledge/phrase_filter.hpp"

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace rolebot::knowledge {

/// Questions are read up to this many characters: a bound on the work one message costs.
inline constexpr std::size_t max_question_length = 500;

/// A question prepared for phrase checks: lower case, apostrophes dropped ("don't" ->
/// "dont") with a final "'s" ("PL's" -> "pl"), "%" as the word "percent", other
/// punctuation as spaces, one space between words and at each end; from at most 500
/// characters.
std::string question_text(std::string_view question);

/// Replaces every `said` in `text` by `meant`, left to right: how a phrase check is made
/// blind to one use of its words ("people at my company" is no question about the company).
void replace_every(std::string& text, std::string_view said, std::string_view meant);

/// True when a prepared text has one of `phrases` outside the uses of its words that mean
/// something else, each read as `meant` ("pay off" is no pay; "product management role"
/// no management role).
bool has_any_outside(const phrase_text& text, const phrase_set& phrases,
                     std::initializer_list<std::string_view> other_uses, std::string_view meant);

/// True when the first word of a prepared text, after "a" or "an", is one a product title
/// starts with ("senior pm ...", "a pl role", "director of ..."), or stands for one.
bool starts_with_a_title(std::string_view words);

/// The sentence that asks, when a message has several: the last one ending in a question
/// mark ("a recruiter pinged me about a Lead PM opening. what kind of job is that?" asks
/// "what kind of job is that?"), or with no mark, the last one starting as a question or a
/// request does ("Kindly explain what an APM does. I am a fresher joining next month.").
/// Sentences around it give context, not the question. The whole message when it has no
/// such sentence or only one sentence.
std::string_view asking_sentence(std::string_view question);

/// A short opening, set apart by punctuation, that only says who is asking ("sr PM here,
/// ...", "as an APM: ...", "APM trying to level up - ..."); empty when there is none.
std::string_view askers_opening(std::string_view question);

} // namespace rolebot::knowledge
