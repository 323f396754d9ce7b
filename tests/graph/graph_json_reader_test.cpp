#include "graph/graph_json_reader.hpp"

#include <catch2/catch.hpp>
#include <algorithm>
#include <sstream>
#include <streambuf>
#include <string>

#include "export/exporter.hpp"
#include "tests/export/fixture_graph.hpp"
#include "tests/export/graph_json_text.hpp"

using namespace ng::graph;

using ng::test::to_json;

TEST_CASE("graph-json: graph to JSON to graph to JSON is byte-identical", "[graph-json]") {
  KnowledgeGraph original = ng::test::fixture_graph();
  std::string first = to_json(original);
  KnowledgeGraph copy;
  std::istringstream in(first);
  REQUIRE_FALSE(read_graph_json(in, "g.json", copy));
  CHECK(to_json(copy) == first);
  const Graph& g = copy.graph();
  CHECK(g[*copy.find("RUS")].speakers == std::set<std::string>{"Mantytskiy"});
  CHECK(g[*copy.find("TALIBAN")].speakers.empty());
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
      {"{\"nodes\": [", "g.json:1:12: Invalid value."},
      // Line and column of the text as written, though the in-situ parse decoded "\n" before it.
      {"{\"graph\": {\"name\": \"a\\nb\"},\n \"nodes\": [\n  x", "g.json:3:3: Invalid value."},
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
      {R"({"nodes": [{"id": "A"}, {"id": "B"}], "edges": [{"source": "A", "target": "B", "relation": "urges", "weight": 0}]})",
       "g.json: edge 0: \"weight\" must be a positive number"},
      {R"({"nodes": [{"id": "A", "speakers": [1]}], "edges": []})",
       "g.json: node 0: \"speakers\" must hold strings"},
      {R"({"nodes": [{"id": "A", "statements": -1}], "edges": []})",
       "g.json: node 0: \"statements\" must be a non-negative integer"},
      {R"({"nodes": [{"id": {"x": 1}}], "edges": []})", "g.json: node 0: \"id\" must be a string"},
      {R"({"nodes": [3], "edges": []})", "g.json: node 0: not an object"},
      {R"({"nodes": [{"id": "A"}, {"id": "B"}], "edges": [{"source": "A", "target": "B", "relation": "urges", "evidence": [{"sentence": 1}]}]})",
       "g.json: edge 0: \"doc\" must be a string"},
      {R"({"nodes": [{"id": "A"}, {"id": "B"}], "edges": [{"source": "A", "target": "B", "relation": "urges", "evidence": [{"doc": "d", "sentence": 1.5}]}]})",
       "g.json: edge 0: \"sentence\" must be an integer"},
      {R"({"nodes": [{"id": "A"}, {"id": "B"}], "edges": [{"source": "A", "relation": "urges"}]})",
       "g.json: edge 0: \"target\" must be a string"},
      {"", "g.json:1:1: The document is empty."},
      {"42", "g.json: not a JSON graph object"},
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

TEST_CASE("graph-json: unknown fields are skipped and edges may precede nodes", "[graph-json]") {
  KnowledgeGraph kg;
  std::istringstream in(R"({"graph": {"name": "x", "deep": [1, {"a": []}]}, "links": [],
      "edges": [{"source": "A", "target": "B", "relation": "urges", "extra": {"k": [1, 2]},
                 "evidence": [{"doc": "d", "sentence": -1, "extra": [3], "speaker": "S"}]}],
      "nodes": [{"id": "A", "x": {"y": 1}}, {"id": "B", "speakers": null}]})");
  auto error = read_graph_json(in, "g.json", kg);
  REQUIRE_FALSE(error);
  const Graph& g = kg.graph();
  REQUIRE(boost::num_edges(g) == 1);
  auto e = kg.sorted_edges().front();
  REQUIRE(g[e].evidence.size() == 1);
  CHECK(g[e].evidence[0].sentence == -1);
  CHECK(g[e].evidence[0].speaker == std::optional<std::string>("S"));
}

TEST_CASE("graph-json: a bad file does not half-merge into a non-empty graph", "[graph-json]") {
  KnowledgeGraph kg = ng::test::fixture_graph();
  std::string before = to_json(kg);
  std::istringstream in(R"({"nodes": [{"id": "NEW"}], "edges": [{"source": "NEW", "target": "RUS", "relation": "hates"}]})");
  REQUIRE(read_graph_json(in, "g.json", kg));
  CHECK(to_json(kg) == before);
}

TEST_CASE("graph-json: evidence can be skipped for path queries", "[graph-json]") {
  std::string json = to_json(ng::test::fixture_graph());
  KnowledgeGraph kg;
  std::istringstream in(json);
  GraphReadOptions options;
  options.evidence = false;
  REQUIRE_FALSE(read_graph_json(in, "g.json", kg, options));
  const Graph& g = kg.graph();
  REQUIRE(boost::num_edges(g) == 3);
  for (Edge e : kg.sorted_edges()) {
    CHECK(g[e].evidence.empty());
    CHECK(g[e].weight >= 1);
  }
}

namespace {

// A stream that cannot seek or tell its size, as a pipe: the reader must grow its block.
class PipeBuf : public std::streambuf {
 public:
  explicit PipeBuf(const std::string& text) : text_(text) {}

 protected:
  int_type underflow() override {
    if (at_ >= text_.size()) return traits_type::eof();
    std::size_t n = std::min<std::size_t>(4096, text_.size() - at_);
    std::copy_n(text_.data() + at_, n, chunk_);
    at_ += n;
    setg(chunk_, chunk_, chunk_ + n);
    return traits_type::to_int_type(chunk_[0]);
  }

 private:
  const std::string& text_;
  std::size_t at_ = 0;
  char chunk_[4096];
};

}  // namespace

TEST_CASE("graph-json: a large graph from a stream that cannot seek reads whole", "[graph-json]") {
  // Over 1 MB of JSON, more than the first block, with edges from many sources in turn.
  KnowledgeGraph original;
  for (int i = 0; i < 6000; ++i) {
    Statement s;
    s.source = Actor{"S" + std::to_string(i % 97), "", ActorKind::Country};
    s.target = Actor{"T" + std::to_string(i % 89), "", ActorKind::Organization};
    s.relation = i % 3 == 0 ? RelationType::HasTiesWith : RelationType::Criticizes;
    s.evidence.doc = "doc-" + std::to_string(i);
    s.evidence.text = "A sentence long enough to make the file grow past one block " + std::to_string(i);
    s.evidence.date = "2021-08-" + std::to_string(10 + i % 20);
    original.add(s);
  }
  std::string json = to_json(original);
  REQUIRE(json.size() > (std::size_t{1} << 20));
  PipeBuf pipe(json);
  std::istream in(&pipe);
  KnowledgeGraph copy;
  REQUIRE_FALSE(read_graph_json(in, "pipe.json", copy));
  CHECK(to_json(copy) == json);
}
