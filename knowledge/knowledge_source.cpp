#include "knowledge/knowledge_source.hpp"

namespace rolebot::knowledge {

knowledge_source::knowledge_source(std::shared_ptr<const knowledge_base> initial)
    : current_(std::move(initial)), next_generation_(current_.load()->generation() + 1)
{
    current_.load()->prepare();
}

std::uint64_t knowledge_source::replace(content data)
{
    const auto generation = next_generation_.fetch_add(1);
    auto next = std::make_shared<const knowledge_base>(std::move(data), generation);
    // Prepared before the swap, while the old snapshot still serves.
    next->prepare();
    current_.store(std::move(next));
    return generation;
}

load_result load_knowledge(const std::optional<std::filesystem::path>& dir)
{
    return dir ? load_directory(*dir) : load_embedded();
}

} // namespace rolebot::knowledge
