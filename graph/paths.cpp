#include "graph/paths.hpp"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <limits>
#include <optional>
#include <set>
#include <tuple>

namespace ng::graph {

namespace {

// One way an edge may be walked: the search graph has one arc per ordered pair of actors.
struct Arc {
  EdgeIndex edge = 0;
  bool forward = true;
  double cost = 1;
  std::size_t index = 0;
};

using SearchGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc>;
using ArcId = boost::graph_traits<SearchGraph>::edge_descriptor;
using Vertex = boost::graph_traits<SearchGraph>::vertex_descriptor;

// Yen's algorithm hides arcs and vertices of the paths found so far.
struct ArcVisible {
  const SearchGraph* g = nullptr;
  const std::vector<char>* hidden = nullptr;
  bool operator()(const ArcId& a) const { return !(*hidden)[(*g)[a].index]; }
};
struct VertexVisible {
  const std::vector<char>* hidden = nullptr;
  bool operator()(Vertex v) const { return !(*hidden)[v]; }
};
using VisibleGraph = boost::filtered_graph<SearchGraph, ArcVisible, VertexVisible>;

struct Found {};

// Records the arc that reached each vertex; stops the search at the goal.
template <typename Event>
struct RecordArc {
  using event_filter = Event;
  std::vector<std::optional<ArcId>>* via;
  Vertex goal;
  bool stop_on_arc;
  void operator()(const ArcId& a, const VisibleGraph& g) {
    Vertex t = boost::target(a, g);
    (*via)[t] = a;
    if (stop_on_arc && t == goal) throw Found{};
  }
};

struct StopAtGoal {
  using event_filter = boost::on_examine_vertex;
  Vertex goal;
  void operator()(Vertex v, const VisibleGraph&) {
    if (v == goal) throw Found{};
  }
};

}  // namespace

class PathFinder::Searcher {
 public:
  Searcher(const CompactGraph& g, const PathOptions& options)
      : g_(g), options_(options) {
    build();
    hidden_arcs_.assign(boost::num_edges(search_), 0);
    hidden_vertices_.assign(boost::num_vertices(search_), 0);
  }

  std::vector<Path> run(Vertex from, Vertex to) {
    std::vector<Path> found;
    if (from == to) {
      found.push_back(Path{{static_cast<NodeIndex>(from)}, {}, 0});
      return found;
    }
    auto first = shortest(from, to, options_.max_hops);
    if (!first || !within_hops(*first)) return found;
    std::vector<std::vector<ArcId>> accepted = {*first};
    std::set<Candidate> candidates;
    std::set<std::vector<Vertex>> seen = {nodes_of(from, *first)};
    while (accepted.size() < options_.k) {
      const std::vector<ArcId> last = accepted.back();
      std::vector<Vertex> last_nodes = nodes_of(from, last);
      for (std::size_t i = 0; i < last.size(); ++i) {
        Vertex spur = last_nodes[i];
        for (const auto& path : accepted) {
          if (path.size() > i && std::equal(path.begin(), path.begin() + i, last.begin())) {
            hide_arc(path[i]);
          }
        }
        for (std::size_t j = 0; j < i; ++j) hide_vertex(last_nodes[j]);
        int budget = options_.max_hops < 0 ? -1 : options_.max_hops - static_cast<int>(i);
        if (auto tail = shortest(spur, to, budget)) {
          std::vector<ArcId> total(last.begin(), last.begin() + i);
          total.insert(total.end(), tail->begin(), tail->end());
          auto nodes = nodes_of(from, total);
          if (within_hops(total) && !seen.count(nodes)) {
            seen.insert(nodes);
            candidates.insert(candidate(std::move(nodes), std::move(total)));
          }
        }
        reveal_all();
      }
      if (candidates.empty()) break;
      accepted.push_back(std::get<3>(*candidates.begin()));
      candidates.erase(candidates.begin());
    }
    for (const auto& arcs : accepted) found.push_back(to_path(from, arcs));
    return found;
  }

 private:
  // (cost, hops, node ranks, arcs): shortest first, then fewest hops, then by actor id.
  using Candidate = std::tuple<double, std::size_t, std::vector<std::size_t>, std::vector<ArcId>>;

  void build() {
    const std::size_t n = g_.node_count();
    // Each node's arcs: its out-arcs walked forward and its in-arcs walked backward, each
    // list already by (neighbour, heaviest first, relation). Merged, the first arc per
    // neighbour is the heaviest edge the options allow (then the first relation, then
    // forward), and arcs come in neighbour-id order, the order the searches explore them in.
    struct Candidate {
      CompactArc arc;
      bool backward;
    };
    auto before = [this](const Candidate& a, const Candidate& b) {
      const CompactEdge &x = g_.edges[a.arc.edge], &y = g_.edges[b.arc.edge];
      return std::tie(a.arc.neighbor, y.weight, x.relation, a.backward) <
             std::tie(b.arc.neighbor, x.weight, y.relation, b.backward);
    };
    std::vector<Candidate> outs, ins, around;
    std::vector<std::pair<Vertex, Vertex>> ends;
    std::vector<Arc> arcs;
    ends.reserve(2 * g_.edge_count());
    arcs.reserve(2 * g_.edge_count());
    for (NodeIndex v = 0; v < n; ++v) {
      outs.clear();
      ins.clear();
      for (const CompactArc& a : g_.out(v)) {
        if (keeps(a.edge)) outs.push_back({a, false});
      }
      for (const CompactArc& a : g_.in(v)) {
        if (keeps(a.edge) && (!options_.directed || !g_.edges[a.edge].directed)) ins.push_back({a, true});
      }
      around.resize(outs.size() + ins.size());
      std::merge(outs.begin(), outs.end(), ins.begin(), ins.end(), around.begin(), before);
      for (std::size_t i = 0; i < around.size(); ++i) {
        if (i > 0 && around[i].arc.neighbor == around[i - 1].arc.neighbor) continue;
        const CompactEdge& edge = g_.edges[around[i].arc.edge];
        double cost = options_.weighted ? 1.0 / edge.weight : 1.0;
        ends.emplace_back(v, around[i].arc.neighbor);
        arcs.push_back(Arc{around[i].arc.edge, !around[i].backward, cost, arcs.size()});
      }
    }
    search_ = SearchGraph(boost::edges_are_sorted, ends.begin(), ends.end(), arcs.begin(), n);
  }

 public:
  bool keeps(EdgeIndex e) const { return options_.filter.keeps(g_, e); }
  bool has_edges(NodeIndex v) const {
    if (options_.filter.empty()) return true;
    for (const CompactArc& a : g_.out(v)) {
      if (keeps(a.edge)) return true;
    }
    for (const CompactArc& a : g_.in(v)) {
      if (keeps(a.edge)) return true;
    }
    return false;
  }

 private:
  // The cheapest path of at most `budget` hops (any length when negative). BFS already
  // finds the fewest hops; Dijkstra may not, so a weighted search under a budget is a
  // Bellman-Ford limited to `budget` rounds.
  std::optional<std::vector<ArcId>> shortest(Vertex from, Vertex to, int budget) {
    if (options_.weighted && budget >= 0) return cheapest_within(from, to, budget);
    VisibleGraph visible(search_, ArcVisible{&search_, &hidden_arcs_},
                         VertexVisible{&hidden_vertices_});
    std::vector<std::optional<ArcId>> via(boost::num_vertices(search_));
    auto index = boost::get(boost::vertex_index, search_);
    try {
      if (options_.weighted) {
        std::vector<double> distance(boost::num_vertices(search_));
        std::vector<Vertex> predecessor(boost::num_vertices(search_));
        auto visitor = boost::make_dijkstra_visitor(
            std::make_pair(RecordArc<boost::on_edge_relaxed>{&via, to, false}, StopAtGoal{to}));
        boost::dijkstra_shortest_paths(
            visible, from,
            boost::weight_map(boost::get(&Arc::cost, search_))
                .distance_map(boost::make_iterator_property_map(distance.begin(), index))
                .predecessor_map(boost::make_iterator_property_map(predecessor.begin(), index))
                .visitor(visitor));
      } else {
        std::vector<boost::default_color_type> colour(boost::num_vertices(search_));
        auto visitor =
            boost::make_bfs_visitor(RecordArc<boost::on_tree_edge>{&via, to, true});
        boost::breadth_first_search(
            visible, from,
            boost::visitor(visitor).color_map(boost::make_iterator_property_map(colour.begin(), index)));
      }
    } catch (const Found&) {
    }
    if (!via[to]) return std::nullopt;
    std::vector<ArcId> arcs;
    for (Vertex v = to; v != from; v = boost::source(*via[v], search_)) arcs.push_back(*via[v]);
    std::reverse(arcs.begin(), arcs.end());
    return arcs;
  }

  std::optional<std::vector<ArcId>> cheapest_within(Vertex from, Vertex to, int budget) {
    VisibleGraph visible(search_, ArcVisible{&search_, &hidden_arcs_},
                         VertexVisible{&hidden_vertices_});
    constexpr double kUnreached = std::numeric_limits<double>::infinity();
    std::size_t n = boost::num_vertices(search_);
    std::vector<double> cost(n, kUnreached);
    // Each vertex's improvements in round order: (round, arc). The cost after round r is
    // the last improvement at a round <= r.
    std::vector<std::vector<std::pair<int, ArcId>>> improved(n);
    cost[from] = 0;
    std::vector<Vertex> frontier = {from};
    for (int round = 1; round <= budget && !frontier.empty(); ++round) {
      std::vector<double> previous = cost;
      std::vector<Vertex> next;
      for (Vertex u : frontier) {
        for (auto [it, end] = boost::out_edges(u, visible); it != end; ++it) {
          Vertex v = boost::target(*it, visible);
          double c = previous[u] + search_[*it].cost;
          if (c < cost[v]) {
            if (improved[v].empty() || improved[v].back().first != round) next.push_back(v);
            cost[v] = c;
            if (!improved[v].empty() && improved[v].back().first == round) {
              improved[v].back().second = *it;
            } else {
              improved[v].emplace_back(round, *it);
            }
          }
        }
      }
      std::sort(next.begin(), next.end());  // node index order is id order
      frontier = std::move(next);
    }
    if (cost[to] == kUnreached) return std::nullopt;
    std::vector<ArcId> arcs;
    int round = budget;
    for (Vertex v = to; v != from;) {
      auto& steps = improved[v];
      auto it = std::find_if(steps.rbegin(), steps.rend(),
                             [round](const auto& step) { return step.first <= round; });
      arcs.push_back(it->second);
      round = it->first - 1;
      v = boost::source(it->second, search_);
    }
    std::reverse(arcs.begin(), arcs.end());
    return arcs;
  }

  bool within_hops(const std::vector<ArcId>& arcs) const {
    return options_.max_hops < 0 || arcs.size() <= static_cast<std::size_t>(options_.max_hops);
  }

  std::vector<Vertex> nodes_of(Vertex from, const std::vector<ArcId>& arcs) const {
    std::vector<Vertex> nodes = {from};
    for (const ArcId& a : arcs) nodes.push_back(boost::target(a, search_));
    return nodes;
  }

  Candidate candidate(std::vector<Vertex> nodes, std::vector<ArcId> arcs) const {
    double cost = 0;
    for (const ArcId& a : arcs) cost += search_[a].cost;
    std::vector<std::size_t> ranks(nodes.begin(), nodes.end());
    return {cost, arcs.size(), std::move(ranks), std::move(arcs)};
  }

  Path to_path(Vertex from, const std::vector<ArcId>& arcs) const {
    Path path;
    for (Vertex v : nodes_of(from, arcs)) path.nodes.push_back(static_cast<NodeIndex>(v));
    for (const ArcId& a : arcs) {
      path.steps.push_back(PathStep{search_[a].edge, search_[a].forward});
      path.cost += search_[a].cost;
    }
    return path;
  }

  void hide_arc(const ArcId& a) {
    std::size_t i = search_[a].index;
    if (!hidden_arcs_[i]) touched_arcs_.push_back(i);
    hidden_arcs_[i] = 1;
  }
  void hide_vertex(Vertex v) {
    if (!hidden_vertices_[v]) touched_vertices_.push_back(v);
    hidden_vertices_[v] = 1;
  }
  void reveal_all() {
    for (std::size_t i : touched_arcs_) hidden_arcs_[i] = 0;
    for (Vertex v : touched_vertices_) hidden_vertices_[v] = 0;
    touched_arcs_.clear();
    touched_vertices_.clear();
  }

  const CompactGraph& g_;
  const PathOptions options_;
  SearchGraph search_;
  std::vector<char> hidden_arcs_, hidden_vertices_;
  std::vector<std::size_t> touched_arcs_;
  std::vector<Vertex> touched_vertices_;
};

PathFinder::PathFinder(const CompactGraph& g, const PathOptions& options)
    : searcher_(std::make_unique<Searcher>(g, options)) {}

PathFinder::~PathFinder() = default;

std::vector<Path> PathFinder::find(NodeIndex from, NodeIndex to) { return searcher_->run(from, to); }

bool PathFinder::has_edges(NodeIndex v) const { return searcher_->has_edges(v); }

std::vector<Path> find_paths(const CompactGraph& g, NodeIndex from, NodeIndex to, const PathOptions& options) {
  if (options.k == 0) return {};
  return PathFinder(g, options).find(from, to);
}

}  // namespace ng::graph
