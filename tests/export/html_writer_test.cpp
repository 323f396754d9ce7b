#include "export/html_writer.hpp"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <stdexcept>

#include "export/format.hpp"
#include "tests/export/fixture_graph.hpp"

using ng::exporters::HtmlCap;
using ng::exporters::HtmlOptions;

namespace {

struct Page {
  std::string html;
  HtmlCap cap;
};

Page render(const ng::graph::KnowledgeGraph& kg, const HtmlOptions& o = {}) {
  std::ostringstream out;
  HtmlCap cap = ng::exporters::write_html(out, kg, o);
  return {out.str(), cap};
}

// The text of the data element, as the page's script reads it.
std::string data_of(const std::string& html) {
  const std::string open = "<script id=\"ng-data\" type=\"application/json\">";
  std::size_t from = html.find(open);
  REQUIRE(from != std::string::npos);
  from += open.size();
  std::size_t to = html.find("</script>", from);
  REQUIRE(to != std::string::npos);
  return html.substr(from, to - from);
}

rapidjson::Document parse(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

}  // namespace

TEST_CASE("html: .html and .htm name the page format", "[export][html]") {
  CHECK(ng::exporters::format_for_path("out/news.html") == ng::exporters::Format::Html);
  CHECK(ng::exporters::parse_format("HTM") == ng::exporters::Format::Html);
}

TEST_CASE("html: news text cannot leave the data element", "[export][html]") {
  if (!ng::exporters::html_view_available()) {
    std::ostringstream out;
    CHECK_THROWS_AS(ng::exporters::write_html(out, ng::test::fixture_graph(), {}), std::logic_error);
    return;
  }
  ng::graph::KnowledgeGraph kg = ng::test::fixture_graph();
  kg.add({{"USA", "</script><script>alert(1)</script>", ng::graph::ActorKind::Country},
          ng::graph::RelationType::Urges,
          {"RUS", "Russia", ng::graph::ActorKind::Country},
          {"d4", 0, "line\xE2\x80\xA8separator <!-- & -->", std::nullopt, "", std::nullopt}});
  HtmlOptions o;
  o.title = "<b>news</b>";
  o.doc_urls = {{"d4", "javascript:alert(2)"}, {"unused", "https://example.org/"}};
  Page page = render(kg, o);
  std::string data = data_of(page.html);
  CHECK(data.find('<') == std::string::npos);
  CHECK(data.find('>') == std::string::npos);
  CHECK(data.find('&') == std::string::npos);
  CHECK(data.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(page.html.find("<title>newsgraph: &lt;b&gt;news&lt;/b&gt;</title>") != std::string::npos);

  // The JSON still reads back as the news wrote it.
  rapidjson::Document d = parse(data);
  CHECK(d["nodes"].Size() == 4);
  CHECK(d["edges"].Size() == 4);
  CHECK(std::string(d["nodes"][3][1].GetString()) == "</script><script>alert(1)</script>");
  const rapidjson::Value& usa_urges = d["edges"][3];
  CHECK(std::string(usa_urges[6][0][2].GetString()) == "line\xE2\x80\xA8separator <!-- & -->");
  // Only documents the page shows get their url; the page decides which urls become links.
  CHECK(d["urls"].MemberCount() == 1);
  CHECK(std::string(d["urls"]["d4"].GetString()) == "javascript:alert(2)");
  CHECK(page.cap.edges == 4);
  CHECK_FALSE(page.cap.capped());
}

TEST_CASE("html: above --html-max-edges the heaviest edges and their actors are kept", "[export][html]") {
  if (!ng::exporters::html_view_available()) return;
  HtmlOptions o;
  o.max_edges = 1;
  Page page = render(ng::test::fixture_graph(), o);
  CHECK(page.cap.capped());
  CHECK(page.cap.edges == 1);
  CHECK(page.cap.edges_total == 3);
  CHECK(page.cap.actors == 2);
  CHECK(page.cap.actors_total == 3);
  rapidjson::Document d = parse(data_of(page.html));
  REQUIRE(d["edges"].Size() == 1);
  CHECK(std::string(d["edges"][0][2].GetString()) == "criticizes");  // RUS criticizes NATO twice
  CHECK(d["edges_total"].GetUint64() == 3);
  CHECK(d["nodes"].Size() == 2);

  o.max_edges = 0;  // no limit
  CHECK_FALSE(render(ng::test::fixture_graph(), o).cap.capped());
}
