#include "knowledge/knowledge_base.hpp"

#include <algorithm>

namespace rolebot::knowledge {

knowledge_base::knowledge_base(std::vector<role> roles, std::uint64_t generation)
    : roles_(std::move(roles)), generation_(generation), titles_(roles_)
{
    for (std::size_t i = 0; i < roles_.size(); ++i) {
        by_id_.emplace(roles_[i].id, i);
    }
}

const role* knowledge_base::find(std::string_view id) const
{
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : &roles_[it->second];
}

std::vector<const role*> knowledge_base::ladder(role_track track) const
{
    std::vector<const role*> out;
    for (const auto& r : roles_) {
        if (r.track == track) {
            out.push_back(&r);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const role* a, const role* b) { return a->rank < b->rank; });
    return out;
}

} // namespace rolebot::knowledge
