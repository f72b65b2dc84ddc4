#include "knowledge/answer_builder.hpp"

#include "knowledge/question_concern.hpp"

#include <algorithm>

// Recurring themes about the PM and the leaders above it (answer_themes.cpp tries them in
// order): whom a PM answers to, how the two plan, decide and work together, what a PM can
// do to prepare, and whether a leader's title is just the PM's under another name; with the
// FAQ on how two roles differ in general, which a role set against the PM gets.

namespace rolebot::knowledge {

const faq* answer_builder::pms_faq_on_preparing() const
{
    const auto preparation = static_cast<std::size_t>(concern::preparation);
    // (A PM or leading must be spoken of: "who do I ping to get a jira seat set up for my
    // account" prepares nothing.)
    if (!q_.concerns().test(preparation) ||
        (mentioned_.empty() && !q_.phrases().has_any({" lead", " leader", " leadership"}))) {
        return nullptr;
    }
    // (No reports yet is where the asker stands: "as a PM with no reports, what can i start
    // doing this quarter to set myself up for a leadership role later".)
    auto allowed = concern_set().set(preparation).set(static_cast<std::size_t>(concern::readiness));
    if (q_.phrases().has_any({" no reports", " no direct reports", " without reports"})) {
        allowed.set(static_cast<std::size_t>(concern::individual_contributor_track));
    }
    return pms_faq_on_theme(concern::preparation, allowed);
}

const faq* answer_builder::pms_faq_on_metrics_owned() const
{
    const auto metrics = concern_set().set(static_cast<std::size_t>(concern::metrics));
    if (!mentioned_.empty() || q_.concerns() != metrics ||
        !q_.phrases().has_any({" i own", " my feature", " who owns our", " owns our",
                               " single product", " just shipped", " i shipped", " i launched",
                               " my product"})) {
        return nullptr;
    }
    return pms_faq_on_theme(concern::metrics, metrics);
}

const faq* answer_builder::pms_faq_on_theme(concern theme, concern_set allowed) const
{
    // (With context, the themes of the sentence that asks: "I'm a PM with no direct reports
    // yet. What can I start doing now so I'm ready for a leadership role later?")
    const auto asked = q_.asking_concerns().any() ? q_.asking_concerns() : q_.concerns();
    if ((asked & ~allowed).any()) {
        return nullptr;
    }
    const auto pm = product_manager();
    if (!pm || std::any_of(mentioned_.begin(), mentioned_.end(),
                           [&](const role* r) { return r != &kb_.roles()[*pm]; })) {
        return nullptr; // only the PM, if any role, is named
    }
    return own_faq_on(kb_.roles()[*pm], theme);
}

const faq* answer_builder::general_comparison_faq(const role& a, const role& b) const
{
    // (An FAQ about both is first about one of them: only their own FAQs are looked at, the
    // first in the base's order winning, since a walk over every FAQ is the tail on a base
    // 1000 times the shipped one.)
    const faq* found = nullptr;
    for (const role* first : {&a, &b}) {
        for (const std::size_t i : kb_.faqs_first_about(fit_.index_of(first))) {
            const auto& f = kb_.faqs()[i];
            const bool about_both =
                f.roles.size() == 2 && ((f.roles[0] == a.id && f.roles[1] == b.id) ||
                                        (f.roles[0] == b.id && f.roles[1] == a.id));
            if ((found == nullptr || &f < found) && about_both &&
                kb_.concerns({entry_kind::faq, i}).none() &&
                kb_.phrasing_intent(kb_.faq_documents(i).first) == question_intent::compare) {
                found = &f;
            }
        }
    }
    return found;
}

const faq* answer_builder::faq_setting_role_against_pm() const
{
    if (q_.concerns().any() || intent_ == question_intent::become || mentioned_.empty()) {
        return nullptr; // checked before any phrase
    }
    const auto& t = q_.phrases();
    // The PM as the yardstick, named or dropped as one ("what does a product management lead
    // do that a normal PM doesn't", "thats just a PM with a bigger title right?").
    const bool against_pm = t.has_any(
        {" that a pm", " that a normal pm", " that a regular pm", " that i as a pm",
         " that i as a regular pm", " just a pm", " a pm with a", " pm with a bigger",
         " pm with a fancier", " different from a pm", " differ from a pm",
         " different from the pms", " pm vs product mgmt lead", " pm vs product management lead"});
    const bool asks_difference =
        t.has_any({" do that", " does that", " differ", " different", " fancier title",
                   " bigger title", " what changes", " just a pm", " basically"});
    if (!against_pm || !asks_difference) {
        return nullptr;
    }
    const auto pm = product_manager();
    if (!pm) {
        return nullptr;
    }
    const auto& pm_role = kb_.roles()[*pm];
    const role* other = nullptr;
    for (const auto* r : mentioned_) {
        if (r == &pm_role) {
            continue;
        }
        if (other != nullptr) {
            return nullptr;
        }
        other = r;
    }
    return other != nullptr ? general_comparison_faq(pm_role, *other) : nullptr;
}

const faq* answer_builder::pms_faq_on_reporting_line() const
{
    if (mentioned_.empty() || q_.concerns().any()) {
        return nullptr; // checked before any phrase
    }
    const auto& t = q_.phrases();
    if (!t.has_any({" who is my mgr",
                    " who is my manager",
                    " mgr supposed to be",
                    " manager supposed to be",
                    " to whom i",
                    " whom i will report",
                    " whose desk",
                    " sits over the pm",
                    " sits over pm",
                    " have them as a direct report",
                    " whose team does a pm",
                    " above me in the chain",
                    " pm manager",
                    " pms manager",
                    " boss of a pm",
                    " boss of a product manager",
                    " usual reporting line",
                    " typical reporting line",
                    " is my mgr normally",
                    " is my manager normally",
                    " is my boss normally",
                    " managed by who",
                    " usually managed by"})) {
        return nullptr;
    }
    // The PM named, and no role but the leaders it may answer to.
    const auto pm = product_manager();
    if (!pm) {
        return nullptr;
    }
    const auto& pm_role = kb_.roles()[*pm];
    bool pm_named = false;
    for (const auto* r : mentioned_) {
        if (r == &pm_role) {
            pm_named = true;
        } else if (std::find(pm_role.reports_to.begin(), pm_role.reports_to.end(), r->id) ==
                   pm_role.reports_to.end()) {
            return nullptr;
        }
    }
    return pm_named ? own_faq_asking(pm_role, question_intent::reports_to) : nullptr;
}

const faq* answer_builder::faq_on_leadership_as_management() const
{
    const auto& t = q_.phrases();
    const auto same = static_cast<std::size_t>(concern::same_job_other_name);
    const bool leadership =
        t.has_any({" product leadership", " product leader", " leading product"});
    const bool management = t.has_any({" product management", " managing a product", " my job",
                                       " all the pms", " pm ", " product manager"});
    if (!leadership || !management ||
        !(q_.concerns().test(same) ||
          t.has_any({" different jobs", " different things", " distinction", " the same gig",
                     " the same job", " the same thing", " different roles", " buzzword",
                     " is that accurate", " marketing speak", " another word for", " diff jobs",
                     " words for one", " words for the same", " mean the same"}))) {
        return nullptr;
    }
    const auto pm = product_manager();
    if (!pm) {
        return nullptr;
    }
    const auto& pm_role = kb_.roles()[*pm];
    if (std::any_of(mentioned_.begin(), mentioned_.end(),
                    [&](const role* r) { return r != &pm_role; })) {
        return nullptr; // a leader's title named: that title is set against the PM
    }
    for (const std::size_t i : kb_.faqs_first_about(*pm)) {
        if (kb_.faqs()[i].roles.size() == 2 && kb_.concerns({entry_kind::faq, i}).test(same)) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

const faq* answer_builder::pm_and_leader_faq() const
{
    const auto& t = q_.phrases();
    const auto only = [&](concern c) {
        return q_.concerns() == concern_set().set(static_cast<std::size_t>(c));
    };
    // (How far ahead, alone: "long term" as a goal is no horizon asked, nor is a horizon one
    // of several aspects set side by side.)
    const bool planning =
        (only(concern::planning_horizon) || q_.concerns().none()) &&
        t.has_any({" yrs out", " years out", " yrs ahead", " years ahead", " how far out",
                   " how far ahead", " further out", " further ahead", " far into the future"});
    // (Working together day to day is still working together: "how do PMs and PLs actually
    // work together day to day".)
    const auto daily = static_cast<std::size_t>(concern::daily_work);
    const auto working_days =
        concern_set().set(daily).set(static_cast<std::size_t>(concern::collaboration));
    const bool together = (q_.concerns() & ~working_days).none() &&
                          !t.has_any({" coach", " steps", " decision"}) &&
                          t.has_any({" work together",
                                     " split things",
                                     " split the work",
                                     " divide things",
                                     " divide up",
                                     " support pms",
                                     " support each other",
                                     " work with my pl",
                                     " work with my lead",
                                     " work with my product lead",
                                     " work with the leaders",
                                     " work with product leadership",
                                     " work with the product leadership",
                                     " work with my new product lead",
                                     " the relationship",
                                     " my relationship",
                                     " that relationship",
                                     " leadership relationship",
                                     " lead relationship",
                                     " expect from the pm",
                                     " and vice versa",
                                     " dynamic between",
                                     " working dynamic",
                                     " what do they give me",
                                     " need from me",
                                     " bring back",
                                     " feed anything back"});
    // (Or who decides what between them: "who gets final say on what - me as the PM or my
    // product lead?")
    const bool deciding = only(concern::decisions) &&
                          t.has_any({" final say", " decision rights", " whose call",
                                     " mine to make", " who decides what", " who gets to decide"});
    // (Or what fills each one's days: "Walk me through a normal Tuesday for a PM, then for a
    // PL.")
    const bool days =
        !together && q_.concerns().test(daily) &&
        (only(concern::daily_work) ||
         q_.concerns() ==
             concern_set().set(daily).set(static_cast<std::size_t>(concern::hands_on_work))) &&
        t.has_any({" day", " days", " week", " calendar", " tuesday", " hour to hour"}) &&
        !t.has_any({" scope", " work with"});
    if (static_cast<int>(planning) + static_cast<int>(together) + static_cast<int>(deciding) +
            static_cast<int>(days) !=
        1) {
        return nullptr; // no theme, or several at once
    }
    const auto pm = product_manager();
    if (!pm) {
        return nullptr;
    }
    const auto& pm_role = kb_.roles()[*pm];
    bool pm_named = false;
    bool leader_named = false;
    for (const auto* r : mentioned_) {
        if (r == &pm_role) {
            pm_named = true;
        } else if (std::find(pm_role.reports_to.begin(), pm_role.reports_to.end(), r->id) !=
                   pm_role.reports_to.end()) {
            leader_named = true;
        } else {
            return nullptr; // another role: not the PM and the leader above
        }
    }
    // Both sides must be there: the PM named or speaking ("me", "us PMs"), the leader named
    // or spoken of ("my boss", "the leaders above me").
    const bool askers_side = pm_named || t.has_any({" me ", " me?", " i ", " im ", " us ", " my "});
    const bool leaders_side =
        leader_named || t.has_any({" my boss", " my lead", " my pl", " leaders", " leader ",
                                   " leadership", " above me", " above us"});
    // (How far ahead either one plans is half of the FAQ setting the two side by side: "How
    // far out is a PL supposed to be looking: next sprint, next year, next decade?")
    if (planning ? !askers_side && !leaders_side : !askers_side || !leaders_side) {
        return nullptr;
    }
    const auto theme = static_cast<std::size_t>(planning   ? concern::planning_horizon
                                                : deciding ? concern::decisions
                                                : days     ? concern::daily_work
                                                           : concern::collaboration);
    for (const std::size_t i : kb_.faqs_first_about(*pm)) {
        const auto& roles = kb_.faqs()[i].roles;
        // (Days are told of the two the FAQ sets side by side only: a PML's day is on its
        // card. So is how far ahead one of them plans: a director's is on its card.)
        const bool one_sided = !askers_side || !leaders_side;
        const bool about_those_named =
            (!days && !one_sided) ||
            std::all_of(mentioned_.begin(), mentioned_.end(), [&](const role* r) {
                return std::find(roles.begin(), roles.end(), r->id) != roles.end();
            });
        if (roles.size() == 2 && about_those_named &&
            kb_.concerns({entry_kind::faq, i}).test(theme)) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

const faq* answer_builder::pms_faq_on_strategy() const
{
    const auto pm = product_manager();
    if (!pm) {
        return nullptr;
    }
    // Only when no role but the PM and the leaders it answers to is named.
    const auto& pm_role = kb_.roles()[*pm];
    for (const auto* r : mentioned_) {
        if (r != &pm_role && std::find(pm_role.reports_to.begin(), pm_role.reports_to.end(),
                                       r->id) == pm_role.reports_to.end()) {
            return nullptr;
        }
    }
    const auto strategy = static_cast<std::size_t>(concern::strategy);
    for (const std::size_t i : kb_.faqs_first_about(*pm)) {
        if (kb_.concerns({entry_kind::faq, i}).test(strategy)) {
            return &kb_.faqs()[i];
        }
    }
    return nullptr;
}

} // namespace rolebot::knowledge
