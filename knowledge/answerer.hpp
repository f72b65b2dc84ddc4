#pragma once

#include "knowledge/knowledge_base.hpp"

#include <string_view>
#include <vector>

namespace rolebot::knowledge {

/// What kind of answer the knowledge base has for a question.
enum class answer_kind {
    role,       ///< a role card (role_a)
    comparison, ///< role_a next to role_b
    path,       ///< transition steps (path)
    reports_to, ///< who role_a reports to (only for a role whose reporting line is known)
    faq,        ///< a written answer (faq_entry)
    topic,      ///< a theme (topic_entry)
    unknown,    ///< nothing good enough: say so, and offer `closest`
};

/// An answer: which entry answers the question, or the honest "I don't know".
struct answer {
    answer_kind kind = answer_kind::unknown;
    const role* role_a = nullptr;
    const role* role_b = nullptr;
    const career_path* path = nullptr;
    const faq* faq_entry = nullptr;
    const topic* topic_entry = nullptr;
    /// For unknown: nearby entries worth offering, best first (at most three).
    std::vector<entry_ref> closest;

    /// The answers that are one entry.
    static answer of_role(const role* r);
    static answer of_comparison(const role* x, const role* y);
    static answer of_path(const career_path* p);
    static answer of_reports_to(const role* r);
    static answer of_faq(const faq* f);
    static answer of_topic(const topic* t);
};

/// Answers a free question about product roles from the knowledge base: normalises the
/// text, finds the roles it names, detects what is asked (define, compare, how to
/// become, how long, who reports to, or a question an FAQ answers) and picks the entry
/// that answers it. Below the confidence bar it answers unknown rather than guess.
/// Deterministic: the same question and snapshot always give the same answer.
answer answer_question(const knowledge_base& kb, std::string_view question);

} // namespace rolebot::knowledge
