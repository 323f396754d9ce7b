#pragma once
// GEXF, Gephi's own format: the only one in which Gephi reads every edge's kind and
// direction natively, and the only one that carries time. With a timeline the graph is
// dynamic: each edge lives on the dates of its statements, each actor from its first
// statement to its last, and Gephi's timeline animates the news.

#include <ostream>

#include "export/exporter.hpp"
#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

/// GEXF 1.3 (http://gexf.net/1.3) for Gephi and Gephi Lite: defaultedgetype="directed", ties
/// type="undirected", the relation as the edge kind and label. Portable: GEXF 1.2draft, which
/// NetworkX 2.8 and 3.x both read, ties as one directed edge (ends in id order) and the
/// static and dynamic edge attributes in two blocks.
void write_gexf(std::ostream& out, const graph::KnowledgeGraph& g, const ExportOptions& o);

}  // namespace ng::exporters
