// The seed article end to end (relations.md, "The seed article, as a graph"): the built-in
// dictionary and lexicon, the whole pipeline, the graph, its exports and path queries.
// Golden exports live in tests/golden/; NG_UPDATE_GOLDEN=1 rewrites them.

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "export/exporter.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/paths.hpp"
#include "ingest/pipeline.hpp"
#include "tests/skip.hpp"

namespace fs = std::filesystem;
using ng::graph::KnowledgeGraph;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const KnowledgeGraph& seed_graph() {
  static const KnowledgeGraph graph = [] {
    static const auto dictionary = ng::ingest::ActorDictionary::builtin();
    static const auto lexicon = ng::ingest::RelationLexicon::builtin();
    auto pipeline = ng::ingest::default_pipeline(dictionary, lexicon);
    ng::ingest::Document doc;
    doc.id = "samples/envoy-russia-taliban.txt";  // as `newsgraph build` names it from the repo root
    doc.raw = read_file(fs::path(NG_SAMPLES_DIR) / "envoy-russia-taliban.txt");
    pipeline.run(doc);
    KnowledgeGraph g;
    for (const auto& statement : doc.statements) g.add(statement);
    return g;
  }();
  return graph;
}

std::vector<std::string> hops(const std::string& from, const std::string& to, ng::graph::PathOptions options = {}) {
  const auto g = ng::graph::compact_graph(seed_graph());
  auto paths = ng::graph::find_paths(g, *g.find(from), *g.find(to), options);
  std::vector<std::string> nodes;
  if (!paths.empty()) {
    for (auto v : paths.front().nodes) nodes.emplace_back(g.id(v));
  }
  return nodes;
}

}  // namespace

TEST_CASE("seed: exactly the twelve edges of relations.md", "[seed]") {
  const auto& g = seed_graph();
  std::set<std::string> edges;
  for (auto e : g.sorted_edges()) {
    const auto& graph = g.graph();
    edges.insert(graph[boost::source(e, graph)].id + " " + std::string(ng::graph::to_string(graph[e].relation)) + " " +
                 graph[boost::target(e, graph)].id);
  }
  const std::set<std::string> expected{
      "RUS has-ties-with TALIBAN", "TALIBAN has-ties-with USA", "GBR has-ties-with TALIBAN",
      "DEU has-ties-with TALIBAN", "ITA has-ties-with TALIBAN", "IRN has-ties-with TALIBAN",
      "PAK has-ties-with TALIBAN", "CHN has-ties-with TALIBAN", "QAT has-ties-with TALIBAN",
      "RUS criticizes USA",        "RUS criticizes NATO",       "NATO urges RUS"};
  CHECK(edges == expected);
}

TEST_CASE("seed: path queries", "[seed]") {
  CHECK(hops("QAT", "RUS") == std::vector<std::string>{"QAT", "TALIBAN", "RUS"});
  // Two hops ignoring direction: Russia criticizes both.
  CHECK(hops("USA", "NATO") == std::vector<std::string>{"USA", "RUS", "NATO"});
  ng::graph::PathOptions directed;
  directed.directed = true;
  // Three hops following direction: ties run both ways, criticism from Russia to NATO.
  CHECK(hops("USA", "NATO", directed) == std::vector<std::string>{"USA", "TALIBAN", "RUS", "NATO"});
  ng::graph::PathOptions ties_only;
  ties_only.filter.types = {ng::graph::RelationType::HasTiesWith};
  CHECK(hops("USA", "NATO", ties_only).empty());
}

TEST_CASE("seed: exports match the golden files", "[seed]") {
  const fs::path golden = fs::path(NG_TESTS_DIR) / "golden";
  const std::pair<const char*, ng::exporters::Format> files[] = {
      {"seed.json", ng::exporters::Format::Json},
      {"seed.graphml", ng::exporters::Format::GraphML},
      {"seed.dot", ng::exporters::Format::Dot},
  };
  const bool update = std::getenv("NG_UPDATE_GOLDEN") != nullptr;
  for (const auto& [name, format] : files) {
    std::ostringstream out;
    ng::exporters::write_graph(out, seed_graph(), format);
    INFO(name);
    if (update) std::ofstream(golden / name, std::ios::binary) << out.str();
    else CHECK(out.str() == read_file(golden / name));
  }
  // A rewrite compares nothing: it is reported as skipped, never as passed.
  if (update) NG_SKIP("NG_UPDATE_GOLDEN is set: rewrote the golden files in " << golden);
}

TEST_CASE("seed: the golden exports pass the format checker", "[seed]") {
  const fs::path golden = fs::path(NG_TESTS_DIR) / "golden";
  const fs::path checker = fs::path(NG_SHARED_DIR) / "tools" / "check-graph-files";
  if (!fs::exists(checker)) NG_SKIP(checker << " is missing");
  std::string command = "'" + checker.string() + "' -q --allow-mixed '" + (golden / "seed.graphml").string() + "' '" +
                        (golden / "seed.dot").string() + "' >&2";
  CHECK(std::system(command.c_str()) == 0);
}
