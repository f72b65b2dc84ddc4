#include "bot/slack/render_cache.hpp"

#include "bot/slack/block_kit.hpp"

#include <mutex>

namespace rolebot::slack {

std::shared_ptr<const std::string> render_cache::render(const core::reply& reply)
{
    const auto& key = reply.cache_key();
    if (key.empty()) {
        return std::make_shared<const std::string>(render_message(reply));
    }
    {
        const std::shared_lock lock(mutex_);
        if (auto it = entries_.find(key); it != entries_.end()) {
            return it->second;
        }
    }
    auto rendered = std::make_shared<const std::string>(render_message(reply));
    const std::unique_lock lock(mutex_);
    if (entries_.size() >= max_entries_) {
        // Keys carry the snapshot generation, so a full cache is mostly stale: start over.
        entries_.clear();
    }
    entries_.emplace(key, rendered);
    return rendered;
}

std::size_t render_cache::size() const
{
    const std::shared_lock lock(mutex_);
    return entries_.size();
}

} // namespace rolebot::slack
