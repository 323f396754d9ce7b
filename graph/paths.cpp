#include "graph/paths.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <set>
#include <tuple>

namespace ng::graph {

namespace {

// One way an edge may be walked, from one actor to the next.
struct Arc {
  NodeIndex from = 0, to = 0;
  EdgeIndex edge = 0;
  bool forward = true;  // from the edge's source to its target
  double cost = 1;
  bool operator==(const Arc& other) const { return edge == other.edge && forward == other.forward; }
};

}  // namespace

// The searches run on the compact graph as it is, mapped or built: a node's arcs are made
// when the search reaches it, so a query pays for the part of the graph it explores and not
// for a copy of the whole (2 million arcs on the benchmark graph).
class PathFinder::Searcher {
 public:
  Searcher(const CompactGraph& g, const PathOptions& options)
      : g_(g), options_(options), keep_all_(options.filter.empty()) {
    hidden_vertices_.assign(g.node_count(), 0);
    stamp_.assign(g.node_count(), 0);
    done_.assign(g.node_count(), 0);
    back_stamp_.assign(g.node_count(), 0);
    back_distance_.assign(g.node_count(), 0);
    on_path_.assign(g.node_count(), 0);
    via_.resize(g.node_count());
    cost_.resize(g.node_count());
  }

  std::vector<Path> run(NodeIndex from, NodeIndex to) {
    std::vector<Path> found;
    if (from == to) {
      found.push_back(Path{{from}, {}, 0});
      return found;
    }
    auto first = shortest(from, to, options_.max_hops);
    if (!first || !within_hops(*first)) return found;
    std::vector<std::vector<Arc>> accepted = {*first};
    std::set<Candidate> candidates;
    std::set<std::vector<NodeIndex>> seen = {nodes_of(from, *first)};
    while (accepted.size() < options_.k) {
      const std::vector<Arc> last = accepted.back();
      std::vector<NodeIndex> last_nodes = nodes_of(from, last);
      for (std::size_t i = 0; i < last.size(); ++i) {
        NodeIndex spur = last_nodes[i];
        for (const auto& path : accepted) {
          if (path.size() > i && std::equal(path.begin(), path.begin() + i, last.begin())) {
            hide_arc(path[i]);
          }
        }
        for (std::size_t j = 0; j < i; ++j) hide_vertex(last_nodes[j]);
        int budget = options_.max_hops < 0 ? -1 : options_.max_hops - static_cast<int>(i);
        if (auto tail = shortest(spur, to, budget)) {
          std::vector<Arc> total(last.begin(), last.begin() + i);
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
      accepted.push_back(candidates.begin()->arcs);
      candidates.erase(candidates.begin());
    }
    for (const auto& arcs : accepted) found.push_back(to_path(from, arcs));
    return found;
  }

 private:
  // Shortest first, then fewest hops, then by the actors' ids along the path.
  struct Candidate {
    double cost;
    std::size_t hops;
    std::vector<NodeIndex> nodes;
    std::vector<Arc> arcs;
    bool operator<(const Candidate& o) const {
      return std::tie(cost, hops, nodes) < std::tie(o.cost, o.hops, o.nodes);
    }
  };

 public:
  bool keeps(EdgeIndex e) const { return keep_all_ || options_.filter.keeps(g_, e); }
  bool has_edges(NodeIndex v) const {
    if (keep_all_) return true;
    for (const CompactArc& a : g_.out(v)) {
      if (keeps(a.edge)) return true;
    }
    for (const CompactArc& a : g_.in(v)) {
      if (keeps(a.edge)) return true;
    }
    return false;
  }

 private:
  bool usable(const CompactArc& a, bool backward) const {
    return keeps(a.edge) && (!backward || !options_.directed || !g_.edges[a.edge].directed);
  }
  // Whether arc a (walked backward or not) comes before arc b: by neighbour, heaviest
  // first, relation, forward before backward.
  bool before(const CompactArc& a, bool a_backward, const CompactArc& b, bool b_backward) const {
    const CompactEdge &x = g_.edges[a.edge], &y = g_.edges[b.edge];
    return std::tie(a.neighbor, y.weight, x.relation, a_backward) < std::tie(b.neighbor, x.weight, y.relation, b_backward);
  }

  // Calls visit(arc) for each arc from v, in neighbour-id order, until it returns false: v's
  // out-arcs walked forward and in-arcs walked backward, each list already sorted by
  // (neighbour, heaviest first, relation). Merged, the first arc to a neighbour is the
  // heaviest edge the options allow, the only one a path takes between two actors.
  template <typename Visit>
  void for_each_arc(NodeIndex v, Visit&& visit) const {
    auto outs = g_.out(v), ins = g_.in(v);
    std::size_t i = 0, j = 0;
    bool any = false;
    NodeIndex last = 0;
    while (i < outs.size() || j < ins.size()) {
      if (i < outs.size() && !usable(outs[i], false)) {
        ++i;
        continue;
      }
      if (j < ins.size() && !usable(ins[j], true)) {
        ++j;
        continue;
      }
      bool forward = j == ins.size() || (i < outs.size() && !before(ins[j], true, outs[i], false));
      const CompactArc& a = forward ? outs[i++] : ins[j++];
      if (any && a.neighbor == last) continue;
      any = true;
      last = a.neighbor;
      Arc arc{v, a.neighbor, a.edge, forward, options_.weighted ? 1.0 / g_.edges[a.edge].weight : 1.0};
      if (hidden_vertices_[arc.to] || is_hidden(arc)) continue;
      if (!visit(arc)) return;
    }
  }

  // Marks which nodes the current search reached, without clearing an array per search.
  void new_search() {
    if (++generation_ == 0) {
      for (auto* stamps : {&stamp_, &done_, &back_stamp_, &on_path_}) std::fill(stamps->begin(), stamps->end(), 0);
      generation_ = 1;
    }
  }
  bool reached(NodeIndex v) const { return stamp_[v] == generation_; }
  void reach(NodeIndex v, const Arc& via, double cost) {
    stamp_[v] = generation_;
    via_[v] = via;
    cost_[v] = cost;
  }

  std::vector<Arc> trace(NodeIndex from, NodeIndex to) const {
    std::vector<Arc> arcs;
    for (NodeIndex v = to; v != from; v = via_[v].from) arcs.push_back(via_[v]);
    std::reverse(arcs.begin(), arcs.end());
    return arcs;
  }

  // The cheapest path of at most `budget` hops (any length when negative). BFS already
  // finds the fewest hops; Dijkstra may not, so a weighted search under a budget is a
  // Bellman-Ford limited to `budget` rounds.
  std::optional<std::vector<Arc>> shortest(NodeIndex from, NodeIndex to, int budget) {
    if (options_.weighted && budget >= 0) return cheapest_within(from, to, budget);
    if (options_.weighted) return dijkstra(from, to);
    // Yen's spur searches hide arcs and nodes; the two-sided search does not know about them.
    return hidden_arcs_.empty() && touched_vertices_.empty() ? two_sided(from, to) : breadth_first(from, to);
  }

  // Calls visit(y) for each y that v has an arc to (the neighbours for_each_arc gives, in no
  // particular order, some more than once), until visit returns false: the two-sided
  // search's labelling asks who, not which edge, and skips the merge.
  template <typename Visit>
  void for_each_neighbor(NodeIndex v, Visit&& visit) const {
    for (const CompactArc& a : g_.out(v)) {
      if (keeps(a.edge) && !visit(a.neighbor)) return;
    }
    for (const CompactArc& a : g_.in(v)) {
      if (usable(a, true) && !visit(a.neighbor)) return;
    }
  }
  // The same for each y that has an arc to v.
  template <typename Visit>
  void for_each_arc_into(NodeIndex v, Visit&& visit) const {
    for (const CompactArc& a : g_.in(v)) {  // y -> v, walked forward from y
      if (keeps(a.edge) && !visit(a.neighbor)) return;
    }
    for (const CompactArc& a : g_.out(v)) {  // v -> y, walked backward from y
      if (usable(a, true) && !visit(a.neighbor)) return;
    }
  }

  // The path breadth_first finds, found from both ends. Breadth-first search reaches each
  // node first through the node that comes first in visiting order, which makes its path the
  // smallest shortest path by node ids read from `from` (node order is id order). So: search
  // from both ends, smaller frontier first, until they meet; that gives the distance d.
  // Then mark the nodes on `from`'s side that lie on a shortest path, level by level back
  // from where the searches met, and walk from `from`, each step to the first neighbour, in
  // id order, that lies on one. A batch of queries explores two small balls, not one large.
  std::optional<std::vector<Arc>> two_sided(NodeIndex from, NodeIndex to) {
    new_search();
    reach(from, Arc{}, 0);  // forward labels: stamp_ and cost_ (the distance from `from`)
    back_stamp_[to] = generation_;
    back_distance_[to] = 0;
    // The last complete level of each side, its depth, and its arcs to scan (the side with
    // fewer is expanded next).
    std::vector<NodeIndex> forward = {from}, backward = {to}, next;
    std::uint32_t depth_forward = 0, depth_backward = 0;
    auto degree = [this](NodeIndex v) { return g_.out(v).size() + g_.in(v).size(); };
    std::size_t forward_arcs = degree(from), backward_arcs = degree(to), next_arcs = 0;
    bool met = false;
    while (!met) {
      if (forward.empty() || backward.empty()) return std::nullopt;
      next.clear();
      next_arcs = 0;
      if (forward_arcs <= backward_arcs) {
        for (std::size_t i = 0; i < forward.size() && !met; ++i) {
          for_each_neighbor(forward[i], [&](NodeIndex y) {
            if (reached(y)) return true;
            reach(y, Arc{}, depth_forward + 1);
            next.push_back(y);
            next_arcs += degree(y);
            return !(met = back_stamp_[y] == generation_);
          });
        }
        if (!met) ++depth_forward, forward.swap(next), forward_arcs = next_arcs;
      } else {
        for (std::size_t i = 0; i < backward.size() && !met; ++i) {
          for_each_arc_into(backward[i], [&](NodeIndex y) {
            if (back_stamp_[y] == generation_) return true;
            back_stamp_[y] = generation_;
            back_distance_[y] = depth_backward + 1;
            next.push_back(y);
            next_arcs += degree(y);
            return !(met = reached(y));
          });
        }
        if (!met) ++depth_backward, backward.swap(next), backward_arcs = next_arcs;
      }
    }
    // The searches meet first across one arc between the two complete levels: d is one more
    // than their depths. A node at `from`'s level k lies on a shortest path when its
    // distance to `to` is d - k: at level depth_forward, when it has an arc into `to`'s
    // level depth_backward; below, when it has an arc into a marked node one level up.
    const std::uint32_t distance = depth_forward + depth_backward + 1;
    auto forward_level = [&](NodeIndex y) { return reached(y) ? static_cast<std::uint32_t>(cost_[y]) : ~0u; };
    auto back_level = [&](NodeIndex y) { return back_stamp_[y] == generation_ ? back_distance_[y] : ~0u; };
    std::vector<NodeIndex> marked;  // this level's nodes on a shortest path
    auto mark = [&](NodeIndex y) {
      if (on_path_[y] == generation_) return;
      on_path_[y] = generation_;
      marked.push_back(y);
    };
    // The top level from whichever side's frontier is smaller to scan.
    if (forward_arcs <= backward_arcs) {
      for (NodeIndex y : forward) {
        for_each_neighbor(y, [&](NodeIndex z) {
          if (back_level(z) != depth_backward) return true;
          mark(y);
          return false;
        });
      }
    } else {
      for (NodeIndex z : backward) {
        for_each_arc_into(z, [&](NodeIndex y) {
          if (forward_level(y) == depth_forward) mark(y);
          return true;
        });
      }
    }
    for (std::uint32_t level = depth_forward; level > 0; --level) {
      std::vector<NodeIndex> above = std::move(marked);
      marked.clear();
      for (NodeIndex z : above) {
        for_each_arc_into(z, [&](NodeIndex y) {
          if (forward_level(y) == level - 1) mark(y);
          return true;
        });
      }
    }
    auto on_path = [&](NodeIndex y, std::uint32_t level) {
      return level <= depth_forward ? on_path_[y] == generation_ && forward_level(y) == level
                                    : back_level(y) == distance - level;
    };
    // Each step: the smallest neighbour id on a path (a plain scan), then the arc to it.
    std::vector<Arc> arcs;
    for (NodeIndex x = from; x != to;) {
      std::uint32_t level = static_cast<std::uint32_t>(arcs.size()) + 1;
      NodeIndex best = ~0u;
      for_each_neighbor(x, [&](NodeIndex y) {
        if (y < best && on_path(y, level)) best = y;
        return true;
      });
      arcs.push_back(arc_between(x, best));
      x = best;
    }
    return arcs;
  }

  // The arc for_each_arc gives from x to its neighbour y: the first usable one of each of
  // x's lists (found by binary search: both are sorted by neighbour), the earlier of the two.
  Arc arc_between(NodeIndex x, NodeIndex y) const {
    auto first_usable = [&](std::span<const CompactArc> arcs, bool backward) -> const CompactArc* {
      auto it = std::lower_bound(arcs.begin(), arcs.end(), y,
                                 [](const CompactArc& a, NodeIndex n) { return a.neighbor < n; });
      for (; it != arcs.end() && it->neighbor == y; ++it) {
        if (usable(*it, backward)) return &*it;
      }
      return nullptr;
    };
    const CompactArc* out = first_usable(g_.out(x), false);
    const CompactArc* in = first_usable(g_.in(x), true);
    bool forward = in == nullptr || (out != nullptr && !before(*in, true, *out, false));
    const CompactArc& a = forward ? *out : *in;
    return Arc{x, y, a.edge, forward, options_.weighted ? 1.0 / g_.edges[a.edge].weight : 1.0};
  }

  // Breadth-first, stopping when `to` is reached: its path is through the first node, in
  // visiting order, that has an arc to it.
  std::optional<std::vector<Arc>> breadth_first(NodeIndex from, NodeIndex to) {
    new_search();
    reach(from, Arc{}, 0);
    queue_.clear();
    queue_.push_back(from);
    bool found = false;
    for (std::size_t head = 0; head < queue_.size() && !found; ++head) {
      for_each_arc(queue_[head], [&](const Arc& a) {
        if (reached(a.to)) return true;
        reach(a.to, a, 0);
        if (a.to == to) return !(found = true);
        queue_.push_back(a.to);
        return true;
      });
    }
    if (!found) return std::nullopt;
    return trace(from, to);
  }

  // Dijkstra on cost 1/weight; equal costs leave the heap by node index (id order).
  std::optional<std::vector<Arc>> dijkstra(NodeIndex from, NodeIndex to) {
    new_search();
    reach(from, Arc{}, 0);
    using Entry = std::pair<double, NodeIndex>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
    heap.push({0, from});
    while (!heap.empty()) {
      // Not a structured binding: clang 14 cannot capture one in the lambda below.
      const double cost = heap.top().first;
      const NodeIndex u = heap.top().second;
      heap.pop();
      if (done_[u] == generation_) continue;
      done_[u] = generation_;
      if (u == to) return trace(from, to);
      for_each_arc(u, [&](const Arc& a) {
        double c = cost + a.cost;
        if (!reached(a.to) || c < cost_[a.to]) {
          reach(a.to, a, c);
          heap.push({c, a.to});
        }
        return true;
      });
    }
    return std::nullopt;
  }

  std::optional<std::vector<Arc>> cheapest_within(NodeIndex from, NodeIndex to, int budget) {
    constexpr double kUnreached = std::numeric_limits<double>::infinity();
    std::size_t n = g_.node_count();
    std::vector<double> cost(n, kUnreached);
    // Each vertex's improvements in round order: (round, arc). The cost after round r is
    // the last improvement at a round <= r.
    std::vector<std::vector<std::pair<int, Arc>>> improved(n);
    cost[from] = 0;
    std::vector<NodeIndex> frontier = {from};
    for (int round = 1; round <= budget && !frontier.empty(); ++round) {
      std::vector<double> previous = cost;
      std::vector<NodeIndex> next;
      for (NodeIndex u : frontier) {
        for_each_arc(u, [&](const Arc& a) {
          NodeIndex v = a.to;
          double c = previous[u] + a.cost;
          if (c < cost[v]) {
            if (improved[v].empty() || improved[v].back().first != round) next.push_back(v);
            cost[v] = c;
            if (!improved[v].empty() && improved[v].back().first == round) {
              improved[v].back().second = a;
            } else {
              improved[v].emplace_back(round, a);
            }
          }
          return true;
        });
      }
      std::sort(next.begin(), next.end());  // node index order is id order
      frontier = std::move(next);
    }
    if (cost[to] == kUnreached) return std::nullopt;
    std::vector<Arc> arcs;
    int round = budget;
    for (NodeIndex v = to; v != from;) {
      auto& steps = improved[v];
      auto it = std::find_if(steps.rbegin(), steps.rend(),
                             [round](const auto& step) { return step.first <= round; });
      arcs.push_back(it->second);
      round = it->first - 1;
      v = it->second.from;
    }
    std::reverse(arcs.begin(), arcs.end());
    return arcs;
  }

  bool within_hops(const std::vector<Arc>& arcs) const {
    return options_.max_hops < 0 || arcs.size() <= static_cast<std::size_t>(options_.max_hops);
  }

  std::vector<NodeIndex> nodes_of(NodeIndex from, const std::vector<Arc>& arcs) const {
    std::vector<NodeIndex> nodes = {from};
    for (const Arc& a : arcs) nodes.push_back(a.to);
    return nodes;
  }

  Candidate candidate(std::vector<NodeIndex> nodes, std::vector<Arc> arcs) const {
    double cost = 0;
    for (const Arc& a : arcs) cost += a.cost;
    return {cost, arcs.size(), std::move(nodes), std::move(arcs)};
  }

  Path to_path(NodeIndex from, const std::vector<Arc>& arcs) const {
    Path path;
    path.nodes = nodes_of(from, arcs);
    for (const Arc& a : arcs) {
      path.steps.push_back(PathStep{a.edge, a.forward});
      path.cost += a.cost;
    }
    return path;
  }

  // Yen's algorithm hides arcs and nodes of the paths found so far; an arc is its edge and
  // the way it is walked.
  static std::pair<EdgeIndex, bool> key(const Arc& a) { return {a.edge, a.forward}; }
  bool is_hidden(const Arc& a) const {
    return !hidden_arcs_.empty() && std::find(hidden_arcs_.begin(), hidden_arcs_.end(), key(a)) != hidden_arcs_.end();
  }
  void hide_arc(const Arc& a) { hidden_arcs_.push_back(key(a)); }
  void hide_vertex(NodeIndex v) {
    if (!hidden_vertices_[v]) touched_vertices_.push_back(v);
    hidden_vertices_[v] = 1;
  }
  void reveal_all() {
    for (NodeIndex v : touched_vertices_) hidden_vertices_[v] = 0;
    hidden_arcs_.clear();
    touched_vertices_.clear();
  }

  const CompactGraph& g_;
  const PathOptions options_;
  const bool keep_all_;
  std::vector<std::pair<EdgeIndex, bool>> hidden_arcs_;  // a few per spur: a list is enough
  std::vector<char> hidden_vertices_;
  std::vector<NodeIndex> touched_vertices_;
  // Per search: reached in this generation, the arc that reached each node, its cost.
  std::uint32_t generation_ = 0;
  std::vector<std::uint32_t> stamp_, done_;
  // The two-sided search: labels from `to`'s side, and which nodes lie on a shortest path.
  std::vector<std::uint32_t> back_stamp_, back_distance_, on_path_;
  std::vector<Arc> via_;
  std::vector<double> cost_;
  std::vector<NodeIndex> queue_;
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
