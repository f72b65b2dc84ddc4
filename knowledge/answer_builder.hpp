#pragma once

#include "knowledge/answerer.hpp"
#include "knowledge/asked_question.hpp"
#include "knowledge/entry_fit.hpp"
#include "knowledge/question_intent.hpp"
#include "knowledge/search_index.hpp"
#include "knowledge/theme_answer.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace rolebot::knowledge {

/// Routes one question to its answer: by what it asks (define, compare, become, how
/// long, reporting lines) and what it is about, through the FAQs, topics, paths and
/// cards that fit it (entry_fit), or to an honest "I don't know". The routes live in
/// answer_builder.cpp; the answers of last resort, when no route fits, in
/// answer_fallbacks.cpp.
class answer_builder {
public:
    answer_builder(const knowledge_base& kb, std::string_view question);

    answer run();

    /// The question as prepared: its text, the roles it names, its scope.
    const asked_question& question() const { return q_; }

private:
    /// The route for what the question asks (intent_), or nothing when none fits.
    std::optional<answer> by_intent(const role* first, const role* second) const;
    /// Two roles set side by side, or one theme across three roles or more.
    std::optional<answer> route_compare(const role* first, const role* second) const;
    /// Whom the role named reports to.
    std::optional<answer> route_reports_to(const role* first) const;
    /// Whom the role named leads, or managing people as a theme.
    std::optional<answer> route_manages(const role* first, const role* second) const;
    /// How long a move takes: a path that says so, or the role's own FAQ on it.
    std::optional<answer> route_how_long(const role* first, const role* second) const;
    /// How to make a move: the path between the roles named, or an entry on its theme.
    std::optional<answer> route_become(const role* first, const role* second) const;
    /// What the role named is, unless the question asks something of it that an entry
    /// answers.
    std::optional<answer> route_define(const role* first) const;

    /// What a "become" or "define" question gets before its own route: an FAQ phrased
    /// much like it, an entry on its theme, or, when it asks what comes next, the card of
    /// the role it starts from (the card lists the next steps).
    std::optional<answer> faq_theme_or_next_step(const role* first) const;
    /// For a way up asked by someone who wants no reports: the FAQ on growing without
    /// managing people.
    std::optional<answer> way_up_without_reports() const;
    /// When the question asks what comes after the one role it names: that role's FAQ on
    /// it, or its card (which lists the next steps).
    std::optional<answer> next_step(const role* first) const;
    /// The FAQ first about `r` whose own question asks `intent` of it, if the base has one.
    const faq* own_faq_asking(const role& r, question_intent intent) const;
    /// The FAQ first about `r` whose own question `asks` (one of question_asks.hpp's
    /// checks on a prepared text): "What comes after senior product manager?" asks the next
    /// step, "What other titles does a product management lead go by?" its other names.
    const faq* own_faq_whose_question(const role& r, bool (*asks)(const std::string&)) const;

    /// The role a question describes by its work instead of naming it, when it asks
    /// what that role is ("the person who runs sprint planning and writes the user
    /// stories: what is that job?"): the card holding far more of the description than
    /// any other card.
    const role* described_role() const;
    /// True when the one role the question names has a card that holds much of what
    /// is asked, so the card answers a question no FAQ does ("does a PML handle cost
    /// estimates?", "is a director over one team or several?"), or when it asks what that
    /// role does on no theme, in words the card lacks ("what does that person actually do
    /// here vs elsewhere"). A number the base never states ("my first 90 days") asks for
    /// something no card says, and so does a theme the card has no part for.
    bool card_answers() const;
    /// The best-ranked entry that fits the question well enough, or one that stands far
    /// above the rest (dominant_hit); unknown otherwise.
    answer best_entry() const;
    /// The top hit when it stands far above every other entry: chat wraps a question in
    /// words no entry holds ("my skip keeps saying 'not yet'"), so it covers little of
    /// the message (about a third is enough), but nothing else comes close. Only an FAQ
    /// or topic about no particular role, or about one the question names.
    /// The answer to a question on one of the themes new hires keep asking about (why titles
    /// vary, what is hard about a move, whether strategy is the PM's...), found before the
    /// general routes, which weigh shared words; nothing when the question is on none.
    std::optional<answer> on_a_recurring_theme(const role* first) const;
    /// The PM's own FAQ on whom it reports to, when that is asked of the PM however it is
    /// worded; null otherwise.
    const faq* pms_faq_on_reporting_line() const;
    /// The FAQ listing product leadership titles, when what those jobs are called is asked
    /// and no one title is; null otherwise.
    const faq* faq_on_leadership_titles() const;
    /// The role whose title's meaning or purpose is asked, maybe set against the plain PM,
    /// when its card says it best; null otherwise.
    const role* role_whose_title_is_asked() const;
    /// True when `r` has an FAQ about it alone on its duties, which says what it does better
    /// than its card.
    bool has_own_duties_faq(const role& r) const;
    /// The PM's index among the roles (the base's "product manager"), if it has one.
    std::optional<std::size_t> product_manager() const;
    /// The own FAQ on coming from other fields of the role someone from another field
    /// weighs reaching; null otherwise.
    const faq* faq_on_coming_from_elsewhere() const;
    /// The FAQs having `theme` among their concerns, in index order, from the base's index by
    /// concern: on a base 1000 times the shipped one, a walk over every FAQ is the tail.
    std::vector<std::size_t> faqs_on(concern theme) const;
    /// The first FAQ whose themes are exactly `themes` (none when `themes` is empty).
    const faq* faq_on_exactly(concern_set themes) const;
    /// The FAQ about `r` alone on `theme`, if the base has one.
    const faq* own_faq_on(const role& r, concern theme) const;
    /// The FAQ setting the reactive and creative mindsets side by side, when both are named
    /// and nothing else is asked.
    const faq* faq_on_both_mindsets() const;
    /// The FAQ on evidence that product leadership pays off, when evidence is asked for.
    const faq* faq_on_evidence() const;
    /// The FAQ on who decides which products are funded or cut, when that is asked.
    const faq* faq_on_investment_decisions() const;
    /// The FAQ on communication in product leadership, when how much it matters to those
    /// leading product is asked and no role is named.
    const faq* leaders_faq_on_communication() const;
    /// The one role named's own FAQ on whether it is an individual contributor, when IC work
    /// and management are set side by side.
    const faq* faq_on_ic_or_management() const;
    /// The one role named's own FAQ on finance, when whether it needs finance is asked.
    const faq* roles_faq_on_finance() const;
    /// The PM's own FAQ on `theme`, when no role but the PM is named and no theme outside
    /// `allowed` is asked (in the sentence that asks, when there is context).
    const faq* pms_faq_on_theme(concern theme, concern_set allowed) const;
    /// The PM's FAQ on preparing to lead, when a PM or leading is spoken of.
    const faq* pms_faq_on_preparing() const;
    /// The PM's FAQ on metrics, when someone who owns a product asks what to watch.
    const faq* pms_faq_on_metrics_owned() const;
    /// The one role named's own FAQ on its challenges, when what is hard in its job is asked
    /// and no move is.
    const faq* faq_on_the_jobs_challenges() const;
    /// The FAQ on what is hard about a move between the roles named, when that is asked;
    /// null otherwise.
    const faq* faq_on_a_hard_move() const;
    /// The own FAQ on readiness of the one leader named, when readiness for it is asked;
    /// null otherwise.
    const faq* leaders_faq_on_readiness() const;
    /// The FAQ on how the one role named differs from the PM in general, when the question
    /// sets it against the PM and asks how; null otherwise.
    const faq* faq_setting_role_against_pm() const;
    /// The FAQ on how two roles differ in general (on no theme), if the base has one.
    const faq* general_comparison_faq(const role& a, const role& b) const;
    /// The FAQ on whether product leadership is product management under another name, when
    /// that is asked and no leader's title is named; null otherwise.
    const faq* faq_on_leadership_as_management() const;
    /// The own FAQ on what comes next of a role named with its next steps as guesses; null
    /// otherwise.
    const faq* faq_on_what_comes_next() const;
    /// The FAQ on whether a technical background is needed, when the asker weighs their
    /// own lack of one; null otherwise.
    const faq* faq_on_technical_background() const;
    /// The FAQ on how far ahead the PM and the leader above plan, or on how they work
    /// together, when that is asked of both; null otherwise.
    const faq* pm_and_leader_faq() const;
    /// The own FAQ on skills of the one leader named (maybe beside the PM), when skills are
    /// all that is asked; null otherwise.
    const faq* leaders_faq_on_skills() const;
    /// The PM's own FAQ on strategy, when no role is named but the PM and those it answers
    /// to; null otherwise.
    const faq* pms_faq_on_strategy() const;
    /// The FAQ that asks why on `theme` (why titles vary, why the creative mindset matters);
    /// null if none.
    const faq* faq_asking_why(concern theme) const;
    std::vector<search_index::hit>::const_iterator dominant_hit() const;
    /// The honest "I don't know", offering the roles named and the closest entries.
    answer unknown() const;

    const knowledge_base& kb_;
    asked_question q_;
    entry_fit fit_;
    theme_answer themes_;
    const std::vector<const role*>& mentioned_;
    question_intent intent_ = question_intent::none;
    /// The PM's index among the roles, looked up once (several themes set roles against it).
    mutable std::optional<std::optional<std::size_t>> product_manager_;
};

} // namespace rolebot::knowledge
