#pragma once

#include <span>
#include <string_view>

namespace rolebot::knowledge {

/// One knowledge base file compiled into the binary.
struct embedded_file {
    std::string_view name;
    std::string_view content;
};

/// The knowledge base files shipped inside the binary (knowledge/data/*.json).
std::span<const embedded_file> embedded_files();

} // namespace rolebot::knowledge
