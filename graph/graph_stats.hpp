#pragma once
// What a graph holds (issue #4, `newsgraph stats`): counts by kind and relation, the
// best-connected actors, and the connected components ignoring direction.

#include <cstddef>
#include <map>
#include <vector>

#include "graph/compact_graph.hpp"

namespace ng::graph {

struct ActorDegree {
  NodeIndex actor = 0;
  std::size_t degree = 0;  // edges at the actor, any relation, either direction
  double weighted = 0;     // the sum of their weights
};

struct GraphStats {
  std::size_t nodes = 0, edges = 0;
  double total_weight = 0;
  std::map<ActorKind, std::size_t> nodes_by_kind;       // every kind, zero included
  std::map<RelationType, std::size_t> edges_by_relation;  // every relation, zero included
  std::map<RelationType, double> weight_by_relation;
  std::size_t represents = 0;  // person-level links
  std::vector<ActorDegree> top_degree;    // by degree, then weighted degree, then id
  std::vector<ActorDegree> top_weighted;  // by weighted degree, then degree, then id
  std::vector<std::size_t> component_sizes;  // largest first; its size is the count
};

/// Counts, the `top` best-connected actors both ways, and the components of the
/// undirected view.
GraphStats graph_stats(const CompactGraph& g, std::size_t top = 10);

}  // namespace ng::graph
