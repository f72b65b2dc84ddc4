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

    /// The value of one comparison aspect, empty when unknown.
    const std::string& aspect_value(aspect a) const;
};

} // namespace rolebot::knowledge
