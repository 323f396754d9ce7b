// `newsgraph path GRAPH FROM TO`: how two actors are connected (issue #4).

#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "export/path_writer.hpp"
#include "graph/graph_filter.hpp"
#include "graph/paths.hpp"
#include "ingest/actor_dictionary.hpp"

namespace ng::app {

int run_path(int argc, char** argv) {
  CLI::App app{"Show how two actors are connected in a graph built by `newsgraph build`.\n"
               "FROM and TO are ids or any name the actor dictionary knows (\"the U.S\", \"Moscow\").",
               "newsgraph path"};
  app.footer(
      "Examples:\n"
      "  newsgraph path seed.json Qatar Russia --explain\n"
      "  newsgraph path seed.json USA NATO --directed --k 3 --json\n"
      "  newsgraph path seed.json Qatar Russia --kinds country,armed-group --min-weight 2\n"
      "Exit status: 0 path found, 1 no path (or unreadable graph), 2 usage error or unknown actor.");
  std::string graph_path, from_name, to_name;
  FilterOptions filter_options;
  bool json = false, explain = false;
  std::vector<std::string> actor_files;
  graph::PathOptions options;
  app.add_option("GRAPH", graph_path, "graph .json written by `newsgraph build`")->required();
  app.add_option("FROM", from_name, "actor the path starts at")->required();
  app.add_option("TO", to_name, "actor the path ends at")->required();
  app.add_flag("--json", json, "print the paths as JSON (the stable interface)");
  app.add_flag("--explain", explain, "print each hop's best evidence sentence");
  app.add_flag("--directed", options.directed,
               "follow criticizes and urges only from source to target (ties both ways)");
  add_filter_options(app, filter_options, FilterScope::Query);
  app.add_option("--max-hops", options.max_hops, "longest path to show, in hops")
      ->check(CLI::Range(0, 1000000));
  app.add_option("--k", options.k, "show the K shortest loopless paths")
      ->check(CLI::Range(1, 10000));
  app.add_flag("--weighted", options.weighted, "prefer strong edges: cost 1/weight (Dijkstra)");
  app.add_option("--actors", actor_files, "extra actor dictionary JSON file (repeatable)")
      ->allow_extra_args(false);
  if (int status = parse(app, argc, argv); status >= 0) return status;
  auto filter = make_filter(filter_options);
  if (!filter) return kExitUsage;
  // Types are the search's own filter; weight and kinds need a filtered copy of the graph.
  options.types = filter->types;
  filter->types.clear();

  ingest::ActorDictionary dict = ingest::ActorDictionary::builtin();
  for (const std::string& file : actor_files) {
    if (auto error = dict.add_file(file)) {
      print_error(*error);
      return kExitUsage;
    }
  }

  graph::KnowledgeGraph& loaded = process_lifetime_graph();
  if (!load_graph(graph_path, loaded, explain)) return kExitSkipped;
  graph::Vertex ends[2];
  const std::string* names[2] = {&from_name, &to_name};
  for (int i = 0; i < 2; ++i) {
    int status = kExitOk;
    auto v = resolve_actor(loaded, dict, *names[i], graph_path, status);
    if (!v) return status;
    ends[i] = *v;
  }
  std::optional<graph::KnowledgeGraph> filtered;
  if (!filter->empty()) {
    filtered = graph::filter_graph(loaded, *filter);
    for (graph::Vertex& end : ends) {
      auto v = filtered->find(loaded.graph()[end].id);
      if (!v) {
        std::cerr << "newsgraph: no path from " << from_name << " to " << to_name
                  << " (" << loaded.graph()[end].label << " has no edge the filters keep)\n";
        return kExitSkipped;
      }
      end = *v;
    }
  }
  const graph::KnowledgeGraph& kg = filtered ? *filtered : loaded;

  std::vector<graph::Path> paths = graph::find_paths(kg, ends[0], ends[1], options);
  const graph::Graph& g = kg.graph();
  if (json) {
    exporters::write_paths_json(std::cout, kg, g[ends[0]].id, g[ends[1]].id, paths);
  } else if (!paths.empty()) {
    exporters::write_paths_text(std::cout, kg, paths, explain);
  }
  if (!flush_stdout()) return kExitSkipped;
  if (paths.empty()) {
    std::cerr << "newsgraph: no path from " << from_name << " to " << to_name << "\n";
    return kExitSkipped;
  }
  return kExitOk;
}

}  // namespace ng::app
