#pragma once
// DOT for Graphviz (formats.md §5): every id quoted, ties dir=none, one colour and style
// per relation, a legend, and a layout hint that scales (dot small, sfdp large).

#include <cstddef>
#include <ostream>

#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

void write_dot(std::ostream& out, const graph::KnowledgeGraph& g);

/// Above this many nodes the file asks for sfdp: dot takes minutes from ~500 nodes.
inline constexpr std::size_t kDotLayoutMaxNodes = 200;

/// Pen width for an edge of this weight: 1 for one statement, growing with the log, at most 8.
double pen_width(double weight);

}  // namespace ng::exporters
