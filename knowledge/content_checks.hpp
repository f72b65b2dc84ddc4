#pragma once

#include "knowledge/loader.hpp"
#include "knowledge/model.hpp"

#include <vector>

namespace rolebot::knowledge {

/// The checks that look across entries once every file is read: ids unique within a kind,
/// titles and aliases naming one role each, references to roles that exist, one path per
/// pair of roles, and at least one role. Problems are appended to `errors`, in entry order.
void check_content(const content& data, std::vector<load_error>& errors);

} // namespace rolebot::knowledge
