#include "graph/neighbors.hpp"

#include <algorithm>

namespace ng::graph {

Neighborhood find_neighbors(const CompactGraph& g, NodeIndex actor, const GraphFilter& filter) {
  Neighborhood out;
  for (const CompactArc& a : g.out(actor)) {
    if (!filter.keeps(g, a.edge)) continue;
    Neighbor n{a.neighbor, a.edge, g.edges[a.edge].weight};
    switch (g.relation(a.edge)) {
      case RelationType::HasTiesWith: out.ties.push_back(n); break;
      case RelationType::Criticizes: out.criticizes.push_back(n); break;
      case RelationType::Urges: out.urges.push_back(n); break;
    }
  }
  for (const CompactArc& a : g.in(actor)) {
    if (!filter.keeps(g, a.edge)) continue;
    Neighbor n{a.neighbor, a.edge, g.edges[a.edge].weight};
    switch (g.relation(a.edge)) {
      case RelationType::HasTiesWith: out.ties.push_back(n); break;
      case RelationType::Criticizes: out.criticized_by.push_back(n); break;
      case RelationType::Urges: out.urged_by.push_back(n); break;
    }
  }
  // Node index order is id order: equal weights list by the other actor's id.
  auto heaviest_first = [](const Neighbor& a, const Neighbor& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    return a.actor < b.actor;
  };
  for (auto* group : {&out.ties, &out.criticized_by, &out.urged_by, &out.criticizes, &out.urges}) {
    std::sort(group->begin(), group->end(), heaviest_first);
  }
  return out;
}

}  // namespace ng::graph
