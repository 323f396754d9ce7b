#pragma once
// Who an actor deals with (issue #4, `newsgraph neighbors`): the actors it has ties with,
// those that criticize or urge it, and those it criticizes or urges, each heaviest first.

#include <vector>

#include "graph/graph_filter.hpp"
#include "graph/compact_graph.hpp"

namespace ng::graph {

struct Neighbor {
  NodeIndex actor;  // the other end
  EdgeIndex edge;
  double weight = 0;
};

struct Neighborhood {
  std::vector<Neighbor> ties;           // has-ties-with, either end
  std::vector<Neighbor> criticized_by;  // X criticizes the actor
  std::vector<Neighbor> urged_by;       // X urges the actor
  std::vector<Neighbor> criticizes;     // the actor criticizes X
  std::vector<Neighbor> urges;          // the actor urges X
};

/// The edges at `actor` that `filter` keeps, grouped; each group by weight (heaviest
/// first), ties broken by the other actor's id.
Neighborhood find_neighbors(const CompactGraph& g, NodeIndex actor, const GraphFilter& filter = {});

}  // namespace ng::graph
