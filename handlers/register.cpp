#include "handlers/register.hpp"

#include "handlers/role_command.hpp"

namespace rolebot::handlers {

void register_all(core::router& router, const knowledge::knowledge_source& knowledge)
{
    router.add("/role", "`<title>`: what a product role is, the ladder, or help",
               [&knowledge](const core::context& ctx) {
                   return role_command(*knowledge.current(), ctx.cmd.text);
               });
}

} // namespace rolebot::handlers
