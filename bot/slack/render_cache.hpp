#pragma once

#include "bot/core/reply.hpp"

#include <cstddef>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace rolebot::slack {

/// Rendered Slack messages for replies that depend only on a knowledge base snapshot
/// (role cards, the ladder): rendered once, then served as bytes. Replies without a
/// cache key are rendered every time. Thread-safe; bounded in entries.
class render_cache {
public:
    explicit render_cache(std::size_t max_entries = 4096) : max_entries_(max_entries) {}

    /// The rendered message for `reply`, from the cache when it has a key.
    std::shared_ptr<const std::string> render(const core::reply& reply);

    /// Entries held now.
    std::size_t size() const;

private:
    std::size_t max_entries_;
    mutable std::shared_mutex mutex_;
    std::unordered_map<std::string, std::shared_ptr<const std::string>> entries_;
};

} // namespace rolebot::slack
