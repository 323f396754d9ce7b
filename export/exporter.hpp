#pragma once
// Writing a KnowledgeGraph as GraphML (Gephi), DOT (Graphviz) or node-link JSON (NetworkX),
// in id order so that the same graph always gives the same bytes.

#include <ostream>

#include "export/format.hpp"
#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

struct ExportOptions {
  // GraphML: write ties as plain directed edges (ends in id order) instead of
  // directed="false", so that networkx, igraph and Boost read the file (formats.md §1).
  bool portable = false;
};

void write_graph(std::ostream& out, const graph::KnowledgeGraph& g, Format f,
                 const ExportOptions& o = {});

}  // namespace ng::exporters
