#pragma once
// Writing a KnowledgeGraph as GraphML, GEXF (Gephi), DOT (Graphviz), node-link JSON (NetworkX)
// or an HTML page to look at in a browser, in id order so that the same graph always gives
// the same bytes.

#include <ostream>
#include <string>

#include "export/format.hpp"
#include "export/html_writer.hpp"
#include "graph/compact_graph.hpp"
#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

struct ExportOptions {
  // GraphML, GEXF: write ties as plain directed edges (ends in id order) instead of
  // undirected ones, so that networkx, igraph and Boost read the file (formats.md §1).
  bool portable = false;
  // GEXF: a dynamic graph, edges on the dates of their statements (Gephi's timeline).
  bool timeline = false;
  // DOT: the engine written as layout= ("auto" by size, "none" leaves it to the command), and
  // edge labels ("auto" by size, "on", "off").
  std::string dot_layout = "auto";
  std::string dot_labels = "auto";
  HtmlOptions html = {};  // the HTML page
};

void write_graph(std::ostream& out, const graph::KnowledgeGraph& g, Format f,
                 const ExportOptions& o = {});

/// Whether `f` is written from a CompactGraph too (GraphML, JSON, .ngx), with the same bytes.
bool writes_from_compact(Format f);
/// Writes a compact graph (a mapped snapshot, or one built once for several outputs) in a
/// format writes_from_compact accepts.
void write_graph(std::ostream& out, const graph::CompactGraph& g, Format f, const ExportOptions& o = {});

}  // namespace ng::exporters
