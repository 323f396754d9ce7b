#include "ingest/statement_record.hpp"

namespace ng::ingest {

std::optional<graph::Statement> resolve_statement(const StatementRecord& record,
                                                  const ActorDictionary& dictionary, std::string* error) {
  auto fail = [&](std::string message) -> std::optional<graph::Statement> {
    if (error) *error = std::move(message);
    return std::nullopt;
  };
  auto relation = graph::parse_relation_type(record.relation);
  if (!relation) return fail("unknown relation \"" + record.relation + "\"");
  if (record.source.empty() || record.target.empty()) return fail("empty \"source\" or \"target\"");
  auto actor = [&](const std::string& name, const std::string& label) {
    const ActorEntry* entry = dictionary.find_id(name);
    if (!entry) entry = dictionary.resolve(name);
    if (entry) return dictionary.actor(*entry);
    // relations.md: a name the dictionary does not know is an actor of kind unknown.
    return graph::Actor{name, label.empty() ? name : label, graph::ActorKind::Unknown};
  };
  graph::Statement statement;
  statement.source = actor(record.source, record.source_name);
  statement.relation = *relation;
  statement.target = actor(record.target, record.target_name);
  statement.evidence = graph::Evidence{record.doc, record.sentence, record.text, record.speaker, record.date,
                                       std::nullopt};
  if (record.speaker_for && !record.speaker_for->empty()) {
    statement.evidence.speaker_for = actor(*record.speaker_for, "").id;
  }
  return statement;
}

}  // namespace ng::ingest
