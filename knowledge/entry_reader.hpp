#pragma once

#include "knowledge/loader.hpp"
#include "knowledge/model.hpp"

#include <vector>

namespace rolebot::knowledge {

/// Reads every file's entries into `data`, in file order, checking each field against the
/// schema; a problem is appended to `errors` with its file and JSON pointer. A file that
/// turns out not to be JSON gets one error, "is not valid JSON", whatever was read before.
void read_entries(const std::vector<source_file>& files, content& data,
                  std::vector<load_error>& errors);

} // namespace rolebot::knowledge
