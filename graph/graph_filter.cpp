#include "graph/graph_filter.hpp"

#include <algorithm>
#include <cctype>

namespace ng::graph {

namespace {

template <typename T, typename Parse>
std::optional<std::vector<T>> parse_list(std::string_view list, std::string& bad, Parse parse) {
  std::vector<T> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    std::string_view name = list.substr(start, comma - start);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (!name.empty()) {
      auto value = parse(name);
      if (!value) {
        bad = std::string(name);
        return std::nullopt;
      }
      if (std::find(out.begin(), out.end(), *value) == out.end()) out.push_back(*value);
    }
    start = comma + 1;
  }
  return out;
}

// A date bound compares with the document date's prefix of the same length, so
// `--until 2021` keeps 2021-12-31 and `--since 2021-08` keeps 2021-08-01.
bool date_within(std::string_view date, const std::string& since, const std::string& until) {
  if (date.empty()) return false;
  if (!since.empty() && date.substr(0, since.size()) < since) return false;
  if (!until.empty() && date.substr(0, until.size()) > until) return false;
  return true;
}

}  // namespace

bool GraphFilter::empty() const {
  return types.empty() && kinds.empty() && min_weight <= 0 && !has_dates() && top == 0;
}

bool GraphFilter::keeps_kind(ActorKind kind) const {
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool GraphFilter::keeps(const Statement& statement) const {
  if (!types.empty() && std::find(types.begin(), types.end(), statement.relation) == types.end()) {
    return false;
  }
  if (!keeps_kind(statement.source.kind) || !keeps_kind(statement.target.kind)) return false;
  return !has_dates() || date_within(statement.evidence.date, since, until);
}

bool GraphFilter::keeps(const KnowledgeGraph& kg, Edge e) const {
  const Graph& g = kg.graph();
  const RelationEdge& edge = g[e];
  if (!types.empty() && std::find(types.begin(), types.end(), edge.relation) == types.end()) {
    return false;
  }
  if (edge.weight < min_weight) return false;
  if (!keeps_kind(g[boost::source(e, g)].kind) || !keeps_kind(g[boost::target(e, g)].kind)) {
    return false;
  }
  return !has_dates() || (date_within(edge.first_date, since, until) &&
                          date_within(edge.last_date, since, until));
}

bool GraphFilter::keeps(const CompactGraph& g, EdgeIndex e) const {
  const CompactEdge& edge = g.edges[e];
  if (!types.empty() && std::find(types.begin(), types.end(), g.relation(e)) == types.end()) return false;
  if (edge.weight < min_weight) return false;
  if (!keeps_kind(g.kind(edge.source)) || !keeps_kind(g.kind(edge.target))) return false;
  return !has_dates() || (date_within(g.strings.at(edge.first_date), since, until) &&
                          date_within(g.strings.at(edge.last_date), since, until));
}

KnowledgeGraph filter_graph(const KnowledgeGraph& kg, const GraphFilter& filter) {
  const Graph& g = kg.graph();
  KnowledgeGraph out(kg.max_evidence());
  std::vector<Edge> kept;
  for (Edge e : kg.sorted_edges()) {
    if (filter.keeps(kg, e)) kept.push_back(e);
  }
  if (filter.top > 0 && kept.size() > filter.top) {
    std::vector<std::size_t> order(kept.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return g[kept[a]].weight > g[kept[b]].weight; });
    order.resize(filter.top);
    std::sort(order.begin(), order.end());  // back to export order
    std::vector<Edge> heaviest;
    heaviest.reserve(order.size());
    for (std::size_t i : order) heaviest.push_back(kept[i]);
    kept = std::move(heaviest);
  }
  std::vector<double> weight(boost::num_vertices(g), 0);
  std::vector<char> used(boost::num_vertices(g), 0);
  for (Edge e : kept) {
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    used[s] = used[t] = 1;
    weight[s] += g[e].weight;
    weight[t] += g[e].weight;
  }
  std::vector<Vertex> mapped(boost::num_vertices(g));
  for (Vertex v : kg.sorted_vertices()) {
    if (!used[v]) continue;
    const ActorNode& node = g[v];
    mapped[v] = out.add_actor(Actor{node.id, node.label, node.kind});
    out.add_node_counts(mapped[v], static_cast<std::uint64_t>(weight[v]), node.speakers);
  }
  for (Edge e : kept) out.add_edge(mapped[boost::source(e, g)], mapped[boost::target(e, g)], g[e]);
  for (const auto& [person, actor] : kg.represents()) {
    auto p = out.find(person), a = out.find(actor);
    if (p && a) out.add_represents(*p, *a);
  }
  return out;
}

std::optional<std::vector<RelationType>> parse_relation_list(std::string_view list,
                                                             std::string& bad) {
  return parse_list<RelationType>(list, bad, parse_relation_type);
}

std::optional<std::vector<ActorKind>> parse_kind_list(std::string_view list, std::string& bad) {
  return parse_list<ActorKind>(list, bad, parse_actor_kind);
}

bool is_iso_date(std::string_view text) {
  static constexpr std::string_view kShape = "dddd-dd-dd";
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if ((kShape[i] == 'd') != digit) return false;
    if (kShape[i] == '-' && text[i] != '-') return false;
  }
  return true;
}

}  // namespace ng::graph
