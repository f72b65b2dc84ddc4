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
    auto result = ask(kb, question);
    if (!result.answered) {
        services.store.record_question({store::question_kind::unanswered, std::string(question),
                                        event.team_id, event.user_id},
                                       now_seconds(services));
    }
    return std::move(result.reply);
}

} // namespace rolebot::handlers
