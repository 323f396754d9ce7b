#include "export/path_writer.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "tests/graph/seed_graph.hpp"

using namespace ng::graph;

namespace {

std::vector<Path> query(const CompactGraph& g, const char* from, const char* to, PathOptions options = {}) {
  return find_paths(g, *g.find(from), *g.find(to), options);
}

}  // namespace

TEST_CASE("path-output: one hop per line with arrows in the edge's own direction", "[path-output]") {
  KnowledgeGraph kg = ng::test::seed_graph();
  ng::test::add_statements(kg, "RUS", RelationType::Criticizes, "USA", 2);
  CompactGraph g = compact_graph(kg);
  std::ostringstream out;
  ng::exporters::write_paths_text(out, g, query(g, "QAT", "USA"), false);
  CHECK(out.str() ==
        "Qatar \u2014has-ties-with\u2014 Taliban (1)\n"
        "Taliban \u2014has-ties-with\u2014 United States (1)\n");
  std::ostringstream back;
  ng::exporters::write_paths_text(back, g, query(g, "USA", "NATO"), false);
  CHECK(back.str() ==
        "United States \u2190criticizes\u2014 Russia (3)\n"
        "Russia \u2014criticizes\u2192 NATO (1)\n");
}

TEST_CASE("path-output: several paths are numbered blocks, explain adds evidence", "[path-output]") {
  KnowledgeGraph kg = ng::test::seed_graph();
  kg.add({ng::test::seed_actor("NATO"), RelationType::Urges, ng::test::seed_actor("RUS"),
          {"d7", 4, "NATO called on Russia.", std::string("Stoltenberg"), "2021-06-01", std::nullopt}});
  PathOptions options;
  options.k = 2;
  CompactGraph g = compact_graph(kg);
  std::ostringstream out;
  ng::exporters::write_paths_text(out, g, query(g, "NATO", "TALIBAN", options), true);
  CHECK(out.str() ==
        "path 1: 2 hops\n"
        "NATO \u2014urges\u2192 Russia (2)\n"
        "    d7, sentence 4, speaker Stoltenberg, 2021-06-01: \"NATO called on Russia.\"\n"
        "Russia \u2014has-ties-with\u2014 Taliban (1)\n"
        "    seed, sentence 0: \"sentence 0\"\n"
        "\n"
        "path 2: 3 hops\n"
        "NATO \u2014urges\u2192 Russia (2)\n"
        "    d7, sentence 4, speaker Stoltenberg, 2021-06-01: \"NATO called on Russia.\"\n"
        "Russia \u2014criticizes\u2192 United States (1)\n"
        "    seed, sentence 0: \"sentence 0\"\n"
        "United States \u2014has-ties-with\u2014 Taliban (1)\n"
        "    seed, sentence 0: \"sentence 0\"\n");
}

TEST_CASE("path-output: JSON keeps each edge's own source and target", "[path-output]") {
  CompactGraph g = compact_graph(ng::test::seed_graph());
  std::ostringstream out;
  ng::exporters::write_paths_json(out, g, "USA", "NATO", query(g, "USA", "NATO"));
  CHECK(out.str() == R"({
 "from": "USA",
 "to": "NATO",
 "paths": [
  {
   "length": 2,
   "nodes": [
    "USA",
    "RUS",
    "NATO"
   ],
   "edges": [
    {
     "source": "RUS",
     "relation": "criticizes",
     "target": "USA",
     "weight": 1.0
    },
    {
     "source": "RUS",
     "relation": "criticizes",
     "target": "NATO",
     "weight": 1.0
    }
   ]
  }
 ]
}
)");
}
