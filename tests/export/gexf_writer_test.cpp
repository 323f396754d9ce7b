#include "export/gexf_writer.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "export/format.hpp"
#include "tests/export/fixture_graph.hpp"

using ng::exporters::ExportOptions;
using ng::exporters::write_gexf;

namespace {

std::string gexf(const ng::graph::KnowledgeGraph& kg, bool portable, bool timeline) {
  ExportOptions o;
  o.portable = portable;
  o.timeline = timeline;
  std::ostringstream out;
  write_gexf(out, kg, o);
  return out.str();
}

}  // namespace

TEST_CASE("gexf: the file extension and --format name pick GEXF", "[export][gexf]") {
  CHECK(ng::exporters::format_for_path("out/news.gexf") == ng::exporters::Format::Gexf);
  CHECK(ng::exporters::parse_format("GEXF") == ng::exporters::Format::Gexf);
}

TEST_CASE("gexf: 1.3 for Gephi, ties undirected in a directed graph, the relation as kind",
          "[export][gexf]") {
  std::string xml = gexf(ng::test::fixture_graph(), false, false);
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
                  "xmlns:viz=\"http://gexf.net/1.3/viz\"",
                  0) == 0);
  CHECK_THAT(xml, Catch::Contains("version=\"1.3\">"));
  CHECK_THAT(xml, Catch::Contains("<graph defaultedgetype=\"directed\" mode=\"static\">"));
  CHECK_THAT(xml, Catch::Contains(R"(<attribute id="statements" title="statements" type="long"/>)"));
  CHECK_THAT(xml, Catch::Contains(R"(<attribute id="weight" title="weight" type="double"/>)"));
  CHECK_THAT(xml, Catch::Contains(
                      R"(<node id="RUS" label="Russia"><attvalues><attvalue for="kind" value="country"/><attvalue for="statements" value="4"/></attvalues><viz:color r="114" g="158" b="206"/><viz:size value="21.61"/></node>)"));
  // Labels are escaped; the control character is dropped.
  CHECK_THAT(xml, Catch::Contains(R"(label="Taliban &amp; &lt;Co&gt; &quot;q&quot; \ x")"));
  CHECK_THAT(xml, Catch::Contains(
                      R"(<edge id="e1" source="RUS" target="TALIBAN" kind="has-ties-with" label="has-ties-with" type="undirected" weight="1.0"><attvalues><attvalue for="relation" value="has-ties-with"/><attvalue for="first_date" value="2021-01-05"/>)"));
  CHECK_THAT(xml, Catch::Contains(
                      R"(<edge id="e0" source="NATO" target="RUS" kind="urges" label="urges" weight="1.0">)"));
  CHECK_THAT(xml, Catch::Contains(R"(<attvalue for="weight" value="2.0"/></attvalues><viz:color r="214" g="39" b="40"/></edge>)"));
  CHECK_THAT(xml, Catch::Contains(R"(<edges count="3">)"));
  // Static: no spells, no dated values.
  CHECK(xml.find("<spell") == std::string::npos);
  CHECK(xml.find("start=") == std::string::npos);
}

TEST_CASE("gexf: the timeline puts each edge on its dates and each actor on its span",
          "[export][gexf]") {
  std::string xml = gexf(ng::test::fixture_graph(), false, true);
  CHECK_THAT(xml, Catch::Contains(R"(<graph defaultedgetype="directed" mode="dynamic" timeformat="date">)"));
  // One block per class (graphology reads only the last one), dynamic.
  CHECK_THAT(xml, Catch::Contains("<attributes class=\"edge\" mode=\"dynamic\">\n"));
  CHECK(xml.find("<attributes class=\"edge\" mode=\"static\">") == std::string::npos);
  // RUS criticizes NATO on two dates: two spells, one statement each.
  CHECK_THAT(xml, Catch::Contains(
                      R"(<attvalue for="weight" value="1.0" start="2021-01-05" end="2021-01-05"/><attvalue for="weight" value="1.0" start="2022-03-01" end="2022-03-01"/></attvalues><spells><spell start="2021-01-05" end="2021-01-05"/><spell start="2022-03-01" end="2022-03-01"/></spells>)"));
  // Russia lives from its first statement to its last; NATO's undated "urges" adds nothing.
  CHECK_THAT(xml, Catch::Contains(
                      R"(<node id="RUS" label="Russia"><attvalues><attvalue for="kind" value="country"/><attvalue for="statements" value="4"/></attvalues><spells><spell start="2021-01-05" end="2022-03-01"/></spells>)"));
  // An undated edge has no spell (Gephi shows it throughout).
  CHECK_THAT(xml, Catch::Contains(R"(target="RUS" kind="urges" label="urges" weight="1.0"><attvalues><attvalue for="relation" value="urges"/><attvalue for="evidence")"));
  CHECK(xml.find(R"(kind="urges" label="urges" weight="1.0"><attvalues><attvalue for="relation" value="urges"/><attvalue for="evidence" value="[{&quot;doc&quot;:&quot;d2&quot;,&quot;sentence&quot;:1,&quot;text&quot;:&quot;NATO called on \&quot;Russia\&quot;.&quot;,&quot;speaker&quot;:null,&quot;date&quot;:null}]"/></attvalues><viz:color)") !=
        std::string::npos);
}

TEST_CASE("gexf: portable is 1.2draft with ties as plain edges and split attribute blocks",
          "[export][gexf]") {
  std::string xml = gexf(ng::test::fixture_graph(), true, true);
  CHECK_THAT(xml, Catch::Contains(R"(<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz")"));
  CHECK_THAT(xml, Catch::Contains(R"(version="1.2">)"));
  CHECK(xml.find("type=\"undirected\"") == std::string::npos);
  CHECK(xml.find(" kind=\"") == std::string::npos);
  CHECK_THAT(xml, Catch::Contains(R"(<edge id="e1" source="RUS" target="TALIBAN" label="has-ties-with" weight="1.0">)"));
  CHECK_THAT(xml, Catch::Contains("<attributes class=\"edge\" mode=\"static\">\n"
                                  "      <attribute id=\"relation\""));
  CHECK_THAT(xml, Catch::Contains("<attributes class=\"edge\" mode=\"dynamic\">\n"
                                  "      <attribute id=\"weight\" title=\"weight\" type=\"double\"/>\n"
                                  "    </attributes>\n"));
}

TEST_CASE("gexf: represents links are edges of their own kind, weight 1.0, grey", "[export][gexf]") {
  std::string xml = gexf(ng::test::person_fixture_graph(), false, false);
  CHECK_THAT(xml, Catch::Contains(
                      R"(<edge id="e1" source="zamir-kabulov" target="RUS" kind="represents" label="represents" weight="1.0"><attvalues><attvalue for="relation" value="represents"/><attvalue for="weight" value="1.0"/></attvalues><viz:color r="127" g="127" b="127"/></edge>)"));
  CHECK_THAT(xml, Catch::Contains(R"(<edges count="2">)"));
}
