#pragma once
// A four-statement graph for the exporter tests, with a label full of characters every
// format must escape.

#include "graph/knowledge_graph.hpp"

namespace ng::test {

inline graph::KnowledgeGraph fixture_graph() {
  using graph::ActorKind;
  using graph::RelationType;
  graph::Actor rus{"RUS", "Russia", ActorKind::Country};
  graph::Actor tal{"TALIBAN", "Taliban & <Co> \"q\" \\ \x01x", ActorKind::ArmedGroup};
  graph::Actor nato{"NATO", "NATO", ActorKind::Organization};
  graph::KnowledgeGraph kg;
  kg.add({tal, RelationType::HasTiesWith, rus,
          {"d1", 0, "Russia has ties with the Taliban.", std::string("Mantytskiy"), "2021-01-05",
           std::string("RUS")}});
  kg.add({rus, RelationType::Criticizes, nato,
          {"d1", 2, "Moscow hit out at NATO & co.", std::nullopt, "2021-01-05", std::nullopt}});
  kg.add({nato, RelationType::Urges, rus, {"d2", 1, "NATO called on \"Russia\".", std::nullopt, "", std::nullopt}});
  kg.add({rus, RelationType::Criticizes, nato, {"d3", 0, "Again <b>.", std::nullopt, "2022-03-01", std::nullopt}});
  return kg;
}

/// The person level: Zamir Kabulov speaks for Russia, so the edge is his and he represents it.
inline graph::KnowledgeGraph person_fixture_graph() {
  using namespace graph;
  KnowledgeGraph kg;
  kg.set_level(Level::Person);
  kg.add({{"RUS", "Russia", ActorKind::Country},
          RelationType::Urges,
          {"QAT", "Qatar", ActorKind::Country},
          {"d", 0, "t", std::string("Zamir Kabulov"), "2021-01-05", std::string("RUS")}});
  return kg;
}

}  // namespace ng::test
