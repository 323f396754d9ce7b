#pragma once
// Path queries between two actors (issue #4): shortest paths by hops or by edge strength,
// over all or some relation types, following or ignoring edge direction, and the k
// shortest loopless paths (Yen). Ties break by actor id, so answers are deterministic.

#include <cstddef>
#include <memory>
#include <vector>

#include "graph/compact_graph.hpp"
#include "graph/graph_filter.hpp"

namespace ng::graph {

struct PathOptions {
  // Criticizes and urges only from source to target; ties both ways.
  bool directed = false;
  // The edges to follow: relation types, actor kinds of both ends, least weight (the
  // statement-level parts, dates and top, are build's and not used here).
  GraphFilter filter;
  // Longest path to return, in hops; negative means no limit.
  int max_hops = -1;
  // How many loopless paths, shortest first.
  std::size_t k = 1;
  // Cost of an edge is 1/weight (Dijkstra) instead of one hop (BFS).
  bool weighted = false;
};

struct PathStep {
  EdgeIndex edge;
  bool forward;  // walked from the edge's source to its target
};

struct Path {
  std::vector<NodeIndex> nodes;  // from .. to
  std::vector<PathStep> steps;
  double cost = 0;  // hops, or the sum of 1/weight when weighted
};

/// Answers path queries on one graph with one set of options: the search graph (each pair of
/// actors joined by their heaviest edge the options allow) is built once, so a batch of
/// queries (`path --pairs`) pays for it once. `g` must outlive the finder.
class PathFinder {
 public:
  PathFinder(const CompactGraph& g, const PathOptions& options);
  ~PathFinder();
  PathFinder(const PathFinder&) = delete;
  PathFinder& operator=(const PathFinder&) = delete;

  /// Up to options.k paths from `from` to `to`, shortest first; empty when there is none.
  std::vector<Path> find(NodeIndex from, NodeIndex to);
  /// Whether an actor has an edge the options' filter keeps, either way (true without a
  /// filter): an actor without one is said to be filtered out rather than unreachable.
  bool has_edges(NodeIndex v) const;

 private:
  class Searcher;
  std::unique_ptr<Searcher> searcher_;
};

/// One query: PathFinder(g, options).find(from, to).
std::vector<Path> find_paths(const CompactGraph& g, NodeIndex from, NodeIndex to,
                             const PathOptions& options);

}  // namespace ng::graph
