#pragma once
// Shared fixtures for the ingest stage tests: a small dictionary written here (so the
// tests do not depend on the built-in data), the built-in lexicon, and helpers that run
// the pipeline on a text up to one stage.

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "ingest/actor_dictionary.hpp"
#include "ingest/document.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/relation_lexicon.hpp"

namespace ng::test {

const ingest::ActorDictionary& test_dictionary();
const ingest::RelationLexicon& builtin_lexicon();

/// Runs the stages up to and including `last` on a document whose body is `text`.
ingest::Document run_until(std::string_view text, std::string_view last, std::string_view title = "");

/// "SRC relation TGT" for each statement, has-ties-with with its ends in id order.
std::vector<std::string> edges_of(std::string_view text, std::string_view title = "");

/// One row of a sentence table: a text and the exact edges edges_of() must give it.
struct EdgeCase {
  const char* text;
  std::vector<std::string> edges;
};
/// Checks every row of a table (a Catch2 CHECK per row, with the text as context).
void check_edges(const std::vector<EdgeCase>& table);

/// The surface text of each mention, with its actor: "the Russian envoy=RUS".
std::vector<std::string> mentions_of(const ingest::Document& doc);

}  // namespace ng::test
