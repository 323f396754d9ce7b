#include "ingest/reader.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using namespace ng::ingest;
namespace fs = std::filesystem;

namespace {

// Everything a reader hands out, in order.
struct Collected {
  std::vector<Document> documents;
  std::vector<StatementRecord> statements;
  std::vector<std::string> diagnostics;
  std::vector<std::string> graphs;

  ReadCallbacks callbacks() {
    ReadCallbacks cb;
    cb.on_document = [this](Document&& d) { documents.push_back(std::move(d)); return true; };
    cb.on_statement = [this](StatementRecord&& r) { statements.push_back(std::move(r)); return true; };
    cb.on_graph = [this](std::istream&, const std::string& origin) { graphs.push_back(origin); return true; };
    cb.on_diagnostic = [this](const Diagnostic& d) { diagnostics.push_back(d.format()); return true; };
    return cb;
  }
};

Collected read_jsonl(const std::string& input, const std::string& origin = "x.jsonl") {
  Collected c;
  Reader reader(c.callbacks());
  std::istringstream in(input);
  reader.read_jsonl(in, origin);
  return c;
}

}  // namespace

TEST_CASE("read: a JSON Lines document keeps its fields and ignores extra keys", "[read]") {
  auto c = read_jsonl(
      R"({"id": "a1", "text": "Qatar hosts talks.", "title": "Talks", "date": "2021-08-01", "url": "http://x", "lang": "en"})"
      "\n");
  REQUIRE(c.documents.size() == 1);
  const Document& d = c.documents[0];
  CHECK(d.id == "a1");
  CHECK(d.raw == "Qatar hosts talks.");
  CHECK(d.title == "Talks");
  CHECK(d.date == "2021-08-01");
  CHECK(d.url == "http://x");
  CHECK(d.origin == "x.jsonl");
  CHECK(d.first_line == 1);
  CHECK(c.diagnostics.empty());
}

TEST_CASE("read: a document without an id is named after its file and line", "[read]") {
  auto c = read_jsonl("\n{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
  REQUIRE(c.documents.size() == 2);
  CHECK(c.documents[0].id == "x.jsonl:2");
  CHECK(c.documents[1].id == "x.jsonl:3");
  CHECK(c.documents[1].first_line == 3);
}

TEST_CASE("read: a line with a relation is a statement record", "[read]") {
  auto c = read_jsonl(
      R"({"doc": "d", "sentence": 3, "text": "Russia has ties with the Taliban.", "source": "RUS", "source_name": "Russia", "relation": "has-ties-with", "target": "TALIBAN", "target_name": "Taliban", "speaker": null, "date": "2021-08-01"})"
      "\n");
  REQUIRE(c.statements.size() == 1);
  CHECK(c.documents.empty());
  const StatementRecord& r = c.statements[0];
  CHECK(r.doc == "d");
  CHECK(r.sentence == 3);
  CHECK(r.source == "RUS");
  CHECK(r.relation == "has-ties-with");
  CHECK(r.target == "TALIBAN");
  CHECK_FALSE(r.speaker.has_value());
  CHECK(r.date == "2021-08-01");
  CHECK(r.line == 1);
}

TEST_CASE("read: a malformed line is reported with file and line, and the batch goes on", "[read]") {
  Collected c;
  Reader reader(c.callbacks());
  std::istringstream in("{\"text\": \"one\"}\n{\"text\": \"two\"\n{\"text\": \"three\"}\n");
  reader.read_jsonl(in, "x.jsonl");
  REQUIRE(c.documents.size() == 2);
  CHECK(c.documents[1].raw == "three");
  REQUIRE(c.diagnostics.size() == 1);
  CHECK(c.diagnostics[0] == "x.jsonl:2: error: invalid JSON at column 15: missing a comma or '}' after an object member");
  CHECK(reader.counts().skipped == 1);
  CHECK(reader.counts().documents == 2);
}

TEST_CASE("read: objects that are neither documents nor statements are skipped and counted", "[read]") {
  Collected c;
  Reader reader(c.callbacks());
  std::istringstream in("{\"title\": \"no text\"}\n[1, 2]\n{\"text\": 5}\n");
  reader.read_jsonl(in, "x.jsonl");
  CHECK(c.documents.empty());
  REQUIRE(c.diagnostics.size() == 3);
  CHECK(c.diagnostics[0] == R"(x.jsonl:1: error: object has neither "text" nor "relation")");
  CHECK(c.diagnostics[1] == "x.jsonl:2: error: expected a JSON object");
  CHECK(c.diagnostics[2] == R"(x.jsonl:3: error: "text" must be a string)");
  CHECK(reader.counts().skipped == 3);
}

TEST_CASE("read: --strict stops at the first error when the callback says so", "[read]") {
  Collected c;
  ReadCallbacks cb = c.callbacks();
  cb.on_diagnostic = [&](const Diagnostic& d) {
    c.diagnostics.push_back(d.format());
    return d.severity != Severity::Error;
  };
  Reader reader(cb);
  std::istringstream in("{\"text\": \"one\"}\nnot json\n{\"text\": \"three\"}\n");
  CHECK_FALSE(reader.read_jsonl(in, "x.jsonl"));
  CHECK(c.documents.size() == 1);
}

TEST_CASE("read: a BOM is stripped and CRLF becomes LF", "[read]") {
  Collected c;
  Reader reader(c.callbacks());
  std::istringstream in("\xEF\xBB\xBFQatar hosts talks.\r\nRussia attends.\r\n");
  reader.read_text(in, "a.txt", "a.txt");
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].raw == "Qatar hosts talks.\nRussia attends.\n");
  CHECK(c.documents[0].id == "a.txt");
  CHECK(c.diagnostics.empty());

  auto j = read_jsonl("\xEF\xBB\xBF{\"text\": \"a\\r\\nb\"}\r\n");
  REQUIRE(j.documents.size() == 1);
  CHECK(j.documents[0].raw == "a\nb");
  CHECK(j.diagnostics.empty());
}

TEST_CASE("read: invalid UTF-8 is replaced with a warning naming file and line", "[read]") {
  Collected c;
  Reader reader(c.callbacks());
  std::istringstream in(std::string("line one\nbad \xC3\x28 byte\nand \xFF\xFE\n", 29));
  reader.read_text(in, "a.txt", "a.txt");
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].raw == "line one\nbad \xEF\xBF\xBD( byte\nand \xEF\xBF\xBD\xEF\xBF\xBD\n");
  REQUIRE(c.diagnostics.size() == 1);
  CHECK(c.diagnostics[0] == "a.txt:2: warning: invalid UTF-8 replaced with U+FFFD (3 sequences)");

  auto j = read_jsonl("{\"text\": \"ok\"}\n{\"text\": \"caf\xE9\"}\n");
  REQUIRE(j.documents.size() == 2);
  CHECK(j.documents[1].raw == "caf\xEF\xBF\xBD");
  REQUIRE(j.diagnostics.size() == 1);
  CHECK(j.diagnostics[0] == "x.jsonl:2: warning: invalid UTF-8 replaced with U+FFFD");
}

TEST_CASE("read: NUL bytes are removed, in raw text and in JSON escapes", "[read]") {
  Collected c;
  Reader reader(c.callbacks());
  std::istringstream in(std::string("a\0b\n", 4));
  reader.read_text(in, "a.txt", "a.txt");
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].raw == "ab\n");

  auto j = read_jsonl("{\"text\": \"a\\u0000b\"}\n");
  REQUIRE(j.documents.size() == 1);
  CHECK(j.documents[0].raw == "ab");
}

TEST_CASE("read: overlong forms and surrogates are not valid UTF-8", "[read]") {
  for (std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
    std::string text = "x" + bad + "y";
    CHECK(sanitize_text(text) > 0);
    CHECK(text.find("\xEF\xBF\xBD") != std::string::npos);
  }
  std::string good = "Côte d’Ivoire 🙂";
  CHECK(sanitize_text(good) == 0);
  CHECK(good == "Côte d’Ivoire 🙂");
}

TEST_CASE("read: stdin is JSON Lines when its first non-empty line is an object", "[read]") {
  Collected c;
  Reader reader(c.callbacks());
  std::istringstream in("\n{\"id\": \"s1\", \"text\": \"one\"}\nbroken\n");
  reader.read_stdin(in);
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].id == "s1");
  REQUIRE(c.diagnostics.size() == 1);
  CHECK(c.diagnostics[0] == "-:3: error: invalid JSON at column 1: invalid value");
}

TEST_CASE("read: stdin falls back to one text document named stdin", "[read]") {
  Collected c;
  Reader reader(c.callbacks());
  std::istringstream in("\nQatar hosts talks.\n{\"text\": \"not read as JSON\"}\n");
  reader.read_stdin(in);
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].id == "stdin");
  CHECK(c.documents[0].origin == "-");
  CHECK(c.documents[0].raw == "\nQatar hosts talks.\n{\"text\": \"not read as JSON\"}\n");
  CHECK(c.diagnostics.empty());

  Collected empty;
  Reader empty_reader(empty.callbacks());
  std::istringstream nothing("");
  empty_reader.read_stdin(nothing);
  CHECK(empty.documents.empty());
}

TEST_CASE("read: a graph .json goes to the graph callback, a document .json is a document", "[read]") {
  Collected c;
  Reader reader(c.callbacks());
  std::istringstream graph(R"({"directed": true, "nodes": [], "edges": []})");
  reader.read_json(graph, "g.json");
  std::istringstream doc(R"({"id": "d", "text": "hello"})");
  reader.read_json(doc, "d.json");
  CHECK(c.graphs == std::vector<std::string>{"g.json"});
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].id == "d");
}

TEST_CASE("read: statement records resolve ids, then names, else unknown actors", "[read]") {
  ActorDictionary dict = ActorDictionary::builtin();
  StatementRecord r;
  r.doc = "d";
  r.sentence = 2;
  r.text = std::string(1, 't');  // not a literal: GCC 12 -Wrestrict false positive (PR105329)
  r.relation = "urges";
  r.source = "RUS";
  r.target = "Atlantis Front";
  r.target_name = "";
  std::string why;
  auto st = resolve_statement(r, dict, &why);
  REQUIRE(st.has_value());
  CHECK(st->source.id == "RUS");
  CHECK(st->source.kind == ng::graph::ActorKind::Country);
  CHECK(st->relation == ng::graph::RelationType::Urges);
  CHECK(st->target.id == "Atlantis Front");
  CHECK(st->target.label == "Atlantis Front");
  CHECK(st->target.kind == ng::graph::ActorKind::Unknown);
  CHECK(st->evidence.doc == "d");
  CHECK(st->evidence.sentence == 2);

  r.relation = "likes";
  CHECK_FALSE(resolve_statement(r, dict, &why).has_value());
  CHECK(why == "unknown relation \"likes\"");
}

TEST_CASE("read: a graph is told by a top-level \"nodes\" key and handed over whole", "[read]") {
  std::string seen;
  Collected c;
  ReadCallbacks cb = c.callbacks();
  cb.on_graph = [&seen](std::istream& in, const std::string&) {
    seen.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
  };
  Reader reader(cb);
  // The graph reader, not this one, reports what is wrong after "nodes": the text goes as is.
  const std::string truncated = "\xEF\xBB\xBF{\"directed\": true, \"nodes\": [{\"id\": ";
  std::istringstream graph(truncated);
  reader.read_json(graph, "g.json");
  CHECK(seen == truncated.substr(3));
  seen.clear();
  std::istringstream nested(R"({"id": "d", "text": "hello", "meta": {"nodes": []}})");
  reader.read_json(nested, "d.json");
  CHECK(seen.empty());
  CHECK(c.documents.size() == 1);
}

TEST_CASE("reader: a document of 4 GiB or more is rejected, not wrapped", "[reader]") {
  // A sparse file: 4 GiB long, nothing of it allocated or read.
  fs::path big = fs::temp_directory_path() / ("ng-test-4gib-" + std::to_string(::getpid()) + ".txt");
  {
    std::ofstream(big.string()) << "x";
  }
  std::error_code ec;
  fs::resize_file(big, std::uint64_t{1} << 32, ec);
  REQUIRE_FALSE(ec);
  std::vector<std::string> messages;
  int documents = 0;
  ng::ingest::ReadCallbacks callbacks;
  callbacks.on_document = [&](ng::ingest::Document&&) { return ++documents, true; };
  callbacks.on_diagnostic = [&](const ng::ingest::Diagnostic& d) { return messages.push_back(d.format()), true; };
  ng::ingest::Reader reader(callbacks);
  CHECK(reader.read_path(big.string()));
  fs::remove(big);
  CHECK(documents == 0);
  CHECK(messages == std::vector<std::string>{
                        big.string() + ": error: a document of 4294967296 bytes is too large (offsets are 32-bit: "
                                       "at most 4294967295 bytes); split it into several documents"});
  CHECK(reader.counts().skipped == 1);
}
