#pragma once

#include "knowledge/model.hpp"

#include <bitset>
#include <string>
#include <string_view>

namespace rolebot::knowledge {

/// What a question is about besides the roles it names and what it asks of them: the
/// themes the articles answer questions on. Two phrasings that share a concern and a
/// role ask the same thing even when they share few words ("what separates a great
/// product lead" and "what skills does a product lead need").
enum class concern {
    skills,
    metrics,
    planning_horizon,
    decisions,
    daily_work,
    strategy,
    finance,
    challenges,
    coming_from_elsewhere,
    title_variation,
    learning,
    hands_on_work,
    individual_contributor_track,
    communication,
    mindset,
    pillars,
    collaboration,
    leadership_titles,
    seniority,
    examples,
    same_job_other_name,
    readiness,
    prerequisite,
    responsibilities,
    importance,
    evidence, ///< proof that something pays off (proof words and outcome words together)
    executives,
    preparation,  ///< what to start doing now to be ready later
    both_tracks,  ///< the IC and management tracks side by side
    starting_out, ///< where a product career begins: the first rung
};
inline constexpr std::size_t concern_count = 30;
using concern_set = std::bitset<concern_count>;

/// The concerns whose words no other theme uses ("reactive", "pillar", "IC"): naming one is
/// enough to know the subject, even among words the knowledge base never uses.
concern_set distinctive_concerns();

/// True when a prepared question says the asker would rather not manage people ("I
/// dread managing people", "no interest in managing"): the IC track, never a question of
/// whom a role manages.
bool reluctant_to_manage(std::string_view text);

/// The concerns of a prepared question (question_text()).
concern_set concerns_of(const std::string& text);

/// True when the role's card answers a concern on its own ("how far ahead does a
/// director plan?" is the card's time horizon) because the card has that part.
bool card_covers(const role& r, concern c);

} // namespace rolebot::knowledge
