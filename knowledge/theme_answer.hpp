#pragma once

#include "knowledge/answerer.hpp"
#include "knowledge/asked_question.hpp"
#include "knowledge/entry_fit.hpp"
#include "knowledge/question_concern.hpp"

#include <cstddef>
#include <optional>
#include <tuple>
#include <vector>

namespace rolebot::knowledge {

/// Of the entries considered, the one sharing the most of the themes asked (at least one);
/// on a tie, the one sharing more distinctive themes (evidence, not the "consultant" of
/// "is that just consultant talk?"), then more of the asking sentence's own themes
/// (context says "above her pay grade", the question asks about strategy), then the one
/// with fewer themes the question does not ask about (an FAQ on why a theme matters fits
/// a question on what it is less well); on a full tie, the first.
template <typename Entry> class closest_theme {
public:
    explicit closest_theme(concern_set asked, concern_set asking = {})
        : asked_(asked), asking_(asking)
    {
    }

    void consider(Entry entry, concern_set theirs)
    {
        // An entry sharing no theme asked never becomes best() (most share none: this
        // runs over every entry of a large base).
        if ((asked_ & theirs).none()) {
            return;
        }
        // Compared in that order (the class comment); fewer themes not asked about rank
        // higher, and on a full tie the first considered stays.
        const auto rank = std::tuple(
            (asked_ & theirs).count(), (asked_ & theirs & distinctive_concerns()).count(),
            (asking_ & theirs).count(), concern_count - (theirs & ~asked_).count());
        if (rank > rank_) {
            best_ = entry;
            rank_ = rank;
        }
    }

    /// Null when no entry considered shares a theme.
    const Entry* best() const { return std::get<0>(rank_) > 0 ? &best_ : nullptr; }

private:
    concern_set asked_;
    Entry best_{};
    concern_set asking_;
    std::tuple<std::size_t, std::size_t, std::size_t, std::size_t> rank_{};
};

/// Answers a question by what it is about (skills, metrics, planning horizon...): the FAQ
/// or topic about the same roles sharing the most of the themes asked, among the top hits;
/// with none there, the entry on a distinctive theme or the FAQ on the theme for the one
/// role named, however differently worded; with no FAQ on it, that role's card when the
/// card has a part for the theme.
class theme_answer {
public:
    theme_answer(const knowledge_base& kb, const asked_question& question, const entry_fit& fit);

    /// Nothing when the question has no theme, or no entry that fits it shares one.
    std::optional<answer> find() const;

    /// The topic sharing the most of `asked` among all topics: for a question about every
    /// role ("which numbers does each product role track?"), or someone heading into
    /// product from another field.
    std::optional<answer> topic_on_theme(concern_set asked) const;

    /// The FAQ about both roles sharing the most of `asked`, however differently worded:
    /// "PL ranks higher than PM right?" shares few words with the FAQ on which is senior.
    const faq* faq_on_theme_about_both(concern_set asked, const role& a, const role& b) const;

private:
    /// Among the FAQs first about the one role named, the one sharing the most of the
    /// themes asked (fewest others on a tie): "my promo packet for PL is due, what
    /// convinces people you're lead material" shares almost no words with the FAQ on
    /// signs of readiness for product lead, only its role and theme.
    const faq* faq_on_theme_of_named_role(concern_set asked) const;
    /// The entry on a distinctive theme asked (the titles of product leadership, examples
    /// of it, the reactive and creative mindsets, the four pillars), however the question
    /// words it ("any big-name execs who modelled strong product leadership?" shares no
    /// word with the examples but leadership): with no role named, any FAQ or topic; with
    /// roles named, a topic about them all ("the PM job stands on four legs: what are
    /// they?"). Not for something the base never names.
    std::optional<answer> on_distinctive_theme(concern_set asked) const;
    /// True when an FAQ or topic is about the role.
    bool is_about(entry_ref ref, const role& r) const;
    /// True when an FAQ or topic is about at least one of the roles the question names.
    bool about_a_named_role(entry_ref ref) const;

    const knowledge_base& kb_;
    const asked_question& q_;
    const entry_fit& fit_;
    const std::vector<const role*>& mentioned_;
};

} // namespace rolebot::knowledge
