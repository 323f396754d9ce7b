#include "export/gexf_writer.hpp"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <string>
#include <vector>

#include "export/graphml_writer.hpp"
#include "export/json_writer.hpp"
#include "export/output_buffer.hpp"
#include "export/palette.hpp"
#include "export/text_escape.hpp"

namespace ng::exporters {

namespace {

// Attribute ids are the titles: graphology (Gephi Lite) names a value by its id, Gephi and
// NetworkX by its title, so all three see the same column names.
constexpr std::string_view kNodeAttributes =
    "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
    "      <attribute id=\"statements\" title=\"statements\" type=\"long\"/>\n";
constexpr std::string_view kStaticEdgeAttributes =
    "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
    "      <attribute id=\"first_date\" title=\"first_date\" type=\"string\"/>\n"
    "      <attribute id=\"last_date\" title=\"last_date\" type=\"string\"/>\n"
    "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n";
// With a timeline Gephi takes a dynamic edge attribute titled "weight" as the edge's weight
// over time, so the edge thickens on the days it is in the news.
constexpr std::string_view kWeightAttribute =
    "      <attribute id=\"weight\" title=\"weight\" type=\"double\"/>\n";

struct Dialect {
  std::string_view version;    // "1.3" or "1.2"
  std::string_view namespace_; // the GEXF namespace; viz is namespace_ + "/viz"
  std::string_view schema;     // where the schema is published
};

constexpr Dialect kGephi{"1.3", "http://gexf.net/1.3", "http://gexf.net/1.3/gexf.xsd"};
// NetworkX 2.8 (Debian 12) reads 1.1draft and 1.2draft only; 3.x reads those and 1.3.
constexpr Dialect kPortable{"1.2", "http://www.gexf.net/1.2draft",
                            "http://www.gexf.net/1.2draft/gexf.xsd"};

void append_attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_xml_escaped(out, value);
  out += '"';
}

void append_value(std::string& out, std::string_view id, std::string_view value) {
  // An empty value is left out: Gephi would make it an empty cell, NetworkX an empty string.
  if (value.empty()) return;
  out += "<attvalue for=\"";
  out += id;
  out += "\" value=\"";
  append_xml_escaped(out, value);
  out += "\"/>";
}

void append_colour(std::string& out, const Rgb& colour) {
  out += "<viz:color r=\"";
  out += std::to_string(colour.r);
  out += "\" g=\"";
  out += std::to_string(colour.g);
  out += "\" b=\"";
  out += std::to_string(colour.b);
  out += "\"/>";
}

void append_spell(std::string& out, std::string_view start, std::string_view end) {
  out += "<spell start=\"";
  append_xml_escaped(out, start);
  out += "\" end=\"";
  append_xml_escaped(out, end);
  out += "\"/>";
}

// timeformat="date" takes xs:date: a partial date ("2021", "2021-08") has no spell of its own.
bool is_full_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return true;
}

// An actor lives from its first statement to its last: the widest date range of its edges.
struct Lifetime {
  std::string first, last;
  void widen(const std::string& from, const std::string& to) {
    if (is_full_date(from) && (first.empty() || from < first)) first = from;
    if (is_full_date(to) && (last.empty() || to > last)) last = to;
  }
};

std::vector<Lifetime> lifetimes(const graph::Graph& g) {
  std::vector<Lifetime> life(boost::num_vertices(g));
  for (graph::Edge e : boost::make_iterator_range(boost::edges(g))) {
    life[boost::source(e, g)].widen(g[e].first_date, g[e].last_date);
    life[boost::target(e, g)].widen(g[e].first_date, g[e].last_date);
  }
  return life;
}

void append_edge_open(std::string& out, std::size_t index, std::string_view source,
                      std::string_view target, std::string_view kind, bool undirected,
                      const Dialect& dialect, double weight) {
  out += "      <edge id=\"e";
  out += std::to_string(index);
  out += '"';
  append_attribute(out, "source", source);
  append_attribute(out, "target", target);
  // The edge kind keeps "criticizes" and "urges" between one pair apart in Gephi (>= 0.9.3);
  // 1.2draft has no kind, and NetworkX keys edges by id anyway.
  if (&dialect == &kGephi) append_attribute(out, "kind", kind);
  append_attribute(out, "label", kind);
  if (undirected) out += " type=\"undirected\"";
  append_attribute(out, "weight", format_double(weight));
  out += '>';
}

}  // namespace

void write_gexf(std::ostream& stream, const graph::KnowledgeGraph& kg, const ExportOptions& o) {
  const graph::Graph& g = kg.graph();
  const Dialect& dialect = o.portable ? kPortable : kGephi;
  OutputBuffer buffer(stream);
  std::string& out = buffer.text();
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"";
  out += dialect.namespace_;
  out += "\" xmlns:viz=\"";
  out += dialect.namespace_;
  out += "/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"";
  out += dialect.namespace_;
  out += ' ';
  out += dialect.schema;
  out += "\" version=\"";
  out += dialect.version;
  out += "\">\n  <meta>\n    <creator>newsgraph</creator>\n  </meta>\n";
  out += "  <graph defaultedgetype=\"directed\"";
  out += o.timeline ? " mode=\"dynamic\" timeformat=\"date\">\n" : " mode=\"static\">\n";

  out += "    <attributes class=\"node\" mode=\"static\">\n";
  out += kNodeAttributes;
  out += "    </attributes>\n";
  if (o.timeline && o.portable) {
    // NetworkX reads a block's mode for all of its attributes: static values stay plain.
    out += "    <attributes class=\"edge\" mode=\"static\">\n";
    out += kStaticEdgeAttributes;
    out += "    </attributes>\n    <attributes class=\"edge\" mode=\"dynamic\">\n";
    out += kWeightAttribute;
  } else {
    // graphology reads only the last block of a class: one block, as Gephi itself writes.
    out += o.timeline ? "    <attributes class=\"edge\" mode=\"dynamic\">\n"
                      : "    <attributes class=\"edge\" mode=\"static\">\n";
    out += kStaticEdgeAttributes;
    out += kWeightAttribute;
  }
  out += "    </attributes>\n";

  std::vector<Lifetime> life = o.timeline ? lifetimes(g) : std::vector<Lifetime>{};
  out += "    <nodes count=\"";
  out += std::to_string(boost::num_vertices(g));
  out += "\">\n";
  for (graph::Vertex v : kg.sorted_vertices()) {
    const graph::ActorNode& node = g[v];
    out += "      <node";
    append_attribute(out, "id", node.id);
    append_attribute(out, "label", node.label.empty() ? node.id : node.label);
    out += "><attvalues>";
    append_value(out, "kind", graph::to_string(node.kind));
    append_value(out, "statements", std::to_string(node.statements));
    out += "</attvalues>";
    if (o.timeline && !life[v].first.empty()) {
      out += "<spells>";
      append_spell(out, life[v].first, life[v].last);
      out += "</spells>";
    }
    append_colour(out, kind_style(node.kind).fill);
    out += "<viz:size value=\"";
    out += format_rounded(node_size(node.statements), 2);
    out += "\"/></node>\n";
    buffer.maybe_flush();
  }
  out += "    </nodes>\n";

  std::vector<graph::Edge> edges = kg.sorted_edges();
  out += "    <edges count=\"";
  out += std::to_string(edges.size() + kg.represents().size());
  out += "\">\n";
  std::string evidence;  // reused: one allocation for all edges
  std::size_t index = 0;
  for (graph::Edge e : edges) {
    const graph::RelationEdge& edge = g[e];
    std::string_view relation = graph::to_string(edge.relation);
    // Gephi deletes weight-0 edges; an aggregated edge always has weight >= 1 anyway.
    double weight = edge.weight > 0 ? edge.weight : 1.0;
    append_edge_open(out, index++, g[boost::source(e, g)].id, g[boost::target(e, g)].id, relation,
                     !edge.directed && !o.portable, dialect, weight);
    out += "<attvalues>";
    append_value(out, "relation", relation);
    append_value(out, "first_date", edge.first_date);
    append_value(out, "last_date", edge.last_date);
    evidence.clear();
    append_evidence_json(evidence, edge.evidence);
    append_value(out, "evidence", evidence);
    if (!o.timeline) {
      append_value(out, "weight", format_double(weight));
    } else {
      for (const graph::DateCount& d : edge.dates) {
        if (!is_full_date(d.date)) continue;
        out += "<attvalue for=\"weight\" value=\"";
        out += format_double(static_cast<double>(d.statements));
        out += '"';
        append_attribute(out, "start", d.date);
        append_attribute(out, "end", d.date);
        out += "/>";
      }
    }
    out += "</attvalues>";
    if (o.timeline && std::any_of(edge.dates.begin(), edge.dates.end(),
                                  [](const graph::DateCount& d) { return is_full_date(d.date); })) {
      out += "<spells>";
      for (const graph::DateCount& d : edge.dates) {
        if (is_full_date(d.date)) append_spell(out, d.date, d.date);
      }
      out += "</spells>";
    }
    append_colour(out, relation_style(edge.relation).color);
    out += "</edge>\n";
    buffer.maybe_flush();
  }
  // Person level only: a person's link to the actor they speak for, undated.
  for (const auto& [person, actor] : kg.represents()) {
    append_edge_open(out, index++, person, actor, kRepresents, false, dialect, 1.0);
    out += "<attvalues>";
    append_value(out, "relation", kRepresents);
    if (!o.timeline) append_value(out, "weight", "1.0");
    out += "</attvalues>";
    append_colour(out, kRepresentsStyle.color);
    out += "</edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace ng::exporters
