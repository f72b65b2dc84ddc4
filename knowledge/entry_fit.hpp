#pragma once

#include "knowledge/asked_question.hpp"
#include "knowledge/knowledge_base.hpp"
#include "knowledge/question_intent.hpp"

#include <initializer_list>

namespace rolebot::knowledge {

/// Whether an entry found for a question may answer it: about the roles it names, close
/// enough in wording, and holding what is asked. The answerer's routes ask these.
class entry_fit {
public:
    /// Share of the question an entry must cover to be given as the answer.
    static constexpr double min_coverage = 0.6;
    /// Below this share of the question, an entry is not worth offering as "closest",
    /// nor close enough to be the FAQ comparing two roles.
    static constexpr double min_closest_coverage = 0.25;
    /// Share of what the question asks (its words other than titles) an entry must hold.
    static constexpr double min_predicate_coverage = 0.6;
    /// Share of an FAQ phrasing the question must echo: "what is a senior PM?" covers all
    /// of "does a senior PM manage people?" but asks something else.
    static constexpr double min_phrasing_coverage = 0.55;
    /// A question echoing this much of an FAQ phrasing needs to be covered only this far
    /// (overall and in what it asks) for the FAQ to answer it: chat wraps a whole FAQ in
    /// words of its own ("any recs for courses/newsletters/books to get better at product
    /// leadership stuff"). (On the question sets, every value from 0.15 to
    /// 0.5 kept every refusal; 0.3 answered the most unread questions, 0.2 the most read.)
    static constexpr double echoed_phrasing = 0.95;
    static constexpr double echoing_coverage = 0.3;
    static constexpr double echoing_predicate_coverage = 0.3;

    entry_fit(const knowledge_base& kb, const asked_question& question);

    /// True when a hit may be given as the answer: it covers `coverage` of the question,
    /// is on subject and holds what is asked; a card only what it says; an FAQ with a
    /// phrasing close to the question both ways.
    bool acceptable(const search_index::hit& h, double coverage) const;

    /// The best acceptable FAQ among the hits that concerns every given role. With `asks`
    /// other than none, only phrasings that themselves ask that ("how long ...?")
    /// qualify: a shorter phrasing about the same roles must not win by brevity.
    const faq* best_faq(double coverage, std::initializer_list<const role*> about,
                        question_intent asks = question_intent::none) const;

    /// The best FAQ whose own question is about `r` first and asks `asks`: "who do PMs
    /// report to?" does not answer who a product lead reports to, even if it mentions
    /// product leads. The shared intent and subject are the evidence, so the wording only
    /// has to be close enough to be on subject.
    const faq* best_faq_about(double coverage, const role& r, question_intent asks) const;

    /// The FAQ that itself compares the two roles named ("head of product vs VP of
    /// product"), however differently the question is worded.
    const faq* comparison_faq(const role* a, const role* b) const;

    /// True when an FAQ or topic speaks to the roles the question names: an FAQ's own
    /// question first about the first of them (with two named, about both), a topic
    /// about all of them. An entry that names no role is about every role, unless the
    /// question names something the base never mentions. With none named, any entry.
    bool about_named_roles(const search_index::hit& h) const;

    /// True when the entry is about every role the question names: an answer about
    /// product managers does not answer a question about directors.
    bool on_subject(const search_index::hit& h) const;

    /// An FAQ first about `r` with a phrasing among the hits that the question echoes
    /// (min_phrasing_coverage) and that covers some of it (min_closest_coverage).
    const faq* echoed_faq_about(const role& r) const;

    /// True when `boss` manages people in the role `report`.
    static bool manages(const role& boss, const role& report);

    std::size_t index_of(const role* r) const;

private:
    /// False when the FAQ phrasing asks why and the question does not.
    bool asks_why_alike(std::uint32_t document) const;

    const knowledge_base& kb_;
    const asked_question& q_;
    const std::vector<const role*>& mentioned_;
};

} // namespace rolebot::knowledge
