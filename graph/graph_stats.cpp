#include "graph/graph_stats.hpp"

#include <algorithm>
#include <functional>
#include <numeric>

namespace ng::graph {

namespace {

// Union-find over node indexes: components in one pass over the edges, no graph copy.
class Components {
 public:
  explicit Components(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), NodeIndex{0}); }
  NodeIndex root(NodeIndex v) {
    while (parent_[v] != v) v = parent_[v] = parent_[parent_[v]];
    return v;
  }
  void join(NodeIndex a, NodeIndex b) {
    a = root(a);
    b = root(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<NodeIndex> parent_;
};

}  // namespace

GraphStats graph_stats(const CompactGraph& g, std::size_t top) {
  GraphStats s;
  s.nodes = g.node_count();
  s.edges = g.edge_count();
  s.represents = g.represents.size();
  for (ActorKind kind : {ActorKind::Country, ActorKind::Organization, ActorKind::ArmedGroup,
                         ActorKind::Person, ActorKind::Unknown}) {
    s.nodes_by_kind[kind] = 0;
  }
  for (RelationType type : kAllRelationTypes) {
    s.edges_by_relation[type] = 0;
    s.weight_by_relation[type] = 0;
  }
  std::vector<ActorDegree> degrees(s.nodes);
  for (NodeIndex v = 0; v < s.nodes; ++v) {
    degrees[v].actor = v;
    ++s.nodes_by_kind[g.kind(v)];
  }

  // Direction does not matter for who is connected to whom.
  Components components(s.nodes);
  std::size_t by_relation[3] = {};
  double weight_by_relation[3] = {};
  for (const CompactEdge& edge : g.edges) {
    s.total_weight += edge.weight;
    ++by_relation[edge.relation];
    weight_by_relation[edge.relation] += edge.weight;
    for (NodeIndex v : {edge.source, edge.target}) {
      ++degrees[v].degree;
      degrees[v].weighted += edge.weight;
    }
    components.join(edge.source, edge.target);
  }
  for (RelationType type : kAllRelationTypes) {
    s.edges_by_relation[type] = by_relation[static_cast<int>(type)];
    s.weight_by_relation[type] = weight_by_relation[static_cast<int>(type)];
  }
  std::vector<std::size_t> size(s.nodes, 0);
  for (NodeIndex v = 0; v < s.nodes; ++v) ++size[components.root(v)];
  for (std::size_t n : size) {
    if (n > 0) s.component_sizes.push_back(n);
  }
  std::sort(s.component_sizes.begin(), s.component_sizes.end(), std::greater<>());

  // Node index order is id order, so the index breaks ties as the id would.
  auto pick = [&](auto better) {
    std::vector<ActorDegree> out = degrees;
    std::size_t n = std::min(top, out.size());
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n), out.end(), better);
    out.resize(n);
    return out;
  };
  s.top_degree = pick([](const ActorDegree& a, const ActorDegree& b) {
    if (a.degree != b.degree) return a.degree > b.degree;
    if (a.weighted != b.weighted) return a.weighted > b.weighted;
    return a.actor < b.actor;
  });
  s.top_weighted = pick([](const ActorDegree& a, const ActorDegree& b) {
    if (a.weighted != b.weighted) return a.weighted > b.weighted;
    if (a.degree != b.degree) return a.degree > b.degree;
    return a.actor < b.actor;
  });
  return s;
}

}  // namespace ng::graph
