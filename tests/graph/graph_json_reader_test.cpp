#include "graph/graph_json_reader.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "export/exporter.hpp"
#include "tests/export/fixture_graph.hpp"

using namespace ng::graph;

namespace {

std::string to_json(const KnowledgeGraph& kg) {
  std::ostringstream out;
  ng::exporters::write_graph(out, kg, ng::exporters::Format::Json);
  return out.str();
}

}  // namespace

TEST_CASE("graph-json: graph to JSON to graph to JSON is byte-identical", "[graph-json]") {
  KnowledgeGraph original = ng::test::fixture_graph();
  std::string first = to_json(original);
  KnowledgeGraph copy;
  std::istringstream in(first);
  REQUIRE_FALSE(read_graph_json(in, "g.json", copy));
  CHECK(to_json(copy) == first);
  const Graph& g = copy.graph();
  CHECK(g[*copy.find("TALIBAN")].speakers == std::set<std::string>{"Mantytskiy"});
  CHECK(g[*copy.find("TALIBAN")].kind == ActorKind::ArmedGroup);
}

TEST_CASE("graph-json: reading twice merges weights, counts and evidence", "[graph-json]") {
  std::string json = to_json(ng::test::fixture_graph());
  KnowledgeGraph merged;
  std::istringstream a(json), b(json);
  REQUIRE_FALSE(read_graph_json(a, "a.json", merged));
  REQUIRE_FALSE(read_graph_json(b, "b.json", merged));
  const Graph& g = merged.graph();
  CHECK(boost::num_edges(g) == 3);
  CHECK(g[*merged.find("RUS")].statements == 8);
  for (Edge e : merged.sorted_edges()) {
    if (g[e].relation == RelationType::Criticizes) {
      CHECK(g[e].weight == 4);
      CHECK(g[e].evidence.size() == 2);  // duplicates drop
    }
  }
}

TEST_CASE("graph-json: bad input names the origin and leaves the graph alone", "[graph-json]") {
  struct Case {
    std::string json;
    std::string message;
  };
  std::vector<Case> cases = {
      {"{\"nodes\": [", "g.json: offset 11: Invalid value."},
      {"[]", "g.json: not a JSON graph object"},
      {R"({"nodes": []})", "g.json: \"edges\" must be an array"},
      {R"({"nodes": [{"label": "x"}], "edges": []})", "g.json: node 0: \"id\" must be a string"},
      {R"({"nodes": [{"id": "A", "kind": "planet"}], "edges": []})",
       "g.json: node 0 (A): unknown kind 'planet'"},
      {R"({"nodes": [{"id": "A"}], "edges": [{"source": "A", "target": "B", "relation": "urges"}]})",
       "g.json: edge 0: unknown node 'B'"},
      {R"({"nodes": [{"id": "A"}, {"id": "B"}], "edges": [{"source": "A", "target": "B", "relation": "likes"}]})",
       "g.json: edge 0: unknown relation 'likes'"},
      {R"({"nodes": [{"id": "A"}, {"id": "B"}], "edges": [{"source": "A", "target": "B", "relation": "urges", "weight": "2"}]})",
       "g.json: edge 0: \"weight\" must be a positive number"},
  };
  for (const Case& c : cases) {
    KnowledgeGraph kg;
    std::istringstream in(c.json);
    auto error = read_graph_json(in, "g.json", kg);
    INFO(c.json);
    REQUIRE(error);
    CHECK(*error == c.message);
    CHECK(boost::num_vertices(kg.graph()) == 0);
  }
}

TEST_CASE("graph-json: minimal records get defaults", "[graph-json]") {
  KnowledgeGraph kg;
  std::istringstream in(
      R"({"nodes": [{"id": "B"}, {"id": "A", "kind": "country", "label": "Aland"}],
          "edges": [{"source": "B", "target": "A", "key": "has-ties-with"}]})");
  REQUIRE_FALSE(read_graph_json(in, "g.json", kg));
  const Graph& g = kg.graph();
  auto e = kg.sorted_edges().front();
  CHECK(g[boost::source(e, g)].id == "A");
  CHECK(g[e].weight == 1);
  CHECK_FALSE(g[e].directed);
  CHECK(g[*kg.find("B")].label == "B");
  CHECK(g[*kg.find("B")].kind == ActorKind::Unknown);
}
