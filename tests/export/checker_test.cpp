// Runs ../shared/tools/check-graph-files (and NetworkX, when installed) on written files.

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "export/exporter.hpp"
#include "tests/export/fixture_graph.hpp"
#include "tests/skip.hpp"

namespace fs = std::filesystem;
using ng::exporters::ExportOptions;
using ng::exporters::Format;

namespace {

fs::path write_file(const fs::path& dir, const std::string& name, Format f, ExportOptions o = {}) {
  fs::path path = dir / name;
  std::ofstream out(path, std::ios::binary);
  ng::exporters::write_graph(out, ng::test::fixture_graph(), f, o);
  return path;
}

int run(const std::string& command) { return std::system((command + " >&2").c_str()); }

}  // namespace

TEST_CASE("export: written files pass check-graph-files", "[export]") {
  const fs::path checker = fs::path(NG_SHARED_DIR) / "tools" / "check-graph-files";
  if (!fs::exists(checker)) {
    NG_SKIP(checker << " is missing");
  }
  fs::path dir = fs::temp_directory_path() / ("ng-export-check-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path mixed = write_file(dir, "mixed.graphml", Format::GraphML);
  fs::path portable = write_file(dir, "portable.graphml", Format::GraphML, ExportOptions{true});
  fs::path dot = write_file(dir, "graph.dot", Format::Dot);
  // Built by appending: GCC 12 warns (-Wrestrict, a false positive) on "x" + std::string&&.
  std::string tool = "'";
  tool += checker.string() + "' -q ";
  CHECK(run(tool + "--allow-mixed '" + mixed.string() + "' '" + dot.string() + "'") == 0);
  CHECK(run(tool + "--strict '" + portable.string() + "'") == 0);
  // Without --allow-mixed the mixed file is rejected: the checker is really looking.
  CHECK(std::system((tool + "'" + mixed.string() + "' >/dev/null 2>&1").c_str()) != 0);
  fs::remove_all(dir);
}

TEST_CASE("export: JSON loads with the installed NetworkX", "[export]") {
  if (std::system("python3 -c 'import networkx' >/dev/null 2>&1") != 0) {
    NG_SKIP("python3 with networkx is not installed");
  }
  fs::path dir = fs::temp_directory_path() / ("ng-export-nx-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path json = write_file(dir, "graph.json", Format::Json);
  fs::path script = dir / "load.py";
  std::ofstream(script) << R"(import json, sys
import networkx as nx
from networkx.readwrite import json_graph
data = json.load(open(sys.argv[1], encoding="utf-8"))
# 3.4+ name the edge list with edges= (3.6 reads "edges" by default); 2.8-3.3 with link=.
version = tuple(int(x) for x in nx.__version__.split(".")[:2])
g = json_graph.node_link_graph(data, edges="edges") if version >= (3, 4) else json_graph.node_link_graph(data, link="edges")
assert g.is_directed() and g.is_multigraph(), g
assert g.number_of_nodes() == 3 and g.number_of_edges() == 3, g
assert g.edges["RUS", "NATO", "criticizes"]["weight"] == 2.0
assert g.nodes["TALIBAN"]["label"] == 'Taliban & <Co> "q" \\ \x01x'
)";
  for (std::string python : {"python3", "/usr/bin/python3"}) {
    if (std::system((python + " -c 'import networkx' >/dev/null 2>&1").c_str()) != 0) continue;
    INFO(python);
    CHECK(run(python + " '" + script.string() + "' '" + json.string() + "'") == 0);
  }
  fs::remove_all(dir);
}
