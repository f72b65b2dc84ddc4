#include "handlers/ask_command.hpp"

#include "handlers/action_ids.hpp"
#include "handlers/answer_replies.hpp"
#include "handlers/text_parsing.hpp"
#include "knowledge/answerer.hpp"

namespace rolebot::handlers {

asked ask(const knowledge::knowledge_base& kb, std::string_view question)
{
    const auto answer = knowledge::answer_question(kb, question);
    const bool answered = answer.kind != knowledge::answer_kind::unknown;
    auto reply = answer_reply(kb, answer, question);
    if (answered) {
        // The buttons carry the question, so the reply is no longer the snapshot's alone.
        reply
            .buttons({{"Helpful", std::string(actions::helpful), std::string(question)},
                      {"Not helpful", std::string(actions::not_helpful), std::string(question)}})
            .cache_as({});
    }
    return {std::move(reply), answered};
}

core::reply ask_and_record(const knowledge::knowledge_base& kb, handler_services& services,
                           std::string_view question, const std::string& team_id,
                           const std::string& user_id)
{
    auto result = ask(kb, question);
    if (!result.answered) {
        services.store.record_question(
            {store::question_kind::unanswered, std::string(question), team_id, user_id},
            now_seconds(services));
    }
    return std::move(result.reply);
}

core::reply ask_command(const knowledge::knowledge_base& kb, handler_services& services,
                        const core::command& cmd)
{
    const auto question = trim(cmd.text);
    if (question.empty()) {
        core::reply r;
        r.section("Ask me anything about product titles and careers, e.g. `/ask is a lead "
                  "product manager the same as a product lead?` or `/ask how long does it take "
                  "to become a product lead?`")
            .fallback("Usage: /ask <question>");
        return r;
    }
    return ask_and_record(kb, services, question, cmd.team_id, cmd.user_id);
}

} // namespace rolebot::handlers
