#include "export/path_writer.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <string>

#include "export/output_buffer.hpp"
#include "export/text_escape.hpp"
#include "graph/utf8.hpp"

namespace ng::exporters {

namespace {

// Terminal text: valid UTF-8, no control characters that would move the cursor.
std::string printable(std::string_view text) {
  std::string clean = graph::valid_utf8(text);
  std::string out;
  out.reserve(clean.size());
  for (char c : clean) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
  }
  return out;
}

std::string weight_text(double weight) {
  return std::floor(weight) == weight ? format_rounded(weight, 0) : format_rounded(weight, 3);
}

void write_hop(std::string& out, const graph::CompactGraph& g, const graph::Path& path, std::size_t i,
               bool explain) {
  const graph::PathStep& step = path.steps[i];
  const graph::CompactEdge& edge = g.edges[step.edge];
  std::string relation(graph::to_string(g.relation(step.edge)));
  out += printable(g.label(path.nodes[i]));
  if (!edge.directed) {
    out += " \u2014" + relation + "\u2014 ";
  } else if (step.forward) {
    out += " \u2014" + relation + "\u2192 ";
  } else {
    out += " \u2190" + relation + "\u2014 ";
  }
  out += printable(g.label(path.nodes[i + 1]));
  out += " (" + weight_text(edge.weight) + ")\n";
  if (!explain) return;
  std::vector<graph::Evidence> evidence = g.evidence_of(step.edge);
  if (evidence.empty()) {
    out += "    (no evidence kept)\n";
    return;
  }
  const graph::Evidence& e = evidence.front();
  out += "    " + printable(e.doc) + ", sentence " + std::to_string(e.sentence);
  if (e.speaker) out += ", speaker " + printable(*e.speaker);
  if (!e.date.empty()) out += ", " + printable(e.date);
  out += ": \"" + printable(e.text) + "\"\n";
}

}  // namespace

void write_paths_text(std::ostream& stream, const graph::CompactGraph& g,
                      const std::vector<graph::Path>& paths, bool explain) {
  OutputBuffer buffer(stream);
  std::string& out = buffer.text();
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const graph::Path& path = paths[p];
    if (paths.size() > 1) {
      if (p > 0) out += '\n';
      std::size_t hops = path.steps.size();
      out += "path " + std::to_string(p + 1) + ": " + std::to_string(hops) +
             (hops == 1 ? " hop\n" : " hops\n");
    }
    if (path.steps.empty() && !path.nodes.empty()) out += printable(g.label(path.nodes[0])) + "\n";
    for (std::size_t i = 0; i < path.steps.size(); ++i) write_hop(out, g, path, i, explain);
  }
}

namespace {

template <typename Writer>
void write_paths(Writer& w, const graph::CompactGraph& g, std::string_view from, std::string_view to,
                 const std::vector<graph::Path>& paths) {
  auto string = [&w](std::string_view s) {
    std::string clean = graph::valid_utf8(s);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
  };
  w.StartObject();
  w.Key("from");
  string(from);
  w.Key("to");
  string(to);
  w.Key("paths");
  w.StartArray();
  for (const graph::Path& path : paths) {
    w.StartObject();
    w.Key("length");
    w.Uint64(path.steps.size());
    w.Key("nodes");
    w.StartArray();
    for (graph::NodeIndex v : path.nodes) string(g.id(v));
    w.EndArray();
    w.Key("edges");
    w.StartArray();
    for (const graph::PathStep& step : path.steps) {
      w.StartObject();
      w.Key("source");
      string(g.id(g.edges[step.edge].source));
      w.Key("relation");
      string(graph::to_string(g.relation(step.edge)));
      w.Key("target");
      string(g.id(g.edges[step.edge].target));
      w.Key("weight");
      w.Double(g.edges[step.edge].weight);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void write_paths_json(std::ostream& stream, const graph::CompactGraph& g, std::string_view from,
                      std::string_view to, const std::vector<graph::Path>& paths, bool line) {
  OutputBuffer buffer(stream);
  if (line) {
    rapidjson::Writer<OutputBuffer> w(buffer);
    write_paths(w, g, from, to, paths);
  } else {
    rapidjson::PrettyWriter<OutputBuffer> w(buffer);
    w.SetIndent(' ', 1);
    write_paths(w, g, from, to, paths);
  }
  buffer.Put('\n');
}

}  // namespace ng::exporters
