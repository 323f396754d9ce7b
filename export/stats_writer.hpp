#pragma once
// How `newsgraph stats` shows a graph's summary: lines for people, JSON as the stable interface.

#include <ostream>

#include "graph/compact_graph.hpp"
#include "graph/graph_stats.hpp"

namespace ng::exporters {

/// "nodes: 66 (country 40, ...)", edges by relation, components, the top actors both ways.
void write_stats_text(std::ostream& out, const graph::CompactGraph& g, const graph::GraphStats& s);
/// {"nodes", "nodes_by_kind", "edges", "edges_by_relation", "weight_by_relation", "total_weight",
/// "represents", "components": {"count", "largest"}, "top_degree", "top_weighted_degree"}.
void write_stats_json(std::ostream& out, const graph::CompactGraph& g, const graph::GraphStats& s);

}  // namespace ng::exporters
