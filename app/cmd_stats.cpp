// `newsgraph stats GRAPH`: what a graph holds, who is best connected, its components.

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <spdlog/fmt/fmt.h>

#include <algorithm>
#include <iostream>
#include <string>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "graph/graph_stats.hpp"

namespace ng::app {

namespace {

constexpr std::size_t kLargestComponents = 5;

void write_text(std::ostream& out, const graph::CompactGraph& g, const graph::GraphStats& s) {
  out << "nodes: " << s.nodes << " (";
  const char* sep = "";
  for (const auto& [kind, count] : s.nodes_by_kind) {
    out << sep << graph::to_string(kind) << " " << count;
    sep = ", ";
  }
  out << ")\nedges: " << s.edges << " (";
  sep = "";
  for (const auto& [relation, count] : s.edges_by_relation) {
    out << sep << graph::to_string(relation) << " " << count;
    sep = ", ";
  }
  out << "), total weight " << fmt::format("{}", s.total_weight) << "\n";
  // Person-level links are not relations: counted apart, and said so.
  if (s.represents > 0) out << "represents links: " << s.represents << " (person level; not counted in edges)\n";
  out << "components: " << s.component_sizes.size();
  if (!s.component_sizes.empty()) {
    out << "; largest:";
    for (std::size_t i = 0; i < std::min(kLargestComponents, s.component_sizes.size()); ++i) {
      out << " " << s.component_sizes[i];
    }
  }
  out << "\n";
  auto list = [&](const char* title, const std::vector<graph::ActorDegree>& top) {
    out << title << ":\n";
    for (std::size_t i = 0; i < top.size(); ++i) {
      out << fmt::format("  {:>3}. {} ({})  degree {}, weight {}\n", i + 1, g.label(top[i].actor), g.id(top[i].actor),
                         top[i].degree, top[i].weighted);
    }
  };
  list("top actors by degree", s.top_degree);
  list("top actors by weighted degree", s.top_weighted);
}

void write_json(std::ostream& out, const graph::CompactGraph& g, const graph::GraphStats& s) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
  w.SetIndent(' ', 1);
  auto name = [&](std::string_view text) {
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  };
  w.StartObject();
  w.Key("nodes");
  w.Uint64(s.nodes);
  w.Key("nodes_by_kind");
  w.StartObject();
  for (const auto& [kind, count] : s.nodes_by_kind) {
    name(graph::to_string(kind));
    w.Uint64(count);
  }
  w.EndObject();
  w.Key("edges");
  w.Uint64(s.edges);
  w.Key("edges_by_relation");
  w.StartObject();
  for (const auto& [relation, count] : s.edges_by_relation) {
    name(graph::to_string(relation));
    w.Uint64(count);
  }
  w.EndObject();
  w.Key("weight_by_relation");
  w.StartObject();
  for (const auto& [relation, weight] : s.weight_by_relation) {
    name(graph::to_string(relation));
    w.Double(weight);
  }
  w.EndObject();
  w.Key("total_weight");
  w.Double(s.total_weight);
  w.Key("represents");
  w.Uint64(s.represents);
  w.Key("components");
  w.StartObject();
  w.Key("count");
  w.Uint64(s.component_sizes.size());
  w.Key("largest");
  w.StartArray();
  for (std::size_t i = 0; i < std::min(kLargestComponents, s.component_sizes.size()); ++i) {
    w.Uint64(s.component_sizes[i]);
  }
  w.EndArray();
  w.EndObject();
  auto list = [&](const char* key, const std::vector<graph::ActorDegree>& top) {
    w.Key(key);
    w.StartArray();
    for (const graph::ActorDegree& d : top) {
      w.StartObject();
      w.Key("id");
      name(g.id(d.actor));
      w.Key("label");
      name(g.label(d.actor));
      w.Key("degree");
      w.Uint64(d.degree);
      w.Key("weighted_degree");
      w.Double(d.weighted);
      w.EndObject();
    }
    w.EndArray();
  };
  list("top_degree", s.top_degree);
  list("top_weighted_degree", s.top_weighted);
  w.EndObject();
  out << "\n";
}

}  // namespace

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
    write_json(std::cout, g, s);
  } else {
    write_text(std::cout, g, s);
  }
  return flush_stdout() ? kExitOk : kExitSkipped;
}

}  // namespace ng::app
