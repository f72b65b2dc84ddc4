#pragma once

#include "bot/core/reply.hpp"
#include "knowledge/answerer.hpp"

#include <string>
#include <string_view>

namespace rolebot::handlers {

/// Two roles side by side on every comparison aspect either of them has a value for.
core::reply comparison_reply(const knowledge::knowledge_base& kb, const knowledge::role& a,
                             const knowledge::role& b);

/// A transition path: numbered steps, typical time, milestones, skills to build.
core::reply path_reply(const knowledge::knowledge_base& kb, const knowledge::career_path& path);

/// The command that shows a path ("`/path Product Manager to Product Lead`"), ready to
/// run; empty when one of its roles is missing.
std::string path_command(const knowledge::knowledge_base& kb, const knowledge::career_path& path);

/// The reply for any answer of the question answerer; `question` is echoed only when
/// the answer is "I don't know".
core::reply answer_reply(const knowledge::knowledge_base& kb, const knowledge::answer& answer,
                         std::string_view question);

} // namespace rolebot::handlers
