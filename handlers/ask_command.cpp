#include "handlers/ask_command.hpp"

#include "handlers/answer_replies.hpp"
#include "handlers/text_parsing.hpp"
#include "knowledge/answerer.hpp"

namespace rolebot::handlers {

core::reply ask_command(const knowledge::knowledge_base& kb, std::string_view question)
{
    question = trim(question);
    if (question.empty()) {
        core::reply r;
        r.section("Ask me anything about product titles and careers, e.g. `/ask is a lead "
                  "product manager the same as a product lead?` or `/ask how long does it take "
                  "to become a product lead?`")
            .fallback("Usage: /ask <question>");
        return r;
    }
    return answer_reply(kb, knowledge::answer_question(kb, question), question);
}

} // namespace rolebot::handlers
