#pragma once

#include <string>

namespace rolebot::knowledge {

/// A prepared question (question_text()'s words, a space at each end) with chat's ways of
/// saying things put in the words the knowledge base uses: idioms ("on the hook for" is
/// "responsible for"), a title that only says who is speaking ("my director says...") as
/// the asker's manager, a role described by what it looks after ("a whole portfolio") or
/// a lone noun "lead" or "senior" named as the product lead or the senior PM, and coming from a
/// product title as a move within product.
std::string in_the_bases_words(std::string text);

} // namespace rolebot::knowledge
