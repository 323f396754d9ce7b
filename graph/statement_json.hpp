#pragma once
// Evidence and statements into a RapidJSON writer, written once: an edge's evidence in the
// node-link graph (export/json_writer, GraphML's evidence attribute) and a `newsgraph
// statements` line (ingest/document_json) share their fields and their order.

#include "graph/json_strings.hpp"
#include "graph/node_link_schema.hpp"
#include "graph/statement.hpp"

namespace ng::graph {

namespace json_detail {

// Where the evidence comes from: doc, sentence, text.
template <typename Writer>
void write_origin(Writer& w, const Evidence& e) {
  w.Key(node_link::kDoc);
  write_string(w, e.doc);
  w.Key(node_link::kSentence);
  w.Int(e.sentence);
  w.Key(node_link::kText);
  write_string(w, e.text);
}

// Who said it and when: speaker (string or null), speaker_for (only when known), date.
// speaker_for is optional so that lines and graphs without it read as before.
template <typename Writer>
void write_attribution(Writer& w, const Evidence& e) {
  w.Key(node_link::kSpeaker);
  if (e.speaker) write_string(w, *e.speaker);
  else w.Null();
  if (e.speaker_for) {
    w.Key(node_link::kSpeakerFor);
    write_string(w, *e.speaker_for);
  }
  w.Key(node_link::kDate);
  write_optional(w, e.date);
}

}  // namespace json_detail

/// {doc, sentence, text, speaker, [speaker_for], date}
template <typename Writer>
void write_evidence(Writer& w, const Evidence& e) {
  w.StartObject();
  json_detail::write_origin(w, e);
  json_detail::write_attribution(w, e);
  w.EndObject();
}

/// {doc, sentence, text, source, source_name, relation, target, target_name, speaker,
/// [speaker_for], date}: one `newsgraph statements` line, which ingest/reader reads back.
template <typename Writer>
void write_statement(Writer& w, const Statement& st) {
  w.StartObject();
  json_detail::write_origin(w, st.evidence);
  w.Key(node_link::kSource);
  write_string(w, st.source.id);
  w.Key(node_link::kSourceName);
  write_string(w, st.source.label);
  w.Key(node_link::kRelation);
  write_string(w, to_string(st.relation));
  w.Key(node_link::kTarget);
  write_string(w, st.target.id);
  w.Key(node_link::kTargetName);
  write_string(w, st.target.label);
  json_detail::write_attribution(w, st.evidence);
  w.EndObject();
}

}  // namespace ng::graph
