#pragma once

#include "knowledge/model.hpp"
#include "knowledge/title_index.hpp"

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rolebot::knowledge {

/// One immutable snapshot of the knowledge base, with its indexes. Readers share it
/// through a shared_ptr; a reload builds a new one instead of changing this one.
class knowledge_base {
public:
    /// Builds the indexes over validated roles. `generation` tells snapshots apart,
    /// so anything rendered from one snapshot can be cached under it.
    knowledge_base(std::vector<role> roles, std::uint64_t generation);

    const std::vector<role>& roles() const { return roles_; }
    std::uint64_t generation() const { return generation_; }

    /// The role with this id, if any.
    const role* find(std::string_view id) const;

    /// Forgiving title lookup (see title_index).
    title_match match_title(std::string_view query) const { return titles_.match(query); }

    /// Roles of one track, most junior first.
    std::vector<const role*> ladder(role_track track) const;

private:
    std::vector<role> roles_;
    std::uint64_t generation_;
    std::unordered_map<std::string_view, std::size_t> by_id_;
    title_index titles_;
};

} // namespace rolebot::knowledge
