#pragma once

#include "knowledge/knowledge_base.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace rolebot::handlers {

/// A render-cache key for a reply that depends only on this snapshot: "g<generation>:what".
std::string snapshot_key(const knowledge::knowledge_base& kb, std::string_view what);

/// "Source: a.txt" / "Sources: a.txt, b.txt".
std::string sources_line(const std::vector<std::string>& sources);

/// Items joined by ", ".
std::string joined(const std::vector<std::string>& items);

/// "*Heading*" then one "• item" line per item.
std::string bullets(std::string_view heading, const std::vector<std::string>& items);

/// Titles of the roles with these ids, joined by ", " (unknown ids skipped).
std::string titles_of(const knowledge::knowledge_base& kb, const std::vector<std::string>& ids);

} // namespace rolebot::handlers
