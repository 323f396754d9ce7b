#include "export/graphml_writer.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "export/graph_view.hpp"
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

// Appends edges [first, end) as <edge id="e{i}">: ids count in export order, unique in the file.
template <typename View>
void append_edges(std::string& out, const View& g, std::size_t first, std::size_t end, const ExportOptions& o) {
  std::string evidence;  // reused: one allocation for all edges
  std::vector<graph::Evidence> scratch;
  for (std::size_t index = first; index < end; ++index) {
    EdgeFields edge = g.edge(index);
    std::string_view relation = graph::to_string(edge.relation);
    out += "    <edge id=\"e";
    out += std::to_string(index);
    out += "\" source=\"";
    append_xml_escaped(out, edge.source);
    out += "\" target=\"";
    append_xml_escaped(out, edge.target);
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
    append_evidence_json(evidence, g.evidence(index, scratch));
    append_data(out, "d5", evidence);
    out += "</edge>\n";
  }
}

}  // namespace

double node_size(std::uint64_t statements) {
  return 10.0 + 5.0 * std::log2(1.0 + static_cast<double>(statements));
}

namespace {

template <typename View>
void write_graphml_view(std::ostream& stream, const View& g, const ExportOptions& o) {
  OutputBuffer buffer(stream);
  std::string& out = buffer.text();
  out += kHeader;
  for (std::size_t v = 0; v < g.node_count(); ++v) {
    NodeFields node = g.node(v);
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
  const std::size_t edges = g.edge_count();
  if (edges < 4 * kChunk || std::thread::hardware_concurrency() < 2) {
    for (std::size_t start = 0; start < edges; start += kChunk) {
      append_edges(out, g, start, std::min(start + kChunk, edges), o);
      buffer.maybe_flush();
    }
  } else {
    // Formatting is most of the time: a helper thread formats every other chunk while this
    // one formats the chunk before it; they are written in order, so the bytes are the same.
    std::string other;
    for (std::size_t start = 0; start < edges; start += 2 * kChunk) {
      std::size_t mid = std::min(start + kChunk, edges);
      std::size_t end = std::min(mid + kChunk, edges);
      auto helper = std::async(std::launch::async, [&, mid, end] {
        other.clear();
        append_edges(other, g, mid, end, o);
      });
      append_edges(out, g, start, mid, o);
      helper.get();
      buffer.write_through(other);
    }
  }
  // Person level only: a person's link to the actor they speak for; ids go on after the edges.
  std::size_t index = edges;
  for (const auto& [person, actor] : g.represents()) {
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

}  // namespace

void write_graphml(std::ostream& out, const graph::KnowledgeGraph& g, const ExportOptions& o) {
  write_graphml_view(out, KnowledgeGraphView(g), o);
}

void write_graphml(std::ostream& out, const graph::CompactGraph& g, const ExportOptions& o) {
  write_graphml_view(out, CompactGraphView(g), o);
}

}  // namespace ng::exporters
