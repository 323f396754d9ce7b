#include "export/dot_writer.hpp"

#include <algorithm>
#include <cmath>
#include <boost/range/iterator_range.hpp>
#include <string>

#include "export/output_buffer.hpp"
#include "export/palette.hpp"
#include "export/text_escape.hpp"

namespace ng::exporters {

namespace {

void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  append_dot_escaped(out, text);
  out += '"';
}

std::string weight_text(double weight) {
  return std::floor(weight) == weight ? format_rounded(weight, 0) : format_rounded(weight, 2);
}

void append_edge_style(std::string& out, graph::RelationType relation) {
  RelationStyle style = relation_style(relation);
  out += "color=\"";
  out += style.color.hex;
  out += "\", fontcolor=\"";
  out += style.color.hex;
  out += "\", style=";
  out += style.style;
  if (graph::is_symmetric(relation)) out += ", dir=none";
}

// Legend ids start with "legend: ", which canonical ids never do; an unknown actor's id is
// its name as written and could, so the prefix grows until no node id starts with it.
std::string legend_prefix(const graph::KnowledgeGraph& kg) {
  const graph::Graph& g = kg.graph();
  auto taken = [&g](std::string_view prefix) {
    for (graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
      if (g[v].id.starts_with(prefix)) return true;
    }
    return false;
  };
  // Underscores, then "legend: " (appending only: GCC 12 -Wrestrict misfires on insert).
  std::string underscores;
  std::string prefix = "legend: ";
  while (taken(prefix)) {
    underscores += '_';
    prefix = underscores;
    prefix += "legend: ";
  }
  return prefix;
}

void append_legend(std::string& out, const std::string& prefix) {
  out +=
      "  subgraph cluster_legend {\n"
      "    label=\"Legend\"; fontname=\"Helvetica\"; style=rounded; color=\"#999999\";\n";
  for (graph::ActorKind kind : kAllActorKinds) {
    KindStyle style = kind_style(kind);
    out += "    \"";
    out += prefix;
    out += graph::to_string(kind);
    out += "\" [label=\"";
    out += graph::to_string(kind);
    out += "\", shape=";
    out += style.shape;
    out += ", fillcolor=\"";
    out += style.fill.hex;
    out += "\"];\n";
  }
  for (graph::RelationType relation : graph::kAllRelationTypes) {
    std::string_view name = graph::to_string(relation);
    out += "    \"";
    out += prefix;
    out += name;
    out += " a\" [label=\"\", shape=point, width=0.05];\n    \"";
    out += prefix;
    out += name;
    out += " b\" [label=\"\", shape=point, width=0.05];\n    \"";
    out += prefix;
    out += name;
    out += " a\" -> \"";
    out += prefix;
    out += name;
    out += " b\" [label=\"";
    out += name;
    out += "\", class=\"legend\", ";
    append_edge_style(out, relation);
    out += "];\n";
  }
  out += "  }\n";
}

}  // namespace

double pen_width(double weight) {
  return std::clamp(1.0 + std::log2(std::max(weight, 1.0)), 1.0, 8.0);
}

void write_dot(std::ostream& stream, const graph::KnowledgeGraph& kg) {
  const graph::Graph& g = kg.graph();
  OutputBuffer buffer(stream);
  std::string& out = buffer.text();
  out += "digraph \"newsgraph\" {\n";
  if (boost::num_vertices(g) <= kDotLayoutMaxNodes) {
    out += "  graph [layout=dot, rankdir=LR, fontname=\"Helvetica\"];\n";
  } else {
    out += "  graph [layout=sfdp, overlap=prism, outputorder=edgesfirst, fontname=\"Helvetica\"];\n";
  }
  out += "  node [style=filled, fontname=\"Helvetica\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (graph::Vertex v : kg.sorted_vertices()) {
    const graph::ActorNode& node = g[v];
    KindStyle style = kind_style(node.kind);
    out += "  ";
    append_quoted(out, node.id);
    // A node is drawn with its name; an actor without one falls back to its id.
    out += " [label=";
    append_quoted(out, node.label.empty() ? node.id : node.label);
    out += ", shape=";
    out += style.shape;
    out += ", fillcolor=\"";
    out += style.fill.hex;
    out += "\", kind=\"";
    out += graph::to_string(node.kind);
    out += "\"];\n";
    buffer.maybe_flush();
  }
  for (graph::Edge e : kg.sorted_edges()) {
    const graph::RelationEdge& edge = g[e];
    std::string_view relation = graph::to_string(edge.relation);
    out += "  ";
    append_quoted(out, g[boost::source(e, g)].id);
    out += " -> ";
    append_quoted(out, g[boost::target(e, g)].id);
    out += " [type=\"";
    out += relation;
    out += "\", class=\"";
    out += relation;
    out += "\", label=\"";
    out += relation;
    out += " (";
    out += weight_text(edge.weight);
    out += ")\", ";
    append_edge_style(out, edge.relation);
    out += ", penwidth=";
    out += format_rounded(pen_width(edge.weight), 2);
    out += "];\n";
    buffer.maybe_flush();
  }
  // Person level only: a person's link to the actor they speak for.
  for (const auto& [person, actor] : kg.represents()) {
    out += "  ";
    append_quoted(out, person);
    out += " -> ";
    append_quoted(out, actor);
    out += " [type=\"represents\", class=\"represents\", label=\"represents\", style=dotted];\n";
  }
  append_legend(out, legend_prefix(kg));
  out += "}\n";
}

}  // namespace ng::exporters
