#pragma once

#include "knowledge/phrase_filter.hpp"
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
question_intent detect_intent(const phrase_text& question, std::size_t roles_named);
question_intent detect_intent(const std::string& text, std::size_t roles_named);

} // namespace rolebot::knowledge
