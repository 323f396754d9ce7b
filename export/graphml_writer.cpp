#include "export/graphml_writer.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "export/json_writer.hpp"
#include "export/output_buffer.hpp"
#include "export/palette.hpp"
#include "export/text_escape.hpp"

namespace ng::exporters {

namespace {

// Key ids: Gephi maps label, r, g, b, size and weight by id (formats.md §2); the rest are
// neutral so that Gephi makes them columns.
constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "  <key id=\"d0\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
    "  <key id=\"d1\" for=\"node\" attr.name=\"statements\" attr.type=\"long\"/>\n"
    "  <key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>\n"
    "  <key id=\"g\" for=\"node\" attr.name=\"g\" attr.type=\"int\"/>\n"
    "  <key id=\"b\" for=\"node\" attr.name=\"b\" attr.type=\"int\"/>\n"
    "  <key id=\"size\" for=\"node\" attr.name=\"size\" attr.type=\"float\"/>\n"
    "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
    "  <key id=\"d2\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
    "  <key id=\"d3\" for=\"edge\" attr.name=\"first_date\" attr.type=\"string\"/>\n"
    "  <key id=\"d4\" for=\"edge\" attr.name=\"last_date\" attr.type=\"string\"/>\n"
    "  <key id=\"d5\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
    "  <graph id=\"G\" edgedefault=\"directed\">\n";

void append_data(std::string& out, std::string_view key, std::string_view value) {
  // Gephi skips empty <data>, networkx would read "" as a value: leave it out.
  if (value.empty()) return;
  out += "<data key=\"";
  out += key;
  out += "\">";
  append_xml_escaped(out, value);
  out += "</data>";
}

constexpr std::size_t kChunk = 16384;  // edges formatted per step

// Appends edges[i] as <edge id="e{first + i}">: ids count in sorted order, unique in the file.
void append_edges(std::string& out, const graph::Graph& g, std::span<const graph::Edge> edges,
                  std::size_t first, const ExportOptions& o) {
  std::string evidence;  // reused: one allocation for all edges
  std::size_t index = first;
  for (graph::Edge e : edges) {
    const graph::RelationEdge& edge = g[e];
    std::string_view relation = graph::to_string(edge.relation);
    out += "    <edge id=\"e";
    out += std::to_string(index++);
    out += "\" source=\"";
    append_xml_escaped(out, g[boost::source(e, g)].id);
    out += "\" target=\"";
    append_xml_escaped(out, g[boost::target(e, g)].id);
    // The edge kind keeps "criticizes" and "urges" between one pair apart in Gephi.
    out += "\" label=\"";
    out += relation;
    out += '"';
    if (!edge.directed && !o.portable) out += " directed=\"false\"";
    out += '>';
    // Gephi deletes weight-0 edges; an aggregated edge always has weight >= 1 anyway.
    append_data(out, "weight", format_double(edge.weight > 0 ? edge.weight : 1.0));
    append_data(out, "d2", relation);
    append_data(out, "d3", edge.first_date);
    append_data(out, "d4", edge.last_date);
    evidence.clear();
    append_evidence_json(evidence, edge.evidence);
    append_data(out, "d5", evidence);
    out += "</edge>\n";
  }
}

}  // namespace

double node_size(std::uint64_t statements) {
  return 10.0 + 5.0 * std::log2(1.0 + static_cast<double>(statements));
}

void write_graphml(std::ostream& stream, const graph::KnowledgeGraph& kg,
                   const ExportOptions& o) {
  const graph::Graph& g = kg.graph();
  OutputBuffer buffer(stream);
  std::string& out = buffer.text();
  out += kHeader;
  for (graph::Vertex v : kg.sorted_vertices()) {
    const graph::ActorNode& node = g[v];
    Rgb colour = kind_style(node.kind).fill;
    out += "    <node id=\"";
    append_xml_escaped(out, node.id);
    out += "\">";
    append_data(out, "label", node.label);
    append_data(out, "d0", graph::to_string(node.kind));
    append_data(out, "d1", std::to_string(node.statements));
    append_data(out, "r", std::to_string(colour.r));
    append_data(out, "g", std::to_string(colour.g));
    append_data(out, "b", std::to_string(colour.b));
    append_data(out, "size", format_rounded(node_size(node.statements), 2));
    out += "</node>\n";
    buffer.maybe_flush();
  }
  std::vector<graph::Edge> edges = kg.sorted_edges();
  std::span<const graph::Edge> all(edges);
  if (edges.size() < 4 * kChunk || std::thread::hardware_concurrency() < 2) {
    for (std::size_t start = 0; start < edges.size(); start += kChunk) {
      append_edges(out, g, all.subspan(start, std::min(kChunk, edges.size() - start)), start, o);
      buffer.maybe_flush();
    }
  } else {
    // Formatting is most of the time: a helper thread formats every other chunk while this
    // one formats the chunk before it; they are written in order, so the bytes are the same.
    std::string other;
    for (std::size_t start = 0; start < edges.size(); start += 2 * kChunk) {
      std::size_t mid = std::min(start + kChunk, edges.size());
      std::size_t end = std::min(mid + kChunk, edges.size());
      auto helper = std::async(std::launch::async, [&, mid, end] {
        other.clear();
        append_edges(other, g, all.subspan(mid, end - mid), mid, o);
      });
      append_edges(out, g, all.subspan(start, mid - start), start, o);
      helper.get();
      buffer.write_through(other);
    }
  }
  // Person level only: a person's link to the actor they speak for; ids go on after the edges.
  std::size_t index = edges.size();
  for (const auto& [person, actor] : kg.represents()) {
    out += "    <edge id=\"e";
    out += std::to_string(index++);
    out += "\" source=\"";
    append_xml_escaped(out, person);
    out += "\" target=\"";
    append_xml_escaped(out, actor);
    out += "\" label=\"represents\">";
    append_data(out, "weight", "1.0");
    append_data(out, "d2", "represents");
    out += "</edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
}

}  // namespace ng::exporters
