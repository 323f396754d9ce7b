#pragma once
// GraphML for Gephi (formats.md §1-§3): label/r/g/b/size node keys, weight and the edge
// kind (<edge label>) on edges, ties as directed="false" unless portable.

#include <ostream>

#include "export/exporter.hpp"
#include "graph/compact_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

void write_graphml(std::ostream& out, const graph::KnowledgeGraph& g, const ExportOptions& o);
/// The same from a mapped snapshot, without rebuilding a KnowledgeGraph.
void write_graphml(std::ostream& out, const graph::CompactGraph& g, const ExportOptions& o);

/// Gephi node size: grows with the log of the statement count, 10 for none.
double node_size(std::uint64_t statements);

}  // namespace ng::exporters
