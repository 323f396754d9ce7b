#include "export/dot_writer.hpp"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

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

// One drawn edge: every relation between a pair in one direction (ties have their own).
struct DrawnEdge {
  graph::Vertex source, target;
  bool undirected = false;
  std::vector<std::pair<graph::RelationType, double>> relations;  // heaviest first
  double weight = 0;
};

std::vector<DrawnEdge> drawn_edges(const graph::KnowledgeGraph& kg) {
  const graph::Graph& g = kg.graph();
  std::vector<DrawnEdge> drawn;
  // Sorted edges list a source's edges by relation then target: index the pairs.
  std::map<std::tuple<graph::Vertex, graph::Vertex, bool>, std::size_t> index;
  for (graph::Edge e : kg.sorted_edges()) {
    const graph::RelationEdge& edge = g[e];
    auto key = std::make_tuple(boost::source(e, g), boost::target(e, g), !edge.directed);
    auto [it, fresh] = index.emplace(key, drawn.size());
    if (fresh) drawn.push_back({boost::source(e, g), boost::target(e, g), !edge.directed, {}, 0});
    DrawnEdge& d = drawn[it->second];
    d.relations.emplace_back(edge.relation, edge.weight);
    d.weight += edge.weight;
  }
  for (DrawnEdge& d : drawn) {
    std::stable_sort(d.relations.begin(), d.relations.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
  }
  return drawn;
}

void append_style(std::string& out, const RelationStyle& style, std::string_view colour) {
  out += "color=\"";
  out += colour;
  out += "\", fontcolor=\"";
  out += style.color.hex;
  out += "\", style=";
  out += style.style;
}

void append_edge(std::string& out, const graph::Graph& g, const DrawnEdge& d, bool labels) {
  out += "  ";
  append_quoted(out, g[d.source].id);
  out += " -> ";
  append_quoted(out, g[d.target].id);
  std::string types, label, colours;
  for (const auto& [relation, weight] : d.relations) {
    std::string_view name = graph::to_string(relation);
    const char* sep = types.empty() ? "" : ",";
    types += sep;
    types += name;
    label += label.empty() ? "" : ", ";
    label += name;
    label += ' ';
    label += weight_text(weight);
    colours += colours.empty() ? "" : ":";
    colours += relation_style(relation).color.hex;
  }
  out += " [type=\"";
  out += types;
  out += "\", class=\"";
  std::replace(types.begin(), types.end(), ',', ' ');
  out += types;
  out += "\", ";
  if (labels) {
    out += "label=\"";
    out += label;
    out += "\", ";
  } else {
    out += "tooltip=\"";
    out += label;
    out += "\", ";
  }
  // Several relations: parallel strands, one colour each, the heaviest's style and font.
  append_style(out, relation_style(d.relations.front().first), colours);
  if (d.undirected) out += ", dir=none";
  out += ", penwidth=";
  out += format_rounded(pen_width(d.weight), 2);
  out += "];\n";
}

// The legend's id starts with "legend: ", which canonical ids never do; an unknown actor's
// id is its name as written and could, so the prefix grows until no node id starts with it.
std::string legend_id(const graph::KnowledgeGraph& kg) {
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

void append_legend_row(std::string& out, std::string_view name, const RelationStyle& style,
                       std::string_view line) {
  out += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"";
  out += style.color.hex;
  out += "\">";
  out += name;
  out += "</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"";
  out += style.color.hex;
  out += "\">";
  out += line;
  out += "</FONT></TD></TR>";
}

// One HTML-like table node: every engine draws it (clusters are dot and fdp only), and it
// cannot drift apart among the actors as separate legend nodes did.
void append_legend(std::string& out, const std::string& id, bool represents) {
  out += "  ";
  append_quoted(out, id);
  out += " [shape=plaintext, style=\"\", margin=0, label=<<TABLE BORDER=\"1\" COLOR=\"#999999\" "
         "CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
  for (graph::ActorKind kind : kAllActorKinds) {
    KindStyle style = kind_style(kind);
    out += "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"";
    out += style.fill.hex;
    out += "\">";
    out += graph::to_string(kind);
    out += "</TD><TD ALIGN=\"LEFT\">";
    out += style.shape;
    out += "</TD></TR>";
  }
  for (graph::RelationType relation : graph::kAllRelationTypes) {
    RelationStyle style = relation_style(relation);
    std::string line(style.style);
    switch (relation) {
      case graph::RelationType::HasTiesWith: line += ", no arrow"; break;
      case graph::RelationType::Criticizes: line += ", arrow to the criticized"; break;
      case graph::RelationType::Urges: line += ", arrow to the urged"; break;
    }
    append_legend_row(out, graph::to_string(relation), style, line);
  }
  if (represents) append_legend_row(out, kRepresents, kRepresentsStyle, "bold, person to actor");
  out += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">width: statements</TD></TR></TABLE>>];\n";
}

}  // namespace

double pen_width(double weight) {
  return std::clamp(1.0 + std::log2(std::max(weight, 1.0)), 1.0, 8.0);
}

namespace {

DotChoice choose(std::size_t nodes, std::size_t edges, const ExportOptions& o) {
  DotChoice choice;
  choice.nodes = nodes;
  choice.edges = edges;
  if (o.dot_layout == "none") {
    choice.layout.clear();
  } else if (o.dot_layout != "auto" && !o.dot_layout.empty()) {
    choice.layout = o.dot_layout;
  } else if (choice.nodes > kDotLayoutMaxNodes) {
    choice.layout = "sfdp";
  } else if (choice.edges > kDotRanksMaxEdges) {
    choice.layout = "neato";
  } else {
    choice.layout = "dot";
  }
  choice.labels = o.dot_labels == "on" || (o.dot_labels != "off" && choice.edges <= kDotLabelsMaxEdges);
  return choice;
}

}  // namespace

DotChoice choose_dot(const graph::KnowledgeGraph& kg, const ExportOptions& o) {
  return choose(boost::num_vertices(kg.graph()), drawn_edges(kg).size() + kg.represents().size(), o);
}

void write_dot(std::ostream& stream, const graph::KnowledgeGraph& kg, const ExportOptions& o) {
  const graph::Graph& g = kg.graph();
  std::vector<DrawnEdge> drawn = drawn_edges(kg);
  DotChoice choice = choose(boost::num_vertices(g), drawn.size() + kg.represents().size(), o);
  OutputBuffer buffer(stream);
  std::string& out = buffer.text();
  out += "// newsgraph: ";
  out += std::to_string(choice.edges);
  out += " edges, ";
  out += choice.layout.empty() ? "no layout set (the command's engine draws it)"
                               : "layout=" + choice.layout + " (it wins over the command's engine and -K)";
  out += "; newsgraph build --dot-layout ENGINE|none --dot-labels on|off to change\n";
  out += "digraph \"newsgraph\" {\n  graph [";
  if (!choice.layout.empty()) {
    out += "layout=";
    out += choice.layout;
    out += ", ";
  }
  // Attributes for every engine: dot reads rankdir, the others overlap and splines.
  out += "rankdir=LR, overlap=prism, splines=true, sep=\"+20\", esep=\"+10\", outputorder=edgesfirst, fontname=\"Helvetica\"];\n";
  out += "  node [style=filled, fontname=\"Helvetica\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=10, len=1.6];\n";
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
  for (const DrawnEdge& d : drawn) {
    append_edge(out, g, d, choice.labels);
    buffer.maybe_flush();
  }
  // Person level only: a person's link to the actor they speak for.
  for (const auto& [person, actor] : kg.represents()) {
    out += "  ";
    append_quoted(out, person);
    out += " -> ";
    append_quoted(out, actor);
    out += " [type=\"represents\", class=\"represents\", ";
    if (choice.labels) out += "label=\"represents\", ";
    append_style(out, kRepresentsStyle, kRepresentsStyle.color.hex);
    out += "];\n";
  }
  append_legend(out, legend_id(kg), !kg.represents().empty());
  out += "}\n";
}

}  // namespace ng::exporters
