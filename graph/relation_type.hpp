#pragma once
// The three edge types of relations.md, and their one text form ("has-ties-with").

#include <optional>
#include <string_view>

namespace ng::graph {

enum class RelationType { HasTiesWith, Criticizes, Urges };

inline constexpr RelationType kAllRelationTypes[] = {
    RelationType::HasTiesWith, RelationType::Criticizes, RelationType::Urges};

/// The wire name used in every output: "has-ties-with", "criticizes", "urges".
std::string_view to_string(RelationType type);

/// Parses a wire name; std::nullopt for anything else.
std::optional<RelationType> parse_relation_type(std::string_view text);

/// relations.md: has-ties-with is symmetric, the other two go source -> target.
constexpr bool is_symmetric(RelationType type) { return type == RelationType::HasTiesWith; }

}  // namespace ng::graph
