#include "export/exporter.hpp"

#include "export/dot_writer.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <sstream>

#include "tests/export/fixture_graph.hpp"

using ng::exporters::ExportOptions;
using ng::exporters::Format;
using ng::exporters::write_graph;

namespace {

std::string render(const ng::graph::KnowledgeGraph& kg, Format f, ExportOptions o = {}) {
  std::ostringstream out;
  write_graph(out, kg, f, o);
  return out.str();
}

ng::graph::KnowledgeGraph one_edge_graph() {
  using namespace ng::graph;
  KnowledgeGraph kg;
  kg.add({{"QAT", "Qatar", ActorKind::Country},
          RelationType::HasTiesWith,
          {"AFG", "A\"f\\g", ActorKind::Country},
          {"d", 0, "t", std::nullopt, "", std::nullopt}});
  return kg;
}

}  // namespace

TEST_CASE("export: JSON is NetworkX node-link with edges under \"edges\"", "[export]") {
  CHECK(render(one_edge_graph(), Format::Json) == R"({
 "directed": true,
 "multigraph": true,
 "graph": {
  "name": "newsgraph"
 },
 "nodes": [
  {
   "id": "AFG",
   "label": "A\"f\\g",
   "kind": "country",
   "statements": 1,
   "speakers": []
  },
  {
   "id": "QAT",
   "label": "Qatar",
   "kind": "country",
   "statements": 1,
   "speakers": []
  }
 ],
 "edges": [
  {
   "source": "AFG",
   "target": "QAT",
   "key": "has-ties-with",
   "relation": "has-ties-with",
   "directed": false,
   "weight": 1.0,
   "first_date": null,
   "last_date": null,
   "dates": {},
   "evidence": [
    {
     "doc": "d",
     "sentence": 0,
     "text": "t",
     "speaker": null,
     "date": null
    }
   ]
  }
 ]
}
)");
}

TEST_CASE("export: JSON escapes control characters and keeps speakers and dates", "[export]") {
  std::string json = render(ng::test::fixture_graph(), Format::Json);
  CHECK_THAT(json, Catch::Contains(R"("label": "Taliban & <Co> \"q\" \\ \u0001x")"));
  CHECK_THAT(json, Catch::Contains("\"speakers\": [\n    \"Mantytskiy\"\n   ]"));
  CHECK_THAT(json, Catch::Contains(R"("first_date": "2021-01-05",
   "last_date": "2022-03-01")"));
  CHECK_THAT(json, Catch::Contains(R"("speaker": "Mantytskiy")"));
}

TEST_CASE("export: GraphML for Gephi, ties undirected in a directed graph", "[export]") {
  std::string xml = render(ng::test::fixture_graph(), Format::GraphML);
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=", 0) == 0);
  CHECK_THAT(xml, Catch::Contains(
                      R"(<key id="label" for="node" attr.name="label" attr.type="string"/>)"));
  CHECK_THAT(xml, Catch::Contains(
                      R"(<key id="weight" for="edge" attr.name="weight" attr.type="double"/>)"));
  CHECK_THAT(xml, Catch::Contains(R"(<graph id="G" edgedefault="directed">)"));
  CHECK_THAT(xml, Catch::Contains(
                      R"(<node id="TALIBAN"><data key="label">Taliban &amp; &lt;Co&gt; &quot;q&quot; \ x</data><data key="d0">armed-group</data><data key="d1">1</data><data key="r">237</data><data key="g">102</data><data key="b">93</data><data key="size">15</data></node>)"));
  CHECK_THAT(xml, Catch::Contains(
                      R"(<edge id="e0" source="NATO" target="RUS" label="urges"><data key="weight">1.0</data><data key="d2">urges</data><data key="d5">[{&quot;doc&quot;:&quot;d2&quot;,&quot;sentence&quot;:1,&quot;text&quot;:&quot;NATO called on \&quot;Russia\&quot;.&quot;,&quot;speaker&quot;:null,&quot;date&quot;:null}]</data></edge>)"));
  CHECK_THAT(xml, Catch::Contains(
                      R"(<edge id="e1" source="RUS" target="TALIBAN" label="has-ties-with" directed="false"><data key="weight">1.0</data><data key="d2">has-ties-with</data><data key="d3">2021-01-05</data><data key="d4">2021-01-05</data>)"));
  CHECK_THAT(xml, Catch::Contains(
                      R"(<edge id="e2" source="RUS" target="NATO" label="criticizes"><data key="weight">2.0</data>)"));
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.size() >= 22);
  CHECK(xml.substr(xml.size() - 22) == "  </graph>\n</graphml>\n");
}

TEST_CASE("export: portable GraphML writes ties as plain edges in id order", "[export]") {
  std::string xml = render(ng::test::fixture_graph(), Format::GraphML, ExportOptions{true});
  CHECK(xml.find("directed=\"false\"") == std::string::npos);
  CHECK_THAT(xml, Catch::Contains(
                      R"(<edge id="e1" source="RUS" target="TALIBAN" label="has-ties-with"><data key="weight">1.0</data>)"));
}

TEST_CASE("export: GraphML drops XML-forbidden characters and repairs bad UTF-8", "[export]") {
  using namespace ng::graph;
  KnowledgeGraph kg;
  kg.add({{"A", "x\x1b\xef\xbf\xbfy\tz\xff\xc3\xa9'", ActorKind::Person},
          RelationType::Urges,
          {"B", "B", ActorKind::Unknown},
          {"d", -1, "title\x0c", std::string("s\x02"), "2000-01-01", std::nullopt}});
  std::string xml = render(kg, Format::GraphML);
  CHECK_THAT(xml, Catch::Contains("<data key=\"label\">xy&#9;z\xef\xbf\xbd\xc3\xa9&apos;</data>"));
  CHECK_THAT(xml, Catch::Contains("&quot;text&quot;:&quot;title\\f&quot;,&quot;speaker&quot;:&quot;s\\u0002&quot;"));
}

TEST_CASE("export: DOT quotes every id and styles each relation", "[export]") {
  std::string dot = render(ng::test::fixture_graph(), Format::Dot);
  CHECK(dot.rfind("// newsgraph: 3 edges, layout=dot", 0) == 0);
  CHECK_THAT(dot, Catch::Contains("digraph \"newsgraph\" {\n  graph [layout=dot, rankdir=LR, "));
  CHECK_THAT(dot, Catch::Contains(
                      R"X(  "TALIBAN" [label="Taliban & <Co> \"q\" \\ x", shape=hexagon, fillcolor="#ed665d", kind="armed-group"];)X"));
  CHECK_THAT(dot, Catch::Contains(
                      R"X(  "RUS" -> "TALIBAN" [type="has-ties-with", class="has-ties-with", label="has-ties-with 1", color="#2ca02c", fontcolor="#2ca02c", style=solid, dir=none, penwidth=1];)X"));
  CHECK_THAT(dot, Catch::Contains(
                      R"X(  "RUS" -> "NATO" [type="criticizes", class="criticizes", label="criticizes 2", color="#d62728", fontcolor="#d62728", style=dashed, penwidth=2];)X"));
  CHECK_THAT(dot, Catch::Contains(
                      R"X(  "NATO" -> "RUS" [type="urges", class="urges", label="urges 1", color="#1f77b4", fontcolor="#1f77b4", style=dotted, penwidth=1];)X"));
  // The legend is one HTML-like table node (every engine draws it), no cluster.
  CHECK_THAT(dot, Catch::Contains(R"(  "legend: " [shape=plaintext, style="", margin=0, label=<<TABLE )"));
  CHECK_THAT(dot, Catch::Contains(R"(<TD ALIGN="LEFT"><FONT COLOR="#d62728">dashed, arrow to the criticized</FONT></TD>)"));
  CHECK(dot.find("cluster") == std::string::npos);
  CHECK(dot.find("represents") == std::string::npos);
  CHECK(dot.find('\x01') == std::string::npos);
}

TEST_CASE("export: DOT draws a pair once per direction, its relations in one label", "[export]") {
  using namespace ng::graph;
  KnowledgeGraph kg;
  Actor rus{"RUS", "Russia", ActorKind::Country}, usa{"USA", "United States", ActorKind::Country};
  for (int i = 0; i < 4; ++i) kg.add({rus, RelationType::Criticizes, usa, {"d", i, "t", std::nullopt, "", std::nullopt}});
  for (int i = 0; i < 2; ++i) kg.add({rus, RelationType::Urges, usa, {"e", i, "t", std::nullopt, "", std::nullopt}});
  kg.add({usa, RelationType::Urges, rus, {"f", 0, "t", std::nullopt, "", std::nullopt}});
  kg.add({usa, RelationType::HasTiesWith, rus, {"g", 0, "t", std::nullopt, "", std::nullopt}});
  std::string dot = render(kg, Format::Dot);
  CHECK_THAT(dot, Catch::Contains(
                      R"X(  "RUS" -> "USA" [type="criticizes,urges", class="criticizes urges", label="criticizes 4, urges 2", color="#d62728:#1f77b4", fontcolor="#d62728", style=dashed, penwidth=3.58];)X"));
  CHECK_THAT(dot, Catch::Contains(R"X(  "USA" -> "RUS" [type="urges", class="urges", label="urges 1", )X"));
  CHECK_THAT(dot, Catch::Contains(R"X(  "RUS" -> "USA" [type="has-ties-with", class="has-ties-with", label="has-ties-with 1", )X"));
  CHECK_THAT(dot, Catch::StartsWith("// newsgraph: 3 edges,"));
}

TEST_CASE("export: DOT picks the layout and labels by size, options override", "[export]") {
  using namespace ng::graph;
  auto star = [](int leaves) {
    KnowledgeGraph kg;
    for (int i = 0; i < leaves; ++i) {
      kg.add({{"node", "line\nbreak\\", ActorKind::Unknown},
              RelationType::Criticizes,
              {std::string("n").append(std::to_string(i)), "x", ActorKind::Unknown},
              {"d", 0, "t", std::nullopt, "", std::nullopt}});
    }
    return kg;
  };
  ExportOptions o;
  CHECK(ng::exporters::choose_dot(star(ng::exporters::kDotRanksMaxEdges), o).layout == "dot");
  CHECK(ng::exporters::choose_dot(star(ng::exporters::kDotRanksMaxEdges + 1), o).layout == "neato");
  CHECK(ng::exporters::choose_dot(star(ng::exporters::kDotLabelsMaxEdges), o).labels);
  KnowledgeGraph big = star(201);
  std::string dot = render(big, Format::Dot);
  CHECK_THAT(dot, Catch::Contains("graph [layout=sfdp, rankdir=LR, overlap=prism"));
  CHECK_THAT(dot, Catch::Contains(R"(  "node" [label="line\nbreak\\", shape=ellipse)"));
  // Past the label limit: widths and colours stay, the label moves to the tooltip.
  CHECK(dot.find("label=\"criticizes 1\"") == std::string::npos);
  CHECK_THAT(dot, Catch::Contains(R"(tooltip="criticizes 1", color="#d62728")"));
  o.dot_layout = "none";
  o.dot_labels = "on";
  std::string mine = render(big, Format::Dot, o);
  CHECK(mine.find("layout=") == std::string::npos);
  CHECK_THAT(mine, Catch::Contains("label=\"criticizes 1\""));
  o.dot_layout = "fdp";
  o.dot_labels = "off";
  CHECK_THAT(render(star(3), Format::Dot, o), Catch::Contains("graph [layout=fdp, "));
  CHECK(render(star(3), Format::Dot, o).find("label=\"criticizes 1\"") == std::string::npos);
}

TEST_CASE("export: represents links are grey, bold and in the DOT legend", "[export]") {
  ng::graph::KnowledgeGraph kg = ng::test::person_fixture_graph();
  std::string dot = render(kg, Format::Dot);
  CHECK_THAT(dot, Catch::Contains(
                      R"X(  "zamir-kabulov" -> "RUS" [type="represents", class="represents", label="represents", color="#7f7f7f", fontcolor="#7f7f7f", style=bold];)X"));
  CHECK_THAT(dot, Catch::Contains(R"(<FONT COLOR="#7f7f7f">represents</FONT>)"));
  CHECK_THAT(render(kg, Format::GraphML), Catch::Contains(R"(label="represents"><data key="weight">1.0</data>)"));
}

TEST_CASE("export: same graph, same bytes, whatever the insertion order", "[export]") {
  using namespace ng::graph;
  std::vector<Statement> all = {
      {{"B", "b", ActorKind::Country}, RelationType::Urges, {"A", "a", ActorKind::Country},
       {"d1", 1, "x", std::nullopt, "2001-01-01", std::nullopt}},
      {{"C", "c", ActorKind::Country}, RelationType::HasTiesWith, {"A", "a", ActorKind::Country},
       {"d2", 0, "y", std::string("S"), "", std::nullopt}},
      {{"A", "a", ActorKind::Country}, RelationType::Criticizes, {"B", "b", ActorKind::Country},
       {"d3", 4, "z", std::nullopt, "2003-01-01", std::nullopt}}};
  KnowledgeGraph one, two;
  for (const auto& s : all) one.add(s);
  for (auto it = all.rbegin(); it != all.rend(); ++it) two.add(*it);
  for (Format f : {Format::Json, Format::GraphML, Format::Gexf, Format::Dot}) {
    CHECK(render(one, f) == render(two, f));
  }
}

TEST_CASE("export: DOT legend ids never clash with an actor's id, nameless actors show their id",
          "[export]") {
  using namespace ng::graph;
  KnowledgeGraph kg;
  kg.add({{"legend: country", "legend: country", ActorKind::Unknown},
          RelationType::Urges,
          {"X1", "", ActorKind::Unknown},
          {"d", 0, "t", std::nullopt, "", std::nullopt}});
  std::string dot = render(kg, Format::Dot);
  CHECK_THAT(dot, Catch::Contains(R"(  "X1" [label="X1", )"));
  CHECK_THAT(dot, Catch::Contains(R"(  "_legend: " [shape=plaintext, )"));
  CHECK(dot.find("\n  \"legend: \" [") == std::string::npos);
}

TEST_CASE("export: a large GraphML, formatted on two threads, keeps sorted order and ids", "[export]") {
  using namespace ng::graph;
  KnowledgeGraph kg;
  const int n = 300;  // 300 x 299 criticizes edges: above the two-thread threshold
  for (int a = 0; a < n; ++a) {
    for (int b = 0; b < n; ++b) {
      if (a == b) continue;
      char sa[8], sb[8];
      std::snprintf(sa, sizeof sa, "A%03d", a);
      std::snprintf(sb, sizeof sb, "A%03d", b);
      kg.add({{sa, sa, ActorKind::Unknown}, RelationType::Criticizes, {sb, sb, ActorKind::Unknown},
              {"d", a, "t", std::nullopt, "", std::nullopt}});
    }
  }
  std::string xml = render(kg, Format::GraphML);
  std::size_t pos = 0, count = 0;
  std::string previous;
  bool ordered = true, numbered = true;
  while ((pos = xml.find("    <edge id=\"e", pos)) != std::string::npos) {
    std::size_t id_end = xml.find('"', pos + 15);
    numbered = numbered && xml.compare(pos + 15, id_end - pos - 15, std::to_string(count)) == 0;
    std::string ends = xml.substr(id_end, xml.find(" label=", id_end) - id_end);
    ordered = ordered && (previous.empty() || previous < ends);
    previous = ends;
    ++count;
    pos = id_end;
  }
  CHECK(count == static_cast<std::size_t>(n * (n - 1)));
  CHECK(numbered);
  CHECK(ordered);
  CHECK(xml.substr(xml.size() - 22) == "  </graph>\n</graphml>\n");
}
