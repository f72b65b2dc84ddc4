#include "handlers/register.hpp"

#include "handlers/ask_command.hpp"
#include "handlers/checkin_command.hpp"
#include "handlers/path_command.hpp"
#include "handlers/role_command.hpp"
#include "handlers/standup_command.hpp"

namespace rolebot::handlers {

void register_all(core::router& router, const knowledge::knowledge_source& knowledge,
                  handler_services& services)
{
    router
        .add("/role", "`[title | a vs b | help]`: the ladder, a role card, or a comparison",
             [&knowledge](const core::context& ctx) {
                 return role_command(*knowledge.current(), ctx.cmd.text);
             })
        .add("/path", "`[from] [to]`: steps from one role to another",
             [&knowledge](const core::context& ctx) {
                 return path_command(*knowledge.current(), ctx.cmd.text);
             })
        .add("/ask", "`<question>`: a free question about product titles and careers",
             [&knowledge, &services](const core::context& ctx) {
                 return ask_command(*knowledge.current(), services, ctx.cmd);
             })
        .add("/standup", "`09:30 Europe/Berlin mon-fri | show | pause | skip | help`: this "
                         "channel's daily stand-up prompt",
             [&knowledge, &services](const core::context& ctx) {
                 return standup_command(*knowledge.current(), services, ctx.cmd);
             })
        .add("/checkin", "`@mentor @mentee tue 10:00 Europe/Berlin | list | done | help`: weekly "
                         "mentorship check-ins",
             [&knowledge, &services](const core::context& ctx) {
                 return checkin_command(*knowledge.current(), services, ctx.cmd);
             });
}

} // namespace rolebot::handlers
