#pragma once
// JSON views of pipeline results: a statement as one `newsgraph statements` line, and a whole
// Document as `newsgraph inspect` prints it. The statement line is the map/reduce wire format:
// Reader reads back exactly these fields, so keep the two in step.

#include <string>

#include "graph/statement.hpp"
#include "ingest/document.hpp"

namespace ng::ingest {

/// Appends one JSON object (no newline) with exactly these keys, in this order:
/// doc, sentence, text, source, source_name, relation, target, target_name,
/// speaker (string or null), speaker_for (only when known), date (string or null):
/// graph::write_statement (graph/statement_json.hpp).
void append_statement_json(std::string& out, const graph::Statement& statement);
std::string statement_json(const graph::Statement& statement);

/// The wire name of a mention form: "name", "capital", "demonym", "people", "person",
/// "pronoun", "description".
std::string_view to_string(MentionForm form);

/// The Document as JSON: id, title, date, url, text, sentences [{index, text, paragraph,
/// duplicate}], mentions [{text, actor, form, sentence}], persons [{name, surname,
/// represents, role}], verb_groups [{sentence, text, head, negated?, planned?, passive?}] (a
/// flag only when true), attributions [{sentence, actor, speaker}], statements (as above),
/// diagnostics (formatted strings). "sentence" is always Sentence::index (the title is -1).
std::string document_json(const Document& doc, bool pretty = true);

}  // namespace ng::ingest
