#include "graph/graph_filter.hpp"

#include <catch2/catch.hpp>

#include "graph/graph_json_reader.hpp"
#include "graph/graph_stats.hpp"
#include "graph/neighbors.hpp"
#include "export/exporter.hpp"
#include "tests/graph/seed_graph.hpp"

#include <sstream>

using namespace ng::graph;

namespace {

Statement dated(const std::string& s, RelationType r, const std::string& t, const std::string& date,
                std::optional<std::string> speaker = {}, std::optional<std::string> speaker_for = {}) {
  return {ng::test::seed_actor(s), r, ng::test::seed_actor(t),
          {"d", 0, "text", std::move(speaker), date, std::move(speaker_for)}};
}

}  // namespace

TEST_CASE("filter: types, kinds and min weight keep edges and recount nodes", "[filter]") {
  KnowledgeGraph kg = ng::test::seed_graph();
  ng::test::add_statements(kg, "RUS", RelationType::Criticizes, "USA", 2);
  GraphFilter f;
  f.min_weight = 2;
  KnowledgeGraph heavy = filter_graph(kg, f);
  REQUIRE(boost::num_edges(heavy.graph()) == 1);
  CHECK(heavy.graph()[*heavy.find("RUS")].statements == 3);
  CHECK_FALSE(heavy.find("NATO"));

  GraphFilter kinds;
  kinds.kinds = {ActorKind::Country, ActorKind::Organization};
  KnowledgeGraph states = filter_graph(kg, kinds);
  CHECK(boost::num_edges(states.graph()) == 3);  // RUS-USA, RUS-NATO, NATO-RUS
  CHECK_FALSE(states.find("TALIBAN"));

  GraphFilter types;
  std::string bad;
  types.types = *parse_relation_list("urges, criticizes", bad);
  CHECK(boost::num_edges(filter_graph(kg, types).graph()) == 3);
  CHECK_FALSE(parse_relation_list("has-ties-with,likes", bad));
  CHECK(bad == "likes");
  CHECK_FALSE(parse_kind_list("country,state", bad));
  CHECK(bad == "state");
}

TEST_CASE("filter: dates compare by prefix and drop undated statements", "[filter]") {
  GraphFilter f;
  f.since = "2021-08";
  f.until = "2021";
  CHECK(f.keeps(dated("RUS", RelationType::Urges, "USA", "2021-08-01")));
  CHECK(f.keeps(dated("RUS", RelationType::Urges, "USA", "2021-12-31")));
  CHECK_FALSE(f.keeps(dated("RUS", RelationType::Urges, "USA", "2021-07-31")));
  CHECK_FALSE(f.keeps(dated("RUS", RelationType::Urges, "USA", "2022-01-01")));
  CHECK_FALSE(f.keeps(dated("RUS", RelationType::Urges, "USA", "")));
  CHECK(is_iso_date("2021-08-01"));
  CHECK(is_iso_date("2021"));
  CHECK_FALSE(is_iso_date("2021-8-1"));

  KnowledgeGraph kg;
  kg.set_statement_filter([f](const Statement& s) { return f.keeps(s); });
  kg.add(dated("RUS", RelationType::Urges, "USA", "2021-09-01"));
  kg.add(dated("RUS", RelationType::Urges, "USA", "2020-09-01"));
  kg.add(dated("QAT", RelationType::Urges, "USA", ""));
  REQUIRE(boost::num_edges(kg.graph()) == 1);
  CHECK(kg.graph()[kg.sorted_edges()[0]].weight == 1);
  CHECK_FALSE(kg.find("QAT"));
}

TEST_CASE("neighbors: groups by direction, heaviest first, ties by id", "[neighbors]") {
  KnowledgeGraph kg = ng::test::seed_graph();
  ng::test::add_statements(kg, "CHN", RelationType::HasTiesWith, "TALIBAN", 2);
  CompactGraph g = compact_graph(kg);
  Neighborhood n = find_neighbors(g, *g.find("TALIBAN"));
  REQUIRE(n.ties.size() == 9);
  CHECK(g.id(n.ties[0].actor) == "CHN");
  CHECK(n.ties[0].weight == 3);
  CHECK(g.id(n.ties[1].actor) == "DEU");
  Neighborhood rus = find_neighbors(g, *g.find("RUS"));
  CHECK(rus.criticizes.size() == 2);
  CHECK(g.id(rus.criticizes[0].actor) == "NATO");
  REQUIRE(rus.urged_by.size() == 1);
  CHECK(g.id(rus.urged_by[0].actor) == "NATO");
  CHECK(rus.criticized_by.empty());
  GraphFilter only_ties;
  only_ties.types = {RelationType::HasTiesWith};
  Neighborhood filtered = find_neighbors(g, *g.find("RUS"), only_ties);
  CHECK(filtered.ties.size() == 1);
  CHECK(filtered.criticizes.empty());
}

TEST_CASE("stats: counts, degrees and components ignoring direction", "[stats]") {
  KnowledgeGraph kg = ng::test::seed_graph();
  ng::test::add_statements(kg, "IND", RelationType::Urges, "PAK");  // joins through PAK
  kg.add({{"A", "A", ActorKind::Unknown}, RelationType::Criticizes, {"B", "B", ActorKind::Unknown},
          {"d", 0, "t", std::nullopt, "", std::nullopt}});
  CompactGraph g = compact_graph(kg);
  GraphStats s = graph_stats(g, 2);
  CHECK(s.nodes == 14);
  CHECK(s.edges == 14);
  CHECK(s.nodes_by_kind[ActorKind::Country] == 10);
  CHECK(s.nodes_by_kind[ActorKind::Unknown] == 2);
  CHECK(s.edges_by_relation[RelationType::HasTiesWith] == 9);
  CHECK(s.total_weight == 14);
  CHECK(s.component_sizes == std::vector<std::size_t>{12, 2});
  REQUIRE(s.top_degree.size() == 2);
  CHECK(g.id(s.top_degree[0].actor) == "TALIBAN");
  CHECK(g.id(s.top_degree[1].actor) == "RUS");
  CHECK(s.top_degree[1].degree == 4);
}

TEST_CASE("person level: a speaker for the source becomes a node that represents it", "[person]") {
  KnowledgeGraph kg;
  kg.set_level(Level::Person);
  kg.add(dated("RUS", RelationType::Criticizes, "USA", "2021-01-01", "Alexander Mantytskiy", "RUS"));
  // A reported claim: Mantytskiy does not speak for Qatar.
  kg.add(dated("QAT", RelationType::HasTiesWith, "TALIBAN", "2021-01-01", "Alexander Mantytskiy", "RUS"));
  const Graph& g = kg.graph();
  auto person = kg.find("alexander-mantytskiy");
  REQUIRE(person);
  CHECK(g[*person].kind == ActorKind::Person);
  CHECK(g[*person].label == "Alexander Mantytskiy");
  CHECK(kg.represents() == std::set<std::pair<std::string, std::string>>{{"alexander-mantytskiy", "RUS"}});
  CHECK(g[*kg.find("RUS")].speakers == std::set<std::string>{"Alexander Mantytskiy"});
  CHECK(g[*kg.find("QAT")].speakers.empty());
  CHECK(g[*kg.find("RUS")].statements == 0);
  CHECK(boost::num_edges(g) == 2);

  std::ostringstream out;
  ng::exporters::write_graph(out, kg, ng::exporters::Format::Json);
  CHECK_THAT(out.str(), Catch::Contains("\"relation\": \"represents\""));
  CHECK_THAT(out.str(), Catch::Contains("\"speaker_for\": \"RUS\""));
  KnowledgeGraph back;
  std::istringstream in(out.str());
  REQUIRE_FALSE(read_graph_json(in, "p.json", back));
  CHECK(back.represents() == kg.represents());
  std::ostringstream again;
  ng::exporters::write_graph(again, back, ng::exporters::Format::Json);
  CHECK(again.str() == out.str());

  KnowledgeGraph actor_level;
  actor_level.add(dated("RUS", RelationType::Criticizes, "USA", "2021-01-01", "Alexander Mantytskiy", "RUS"));
  CHECK(actor_level.represents().empty());
  CHECK_FALSE(actor_level.find("alexander-mantytskiy"));
  CHECK(person_id("Jens  Stoltenberg.") == "jens-stoltenberg");
}

TEST_CASE("graph-json: unsorted edges merge after sorted ones were appended", "[graph-json]") {
  std::string json = R"({"nodes": [{"id": "A"}, {"id": "B"}, {"id": "C"}], "edges": [
    {"source": "A", "target": "B", "relation": "urges", "weight": 1},
    {"source": "B", "target": "C", "relation": "urges", "weight": 1},
    {"source": "A", "target": "B", "relation": "urges", "weight": 2},
    {"source": "C", "target": "A", "relation": "has-ties-with", "weight": 1},
    {"source": "A", "target": "C", "relation": "has-ties-with", "weight": 1}]})";
  KnowledgeGraph kg;
  std::istringstream in(json);
  REQUIRE_FALSE(read_graph_json(in, "g.json", kg));
  const Graph& g = kg.graph();
  REQUIRE(boost::num_edges(g) == 3);
  CHECK(g[kg.sorted_edges()[0]].weight == 2);  // A has-ties-with C
  CHECK(g[kg.sorted_edges()[1]].weight == 3);  // A urges B
}

TEST_CASE("graph filter: --top keeps the heaviest edges and their actors", "[filter]") {
  using namespace ng::graph;
  KnowledgeGraph kg;
  auto add = [&](const char* s, const char* t, int times) {
    for (int i = 0; i < times; ++i) {
      kg.add({{s, s, ActorKind::Country}, RelationType::Criticizes, {t, t, ActorKind::Country},
              {"d", i, "x", std::nullopt, "", std::nullopt}});
    }
  };
  add("A", "B", 3);
  add("C", "D", 1);
  add("E", "F", 2);
  add("B", "A", 1);  // ties C-D on weight, sorts before it: kept
  GraphFilter top;
  top.top = 3;
  KnowledgeGraph out = filter_graph(kg, top);
  CHECK(boost::num_edges(out.graph()) == 3);
  CHECK(out.find("A"));
  CHECK(out.find("E"));
  CHECK_FALSE(out.find("C"));
  CHECK(out.graph()[*out.find("A")].statements == 4);
  CHECK_FALSE(top.empty());
}
