// newsgraph statements: inputs -> one JSON line per statement (the map step of map/reduce).

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "ingest/batch_reader.hpp"
#include "ingest/document_json.hpp"
#include "ingest/pipeline.hpp"

namespace ng::app {

namespace {

constexpr const char* kStatementsFooter = R"(
Prints one JSON object per statement, in input order, with exactly these keys:
  {"doc", "sentence", "text", "source", "source_name", "relation", "target", "target_name",
   "speaker", "date"}
"sentence" is the 0-based sentence index (the title is -1); "source" and "target" are
canonical ids, "*_name" their labels; "speaker" and "date" are strings or null.
`newsgraph build` reads these lines back: building from them gives the same graph, byte for
byte, as building from the text, so shards can be mapped separately and reduced by one build.
INPUT is read as by `newsgraph build` (graph .json files have no statements and are skipped).

Examples:
  newsgraph statements samples/envoy-russia-taliban.txt
  parallel --pipepart -a news.jsonl --block 10M newsgraph statements - > statements.jsonl
  newsgraph build statements.jsonl -o graph.json
)";

// Buffered standard output that remembers the first write error.
class StdoutBuffer {
 public:
  ~StdoutBuffer() { flush(); }
  std::string& text() { return buffer_; }
  void maybe_flush() {
    if (buffer_.size() >= (1u << 20)) flush();
  }
  void flush() {
    if (!buffer_.empty() && error_ == 0) {
      errno = 0;
      if (std::fwrite(buffer_.data(), 1, buffer_.size(), stdout) != buffer_.size()) error_ = errno ? errno : EIO;
    }
    buffer_.clear();
  }
  // Flushes everything to the OS; 0 or the errno of the first failure.
  int close() {
    flush();
    errno = 0;
    if (error_ == 0 && (std::fflush(stdout) != 0 || std::ferror(stdout))) error_ = errno ? errno : EIO;
    return error_;
  }

 private:
  std::string buffer_;
  int error_ = 0;
};

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

  StdoutBuffer out;
  Progress progress(inputs);
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
  sink.on_diagnostic = [&](const ingest::Diagnostic& d) {
    progress.done();
    print_diagnostic(d);
  };
  sink.on_progress = [&](const ingest::ReadCounts& counts) { progress.update(counts); };
  ingest::BatchSummary summary = ingest::read_inputs(inputs, pipeline, dictionary, batch_options(common), sink);
  progress.done();
  if (int err = out.close(); err != 0) {
    print_error(std::string("cannot write to standard output: ") + std::strerror(err));
    return kExitSkipped;
  }
  if (summary.stopped) {
    print_error("stopped at the first error (--strict)");
    return kExitSkipped;
  }
  print_skipped_summary(summary);
  return summary.skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace ng::app
