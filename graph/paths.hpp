#pragma once
// Path queries between two actors (issue #4): shortest paths by hops or by edge strength,
// over all or some relation types, following or ignoring edge direction, and the k
// shortest loopless paths (Yen). Ties break by actor id, so answers are deterministic.

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace ng::graph {

struct PathOptions {
  // Criticizes and urges only from source to target; ties both ways.
  bool directed = false;
  // Relation types to follow; empty means all.
  std::vector<RelationType> types;
  // Longest path to return, in hops; negative means no limit.
  int max_hops = -1;
  // How many loopless paths, shortest first.
  std::size_t k = 1;
  // Cost of an edge is 1/weight (Dijkstra) instead of one hop (BFS).
  bool weighted = false;
};

struct PathStep {
  Edge edge;
  bool forward;  // walked from the edge's source to its target
};

struct Path {
  std::vector<Vertex> nodes;  // from .. to
  std::vector<PathStep> steps;
  double cost = 0;  // hops, or the sum of 1/weight when weighted
};

/// Up to options.k paths from `from` to `to`, shortest first; empty when there is none.
/// Between two actors a path uses their heaviest edge allowed by the options.
std::vector<Path> find_paths(const KnowledgeGraph& g, Vertex from, Vertex to,
                             const PathOptions& options);

}  // namespace ng::graph
