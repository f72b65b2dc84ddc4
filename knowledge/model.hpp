#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rolebot::knowledge {

/// The two career tracks of the ladder.
enum class role_track { individual_contributor, management };

/// The aspects on which roles are compared side by side, in display order.
enum class aspect {
    scope,
    focus,
    time_horizon,
    primary_tasks,
    daily_activities,
    decision_authority,
    team_interaction,
    metrics,
    innovation,
    customer_focus,
    market_strategy,
};
inline constexpr std::size_t aspect_count = 11;

/// JSON key of an aspect ("time_horizon").
std::string_view aspect_key(aspect a);
/// Human label of an aspect ("Time horizon").
std::string_view aspect_label(aspect a);
/// Aspect for a JSON key, if it is one.
std::optional<aspect> aspect_from_key(std::string_view key);
/// Human label of a track ("Individual contributor").
std::string_view track_label(role_track t);

/// Where an entry was defined, for error messages ("roles.json", "/roles/3").
struct origin {
    std::string file;
    std::string pointer;
};

/// One product-management title and what the articles say about it.
struct role {
    std::string id;
    std::string title;
    role_track track = role_track::individual_contributor;
    int rank = 0;
    std::vector<std::string> aliases;
    std::string summary;
    std::string scope;
    std::string time_horizon;
    std::vector<std::string> responsibilities;
    std::vector<std::string> skills;
    std::vector<std::string> reports_to;
    std::vector<std::string> manages;
    std::vector<std::string> next_steps;
    /// Comparison values; empty where the articles say nothing. Scope and time horizon
    /// fall back to the top-level fields of the same name.
    std::array<std::string, aspect_count> aspects;
    std::vector<std::string> sources;
    origin defined_at;

    /// The value of one comparison aspect, empty when unknown.
    const std::string& aspect_value(aspect a) const;
};

/// A question the articles answer, with other ways people phrase it.
struct faq {
    std::string id;
    std::string question;
    std::vector<std::string> alternates;
    std::string answer;
    std::vector<std::string> roles; ///< role ids it is about
    std::vector<std::string> sources;
    origin defined_at;
};

/// One step of a transition path.
struct path_step {
    std::string title;
    std::string detail;
};

/// How to move from one role to another.
struct career_path {
    std::string id;
    std::string from; ///< role id
    std::string to;   ///< role id
    std::string summary;
    std::string typical_time;
    std::vector<path_step> steps;
    std::vector<std::string> milestones;
    std::vector<std::string> skills_to_build;
    std::vector<std::string> sources;
    origin defined_at;
};

/// A theme that is not one role: the reactive versus creative mindset, key skills...
struct topic {
    std::string id;
    std::string title;
    std::string summary;
    std::vector<std::string> points;
    std::vector<std::string> roles;
    std::vector<std::string> sources;
    origin defined_at;
};

/// The kinds of entry a knowledge base holds (and a search can return).
enum class entry_kind { role, faq, path, topic };

/// One entry of a knowledge base, by kind and position.
struct entry_ref {
    entry_kind kind;
    std::size_t index;
};

/// Everything one knowledge base holds, as loaded and validated.
struct content {
    std::vector<role> roles;
    std::vector<faq> faqs;
    std::vector<career_path> paths;
    std::vector<topic> topics;
};

} // namespace rolebot::knowledge
