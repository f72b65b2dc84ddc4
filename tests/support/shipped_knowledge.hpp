#pragma once

#include "knowledge/answerer.hpp"
#include "knowledge/knowledge_base.hpp"

#include <string>

namespace rolebot::testing {

/// The knowledge base shipped in the binary, loaded once for all tests of a program.
const knowledge::knowledge_base& shipped_knowledge();

/// An answer as "kind:id" ("faq:lead-pm-vs-product-lead", "compare:a|b", "unknown"), the
/// form the question sets use, and readable in failure messages.
std::string describe(const knowledge::answer& a);

} // namespace rolebot::testing
