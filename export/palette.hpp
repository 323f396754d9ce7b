#pragma once
// How kinds and relations look, shared by GraphML and DOT so both draw the same picture.

#include <string_view>

#include "graph/actor_kind.hpp"
#include "graph/relation_type.hpp"

namespace ng::exporters {

struct Rgb {
  int r, g, b;
  std::string_view hex;  // "#1f77b4"
};

struct KindStyle {
  Rgb fill;
  std::string_view shape;  // Graphviz node shape
};

struct RelationStyle {
  Rgb color;
  std::string_view style;  // Graphviz line style: solid | dashed | dotted | bold
};

// Colours from the Tableau 10 palette, readable on white and for most colour-blind readers.
constexpr KindStyle kind_style(graph::ActorKind kind) {
  switch (kind) {
    case graph::ActorKind::Country: return {{114, 158, 206, "#729ece"}, "ellipse"};
    case graph::ActorKind::Organization: return {{255, 158, 74, "#ff9e4a"}, "box"};
    case graph::ActorKind::ArmedGroup: return {{237, 102, 93, "#ed665d"}, "hexagon"};
    case graph::ActorKind::Person: return {{103, 191, 92, "#67bf5c"}, "note"};
    case graph::ActorKind::Unknown: return {{162, 162, 162, "#a2a2a2"}, "ellipse"};
  }
  return {{162, 162, 162, "#a2a2a2"}, "ellipse"};
}

constexpr RelationStyle relation_style(graph::RelationType relation) {
  switch (relation) {
    case graph::RelationType::HasTiesWith: return {{44, 160, 44, "#2ca02c"}, "solid"};
    case graph::RelationType::Criticizes: return {{214, 39, 40, "#d62728"}, "dashed"};
    case graph::RelationType::Urges: return {{31, 119, 180, "#1f77b4"}, "dotted"};
  }
  return {{0, 0, 0, "#000000"}, "solid"};
}

/// A person's `represents` link (person level only): grey and bold, apart from the relations.
inline constexpr RelationStyle kRepresentsStyle{{127, 127, 127, "#7f7f7f"}, "bold"};
inline constexpr std::string_view kRepresents = "represents";

inline constexpr graph::ActorKind kAllActorKinds[] = {
    graph::ActorKind::Country, graph::ActorKind::Organization, graph::ActorKind::ArmedGroup,
    graph::ActorKind::Person, graph::ActorKind::Unknown};

}  // namespace ng::exporters
