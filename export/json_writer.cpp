#include "export/json_writer.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/graph_view.hpp"
#include "export/output_buffer.hpp"
#include "graph/node_link_schema.hpp"
#include "graph/statement_json.hpp"

namespace ng::exporters {

namespace {

namespace nl = graph::node_link;
using graph::write_optional;
using graph::write_string;

template <typename Writer>
void write_evidence_list(Writer& w, const std::vector<graph::Evidence>& evidence) {
  w.StartArray();
  for (const graph::Evidence& e : evidence) graph::write_evidence(w, e);
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
  write_evidence_list(w, evidence);
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
  w.Key(nl::kDirected);
  w.Bool(true);
  w.Key(nl::kMultigraph);
  w.Bool(true);
  w.Key(nl::kGraph);
  w.StartObject();
  w.Key(nl::kName);
  w.String("newsgraph");
  w.EndObject();

  w.Key(nl::kNodes);
  w.StartArray();
  for (std::size_t i = 0; i < g.node_count(); ++i) {
    NodeFields node = g.node(i);
    w.StartObject();
    w.Key(nl::kId);
    write_string(w, node.id);
    w.Key(nl::kLabel);
    write_string(w, node.label);
    w.Key(nl::kKind);
    w.String(graph::to_string(node.kind).data(),
             static_cast<rapidjson::SizeType>(graph::to_string(node.kind).size()));
    w.Key(nl::kStatements);
    w.Uint64(node.statements);
    w.Key(nl::kSpeakers);
    w.StartArray();
    g.for_each_speaker(i, [&w](std::string_view speaker) { write_string(w, speaker); });
    w.EndArray();
    w.EndObject();
    buffer.maybe_flush();
  }
  w.EndArray();

  w.Key(nl::kEdges);
  w.StartArray();
  std::vector<graph::Evidence> scratch;
  for (std::size_t i = 0; i < g.edge_count(); ++i) {
    EdgeFields edge = g.edge(i);
    std::string_view relation = graph::to_string(edge.relation);
    w.StartObject();
    w.Key(nl::kSource);
    write_string(w, edge.source);
    w.Key(nl::kTarget);
    write_string(w, edge.target);
    w.Key(nl::kKey);
    write_string(w, relation);
    w.Key(nl::kRelation);
    write_string(w, relation);
    w.Key(nl::kDirected);
    w.Bool(edge.directed);
    w.Key(nl::kWeight);
    w.Double(edge.weight);
    w.Key(nl::kFirstDate);
    write_optional(w, edge.first_date);
    w.Key(nl::kLastDate);
    write_optional(w, edge.last_date);
    w.Key(nl::kDates);
    w.StartObject();
    g.for_each_date(i, [&w](std::string_view date, std::uint64_t statements) {
      write_string(w, date);
      w.Uint64(statements);
    });
    w.EndObject();
    w.Key(nl::kEvidence);
    write_evidence_list(w, g.evidence(i, scratch));
    w.EndObject();
    buffer.maybe_flush();
  }
  // Person level only: a person's link to the actor they speak for, its own relation value.
  for (const auto& [person, actor] : g.represents()) {
    w.StartObject();
    w.Key(nl::kSource);
    write_string(w, person);
    w.Key(nl::kTarget);
    write_string(w, actor);
    w.Key(nl::kKey);
    w.String(nl::kRepresents);
    w.Key(nl::kRelation);
    w.String(nl::kRepresents);
    w.Key(nl::kDirected);
    w.Bool(true);
    w.Key(nl::kWeight);
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
