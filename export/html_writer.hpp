#pragma once
// The graph as one self-contained, offline HTML page (issue #12): the data as JSON inside the
// page and the viewer (sigma.js on graphology, view/ bundled by esbuild) inline, no network.
// Builds without node or npm have no viewer: html_view_available() is then false.

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace ng::exporters {

/// Above this many edges a page stays responsive only with fewer drawn (README "Look at it
/// in a browser", bench/html_bench.sh): the heaviest are kept.
inline constexpr std::size_t kDefaultHtmlMaxEdges = 50000;

struct HtmlOptions {
  std::string title;    // the page's heading: what the graph was built from
  std::string command;  // the command line that made it, shown on the page
  std::size_t max_edges = kDefaultHtmlMaxEdges;
  std::map<std::string, std::string> doc_urls;                   // document id -> url
  std::map<std::string, std::vector<std::string>> aliases;       // actor id -> names to search by
};

/// How many edges and actors the page draws, out of how many.
struct HtmlCap {
  std::size_t edges = 0, edges_total = 0;
  std::size_t actors = 0, actors_total = 0;
  bool capped() const { return edges < edges_total; }
};

/// Whether this executable carries the viewer script (built with node and view/node_modules).
bool html_view_available();

/// Writes the page and says what it holds: the `max_edges` heaviest edges (equal weights in
/// source, relation, target order) and the actors they touch; every actor when nothing is
/// left out (max_edges 0: no limit). Every text from the news goes in as JSON with < > & escaped, so nothing
/// in it can end the script element. Throws std::logic_error without the viewer.
HtmlCap write_html(std::ostream& out, const graph::KnowledgeGraph& g, const HtmlOptions& o);

}  // namespace ng::exporters
