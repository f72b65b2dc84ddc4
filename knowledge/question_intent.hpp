#pragma once

#include "knowledge/question_text.hpp"

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

/// The intent of a prepared question that names `roles_named` roles.
question_intent detect_intent(const std::string& text, std::size_t roles_named);

/// True for questions the articles cannot answer however well their words match: titles
/// the knowledge base does not describe, pay, head counts, one company's practice,
/// moving back down the ladder.
bool out_of_scope(const std::string& text);

} // namespace rolebot::knowledge
