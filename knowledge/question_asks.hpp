#pragma once

#include "knowledge/asked_question.hpp"

#include <string>
#include <string_view>

// What a question asks beyond its intent, read from its wording: checks the answerer's
// routes make of a prepared question (asked_question).

namespace rolebot::knowledge {

/// True when it asks about every role, not two ("what does each product role measure?").
bool asks_about_every_role(const asked_question& q);

/// True when it asks about one aspect, and only one, that the articles set side by side
/// for two roles on its own: what each is measured on, a typical day, how far ahead each
/// plans, who decides what, how the two work together.
bool asks_one_aspect(const asked_question& q);

/// True when it asks what the title named means, pointing back to it ("...what would that
/// title actually mean I'm responsible for?", "apart from the word 'senior', what does that
/// level actually signify?").
bool asks_what_the_title_means(const asked_question& q);

/// True when it asks what someone does or is, or what they answer for ("what does that
/// person actually do", "what is she responsible for", "whats a cpo").
bool asks_what_a_role_does(const asked_question& q);

/// True when the second of two roles named is the asker's guess at what the first is
/// ("sr pm: what is it, just a pm with more yrs?", "is APM basically a junior PM?"), on no
/// theme of its own. (Whether the two are one job under two names is a theme.)
bool guesses_at_the_first(const asked_question& q);

/// True when it asks what comes after the one role named, whose card names the next steps
/// ("What comes after APM?", "what's the next step up from PM?").
bool asks_next_step(const asked_question& q);
/// The same wording in a prepared text (question_text()), such as an FAQ's own question.
bool asks_next_step(const std::string& prepared);

/// True when it asks what else the one role named is called ("which names does the PML
/// job hide behind?").
bool asks_other_names(const asked_question& q);
/// The same wording in a prepared text (question_text()), such as an FAQ's own question.
bool asks_other_names(const std::string& prepared);

/// True when it asks which role a description is ("...what is that job called?"); not
/// "what titles do product leaders carry?", which asks for a list.
bool asks_which_role(const asked_question& q);

/// True when a prepared sentence speaks of someone named before it rather than naming
/// them: "what does that person oversee?", "is it a people manager?".
bool points_back(const std::string& sentence);

} // namespace rolebot::knowledge
