#include "knowledge/answerer.hpp"

namespace rolebot::knowledge {

// Every field named up to `closest`, which is empty: the fields left out stay null.
answer answer::of_role(const role* r)
{
    return {.kind = answer_kind::role, .role_a = r, .closest = {}};
}

answer answer::of_comparison(const role* x, const role* y)
{
    return {.kind = answer_kind::comparison, .role_a = x, .role_b = y, .closest = {}};
}

answer answer::of_path(const career_path* p)
{
    return {.kind = answer_kind::path, .path = p, .closest = {}};
}

answer answer::of_reports_to(const role* r)
{
    return {.kind = answer_kind::reports_to, .role_a = r, .closest = {}};
}

answer answer::of_faq(const faq* f)
{
    return {.kind = answer_kind::faq, .faq_entry = f, .closest = {}};
}

answer answer::of_topic(const topic* t)
{
    return {.kind = answer_kind::topic, .topic_entry = t, .closest = {}};
}

} // namespace rolebot::knowledge
