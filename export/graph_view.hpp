#pragma once
// One way for a writer to read either form of a graph, in export order: a KnowledgeGraph
// (built from news or a graph .json) or a CompactGraph (a mapped .ngx snapshot), so that a
// snapshot is written out without first being rebuilt into a KnowledgeGraph.

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/compact_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

struct NodeFields {
  std::string_view id, label;
  graph::ActorKind kind;
  std::uint64_t statements;
};

struct EdgeFields {
  std::string_view source, target;
  graph::RelationType relation;
  bool directed;
  double weight;
  std::string_view first_date, last_date;
};

class KnowledgeGraphView {
 public:
  explicit KnowledgeGraphView(const graph::KnowledgeGraph& kg)
      : kg_(kg), g_(kg.graph()), vertices_(kg.sorted_vertices()), edges_(kg.sorted_edges()) {}
  std::size_t node_count() const { return vertices_.size(); }
  std::size_t edge_count() const { return edges_.size(); }
  NodeFields node(std::size_t i) const {
    const graph::ActorNode& n = g_[vertices_[i]];
    return {n.id, n.label, n.kind, n.statements};
  }
  EdgeFields edge(std::size_t i) const {
    graph::Edge e = edges_[i];
    const graph::RelationEdge& r = g_[e];
    return {g_[boost::source(e, g_)].id, g_[boost::target(e, g_)].id, r.relation, r.directed, r.weight,
            r.first_date, r.last_date};
  }
  template <typename F>
  void for_each_speaker(std::size_t i, F&& f) const {
    for (const std::string& speaker : g_[vertices_[i]].speakers) f(std::string_view(speaker));
  }
  /// f(date, statements) for each of the edge's dates, ascending.
  template <typename F>
  void for_each_date(std::size_t i, F&& f) const {
    for (const graph::DateCount& d : g_[edges_[i]].dates) f(std::string_view(d.date), d.statements);
  }
  /// The edge's evidence; `scratch` is unused here (the graph holds it as it is).
  const std::vector<graph::Evidence>& evidence(std::size_t i, std::vector<graph::Evidence>&) const {
    return g_[edges_[i]].evidence;
  }
  std::vector<std::pair<std::string_view, std::string_view>> represents() const {
    return {kg_.represents().begin(), kg_.represents().end()};
  }

 private:
  const graph::KnowledgeGraph& kg_;
  const graph::Graph& g_;
  std::vector<graph::Vertex> vertices_;
  std::vector<graph::Edge> edges_;
};

class CompactGraphView {
 public:
  explicit CompactGraphView(const graph::CompactGraph& g) : g_(g) {}
  std::size_t node_count() const { return g_.node_count(); }
  std::size_t edge_count() const { return g_.edge_count(); }
  NodeFields node(std::size_t i) const {
    auto v = static_cast<graph::NodeIndex>(i);
    return {g_.id(v), g_.label(v), g_.kind(v), g_.nodes[i].statements};
  }
  EdgeFields edge(std::size_t i) const {
    const graph::CompactEdge& e = g_.edges[i];
    return {g_.id(e.source), g_.id(e.target), g_.relation(static_cast<graph::EdgeIndex>(i)), e.directed != 0,
            e.weight, g_.strings.at(e.first_date), g_.strings.at(e.last_date)};
  }
  template <typename F>
  void for_each_speaker(std::size_t i, F&& f) const {
    const graph::CompactNode& n = g_.nodes[i];
    for (graph::StringIndex s : g_.speakers.subspan(n.speakers_begin, n.speakers_count)) f(g_.strings.at(s));
  }
  template <typename F>
  void for_each_date(std::size_t i, F&& f) const {
    const graph::CompactEdge& e = g_.edges[i];
    for (const graph::CompactDate& d : g_.dates.subspan(e.dates_begin, e.dates_count)) f(g_.strings.at(d.date), d.statements);
  }
  /// The edge's evidence, copied into `scratch`, whose strings keep their capacity from one
  /// edge to the next (no allocation per evidence once warm).
  const std::vector<graph::Evidence>& evidence(std::size_t i, std::vector<graph::Evidence>& scratch) const {
    g_.evidence_into(static_cast<graph::EdgeIndex>(i), scratch);
    return scratch;
  }
  std::vector<std::pair<std::string_view, std::string_view>> represents() const {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    for (const graph::CompactLink& l : g_.represents) out.emplace_back(g_.id(l.person), g_.id(l.actor));
    return out;
  }

 private:
  const graph::CompactGraph& g_;
};

}  // namespace ng::exporters
