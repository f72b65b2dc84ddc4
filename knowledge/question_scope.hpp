#pragma once

#include "knowledge/phrase_filter.hpp"

#include <string>

namespace rolebot::knowledge {

/// True for questions the articles cannot answer however well their words match: titles
/// the knowledge base does not describe, pay, head counts, one company's practice,
/// moving back down the ladder.
bool out_of_scope(const phrase_text& text);
/// The same for a prepared text not yet indexed.
bool out_of_scope(const std::string& text);

} // namespace rolebot::knowledge
