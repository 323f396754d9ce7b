// libFuzzer target over the readers and the whole pipeline: any bytes, read as standard input
// (JSON Lines or text), as a .json file, through the BatchReader's blocks of lines and as a
// node-link graph JSON file, must neither crash nor trip a sanitizer.
// Named .cc on purpose: tests/CMakeLists.txt globs *.cpp into the Catch2 binary, and this file
// has its own main (libFuzzer's). Built by -DNG_FUZZ=ON with clang (see .ci/fuzz).

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "graph/graph_json_reader.hpp"
#include "graph/knowledge_graph.hpp"
#include "ingest/batch_reader.hpp"
#include "ingest/document_json.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/reader.hpp"

namespace {

struct Setup {
  ng::ingest::ActorDictionary dictionary = ng::ingest::ActorDictionary::builtin();
  ng::ingest::RelationLexicon lexicon = ng::ingest::RelationLexicon::builtin();
  ng::ingest::Pipeline pipeline = ng::ingest::default_pipeline(dictionary, lexicon);
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Setup setup;
  ng::graph::KnowledgeGraph graph(3);
  ng::ingest::ReadCallbacks callbacks;
  callbacks.on_document = [&](ng::ingest::Document&& doc) {
    setup.pipeline.run(doc);
    for (const auto& statement : doc.statements) graph.add(statement);
    (void)ng::ingest::document_json(doc, false);
    return true;
  };
  callbacks.on_statement = [&](ng::ingest::StatementRecord&& record) {
    if (auto statement = ng::ingest::resolve_statement(record, setup.dictionary)) {
      graph.add(*statement);
      (void)ng::ingest::statement_json(*statement);
    }
    return true;
  };
  std::string input(reinterpret_cast<const char*>(data), size);
  ng::ingest::Reader reader(callbacks);
  std::istringstream as_stdin(input);
  reader.read_stdin(as_stdin);
  std::istringstream as_json(input);
  reader.read_json(as_json, "fuzz.json");

  // The batch path: raw blocks of lines cut small, so lines straddle every kind of boundary.
  ng::ingest::BatchOptions options;
  options.batch_documents = 2;
  options.batch_bytes = 64;
  ng::ingest::BatchSink sink;
  sink.on_document = [&](const ng::ingest::Document& doc) {
    for (const auto& statement : doc.statements) graph.add(statement);
  };
  sink.on_statement = [&](const ng::graph::Statement& statement) { graph.add(statement); };
  ng::ingest::BatchReader batch(setup.pipeline, setup.dictionary, options, sink);
  std::istringstream as_jsonl(input);
  batch.read_jsonl(as_jsonl, "fuzz.jsonl");
  (void)batch.finish();

  // The graph reader, which `build` uses to merge graphs and `path` to load one; merged into
  // the graph built above, so a bad graph meets real nodes and edges.
  std::istringstream as_graph(input);
  (void)ng::graph::read_graph_json(as_graph, "fuzz.graph.json", graph);
  return 0;
}
