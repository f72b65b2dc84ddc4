#include "knowledge/model.hpp"

namespace rolebot::knowledge {
namespace {

struct aspect_name {
    std::string_view key;
    std::string_view label;
};

constexpr std::array<aspect_name, aspect_count> aspect_names{{
    {"scope", "Scope"},
    {"focus", "Focus"},
    {"time_horizon", "Time horizon"},
    {"primary_tasks", "Primary tasks"},
    {"daily_activities", "Daily activities"},
    {"decision_authority", "Decision authority"},
    {"team_interaction", "Team interaction"},
    {"metrics", "Metrics"},
    {"innovation", "Innovation"},
    {"customer_focus", "Customer focus"},
    {"market_strategy", "Market strategy"},
}};

} // namespace

std::string_view aspect_key(aspect a)
{
    return aspect_names.at(static_cast<std::size_t>(a)).key;
}

std::string_view aspect_label(aspect a)
{
    return aspect_names.at(static_cast<std::size_t>(a)).label;
}

std::optional<aspect> aspect_from_key(std::string_view key)
{
    for (std::size_t i = 0; i < aspect_names.size(); ++i) {
        if (aspect_names[i].key == key) {
            return static_cast<aspect>(i);
        }
    }
    return std::nullopt;
}

std::string_view track_label(role_track t)
{
    return t == role_track::management ? "Management" : "Individual contributor";
}

const std::string& role::aspect_value(aspect a) const
{
    const auto& own = aspects.at(static_cast<std::size_t>(a));
    if (!own.empty()) {
        return own;
    }
    if (a == aspect::scope) {
        return scope;
    }
    if (a == aspect::time_horizon) {
        return time_horizon;
    }
    return own;
}

} // namespace rolebot::knowledge
