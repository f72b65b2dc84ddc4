#include "handlers/help.hpp"

namespace rolebot::handlers {

core::reply help_reply(const knowledge::knowledge_base& kb)
{
    core::reply r;
    r.header("rolebot: product roles, explained")
        .section("*`/role`*: the career ladder, every title on both tracks\n"
                 "*`/role <title>`*: a role card, e.g. `/role product lead`, `/role sr pm`, "
                 "`/role head of product`. Abbreviations, other names and typos are fine.\n"
                 "*`/role <a> vs <b>`* or *`/role compare <a> <b>`*: two roles side by side\n"
                 "*`/path [from] [to]`*: steps from one role to another, e.g. `/path` "
                 "(product manager to product lead) or `/path senior pm to product lead`\n"
                 "*`/ask <question>`*: anything about titles and careers, e.g. `/ask is a lead "
                 "PM the same as a product lead?`\n"
                 "*`/standup 09:30 Europe/Berlin mon-fri`*: a daily stand-up prompt in this "
                 "channel (`/standup help` for questions, skip, pause, show, remove)\n"
                 "*`/checkin @mentor @mentee tue 10:00 Europe/Berlin`*: weekly mentorship "
                 "check-ins (`/checkin help`)\n"
                 "*`/role help`*: this message\n"
                 "You can also mention @rolebot with a question, or send it a direct message.")
        .context("Answers come from a reviewed knowledge base; each names its source article.")
        .fallback("rolebot help: /role, /role <title>, /role <a> vs <b>, /path, /ask, /standup, "
                  "/checkin")
        .cache_as("g" + std::to_string(kb.generation()) + ":help");
    return r;
}

} // namespace rolebot::handlers
