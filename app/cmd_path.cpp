// `newsgraph path GRAPH FROM TO`: how two actors are connected (issue #4).

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "export/path_writer.hpp"
#include "graph/graph_json_reader.hpp"
#include "graph/paths.hpp"
#include "ingest/actor_dictionary.hpp"

namespace ng::app {

int run_path(int argc, char** argv);

namespace {

constexpr int kUsageError = 2;
constexpr int kFailure = 1;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<std::vector<graph::RelationType>> parse_types(const std::string& list,
                                                            std::string& bad) {
  std::vector<graph::RelationType> types;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    std::string name = list.substr(start, comma - start);
    if (!name.empty()) {
      auto type = graph::parse_relation_type(name);
      if (!type) {
        bad = name;
        return std::nullopt;
      }
      types.push_back(*type);
    }
    start = comma + 1;
  }
  return types;
}

struct Resolution {
  std::optional<graph::Vertex> vertex;
  const ingest::ActorEntry* entry = nullptr;  // known to the dictionary, maybe not in the graph
};

// A node id of the graph first, then any dictionary alias, then a node's id or label
// without regard to case (graphs may hold actors the dictionary does not know).
Resolution resolve(const graph::KnowledgeGraph& kg, const ingest::ActorDictionary& dict,
                   const std::string& name) {
  Resolution r;
  if ((r.vertex = kg.find(name))) return r;
  r.entry = dict.resolve(name);
  if (r.entry && (r.vertex = kg.find(r.entry->id))) return r;
  std::string wanted = lower(name);
  for (graph::Vertex v : kg.sorted_vertices()) {
    const graph::ActorNode& node = kg.graph()[v];
    if (lower(node.id) == wanted || lower(node.label) == wanted) {
      r.vertex = v;
      return r;
    }
  }
  return r;
}

std::string did_you_mean(const std::vector<std::string>& names) {
  if (names.empty()) return "";
  std::string out = "; did you mean ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += "'" + names[i] + "'";
  }
  return out + "?";
}

}  // namespace

int run_path(int argc, char** argv) {
  CLI::App app{"Show how two actors are connected in a graph built by `newsgraph build`.\n"
               "FROM and TO are ids or any name the actor dictionary knows (\"the U.S\", \"Moscow\").",
               "newsgraph path"};
  app.footer(
      "Examples:\n"
      "  newsgraph path seed.json Qatar Russia --explain\n"
      "  newsgraph path seed.json USA NATO --directed --k 3 --json\n"
      "Exit status: 0 path found, 1 no path (or unreadable graph), 2 usage error or unknown actor.");
  std::string graph_path, from_name, to_name, types_text;
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
  app.add_option("--types", types_text, "comma list of relation types to follow, e.g. has-ties-with,urges");
  app.add_option("--max-hops", options.max_hops, "longest path to show, in hops")
      ->check(CLI::Range(0, 1000000));
  app.add_option("--k", options.k, "show the K shortest loopless paths")
      ->check(CLI::Range(1, 10000));
  app.add_flag("--weighted", options.weighted, "prefer strong edges: cost 1/weight (Dijkstra)");
  app.add_option("--actors", actor_files, "extra actor dictionary JSON file (repeatable)")
      ->allow_extra_args(false);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "newsgraph: error: " << e.what() << "\n"
              << "run 'newsgraph path --help' for usage\n";
    return kUsageError;
  }

  if (!types_text.empty()) {
    std::string bad;
    auto types = parse_types(types_text, bad);
    if (!types) {
      std::cerr << "newsgraph: error: unknown relation type '" << bad
                << "' (expected has-ties-with, criticizes or urges)\n";
      return kUsageError;
    }
    options.types = *types;
  }

  ingest::ActorDictionary dict = ingest::ActorDictionary::builtin();
  for (const std::string& file : actor_files) {
    if (auto error = dict.add_file(file)) {
      std::cerr << "newsgraph: error: " << *error << "\n";
      return kUsageError;
    }
  }

  graph::KnowledgeGraph kg;
  std::ifstream in(graph_path, std::ios::binary);
  if (!in) {
    std::cerr << "newsgraph: error: " << graph_path << ": " << std::strerror(errno) << "\n";
    return kFailure;
  }
  graph::GraphReadOptions read_options;
  read_options.evidence = explain;
  if (auto error = graph::read_graph_json(in, graph_path, kg, read_options)) {
    std::cerr << "newsgraph: error: " << *error << "\n";
    return kFailure;
  }

  graph::Vertex ends[2];
  const std::string* names[2] = {&from_name, &to_name};
  for (int i = 0; i < 2; ++i) {
    Resolution r = resolve(kg, dict, *names[i]);
    if (r.vertex) {
      ends[i] = *r.vertex;
    } else if (r.entry) {
      std::cerr << "newsgraph: error: " << r.entry->label << " (" << r.entry->id
                << ") is not in " << graph_path << "\n";
      return kFailure;
    } else {
      std::cerr << "newsgraph: error: unknown actor '" << *names[i] << "'"
                << did_you_mean(dict.closest_names(*names[i], 3)) << "\n";
      return kUsageError;
    }
  }

  std::vector<graph::Path> paths = graph::find_paths(kg, ends[0], ends[1], options);
  const graph::Graph& g = kg.graph();
  if (json) {
    exporters::write_paths_json(std::cout, kg, g[ends[0]].id, g[ends[1]].id, paths);
  } else if (!paths.empty()) {
    exporters::write_paths_text(std::cout, kg, paths, explain);
  }
  std::cout.flush();
  if (paths.empty()) {
    std::cerr << "newsgraph: no path from " << from_name << " to " << to_name << "\n";
    return kFailure;
  }
  return 0;
}

}  // namespace ng::app
