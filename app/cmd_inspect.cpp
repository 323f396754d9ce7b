// newsgraph inspect: run the pipeline up to a stage and show the Document as JSON.

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "ingest/document_json.hpp"
#include "ingest/pipeline.hpp"
#include "ingest/reader.hpp"

namespace ng::app {

namespace {

constexpr const char* kInspectFooter = R"(
Prints each document of INPUT after the pipeline has run up to STAGE (default: all stages)
as JSON: id, title, date, url, text, sentences, mentions, persons, attributions, statements
and diagnostics. Use it to see why a statement is (or is not) extracted.
Stages, in order: clean, sentences, actors, speakers, relations.

Examples:
  newsgraph inspect --until sentences samples/envoy-russia-taliban.txt
  echo 'Russia urged Qatar to host talks.' | newsgraph inspect -
)";

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
  app.add_flag("--strict", common.strict, "stop at the first bad input");
  add_dictionary_options(app, common);
  if (int status = parse(app, argc, argv); status >= 0) return status;

  ingest::ActorDictionary dictionary;
  ingest::RelationLexicon lexicon;
  if (!load_dictionary(common, dictionary) || !load_lexicon(common, lexicon)) return kExitUsage;
  ingest::Pipeline pipeline = ingest::default_pipeline(dictionary, lexicon);
  std::vector<std::string_view> stages = pipeline.stage_names();
  if (!until.empty() && std::find(stages.begin(), stages.end(), until) == stages.end()) {
    std::string message = "unknown stage '" + until + "'";
    if (std::string match = closest_match(until, stages); !match.empty()) {
      message += "; did you mean '" + match + "'?";
    } else {
      message += " (stages:";
      for (std::string_view stage : stages) message += " " + std::string(stage);
      message += ")";
    }
    print_error(message);
    return kExitUsage;
  }

  std::uint64_t skipped = 0;
  bool write_error = false;
  ingest::ReadCallbacks callbacks;
  callbacks.on_document = [&](ingest::Document&& doc) {
    try {
      if (until.empty()) pipeline.run(doc);
      else pipeline.run_until(doc, until);
    } catch (const std::exception& e) {
      doc.diagnostics.push_back({ingest::Severity::Error, doc.origin, doc.first_line,
                                 std::string("pipeline failed: ") + e.what()});
      ++skipped;
    }
    std::string json = ingest::document_json(doc, !compact);
    json += '\n';
    if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size()) write_error = true;
    return !write_error;
  };
  callbacks.on_diagnostic = [&](const ingest::Diagnostic& d) {
    print_diagnostic(d);
    return !(common.strict && d.severity == ingest::Severity::Error);
  };
  ingest::Reader reader(callbacks);
  for (const std::string& input : inputs) {
    if (!reader.read_path(input)) break;
  }
  if (write_error || std::fflush(stdout) != 0 || std::ferror(stdout)) {
    print_error(std::string("cannot write to standard output: ") + std::strerror(errno));
    return kExitSkipped;
  }
  skipped += reader.counts().skipped;
  if (skipped > 0) {
    spdlog::error("{} of {} documents skipped", skipped, reader.counts().documents + reader.counts().skipped);
    return kExitSkipped;
  }
  return kExitOk;
}

}  // namespace ng::app
