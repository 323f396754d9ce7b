#include "graph/graph_stats.hpp"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <functional>

namespace ng::graph {

GraphStats graph_stats(const KnowledgeGraph& kg, std::size_t top) {
  const Graph& g = kg.graph();
  GraphStats s;
  s.nodes = boost::num_vertices(g);
  s.edges = boost::num_edges(g);
  s.represents = kg.represents().size();
  for (ActorKind kind : {ActorKind::Country, ActorKind::Organization, ActorKind::ArmedGroup,
                         ActorKind::Person, ActorKind::Unknown}) {
    s.nodes_by_kind[kind] = 0;
  }
  for (RelationType type : kAllRelationTypes) {
    s.edges_by_relation[type] = 0;
    s.weight_by_relation[type] = 0;
  }
  std::vector<ActorDegree> degrees(s.nodes);
  for (Vertex v = 0; v < s.nodes; ++v) {
    degrees[v].actor = v;
    ++s.nodes_by_kind[g[v].kind];
  }

  // Direction does not matter for who is connected to whom.
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected u(s.nodes);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const RelationEdge& edge = g[*it];
    Vertex a = boost::source(*it, g), b = boost::target(*it, g);
    s.total_weight += edge.weight;
    ++s.edges_by_relation[edge.relation];
    s.weight_by_relation[edge.relation] += edge.weight;
    for (Vertex v : {a, b}) {
      ++degrees[v].degree;
      degrees[v].weighted += edge.weight;
    }
    boost::add_edge(a, b, u);
  }
  std::vector<std::size_t> component(s.nodes);
  std::size_t count = s.nodes == 0 ? 0 : boost::connected_components(u, component.data());
  s.component_sizes.assign(count, 0);
  for (std::size_t c : component) ++s.component_sizes[c];
  std::sort(s.component_sizes.begin(), s.component_sizes.end(), std::greater<>());

  auto id = [&g](const ActorDegree& d) -> const std::string& { return g[d.actor].id; };
  auto pick = [&](auto better) {
    std::vector<ActorDegree> out = degrees;
    std::size_t n = std::min(top, out.size());
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n), out.end(), better);
    out.resize(n);
    return out;
  };
  s.top_degree = pick([&](const ActorDegree& a, const ActorDegree& b) {
    if (a.degree != b.degree) return a.degree > b.degree;
    if (a.weighted != b.weighted) return a.weighted > b.weighted;
    return id(a) < id(b);
  });
  s.top_weighted = pick([&](const ActorDegree& a, const ActorDegree& b) {
    if (a.weighted != b.weighted) return a.weighted > b.weighted;
    if (a.degree != b.degree) return a.degree > b.degree;
    return id(a) < id(b);
  });
  return s;
}

}  // namespace ng::graph
