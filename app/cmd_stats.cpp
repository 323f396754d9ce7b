// `newsgraph stats GRAPH`: what a graph holds, who is best connected, its components.

#include <iostream>
#include <string>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "export/stats_writer.hpp"
#include "graph/graph_stats.hpp"

namespace ng::app {

int run_stats(int argc, char** argv) {
  CLI::App app{"Summarize a graph built by `newsgraph build`: nodes by kind, edges by relation,\n"
               "the best-connected actors and the connected components (ignoring direction).",
               "newsgraph stats"};
  app.footer(
      "Examples:\n"
      "  newsgraph stats out/seed.json\n"
      "  newsgraph stats big.json --top 20 --json\n"
      "  newsgraph stats big.ngx\n"
      "Exit status: 0 ok, 1 unreadable graph, 2 usage error.");
  std::string graph_path;
  bool json = false;
  std::size_t top = 10;
  app.add_option("GRAPH", graph_path, "graph .json or .ngx snapshot written by `newsgraph build`")->required();
  app.add_flag("--json", json, "print JSON (the stable interface)");
  app.add_option("--top", top, "how many best-connected actors to list")
      ->type_name("N")
      ->check(CLI::Range(std::size_t{0}, std::size_t{1000000}))
      ->capture_default_str();
  if (int status = parse(app, argc, argv); status >= 0) return status;

  graph::CompactGraph g;
  if (!load_query_graph(graph_path, g, false)) return kExitSkipped;
  graph::GraphStats s = graph::graph_stats(g, top);
  if (json) {
    exporters::write_stats_json(std::cout, g, s);
  } else {
    exporters::write_stats_text(std::cout, g, s);
  }
  return flush_stdout() ? kExitOk : kExitSkipped;
}

}  // namespace ng::app
