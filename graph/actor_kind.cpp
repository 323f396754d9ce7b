#include "graph/actor_kind.hpp"

namespace ng::graph {

std::string_view to_string(ActorKind kind) {
  switch (kind) {
    case ActorKind::Country: return "country";
    case ActorKind::Organization: return "organization";
    case ActorKind::ArmedGroup: return "armed-group";
    case ActorKind::Person: return "person";
    case ActorKind::Unknown: return "unknown";
  }
  return "unknown";
}

std::optional<ActorKind> parse_actor_kind(std::string_view text) {
  for (ActorKind kind : {ActorKind::Country, ActorKind::Organization, ActorKind::ArmedGroup,
                         ActorKind::Person, ActorKind::Unknown}) {
    if (to_string(kind) == text) return kind;
  }
  return std::nullopt;
}

}  // namespace ng::graph
