#pragma once
// What kind of party a node is (relations.md: "Actors (the nodes)").

#include <optional>
#include <string_view>

namespace ng::graph {

enum class ActorKind { Country, Organization, ArmedGroup, Person, Unknown };

/// The wire name: "country", "organization", "armed-group", "person", "unknown".
std::string_view to_string(ActorKind kind);

/// Parses a wire name; std::nullopt for anything else.
std::optional<ActorKind> parse_actor_kind(std::string_view text);

}  // namespace ng::graph
