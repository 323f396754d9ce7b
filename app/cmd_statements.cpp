// newsgraph statements: inputs -> one JSON line per statement (the map step of map/reduce).

#include <iostream>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "export/output_buffer.hpp"
#include "ingest/batch_reader.hpp"
#include "ingest/document_json.hpp"
#include "ingest/pipeline.hpp"

namespace ng::app {

namespace {

constexpr const char* kStatementsFooter = R"(
Prints one JSON object per statement, in input order, with exactly these keys:
  {"doc", "sentence", "text", "source", "source_name", "relation", "target", "target_name",
   "speaker", "speaker_for", "date"}
"sentence" is the 0-based sentence index (the title is -1); "source" and "target" are
canonical ids, "*_name" their labels; "speaker" and "date" are strings or null;
"speaker_for", the actor id the speaker speaks for, is there only when there is one.
`newsgraph build` reads these lines back: building from them gives the same graph, byte for
byte, as building from the text, so shards can be mapped separately and reduced by one build.
INPUT is read as by `newsgraph build` (graph .json files have no statements and are skipped).

Examples:
  newsgraph statements samples/envoy-russia-taliban.txt
  parallel --pipepart -a news.jsonl --block 10M newsgraph statements - > statements.jsonl
  newsgraph build statements.jsonl -o graph.json
)";

}  // namespace

int run_statements(int argc, char** argv) {
  CLI::App app{"Print the statements extracted from news as JSON Lines.", "newsgraph statements"};
  app.footer(kStatementsFooter);
  CommonOptions common;
  std::vector<std::string> inputs;
  app.add_option("INPUT", inputs, "text, JSON Lines, directory or -")->required();
  add_common_options(app, common);
  if (int status = parse(app, argc, argv); status >= 0) return status;

  ingest::ActorDictionary dictionary;
  ingest::RelationLexicon lexicon;
  if (!load_dictionary(common, dictionary) || !load_lexicon(common, lexicon)) return kExitUsage;
  ingest::Pipeline pipeline = ingest::default_pipeline(dictionary, lexicon);

  exporters::OutputBuffer out(std::cout);
  auto print = [&](const graph::Statement& statement) {
    ingest::append_statement_json(out.text(), statement);
    out.text() += '\n';
  };
  ingest::BatchSink sink;
  sink.on_document = [&](const ingest::Document& doc) {
    for (const graph::Statement& statement : doc.statements) print(statement);
    out.maybe_flush();
  };
  sink.on_statement = [&](const graph::Statement& statement) {
    print(statement);
    out.maybe_flush();
  };
  sink.on_graph = [](std::istream&, const std::string&) -> std::optional<std::string> {
    return "a graph has no statements to print; give it to `newsgraph build` instead";
  };
  ingest::BatchSummary summary = read_news(inputs, pipeline, dictionary, batch_options(common), sink);
  out.Flush();
  return printed_exit_status(summary);
}

}  // namespace ng::app
