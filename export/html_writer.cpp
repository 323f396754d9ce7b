#include "export/html_writer.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include "export/output_buffer.hpp"
#include "export/palette.hpp"
#include "export/text_escape.hpp"
#include "graph/json_strings.hpp"

namespace ng::exporters {

namespace embedded {
std::string_view page_html();
#ifdef NG_HTML_VIEW
std::string_view view_js();
std::string_view view_js_csp();  // 'sha256-...' of view_js, for script-src
#endif
}  // namespace embedded

namespace {

// The bundled viewer and its hash for the page's script-src; empty in a build without node
// (export/CMakeLists.txt).
struct Viewer {
  std::string_view script, hash;
};
Viewer viewer() {
#ifdef NG_HTML_VIEW
  return {embedded::view_js(), embedded::view_js_csp()};
#else
  return {};
#endif
}

}  // namespace

bool html_view_available() { return !viewer().script.empty(); }

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using graph::valid_utf8;
using graph::write_optional;
using graph::write_string;

// JSON inside <script type="application/json">: an HTML parser ends the element at the
// first "</script" and treats "<!--" specially, whatever JSON thinks of it. < > & only occur
// inside JSON strings, where \u003c reads back as the same character; U+2028 and U+2029 are
// escaped too, for readers that still treat them as line ends.
void append_script_safe(std::string& out, std::string_view json) {
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
}

// &, <, >, " as entities: the <title>, the only news text the page holds outside JSON.
std::string html_escaped(std::string_view text) {
  std::string out;
  for (char c : valid_utf8(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

struct Selection {
  std::vector<graph::Edge> edges;      // in sorted_edges order
  std::vector<graph::Vertex> actors;   // in id order
};

Selection select(const graph::KnowledgeGraph& kg, const HtmlOptions& o) {
  const graph::Graph& g = kg.graph();
  Selection s;
  s.edges = kg.sorted_edges();
  std::vector<graph::Vertex> all = kg.sorted_vertices();
  if (o.max_edges == 0 || s.edges.size() <= o.max_edges) {
    s.actors = std::move(all);
    return s;
  }
  // The heaviest, stable so that equal weights keep their id order: the same page each time.
  std::vector<std::size_t> order(s.edges.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return g[s.edges[a]].weight > g[s.edges[b]].weight; });
  order.resize(o.max_edges);
  std::sort(order.begin(), order.end());
  std::vector<bool> touched(boost::num_vertices(g), false);
  std::vector<graph::Edge> kept;
  kept.reserve(order.size());
  for (std::size_t i : order) {
    graph::Edge e = s.edges[i];
    kept.push_back(e);
    touched[boost::source(e, g)] = touched[boost::target(e, g)] = true;
  }
  s.edges = std::move(kept);
  for (graph::Vertex v : all) {
    if (touched[v]) s.actors.push_back(v);
  }
  return s;
}

void write_palette(Writer& w) {
  w.Key("kinds");
  w.StartObject();
  for (graph::ActorKind kind : kAllActorKinds) {
    write_string(w, graph::to_string(kind));
    write_string(w, kind_style(kind).fill.hex);
  }
  w.EndObject();
  w.Key("relations");
  w.StartObject();
  for (graph::RelationType relation :
       {graph::RelationType::HasTiesWith, graph::RelationType::Criticizes, graph::RelationType::Urges}) {
    write_string(w, graph::to_string(relation));
    write_string(w, relation_style(relation).color.hex);
  }
  write_string(w, kRepresents);
  write_string(w, kRepresentsStyle.color.hex);
  w.EndObject();
}

// Nodes and edges as arrays, not objects: a 50,000-edge page is half the size.
//   node: [id, label, kind, statements, [aliases]]
//   edge: [source index, target index, relation, weight, first_date, last_date,
//          [[doc, sentence, text, speaker, date], ...]]
struct NodeIndex {
  std::vector<std::size_t> by_vertex;
  std::map<std::string_view, std::size_t> by_id;
};

NodeIndex write_nodes(Writer& w, const graph::Graph& g, const HtmlOptions& o, const Selection& s) {
  NodeIndex index{std::vector<std::size_t>(boost::num_vertices(g), 0), {}};
  w.StartArray();
  for (std::size_t i = 0; i < s.actors.size(); ++i) {
    const graph::ActorNode& node = g[s.actors[i]];
    index.by_vertex[s.actors[i]] = i;
    index.by_id[node.id] = i;
    w.StartArray();
    write_string(w, node.id);
    write_string(w, node.label);
    write_string(w, graph::to_string(node.kind));
    w.Uint64(node.statements);
    w.StartArray();
    if (auto it = o.aliases.find(node.id); it != o.aliases.end()) {
      for (const std::string& alias : it->second) write_string(w, alias);
    }
    w.EndArray();
    w.EndArray();
  }
  w.EndArray();
  return index;
}

void write_edge(Writer& w, std::size_t source, std::size_t target, std::string_view relation,
                const graph::RelationEdge& edge) {
  w.StartArray();
  w.Uint64(source);
  w.Uint64(target);
  write_string(w, relation);
  w.Double(edge.weight);
  write_optional(w, edge.first_date);
  write_optional(w, edge.last_date);
  w.StartArray();
  for (const graph::Evidence& ev : edge.evidence) {
    w.StartArray();
    write_string(w, ev.doc);
    w.Int(ev.sentence);
    write_string(w, ev.text);
    write_optional(w, ev.speaker.value_or(""));
    write_optional(w, ev.date);
    w.EndArray();
  }
  w.EndArray();
  w.EndArray();
}

std::string graph_json(const graph::KnowledgeGraph& kg, const HtmlOptions& o, const Selection& s,
                       const HtmlCap& cap) {
  const graph::Graph& g = kg.graph();
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  graph::write_field(w, "title", o.title);
  graph::write_field(w, "command", o.command);
  graph::write_field(w, "actors_total", std::uint64_t{cap.actors_total});
  graph::write_field(w, "edges_total", std::uint64_t{cap.edges_total});
  graph::write_field(w, "max_edges", std::uint64_t{o.max_edges});
  w.Key("palette");
  w.StartObject();
  write_palette(w);
  w.EndObject();
  w.Key("nodes");
  NodeIndex index = write_nodes(w, g, o, s);

  w.Key("edges");
  w.StartArray();
  std::map<std::string_view, std::string_view> urls;  // of the documents the page cites
  for (graph::Edge e : s.edges) {
    const graph::RelationEdge& edge = g[e];
    write_edge(w, index.by_vertex[boost::source(e, g)], index.by_vertex[boost::target(e, g)],
               graph::to_string(edge.relation), edge);
    for (const graph::Evidence& ev : edge.evidence) {
      if (auto it = o.doc_urls.find(ev.doc); it != o.doc_urls.end()) urls.emplace(it->first, it->second);
    }
  }
  // Person level: a person's link to the actor they speak for, when both are drawn.
  const graph::RelationEdge represents{graph::RelationType::HasTiesWith, 1, true, "", "", {}, {}};
  for (const auto& [person, actor] : kg.represents()) {
    auto from = index.by_id.find(person);
    auto to = index.by_id.find(actor);
    if (from != index.by_id.end() && to != index.by_id.end()) {
      write_edge(w, from->second, to->second, kRepresents, represents);
    }
  }
  w.EndArray();

  w.Key("urls");
  w.StartObject();
  for (const auto& [doc, url] : urls) {
    write_string(w, doc);
    write_string(w, url);
  }
  w.EndObject();
  w.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

// Writes what comes before the one `marker` in `page`; returns what follows it.
std::string_view write_until(OutputBuffer& out, std::string_view page, std::string_view marker) {
  std::size_t at = page.find(marker);
  if (at == std::string_view::npos) throw std::logic_error("page.html lacks " + std::string(marker));
  out.text().append(page.substr(0, at));
  return page.substr(at + marker.size());
}

}  // namespace

HtmlCap write_html(std::ostream& out, const graph::KnowledgeGraph& kg, const HtmlOptions& o) {
  if (!html_view_available()) throw std::logic_error("newsgraph was built without the HTML view");
  Selection s = select(kg, o);
  HtmlCap cap{s.edges.size(), boost::num_edges(kg.graph()), s.actors.size(), boost::num_vertices(kg.graph())};
  OutputBuffer buffer(out);
  std::string_view page = embedded::page_html();
  page = write_until(buffer, page, "<!--ng:script-hash-->");
  buffer.text().append(viewer().hash);
  page = write_until(buffer, page, "<!--ng:title-->");
  buffer.text() += html_escaped(o.title.empty() ? "newsgraph" : "newsgraph: " + o.title);
  page = write_until(buffer, page, "<!--ng:data-->");
  append_script_safe(buffer.text(), graph_json(kg, o, s, cap));
  page = write_until(buffer, page, "<!--ng:script-->");
  buffer.write_through(viewer().script);
  buffer.text().append(page);
  return cap;
}

}  // namespace ng::exporters
