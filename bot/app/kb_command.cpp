#include "bot/app/args.hpp"
#include "bot/app/commands.hpp"
#include "bot/slack/block_kit.hpp"
#include "handlers/answer_replies.hpp"
#include "handlers/role_card.hpp"
#include "knowledge/answerer.hpp"
#include "knowledge/loader.hpp"

#include <iostream>

namespace rolebot::app {
namespace {

/// Renders every reply the content produces and reports whatever Slack would cut, at
/// the entry that causes it.
std::vector<knowledge::load_error> check_rendering(const knowledge::knowledge_base& kb)
{
    std::vector<knowledge::load_error> errors;
    const auto check = [&](const knowledge::origin& at, const core::reply& reply,
                           const std::string& what) {
        for (const auto& problem : slack::limit_problems(reply)) {
            errors.push_back({at.file, at.pointer, what + ": " + problem});
        }
    };
    for (const auto& r : kb.roles()) {
        check(r.defined_at, handlers::role_card(kb, r), "role card");
        for (const auto& other : kb.roles()) {
            if (&other != &r) {
                check(r.defined_at, handlers::comparison_reply(kb, r, other),
                      "comparison with " + other.id);
            }
        }
    }
    for (const auto& p : kb.paths()) {
        check(p.defined_at, handlers::path_reply(kb, p), "path");
    }
    for (const auto& f : kb.faqs()) {
        check(f.defined_at, handlers::answer_reply(kb, knowledge::answer::of_faq(&f), f.question),
              "answer");
    }
    for (const auto& t : kb.topics()) {
        check(t.defined_at, handlers::answer_reply(kb, knowledge::answer::of_topic(&t), t.title),
              "topic");
    }
    check({"", ""}, handlers::ladder_reply(kb), "ladder");
    return errors;
}

} // namespace

int kb_main(const std::vector<std::string>& argv)
{
    const args a(argv, {}, {});
    const auto& pos = a.positional();
    if (pos.size() != 2 || pos[0] != "check") {
        throw usage_error("kb wants: rolebot kb check DIR");
    }
    auto result = knowledge::load_directory(pos[1]);
    if (result.ok()) {
        const knowledge::knowledge_base kb(result.data, 1);
        result.errors = check_rendering(kb);
    }
    for (const auto& e : result.errors) {
        std::cout << e.to_string() << "\n";
    }
    if (!result.ok()) {
        std::cerr << result.errors.size() << " error(s)\n";
        return 1;
    }
    const auto& d = result.data;
    std::cerr << pos[1] << ": ok: " << d.roles.size() << " roles, " << d.faqs.size() << " FAQs, "
              << d.paths.size() << " paths, " << d.topics.size() << " topics\n";
    return 0;
}

} // namespace rolebot::app
