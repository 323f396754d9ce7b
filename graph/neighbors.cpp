#include "graph/neighbors.hpp"

#include <algorithm>

namespace ng::graph {

Neighborhood find_neighbors(const KnowledgeGraph& kg, Vertex actor, const GraphFilter& filter) {
  const Graph& g = kg.graph();
  Neighborhood out;
  for (auto [it, end] = boost::out_edges(actor, g); it != end; ++it) {
    if (!filter.keeps(kg, *it)) continue;
    Neighbor n{boost::target(*it, g), *it, g[*it].weight};
    switch (g[*it].relation) {
      case RelationType::HasTiesWith: out.ties.push_back(n); break;
      case RelationType::Criticizes: out.criticizes.push_back(n); break;
      case RelationType::Urges: out.urges.push_back(n); break;
    }
  }
  for (auto [it, end] = boost::in_edges(actor, g); it != end; ++it) {
    if (!filter.keeps(kg, *it)) continue;
    Neighbor n{boost::source(*it, g), *it, g[*it].weight};
    switch (g[*it].relation) {
      case RelationType::HasTiesWith: out.ties.push_back(n); break;
      case RelationType::Criticizes: out.criticized_by.push_back(n); break;
      case RelationType::Urges: out.urged_by.push_back(n); break;
    }
  }
  auto heaviest_first = [&g](const Neighbor& a, const Neighbor& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    return g[a.actor].id < g[b.actor].id;
  };
  for (auto* group : {&out.ties, &out.criticized_by, &out.urged_by, &out.criticizes, &out.urges}) {
    std::sort(group->begin(), group->end(), heaviest_first);
  }
  return out;
}

}  // namespace ng::graph
