#pragma once
// Writes a graph as a .ngx snapshot (graph/snapshot_format.hpp): the CompactGraph arrays
// behind a header and a checksummed section table, so `path`, `neighbors` and `stats` map the
// file instead of parsing it. The same graph always gives the same bytes.

#include <ostream>

#include "graph/compact_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

void write_snapshot(std::ostream& out, const graph::CompactGraph& g);
void write_snapshot(std::ostream& out, const graph::KnowledgeGraph& g);

}  // namespace ng::exporters
