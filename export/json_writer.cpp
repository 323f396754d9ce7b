#include "export/json_writer.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/graph_view.hpp"
#include "export/json_strings.hpp"
#include "export/output_buffer.hpp"
#include "export/text_escape.hpp"

namespace ng::exporters {

namespace {

template <typename Writer>
void write_evidence(Writer& w, const std::vector<graph::Evidence>& evidence) {
  w.StartArray();
  for (const graph::Evidence& e : evidence) {
    w.StartObject();
    w.Key("doc");
    write_string(w, e.doc);
    w.Key("sentence");
    w.Int(e.sentence);
    w.Key("text");
    write_string(w, e.text);
    w.Key("speaker");
    if (e.speaker) {
      write_string(w, *e.speaker);
    } else {
      w.Null();
    }
    if (e.speaker_for) {
      w.Key("speaker_for");
      write_string(w, *e.speaker_for);
    }
    w.Key("date");
    write_optional(w, e.date);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string evidence_json(const std::vector<graph::Evidence>& evidence) {
  std::string out;
  append_evidence_json(out, evidence);
  return out;
}

void append_evidence_json(std::string& out, const std::vector<graph::Evidence>& evidence) {
  // One buffer and writer per thread, reused: no allocation per edge once they have grown.
  thread_local rapidjson::StringBuffer buffer;
  thread_local rapidjson::Writer<rapidjson::StringBuffer> w;
  buffer.Clear();
  w.Reset(buffer);
  write_evidence(w, evidence);
  out.append(buffer.GetString(), buffer.GetSize());
}

namespace {

template <typename View>
void write_json_view(std::ostream& out, const View& g) {
  OutputBuffer buffer(out);
  // Indented one space per level: readable golden files, still one record per few lines.
  rapidjson::PrettyWriter<OutputBuffer> w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  w.Key("name");
  w.String("newsgraph");
  w.EndObject();

  w.Key("nodes");
  w.StartArray();
  for (std::size_t i = 0; i < g.node_count(); ++i) {
    NodeFields node = g.node(i);
    w.StartObject();
    w.Key("id");
    write_string(w, node.id);
    w.Key("label");
    write_string(w, node.label);
    w.Key("kind");
    w.String(graph::to_string(node.kind).data(),
             static_cast<rapidjson::SizeType>(graph::to_string(node.kind).size()));
    w.Key("statements");
    w.Uint64(node.statements);
    w.Key("speakers");
    w.StartArray();
    g.for_each_speaker(i, [&w](std::string_view speaker) { write_string(w, speaker); });
    w.EndArray();
    w.EndObject();
    buffer.maybe_flush();
  }
  w.EndArray();

  w.Key("edges");
  w.StartArray();
  std::vector<graph::Evidence> scratch;
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    EdgeFields edge = g.edge(i);
    std::string_view relation = graph::to_string(edge.relation);
    w.StartObject();
    w.Key("source");
    write_string(w, edge.source);
    w.Key("target");
    write_string(w, edge.target);
    w.Key("key");
    write_string(w, relation);
    w.Key("relation");
    write_string(w, relation);
    w.Key("directed");
    w.Bool(edge.directed);
    w.Key("weight");
    w.Double(edge.weight);
    w.Key("first_date");
    write_optional(w, edge.first_date);
    w.Key("last_date");
    write_optional(w, edge.last_date);
    w.Key("dates");
    w.StartObject();
    g.for_each_date(i, [&w](std::string_view date, std::uint64_t statements) {
      write_string(w, date);
      w.Uint64(statements);
    });
    w.EndObject();
    w.Key("evidence");
    write_evidence(w, g.evidence(i, scratch));
    w.EndObject();
    buffer.maybe_flush();
  }
  // Person level only: a person's link to the actor they speak for, its own relation value.
  for (const auto& [person, actor] : g.represents()) {
    w.StartObject();
    w.Key("source");
    write_string(w, person);
    w.Key("target");
    write_string(w, actor);
    w.Key("key");
    w.String("represents");
    w.Key("relation");
    w.String("represents");
    w.Key("directed");
    w.Bool(true);
    w.Key("weight");
    w.Double(1);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  buffer.Put('\n');
}

}  // namespace

void write_json(std::ostream& out, const graph::KnowledgeGraph& g) {
  write_json_view(out, KnowledgeGraphView(g));
}

void write_json(std::ostream& out, const graph::CompactGraph& g) {
  write_json_view(out, CompactGraphView(g));
}

}  // namespace ng::exporters
