#include "tests/support/shipped_knowledge.hpp"

#include "knowledge/loader.hpp"

#include <memory>
#include <stdexcept>

namespace rolebot::testing {

const knowledge::knowledge_base& shipped_knowledge()
{
    static const auto kb = [] {
        auto loaded = knowledge::load_embedded();
        if (!loaded.ok()) {
            throw std::runtime_error("shipped knowledge base is invalid: " +
                                     loaded.errors.front().to_string());
        }
        return std::make_unique<const knowledge::knowledge_base>(std::move(loaded.data), 1);
    }();
    return *kb;
}

std::string describe(const knowledge::answer& a)
{
    using knowledge::answer_kind;
    switch (a.kind) {
    case answer_kind::role:
        return "role:" + a.role_a->id;
    case answer_kind::comparison:
        return "compare:" + a.role_a->id + "|" + a.role_b->id;
    case answer_kind::path:
        return "path:" + a.path->id;
    case answer_kind::reports_to:
        return "reports_to:" + a.role_a->id;
    case answer_kind::faq:
        return "faq:" + a.faq_entry->id;
    case answer_kind::topic:
        return "topic:" + a.topic_entry->id;
    case answer_kind::unknown:
        return "unknown";
    }
    return "?";
}

} // namespace rolebot::testing
