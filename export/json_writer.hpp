#pragma once
// NetworkX node-link JSON (formats.md §8): edges under "edges", key = relation.

#include <ostream>

#include "graph/compact_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

void write_json(std::ostream& out, const graph::KnowledgeGraph& g);
/// The same bytes from the compact form (a mapped .ngx, or one built for the snapshot).
void write_json(std::ostream& out, const graph::CompactGraph& g);

/// The evidence list as a compact JSON array, as GraphML stores it in a string.
std::string evidence_json(const std::vector<graph::Evidence>& evidence);
/// The same, appended to `out`: a writer reuses one buffer instead of a string per edge.
void append_evidence_json(std::string& out, const std::vector<graph::Evidence>& evidence);

}  // namespace ng::exporters
