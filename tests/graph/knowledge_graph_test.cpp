#include "graph/knowledge_graph.hpp"

#include <catch2/catch.hpp>

using namespace ng::graph;

namespace {

Statement make(std::string s, RelationType r, std::string t, std::string doc = "d1",
               int sentence = 0, std::string date = "", std::optional<std::string> speaker = {},
               std::optional<std::string> speaker_for = {}) {
  Statement st;
  st.source = Actor{s, s + " label", ActorKind::Country};
  st.target = Actor{t, t + " label", ActorKind::Country};
  st.relation = r;
  st.evidence = Evidence{doc, sentence, "text of " + doc, speaker, date, speaker_for};
  return st;
}

}  // namespace

TEST_CASE("graph: one edge per source, relation and target", "[graph]") {
  KnowledgeGraph kg;
  CHECK(kg.add(make("RUS", RelationType::Criticizes, "USA", "d1", 0)));
  CHECK(kg.add(make("RUS", RelationType::Criticizes, "USA", "d1", 1)));
  CHECK(kg.add(make("RUS", RelationType::Urges, "USA", "d1", 2)));
  CHECK(kg.add(make("USA", RelationType::Criticizes, "RUS", "d1", 3)));
  const auto& g = kg.graph();
  REQUIRE(boost::num_vertices(g) == 2);
  REQUIRE(boost::num_edges(g) == 3);
  auto edges = kg.sorted_edges();
  CHECK(g[boost::source(edges[0], g)].id == "RUS");
  CHECK(g[edges[0]].relation == RelationType::Criticizes);
  CHECK(g[edges[0]].weight == 2);
  CHECK(g[edges[0]].directed);
  CHECK(g[edges[1]].relation == RelationType::Urges);
  CHECK(g[boost::source(edges[2], g)].id == "USA");
  auto rus = kg.find("RUS");
  REQUIRE(rus);
  CHECK(g[*rus].statements == 4);
  CHECK(g[*rus].label == "RUS label");
}

TEST_CASE("graph: ties are one undirected edge with ends in id order", "[graph]") {
  KnowledgeGraph kg;
  kg.add(make("TALIBAN", RelationType::HasTiesWith, "RUS", "d1", 0));
  kg.add(make("RUS", RelationType::HasTiesWith, "TALIBAN", "d1", 1));
  const auto& g = kg.graph();
  REQUIRE(boost::num_edges(g) == 1);
  auto e = kg.sorted_edges().front();
  CHECK(g[boost::source(e, g)].id == "RUS");
  CHECK(g[boost::target(e, g)].id == "TALIBAN");
  CHECK_FALSE(g[e].directed);
  CHECK(g[e].weight == 2);
}

TEST_CASE("graph: self edges are ignored", "[graph]") {
  KnowledgeGraph kg;
  CHECK_FALSE(kg.add(make("RUS", RelationType::Urges, "RUS")));
  CHECK(boost::num_edges(kg.graph()) == 0);
}

TEST_CASE("graph: evidence keeps the smallest records, dates widen, duplicates drop", "[graph]") {
  KnowledgeGraph kg(2);
  kg.add(make("RUS", RelationType::Criticizes, "USA", "b", 0, ""));
  kg.add(make("RUS", RelationType::Criticizes, "USA", "c", 0, "2020-05-01", "Lavrov", "RUS"));
  kg.add(make("RUS", RelationType::Criticizes, "USA", "a", 3, "2019-01-02"));
  kg.add(make("RUS", RelationType::Criticizes, "USA", "a", 3, "2019-01-02"));
  const auto& g = kg.graph();
  auto e = kg.sorted_edges().front();
  CHECK(g[e].weight == 4);
  CHECK(g[e].first_date == "2019-01-02");
  CHECK(g[e].last_date == "2020-05-01");
  REQUIRE(g[e].evidence.size() == 2);
  CHECK(g[e].evidence[0].doc == "a");
  CHECK(g[e].evidence[1].doc == "c");
  CHECK(g[*kg.find("RUS")].speakers == std::set<std::string>{"Lavrov"});
  CHECK(g[*kg.find("USA")].speakers.empty());
}

TEST_CASE("graph: evidence choice does not depend on input order", "[graph]") {
  std::vector<Statement> all = {make("A", RelationType::Urges, "B", "x", 1, "2001-01-01"),
                                make("A", RelationType::Urges, "B", "y", 0, ""),
                                make("A", RelationType::Urges, "B", "x", 0, "2001-01-01"),
                                make("A", RelationType::Urges, "B", "w", 9, "2002-01-01")};
  KnowledgeGraph forward(3), backward(3);
  for (const auto& s : all) forward.add(s);
  for (auto it = all.rbegin(); it != all.rend(); ++it) backward.add(*it);
  auto ef = forward.graph()[forward.sorted_edges().front()].evidence;
  auto eb = backward.graph()[backward.sorted_edges().front()].evidence;
  REQUIRE(ef.size() == 3);
  REQUIRE(eb.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(ef[i].doc == eb[i].doc);
    CHECK(ef[i].sentence == eb[i].sentence);
  }
  CHECK(ef[0].sentence == 0);
  CHECK(ef[2].doc == "w");
}

TEST_CASE("graph: add_edge merges aggregated edges and unknown kinds get upgraded", "[graph]") {
  KnowledgeGraph kg;
  kg.add_actor(Actor{"X", "X", ActorKind::Unknown});
  kg.add_actor(Actor{"X", "Ex", ActorKind::Country});
  kg.add_actor(Actor{"Y", "Why", ActorKind::Person});
  kg.add_actor(Actor{"Y", "Other", ActorKind::Country});
  RelationEdge edge;
  edge.relation = RelationType::HasTiesWith;
  edge.weight = 3;
  edge.first_date = "2010-01-01";
  edge.last_date = "2011-01-01";
  kg.add_edge("Y", "X", edge);
  kg.add_edge("X", "Y", edge);
  const auto& g = kg.graph();
  CHECK(g[*kg.find("X")].label == "Ex");
  CHECK(g[*kg.find("X")].kind == ActorKind::Country);
  CHECK(g[*kg.find("Y")].label == "Why");
  REQUIRE(boost::num_edges(g) == 1);
  auto e = kg.sorted_edges().front();
  CHECK(g[boost::source(e, g)].id == "X");
  CHECK(g[e].weight == 6);
  CHECK_FALSE(g[e].directed);
}
