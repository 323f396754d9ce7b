// End to end through the library: reading, the pipeline in batches, merging, exporting.

#include "ingest/batch_reader.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "export/exporter.hpp"
#include "ingest/cleaner.hpp"
#include "graph/knowledge_graph.hpp"
#include "ingest/document_json.hpp"

namespace fs = std::filesystem;
using namespace ng;

namespace {

const ingest::ActorDictionary& builtin_dictionary() {
  static const ingest::ActorDictionary dictionary = ingest::ActorDictionary::builtin();
  return dictionary;
}

const ingest::RelationLexicon& builtin_lexicon() {
  static const ingest::RelationLexicon lexicon = ingest::RelationLexicon::builtin();
  return lexicon;
}

const ingest::Pipeline& default_pipeline() {
  static const ingest::Pipeline pipeline = ingest::default_pipeline(builtin_dictionary(), builtin_lexicon());
  return pipeline;
}

// Builds a graph from inputs as `newsgraph build` does, and returns it as JSON.
struct Built {
  std::string json;
  std::string statements;  // as `newsgraph statements` prints them
  std::vector<std::string> diagnostics;
  ingest::BatchSummary summary;
};

Built build(const std::function<void(ingest::BatchReader&)>& read, unsigned threads,
            std::size_t batch_documents = 3, bool strict = false) {
  graph::KnowledgeGraph graph;
  Built built;
  ingest::BatchSink sink;
  sink.on_document = [&](const ingest::Document& doc) {
    for (const auto& st : doc.statements) {
      graph.add(st);
      built.statements += ingest::statement_json(st) + "\n";
    }
  };
  sink.on_statement = [&](const graph::Statement& st) {
    graph.add(st);
    built.statements += ingest::statement_json(st) + "\n";
  };
  sink.on_diagnostic = [&](const ingest::Diagnostic& d) { built.diagnostics.push_back(d.format()); };
  ingest::BatchOptions options;
  options.threads = threads;
  options.batch_documents = batch_documents;
  options.strict = strict;
  ingest::BatchReader reader(default_pipeline(), builtin_dictionary(), options, sink);
  read(reader);
  built.summary = reader.finish();
  std::ostringstream out;
  exporters::write_graph(out, graph, exporters::Format::Json);
  built.json = out.str();
  return built;
}

Built build_jsonl(const std::string& jsonl, unsigned threads, std::size_t batch = 3, bool strict = false) {
  return build(
      [&](ingest::BatchReader& r) {
        std::istringstream in(jsonl);
        r.read_jsonl(in, "news.jsonl");
      },
      threads, batch, strict);
}

// Twenty small documents about the actors every dictionary knows.
std::string corpus() {
  const char* sentences[] = {
      "Russia has ties with the Taliban.", "Qatar hosted the United States.",
      "Moscow urged Afghanistan to talk.", "The Taliban met Qatar in Doha.",
      "Afghanistan and Russia signed a deal."};
  std::string out;
  for (int i = 0; i < 20; ++i) {
    out += "{\"id\": \"d" + std::to_string(i) + "\", \"date\": \"2021-08-" + std::to_string(10 + i % 9) +
           "\", \"text\": \"" + sentences[i % 5] + "\\n" + sentences[(i + 2) % 5] + "\"}\n";
  }
  return out;
}

// What `newsgraph inspect` prints: every document with its annotations, in the order handed out.
struct Inspected {
  std::string json;
  std::vector<std::string> diagnostics;
  ingest::BatchSummary summary;
};

Inspected inspect(const ingest::Pipeline& pipeline, const std::string& jsonl, ingest::BatchOptions options) {
  options.annotations = true;
  Inspected inspected;
  ingest::BatchSink sink;
  sink.on_document = [&](const ingest::Document& doc) { inspected.json += ingest::document_json(doc, false) + "\n"; };
  sink.on_diagnostic = [&](const ingest::Diagnostic& d) { inspected.diagnostics.push_back(d.format()); };
  ingest::BatchReader reader(pipeline, builtin_dictionary(), options, sink);
  std::istringstream in(jsonl);
  reader.read_jsonl(in, "news.jsonl");
  inspected.summary = reader.finish();
  return inspected;
}

// A stage with a bug: it throws on a document whose cleaned text says "boom".
struct BoomStage : ingest::Stage {
  std::string_view name() const override { return "boom"; }
  std::vector<ingest::Layer> requires_layers() const override { return {ingest::Layer::Text}; }
  std::vector<ingest::Layer> assigns_layers() const override { return {}; }
  void run(ingest::Document& doc) const override {
    if (doc.text.find("boom") != std::string::npos) throw std::runtime_error("boom");
  }
};

}  // namespace

TEST_CASE("batch: the graph is byte-identical for any thread count and batch size", "[batch]") {
  Built one = build_jsonl(corpus(), 1, 3);
  REQUIRE(one.summary.documents == 20);
  CHECK(one.summary.skipped == 0);
  CHECK_FALSE(one.statements.empty());
  for (unsigned threads : {2u, 4u}) {
    for (std::size_t batch : {1u, 7u, 64u}) {
      Built many = build_jsonl(corpus(), threads, batch);
      CHECK(many.json == one.json);
      CHECK(many.statements == one.statements);
    }
  }
}

TEST_CASE("batch: statements read back build the same graph (map/reduce round trip)", "[batch]") {
  Built from_text = build_jsonl(corpus(), 2);
  REQUIRE_FALSE(from_text.statements.empty());
  Built from_statements = build_jsonl(from_text.statements, 2);
  CHECK(from_statements.summary.documents == 0);
  CHECK(from_statements.summary.statements > 0);
  CHECK(from_statements.json == from_text.json);
  CHECK(from_statements.statements == from_text.statements);

  // Shards reduce to the same graph as one run.
  std::string all = corpus();
  auto half = all.find('\n', all.size() / 2) + 1;
  Built a = build_jsonl(all.substr(0, half), 1);
  Built b = build_jsonl(all.substr(half), 1);
  Built reduced = build_jsonl(a.statements + b.statements, 1);
  CHECK(reduced.json == from_text.json);
}

TEST_CASE("batch: malformed lines are skipped and counted, and the order is kept", "[batch]") {
  std::string input = "{\"id\": \"a\", \"text\": \"Russia has ties with the Taliban.\"}\n"
                      "{oops\n"
                      "{\"doc\": \"s\", \"sentence\": 0, \"text\": \"t\", \"source\": \"Qatar\", "
                      "\"relation\": \"hugs\", \"target\": \"RUS\"}\n"
                      "{\"id\": \"b\", \"text\": \"Qatar hosted the United States.\"}\n";
  Built built = build_jsonl(input, 2, 1);
  CHECK(built.summary.documents == 2);
  CHECK(built.summary.statements == 1);
  CHECK(built.summary.skipped == 2);
  CHECK(built.summary.items() == 4);
  REQUIRE(built.diagnostics.size() == 2);
  CHECK(built.diagnostics[0] == "news.jsonl:2: error: invalid JSON at column 2: missing a name for object member");
  CHECK(built.diagnostics[1] == "news.jsonl:3: error: unknown relation \"hugs\"");
}

TEST_CASE("batch: --strict stops at the first error", "[batch]") {
  std::string input = "{\"id\": \"a\", \"text\": \"Russia has ties with the Taliban.\"}\n{oops\n" + corpus();
  Built built = build_jsonl(input, 2, 1, true);
  CHECK(built.summary.stopped);
  // What came before the error is kept, nothing after it is read.
  CHECK(built.summary.documents == 1);
  CHECK(built.summary.skipped == 1);
  CHECK(built.diagnostics ==
        std::vector<std::string>{"news.jsonl:2: error: invalid JSON at column 2: missing a name for object member"});
  CHECK(built.statements ==
        "{\"doc\":\"a\",\"sentence\":0,\"text\":\"Russia has ties with the Taliban.\",\"source\":\"RUS\","
        "\"source_name\":\"Russia\",\"relation\":\"has-ties-with\",\"target\":\"TALIBAN\","
        "\"target_name\":\"Taliban\",\"speaker\":null,\"date\":null}\n");
}

TEST_CASE("batch: a directory is read recursively in sorted order, .txt and .jsonl only", "[batch]") {
  fs::path dir = fs::temp_directory_path() / ("ng-test-dir-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "b" / "c");
  std::ofstream(dir / "b" / "c" / "z.txt") << "Russia has ties with the Taliban.\n";
  std::ofstream(dir / "a.txt") << "Qatar hosted the United States.\n";
  std::ofstream(dir / "graph.json") << "{\"nodes\": [], \"edges\": []}";
  std::ofstream(dir / "notes.md") << "Russia has ties with Qatar.\n";
  fs::create_directory_symlink(dir, dir / "b" / "loop");
  std::vector<std::string> ids;
  std::vector<std::string> diagnostics;
  const ingest::Pipeline& pipeline = default_pipeline();
  const ingest::ActorDictionary& dictionary = builtin_dictionary();
  ingest::BatchSink sink;
  sink.on_document = [&](const ingest::Document& d) { ids.push_back(d.id); };
  sink.on_diagnostic = [&](const ingest::Diagnostic& d) { diagnostics.push_back(d.format()); };
  auto summary = ingest::read_inputs({dir.string()}, pipeline, dictionary, {}, sink);
  CHECK(ids == std::vector<std::string>{(dir / "a.txt").string(), (dir / "b/c/z.txt").string()});
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0] == (dir / "b/loop").string() + ": warning: directory loop through a symlink, not followed");
  CHECK(summary.skipped == 0);

  ids.clear();
  diagnostics.clear();
  summary = ingest::read_inputs({(dir / "missing.txt").string(), (dir / "notes.md").string()}, pipeline,
                                dictionary, {}, sink);
  CHECK(ids.empty());
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0] == (dir / "missing.txt").string() + ": error: cannot open: No such file or directory");
  CHECK(diagnostics[1] == (dir / "notes.md").string() +
                              ": error: unsupported input (expected a .txt, .jsonl or .json file, a directory or -)");
  CHECK(summary.skipped == 2);
  fs::remove_all(dir);
}

TEST_CASE("batch: empty, binary and one-long-line inputs are handled", "[batch]") {
  Built empty = build_jsonl("", 2);
  CHECK(empty.summary.documents == 0);
  CHECK(empty.summary.skipped == 0);

  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 37) % 256);
  fs::path file = fs::temp_directory_path() / ("ng-test-binary-" + std::to_string(::getpid()) + ".txt");
  std::ofstream(file, std::ios::binary) << binary;
  Built bin = build([&](ingest::BatchReader& r) { r.read_path(file.string()); }, 2);
  CHECK(bin.summary.documents == 1);
  REQUIRE_FALSE(bin.diagnostics.empty());
  CHECK(bin.diagnostics[0].rfind(file.string() + ":1: warning: invalid UTF-8 replaced with U+FFFD (", 0) == 0);
  fs::remove(file);

  std::string long_text(8u << 20, 'a');
  Built long_line = build_jsonl("{\"id\": \"long\", \"text\": \"" + long_text + " Russia has ties with the Taliban.\"}\n", 2);
  CHECK(long_line.summary.documents == 1);
  CHECK(long_line.summary.skipped == 0);
}

TEST_CASE("batch: annotated documents (inspect) come out whole, in order, the same for any thread count", "[batch]") {
  ingest::BatchOptions options;
  options.threads = 1;
  options.batch_documents = 3;
  Inspected one = inspect(default_pipeline(), corpus(), options);
  REQUIRE(one.summary.documents == 20);
  CHECK(one.summary.skipped == 0);
  // The annotations are kept: the text, sentences and mentions of the first document.
  CHECK(one.json.rfind("{\"id\":\"d0\",\"title\":\"\",\"date\":\"2021-08-10\",\"url\":null,"
                       "\"text\":\"Russia has ties with the Taliban.\\nMoscow urged Afghanistan to talk.\\n\","
                       "\"sentences\":[{\"index\":0,\"text\":\"Russia has ties with the Taliban.\"",
                       0) == 0);
  CHECK(one.json.find("\"mentions\":[{\"text\":\"Russia\",\"actor\":\"RUS\"") != std::string::npos);
  CHECK(one.json.find("\"relation\":\"has-ties-with\"") != std::string::npos);
  for (unsigned threads : {2u, 4u}) {
    for (std::size_t batch : {1u, 7u, 64u}) {
      options.threads = threads;
      options.batch_documents = batch;
      CHECK(inspect(default_pipeline(), corpus(), options).json == one.json);
    }
  }
  // --until: the stages after it do not run.
  options.until = "sentences";
  Inspected sentences = inspect(default_pipeline(), corpus(), options);
  CHECK(sentences.json.find("\"sentences\":[{\"index\":0,") != std::string::npos);
  CHECK(sentences.json.find("\"mentions\":[]") != std::string::npos);
  CHECK(sentences.json.find("\"mentions\":[{") == std::string::npos);
  CHECK(sentences.json.find("\"relation\"") == std::string::npos);
  options.until = "sentense";
  CHECK_THROWS_AS(inspect(default_pipeline(), corpus(), options), std::invalid_argument);
}

TEST_CASE("batch: a document the pipeline fails on costs that document only", "[batch]") {
  std::vector<std::unique_ptr<ingest::Stage>> stages;
  stages.push_back(std::make_unique<ingest::Cleaner>(builtin_lexicon()));
  stages.push_back(std::make_unique<BoomStage>());
  const ingest::Pipeline pipeline(std::move(stages));
  std::string input = "{\"id\": \"a\", \"text\": \"calm\"}\n"
                      "{\"id\": \"b\", \"text\": \"boom\"}\n"
                      "{\"id\": \"c\", \"text\": \"calm again\"}\n";
  const std::string error = "news.jsonl:2: error: pipeline failed: boom";
  for (unsigned threads : {1u, 2u}) {
    ingest::BatchOptions options;
    options.threads = threads;
    options.batch_documents = 1;
    // inspect: the failed document is shown as far as it got (cleaned), with its error.
    Inspected inspected = inspect(pipeline, input, options);
    CHECK(inspected.summary.documents == 3);
    CHECK(inspected.summary.skipped == 1);
    CHECK(inspected.diagnostics == std::vector<std::string>{error});
    CHECK(inspected.json.find("\"id\":\"a\"") < inspected.json.find("\"id\":\"b\""));
    CHECK(inspected.json.find("\"id\":\"b\"") < inspected.json.find("\"id\":\"c\""));
    CHECK(inspected.json.find("\"text\":\"boom\\n\"") != std::string::npos);
    CHECK(inspected.json.find("\"diagnostics\":[\"" + error + "\"]") != std::string::npos);

    // build and statements: the failed document is not handed out.
    std::vector<std::string> ids;
    ingest::BatchSink sink;
    sink.on_document = [&](const ingest::Document& doc) { ids.push_back(doc.id); };
    ingest::BatchReader reader(pipeline, builtin_dictionary(), options, sink);
    std::istringstream in(input);
    reader.read_jsonl(in, "news.jsonl");
    CHECK(reader.finish().skipped == 1);
    CHECK(ids == std::vector<std::string>{"a", "c"});

    // --strict: the failure stops the run; what came before it is kept.
    options.strict = true;
    Inspected strict = inspect(pipeline, input, options);
    CHECK(strict.summary.stopped);
    CHECK(strict.json.find("\"id\":\"b\"") != std::string::npos);
    CHECK(strict.json.find("\"id\":\"c\"") == std::string::npos);
  }
}
