#include "graph/paths.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <string>

#include "tests/graph/seed_graph.hpp"

using namespace ng::graph;

namespace {

void add(KnowledgeGraph& kg, const std::string& s, RelationType r, const std::string& t,
         int times = 1) {
  ng::test::add_statements(kg, s, r, t, times);
}

using ng::test::seed_graph;

// Paths are found on the compact form; its node and edge numbers are the same for the same
// graph, so each helper compacts the graph again.
std::vector<std::string> ids(const KnowledgeGraph& kg, const Path& path) {
  CompactGraph g = compact_graph(kg);
  std::vector<std::string> out;
  for (NodeIndex v : path.nodes) out.emplace_back(g.id(v));
  return out;
}

RelationType relation(const KnowledgeGraph& kg, const PathStep& step) {
  return compact_graph(kg).relation(step.edge);
}

std::vector<Path> query(const KnowledgeGraph& kg, const std::string& from, const std::string& to,
                        const PathOptions& options = {}) {
  CompactGraph g = compact_graph(kg);
  return find_paths(g, *g.find(from), *g.find(to), options);
}

}  // namespace

TEST_CASE("paths: Qatar to Russia goes through the Taliban", "[paths]") {
  KnowledgeGraph kg = seed_graph();
  auto paths = query(kg, "QAT", "RUS");
  REQUIRE(paths.size() == 1);
  CHECK(ids(kg, paths[0]) == std::vector<std::string>{"QAT", "TALIBAN", "RUS"});
  REQUIRE(paths[0].steps.size() == 2);
  // The tie is stored QAT -> TALIBAN (id order), walked forward; then RUS -> TALIBAN backward.
  CHECK(relation(kg, paths[0].steps[0]) == RelationType::HasTiesWith);
  CHECK(paths[0].steps[0].forward);
  CHECK_FALSE(paths[0].steps[1].forward);
  CHECK(paths[0].cost == 2);
}

TEST_CASE("paths: USA to NATO is two hops ignoring direction, three directed", "[paths]") {
  KnowledgeGraph kg = seed_graph();
  auto undirected = query(kg, "USA", "NATO");
  REQUIRE(undirected.size() == 1);
  CHECK(ids(kg, undirected[0]) == std::vector<std::string>{"USA", "RUS", "NATO"});
  CHECK_FALSE(undirected[0].steps[0].forward);

  PathOptions directed;
  directed.directed = true;
  auto paths = query(kg, "USA", "NATO", directed);
  REQUIRE(paths.size() == 1);
  CHECK(ids(kg, paths[0]) == std::vector<std::string>{"USA", "TALIBAN", "RUS", "NATO"});

  // NATO urges RUS only: directed, NATO reaches USA, but USA's only way back to NATO is via RUS.
  auto back = query(kg, "NATO", "USA", directed);
  REQUIRE(back.size() == 1);
  CHECK(ids(kg, back[0]) == std::vector<std::string>{"NATO", "RUS", "USA"});
}

TEST_CASE("paths: type filter and hop limit can leave no path", "[paths]") {
  KnowledgeGraph kg = seed_graph();
  PathOptions ties;
  ties.filter.types = {RelationType::HasTiesWith};
  CHECK(query(kg, "USA", "NATO", ties).empty());
  PathOptions short_only;
  short_only.max_hops = 1;
  CHECK(query(kg, "USA", "NATO", short_only).empty());
  short_only.max_hops = 2;
  CHECK(query(kg, "USA", "NATO", short_only).size() == 1);
}

TEST_CASE("paths: ties between equal-length paths break by actor id", "[paths]") {
  KnowledgeGraph kg = seed_graph();
  // Every other country reaches GBR through TALIBAN only; add a second two-hop route.
  add(kg, "QAT", RelationType::Urges, "AAA");
  add(kg, "AAA", RelationType::Urges, "GBR");
  auto paths = query(kg, "QAT", "GBR");
  REQUIRE(paths.size() == 1);
  CHECK(ids(kg, paths[0]) == std::vector<std::string>{"QAT", "AAA", "GBR"});
}

TEST_CASE("paths: k shortest loopless paths, shortest first, deterministic", "[paths]") {
  KnowledgeGraph kg = seed_graph();
  PathOptions options;
  options.k = 4;
  auto paths = query(kg, "USA", "NATO", options);
  REQUIRE(paths.size() == 2);
  CHECK(ids(kg, paths[0]) == std::vector<std::string>{"USA", "RUS", "NATO"});
  CHECK(ids(kg, paths[1]) == std::vector<std::string>{"USA", "TALIBAN", "RUS", "NATO"});

  add(kg, "USA", RelationType::Criticizes, "CHN");
  add(kg, "CHN", RelationType::Criticizes, "NATO");
  auto more = query(kg, "USA", "NATO", options);
  REQUIRE(more.size() == 4);
  CHECK(ids(kg, more[0]) == std::vector<std::string>{"USA", "CHN", "NATO"});
  CHECK(ids(kg, more[1]) == std::vector<std::string>{"USA", "RUS", "NATO"});
  CHECK(ids(kg, more[2]) == std::vector<std::string>{"USA", "TALIBAN", "CHN", "NATO"});
  CHECK(ids(kg, more[3]) == std::vector<std::string>{"USA", "TALIBAN", "RUS", "NATO"});
  for (const Path& p : more) {
    std::set<NodeIndex> distinct(p.nodes.begin(), p.nodes.end());
    CHECK(distinct.size() == p.nodes.size());
    CHECK(ids(kg, p).front() == "USA");
    CHECK(ids(kg, p).back() == "NATO");
  }
  for (std::size_t i = 1; i < more.size(); ++i) CHECK(more[i - 1].cost <= more[i].cost);
}

TEST_CASE("paths: weighted prefers strong edges", "[paths]") {
  KnowledgeGraph kg;
  add(kg, "A", RelationType::Criticizes, "B");
  add(kg, "B", RelationType::Criticizes, "D");
  add(kg, "A", RelationType::Urges, "C", 5);
  add(kg, "C", RelationType::Urges, "E", 5);
  add(kg, "E", RelationType::Urges, "D", 5);
  CHECK(ids(kg, query(kg, "A", "D")[0]) == std::vector<std::string>{"A", "B", "D"});
  PathOptions weighted;
  weighted.weighted = true;
  auto paths = query(kg, "A", "D", weighted);
  REQUIRE(paths.size() == 1);
  CHECK(ids(kg, paths[0]) == std::vector<std::string>{"A", "C", "E", "D"});
  CHECK(paths[0].cost == Approx(0.6));
  weighted.k = 2;
  auto two = query(kg, "A", "D", weighted);
  REQUIRE(two.size() == 2);
  CHECK(ids(kg, two[1]) == std::vector<std::string>{"A", "B", "D"});

  // Under a hop limit the cheapest path that fits wins, not the cheapest overall.
  weighted.max_hops = 2;
  auto limited = query(kg, "A", "D", weighted);
  REQUIRE(limited.size() == 1);
  CHECK(ids(kg, limited[0]) == std::vector<std::string>{"A", "B", "D"});
  weighted.max_hops = 3;
  auto both = query(kg, "A", "D", weighted);
  REQUIRE(both.size() == 2);
  CHECK(ids(kg, both[0]) == std::vector<std::string>{"A", "C", "E", "D"});
  CHECK(ids(kg, both[1]) == std::vector<std::string>{"A", "B", "D"});
}

TEST_CASE("paths: the heaviest edge between two actors is the hop", "[paths]") {
  KnowledgeGraph kg;
  add(kg, "A", RelationType::HasTiesWith, "B");
  add(kg, "B", RelationType::Criticizes, "A", 3);
  auto paths = query(kg, "A", "B");
  REQUIRE(paths.size() == 1);
  CHECK(relation(kg, paths[0].steps[0]) == RelationType::Criticizes);
  CHECK_FALSE(paths[0].steps[0].forward);
  PathOptions directed;
  directed.directed = true;
  auto forward_only = query(kg, "A", "B", directed);
  REQUIRE(forward_only.size() == 1);
  CHECK(relation(kg, forward_only[0].steps[0]) == RelationType::HasTiesWith);
}

TEST_CASE("paths: from and to the same actor is a path of length zero", "[paths]") {
  KnowledgeGraph kg = seed_graph();
  auto paths = query(kg, "RUS", "RUS");
  REQUIRE(paths.size() == 1);
  CHECK(paths[0].steps.empty());
  CHECK(paths[0].nodes.size() == 1);
}

TEST_CASE("paths: the shortest path is the smallest by actor ids, on random graphs", "[paths]") {
  // The reference: distances to `to` by breadth-first search over reversed arcs, then from
  // `from` always the smallest id that is one step closer. find_paths searches from both
  // ends; it must agree for every pair, directed or not, with and without a type filter.
  std::mt19937 random(11);
  for (int round = 0; round < 20; ++round) {
    KnowledgeGraph kg;
    const int n = 12 + round;
    auto name = [](int i) { return std::string(1, static_cast<char>('A' + i / 10)) + std::to_string(i % 10); };
    for (int s = 0; s < 2 * n; ++s) {
      int a = static_cast<int>(random() % n), b = static_cast<int>(random() % n);
      add(kg, name(a), static_cast<RelationType>(random() % 3), name(b), 1 + static_cast<int>(random() % 3));
    }
    CompactGraph g = compact_graph(kg);
    for (bool directed : {false, true}) {
      for (bool ties_only : {false, true}) {
        PathOptions options;
        options.directed = directed;
        if (ties_only) options.filter.types = {RelationType::HasTiesWith, RelationType::Urges};
        auto arc_ok = [&](EdgeIndex e, bool backward) {
          return options.filter.keeps(g, e) && (!backward || !directed || !g.edges[e].directed);
        };
        // next[v]: the nodes one arc away from v.
        std::vector<std::set<NodeIndex>> next(g.node_count());
        for (EdgeIndex e = 0; e < g.edge_count(); ++e) {
          if (arc_ok(e, false)) next[g.edges[e].source].insert(g.edges[e].target);
          if (arc_ok(e, true)) next[g.edges[e].target].insert(g.edges[e].source);
        }
        for (NodeIndex from = 0; from < g.node_count(); ++from) {
          for (NodeIndex to = 0; to < g.node_count(); ++to) {
            std::vector<int> distance(g.node_count(), -1);
            distance[to] = 0;
            for (bool grew = true; grew;) {  // Bellman-Ford on unit costs: small graphs
              grew = false;
              for (NodeIndex v = 0; v < g.node_count(); ++v) {
                for (NodeIndex w : next[v]) {
                  if (distance[w] >= 0 && (distance[v] < 0 || distance[w] + 1 < distance[v])) {
                    distance[v] = distance[w] + 1;
                    grew = true;
                  }
                }
              }
            }
            std::vector<NodeIndex> expected;
            if (distance[from] >= 0) {
              expected.push_back(from);
              for (NodeIndex v = from; v != to;) {
                for (NodeIndex w : next[v]) {  // std::set: ascending ids
                  if (distance[w] == distance[v] - 1) {
                    v = w;
                    break;
                  }
                }
                expected.push_back(v);
              }
            }
            auto paths = find_paths(g, from, to, options);
            std::vector<NodeIndex> got = paths.empty() ? std::vector<NodeIndex>{} : paths[0].nodes;
            INFO("round " << round << " directed " << directed << " filtered " << ties_only << " " << from << "->" << to);
            REQUIRE(got == expected);
          }
        }
      }
    }
  }
}
