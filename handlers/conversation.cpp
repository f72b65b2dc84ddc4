#include "handlers/conversation.hpp"

#include "handlers/ask_command.hpp"
#include "handlers/text_parsing.hpp"

namespace rolebot::handlers {

core::reply answer_message(const knowledge::knowledge_base& kb, handler_services& services,
                           const core::message_event& event, std::string_view question)
{
    question = trim(question);
    if (question.empty()) {
        core::reply r;
        r.section("Hi! Ask me about product titles and careers, e.g. _is a lead product manager "
                  "the same as a product lead?_ or _how do I become a product lead?_ "
                  "`/role help` lists the commands.")
            .fallback("Ask me about product titles and careers.");
        return r;
    }
    return ask_and_record(kb, services, question, event.team_id, event.user_id);
}

} // namespace rolebot::handlers
