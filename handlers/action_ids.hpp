#pragma once

#include <string_view>

/// The action ids of rolebot's buttons: put on messages by the handlers that build them,
/// answered by handle_action().
namespace rolebot::handlers::actions {

inline constexpr std::string_view compare_with = "compare_with"; ///< value: role id
inline constexpr std::string_view compare = "compare";           ///< value: "roleA|roleB"
inline constexpr std::string_view path_to = "path_to";           ///< value: role id
inline constexpr std::string_view helpful = "feedback_helpful";  ///< value: the question
inline constexpr std::string_view not_helpful = "feedback_not_helpful";
inline constexpr std::string_view skip_standup = "standup_skip"; ///< value: "id|2026-11-23"
inline constexpr std::string_view checkin_done = "checkin_done"; ///< value: "id|week"

} // namespace rolebot::handlers::actions
