#pragma once

#include "bot/core/reply.hpp"

#include <string>

namespace rolebot::app {

/// Renders a reply for a terminal: plain lines, no markup.
std::string render_text(const core::reply& reply);

} // namespace rolebot::app
