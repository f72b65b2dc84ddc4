#pragma once

#include "knowledge/knowledge_base.hpp"
#include "knowledge/loader.hpp"

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>

namespace rolebot::knowledge {

/// Where handlers get the current knowledge base. Holds one snapshot and swaps it
/// atomically, so a request sees either the old or the new one, never a mix.
class knowledge_source {
public:
    /// Starts with an already built snapshot.
    explicit knowledge_source(std::shared_ptr<const knowledge_base> initial);

    /// The snapshot to use for one request.
    std::shared_ptr<const knowledge_base> current() const { return current_.load(); }

    /// Replaces the snapshot with validated content; returns the new generation.
    std::uint64_t replace(content data);

private:
    std::atomic<std::shared_ptr<const knowledge_base>> current_;
    std::atomic<std::uint64_t> next_generation_;
};

/// Loads the knowledge base from `dir`, or the embedded one when `dir` is empty.
load_result load_knowledge(const std::optional<std::filesystem::path>& dir);

} // namespace rolebot::knowledge
