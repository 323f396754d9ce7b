#pragma once
// DOT for Graphviz (formats.md §5): every id quoted, one edge per pair and direction with
// its relations and weights in the label, ties dir=none, a one-node legend that every
// engine draws, and a layout that suits the size: dot's ranks for small graphs, neato's
// spread from ~50 edges, sfdp for big ones; edge labels only while they stay readable.

#include <cstddef>
#include <ostream>
#include <string>

#include "export/exporter.hpp"
#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

/// What the writer chose for a graph, so that `build` can say it on stderr.
struct DotChoice {
  std::string layout;  // engine written as layout=...; "" when left to the command
  bool labels = true;  // edge labels drawn
  std::size_t edges = 0;  // DOT edges drawn (relations of a pair and direction merged)
  std::size_t nodes = 0;
};

/// The layout and labels for `g`, from the options ("auto" picks by size).
DotChoice choose_dot(const graph::KnowledgeGraph& g, const ExportOptions& o);

void write_dot(std::ostream& out, const graph::KnowledgeGraph& g, const ExportOptions& o = {});

/// Up to this many drawn edges dot's ranks read well; beyond, they tangle into trunks.
inline constexpr std::size_t kDotRanksMaxEdges = 50;
/// Above this many nodes sfdp: neato and dot take minutes from ~500 nodes.
inline constexpr std::size_t kDotLayoutMaxNodes = 200;
/// Above this many drawn edges labels are dropped (widths and colours stay), for reading, not
/// speed: bench/dot_bench.sh finds labels cost no render time with our files (CPU on/off
/// 0.98-1.03x for neato at 66-166 actors and sfdp at 205; README, Figures: DOT), while the
/// pictures show a hub's labels piling up from ~120 edges and, at 200, most labels in the
/// hubs' piles.
inline constexpr std::size_t kDotLabelsMaxEdges = 150;

/// Pen width for an edge of this weight: 1 for one statement, growing with the log, at most 8.
double pen_width(double weight);

}  // namespace ng::exporters
