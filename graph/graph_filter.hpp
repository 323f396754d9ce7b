#pragma once
// GraphFilter: which statements and edges a query or an export keeps (issue #4 filters,
// shared by `build`, `path` and `neighbors`). Statement-level tests run while a graph is
// built, so counts and weights stay derivable from the statements kept; edge-level tests
// apply the same rules to an already aggregated graph (a graph .json input or a query).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/compact_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace ng::graph {

struct GraphFilter {
  std::vector<RelationType> types;  // relation types kept; empty keeps all
  std::vector<ActorKind> kinds;     // both ends must be of one of these kinds; empty keeps all
  double min_weight = 0;            // edges lighter than this are dropped (after aggregation)
  std::string since, until;         // ISO dates, inclusive; "" is open
  std::size_t top = 0;              // keep only the `top` heaviest edges kept otherwise; 0 keeps all

  /// True when it keeps everything.
  bool empty() const;
  bool has_dates() const { return !since.empty() || !until.empty(); }

  /// Types, kinds and dates of one statement: a statement without a date fails when either
  /// date bound is set. min_weight is not a statement-level test.
  bool keeps(const Statement& statement) const;
  /// Types, kinds of both ends, min_weight, and (when dates are set) the edge's whole date
  /// range inside [since, until], so an edge read from a graph .json is kept only if all
  /// its dated statements fall inside.
  bool keeps(const KnowledgeGraph& g, Edge e) const;
  /// The same test on a compact graph's edge.
  bool keeps(const CompactGraph& g, EdgeIndex e) const;
  bool keeps_kind(ActorKind kind) const;
};

/// A copy of `g` with only the edges `filter` keeps and the actors at their ends. A kept
/// node's `statements` is recounted as the weight of its kept edges (each statement adds 1
/// to its edge and to both ends), and its speakers stay. With `top`, the heaviest edges win,
/// equal weights in (source id, relation, target id) order, so the choice is deterministic.
KnowledgeGraph filter_graph(const KnowledgeGraph& g, const GraphFilter& filter);

/// "has-ties-with,urges" -> types; on an unknown name returns nullopt and sets `bad`.
std::optional<std::vector<RelationType>> parse_relation_list(std::string_view list,
                                                             std::string& bad);
/// "country,organization" -> kinds; on an unknown name returns nullopt and sets `bad`.
std::optional<std::vector<ActorKind>> parse_kind_list(std::string_view list, std::string& bad);
/// A YYYY, YYYY-MM or YYYY-MM-DD date (compared as text with ISO document dates).
bool is_iso_date(std::string_view text);

}  // namespace ng::graph
