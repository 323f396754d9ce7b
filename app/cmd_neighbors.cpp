// `newsgraph neighbors GRAPH ACTOR`: who an actor deals with, and how strongly (issue #4).

#include <iostream>
#include <string>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "export/neighbors_writer.hpp"
#include "graph/neighbors.hpp"

namespace ng::app {

int run_neighbors(int argc, char** argv) {
  CLI::App app{"List who an actor has ties with, who criticizes or urges it, and whom it criticizes\n"
               "or urges, heaviest edges first. ACTOR is an id or any name the dictionary knows.",
               "newsgraph neighbors"};
  app.footer(
      "Examples:\n"
      "  newsgraph neighbors out/seed.json Russia\n"
      "  newsgraph neighbors out/seed.json TALIBAN --types has-ties-with --min-weight 2 --json\n"
      "Exit status: 0 ok, 1 unreadable graph or actor not in it, 2 usage error or unknown actor.");
  std::string graph_path, actor_name;
  bool json = false;
  FilterOptions filter_options;
  CommonOptions common;
  app.add_option("GRAPH", graph_path, "graph .json or .ngx snapshot written by `newsgraph build`")->required();
  app.add_option("ACTOR", actor_name, "the actor to list the neighbours of")->required();
  app.add_flag("--json", json, "print JSON (the stable interface)");
  add_filter_options(app, filter_options, FilterScope::Query);
  add_dictionary_options(app, common);
  if (int status = parse(app, argc, argv); status >= 0) return status;
  auto filter = make_filter(filter_options);
  if (!filter) return kExitUsage;
  ingest::ActorDictionary dictionary;
  if (!load_dictionary(common, dictionary)) return kExitUsage;

  graph::CompactGraph g;
  if (!load_query_graph(graph_path, g, false)) return kExitSkipped;
  int status = kExitOk;
  auto actor = resolve_actor(g, dictionary, actor_name, graph_path, status);
  if (!actor) return status;
  graph::Neighborhood n = graph::find_neighbors(g, *actor, *filter);
  if (json) {
    exporters::write_neighbors_json(std::cout, g, *actor, n);
  } else {
    exporters::write_neighbors_text(std::cout, g, *actor, n);
  }
  return flush_stdout() ? kExitOk : kExitSkipped;
}

}  // namespace ng::app
