// newsgraph inspect: run the pipeline up to a stage and show the Document as JSON.

#include <algorithm>
#include <iostream>
#include <string_view>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "export/output_buffer.hpp"
#include "ingest/batch_reader.hpp"
#include "ingest/document_json.hpp"
#include "ingest/pipeline.hpp"

namespace ng::app {

namespace {

constexpr const char* kInspectFooter = R"(
Prints each document of INPUT after the pipeline has run up to STAGE (default: all stages)
as JSON: id, title, date, url, text, sentences, mentions, persons, attributions, statements
and diagnostics. Use it to see why a statement is (or is not) extracted. Documents come
out in input order, byte-identical for any --threads; one the pipeline failed on is printed
as far as it got, with the error in its diagnostics (and on stderr), and counts as skipped.
Stages, in order: clean, sentences, actors, persons, references, speakers, relations.

Examples:
  newsgraph inspect --until sentences samples/envoy-russia-taliban.txt
  newsgraph inspect --until persons samples/envoy-russia-taliban.txt
  echo 'Russia urged Qatar to host talks.' | newsgraph inspect -
)";

// False, after saying which stages there are, when `until` names none of them.
bool check_stage(const ingest::Pipeline& pipeline, const std::string& until) {
  std::vector<std::string_view> stages = pipeline.stage_names();
  if (until.empty() || std::find(stages.begin(), stages.end(), until) != stages.end()) return true;
  std::string message = "unknown stage '" + until + "'";
  if (std::string match = closest_match(until, stages); !match.empty()) {
    message += "; did you mean '" + match + "'?";
  } else {
    message += " (stages:";
    for (std::string_view stage : stages) message += " " + std::string(stage);
    message += ")";
  }
  print_error(message);
  return false;
}

}  // namespace

int run_inspect(int argc, char** argv) {
  CLI::App app{"Run the pipeline up to a stage and print the document as JSON.", "newsgraph inspect"};
  app.footer(kInspectFooter);
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string until;
  bool compact = false;
  app.add_option("INPUT", inputs, "text, JSON Lines, directory or -")->required();
  app.add_option("--until", until, "last stage to run")->type_name("STAGE");
  app.add_flag("--compact", compact, "one JSON object per line instead of indented JSON");
  add_reading_options(app, common);
  if (int status = parse(app, argc, argv); status >= 0) return status;

  ingest::ActorDictionary dictionary;
  ingest::RelationLexicon lexicon;
  if (!load_dictionary(common, dictionary) || !load_lexicon(common, lexicon)) return kExitUsage;
  ingest::Pipeline pipeline = ingest::default_pipeline(dictionary, lexicon);
  if (!check_stage(pipeline, until)) return kExitUsage;

  ingest::BatchOptions options = batch_options(common);
  options.annotations = true;
  options.until = until;
  exporters::OutputBuffer out(std::cout);
  ingest::BatchSink sink;
  sink.on_document = [&](const ingest::Document& doc) {
    out.text() += ingest::document_json(doc, !compact);
    out.text() += '\n';
    out.maybe_flush();
  };
  ingest::BatchSummary summary = read_news(inputs, pipeline, dictionary, options, sink);
  out.Flush();
  return printed_exit_status(summary);
}

}  // namespace ng::app
