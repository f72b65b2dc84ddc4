#include "knowledge/answerer.hpp"

namespace rolebot::knowledge {

answer answer::of_role(const role* r)
{
    answer a;
    a.kind = answer_kind::role;
    a.role_a = r;
    return a;
}

answer answer::of_comparison(const role* x, const role* y)
{
    answer a = of_role(x);
    a.kind = answer_kind::comparison;
    a.role_b = y;
    return a;
}

answer answer::of_path(const career_path* p)
{
    answer a;
    a.kind = answer_kind::path;
    a.path = p;
    return a;
}

answer answer::of_reports_to(const role* r)
{
    answer a = of_role(r);
    a.kind = answer_kind::reports_to;
    return a;
}

answer answer::of_faq(const faq* f)
{
    answer a;
    a.kind = answer_kind::faq;
    a.faq_entry = f;
    return a;
}

answer answer::of_topic(const topic* t)
{
    answer a;
    a.kind = answer_kind::topic;
    a.topic_entry = t;
    return a;
}

} // namespace rolebot::knowledge
