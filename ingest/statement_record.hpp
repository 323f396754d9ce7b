#pragma once
// StatementRecord: a line of `newsgraph statements` output read back (the map/reduce wire
// format, written by ingest/document_json), and its resolution into a Statement.

#include <optional>
#include <string>

#include "graph/statement.hpp"
#include "ingest/actor_dictionary.hpp"

namespace ng::ingest {

/// A statement line of JSON Lines input: the fields `newsgraph statements` prints, as written.
/// `source` and `target` are resolved against the dictionary later (resolve_statement).
struct StatementRecord {
  std::string doc;
  int sentence = 0;
  std::string text;
  std::string source;
  std::string source_name;
  std::string relation;
  std::string target;
  std::string target_name;
  std::optional<std::string> speaker;
  std::optional<std::string> speaker_for;  // an actor id or name, like source
  std::string date;    // "" when null or missing
  std::string origin;  // where it was read, for diagnostics
  long line = 0;
};

/// Turns a statement record into a Statement: `source` and `target` resolve first as ids
/// (find_id), then as names (resolve); a name the dictionary does not know becomes an actor
/// of kind unknown whose id is the name as written. Returns nullopt and sets `error` when
/// the record cannot be a statement (unknown relation, empty source or target).
std::optional<graph::Statement> resolve_statement(const StatementRecord& record,
                                                  const ActorDictionary& dictionary,
                                                  std::string* error = nullptr);

}  // namespace ng::ingest
