#pragma once
// The node-link JSON graph (formats.md §8) by name, in one place: export/json_writer writes
// these fields and graph/graph_json_reader reads them. The evidence fields are also the
// fields of a `newsgraph statements` line (ingest/document_json, ingest/reader).
// The format carries no version number of its own: readers know it by "nodes" and "edges".

namespace ng::graph::node_link {

// The top level.
inline constexpr char kDirected[] = "directed";
inline constexpr char kMultigraph[] = "multigraph";
inline constexpr char kGraph[] = "graph";
inline constexpr char kName[] = "name";
inline constexpr char kNodes[] = "nodes";
inline constexpr char kEdges[] = "edges";
// A node.
inline constexpr char kId[] = "id";
inline constexpr char kLabel[] = "label";
inline constexpr char kKind[] = "kind";
inline constexpr char kStatements[] = "statements";
inline constexpr char kSpeakers[] = "speakers";
// An edge (and "directed").
inline constexpr char kSource[] = "source";
inline constexpr char kTarget[] = "target";
inline constexpr char kKey[] = "key";
inline constexpr char kRelation[] = "relation";
inline constexpr char kWeight[] = "weight";
inline constexpr char kFirstDate[] = "first_date";
inline constexpr char kLastDate[] = "last_date";
inline constexpr char kDates[] = "dates";
inline constexpr char kEvidence[] = "evidence";
/// The relation of a person's link to the actor they speak for (person level).
inline constexpr char kRepresents[] = "represents";
// An evidence record, and a statement line.
inline constexpr char kDoc[] = "doc";
inline constexpr char kSentence[] = "sentence";
inline constexpr char kText[] = "text";
inline constexpr char kSpeaker[] = "speaker";
inline constexpr char kSpeakerFor[] = "speaker_for";
inline constexpr char kDate[] = "date";
// A statement line only.
inline constexpr char kSourceName[] = "source_name";
inline constexpr char kTargetName[] = "target_name";

}  // namespace ng::graph::node_link
