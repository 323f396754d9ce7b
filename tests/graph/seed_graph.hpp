#pragma once
// The twelve actor-level edges of the seed article (relations.md), built by hand.

#include <string>

#include "graph/knowledge_graph.hpp"

namespace ng::test {

inline graph::Actor seed_actor(const std::string& id) {
  using graph::ActorKind;
  if (id == "NATO") return {id, "NATO", ActorKind::Organization};
  if (id == "TALIBAN") return {id, "Taliban", ActorKind::ArmedGroup};
  if (id == "RUS") return {id, "Russia", ActorKind::Country};
  if (id == "USA") return {id, "United States", ActorKind::Country};
  if (id == "QAT") return {id, "Qatar", ActorKind::Country};
  return {id, id, ActorKind::Country};
}

inline void add_statements(graph::KnowledgeGraph& kg, const std::string& s, graph::RelationType r,
                           const std::string& t, int times = 1) {
  for (int i = 0; i < times; ++i) {
    kg.add({seed_actor(s), r, seed_actor(t),
            {"seed", i, "sentence " + std::to_string(i), std::nullopt, "", std::nullopt}});
  }
}

inline graph::KnowledgeGraph seed_graph() {
  using graph::RelationType;
  graph::KnowledgeGraph kg;
  for (const char* c : {"RUS", "USA", "GBR", "DEU", "ITA", "IRN", "PAK", "CHN", "QAT"}) {
    add_statements(kg, c, RelationType::HasTiesWith, "TALIBAN");
  }
  add_statements(kg, "RUS", RelationType::Criticizes, "USA");
  add_statements(kg, "RUS", RelationType::Criticizes, "NATO");
  add_statements(kg, "NATO", RelationType::Urges, "RUS");
  return kg;
}

}  // namespace ng::test
