// `newsgraph neighbors GRAPH ACTOR`: who an actor deals with, and how strongly (issue #4).

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <spdlog/fmt/fmt.h>

#include <iostream>
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "app/common.hpp"
#include "graph/neighbors.hpp"

namespace ng::app {

namespace {

struct Group {
  const char* key;    // JSON
  const char* title;  // text
  const std::vector<graph::Neighbor>* members;
};

std::vector<Group> groups(const graph::Neighborhood& n) {
  return {{"ties", "has ties with", &n.ties},
          {"criticized_by", "criticized by", &n.criticized_by},
          {"urged_by", "urged by", &n.urged_by},
          {"criticizes", "criticizes", &n.criticizes},
          {"urges", "urges", &n.urges}};
}

std::string number(double weight) {
  std::string text = fmt::format("{}", weight);
  return text;
}

void write_text(std::ostream& out, const graph::Graph& g, graph::Vertex actor,
                const graph::Neighborhood& n) {
  out << g[actor].label << " (" << g[actor].id << "), " << graph::to_string(g[actor].kind) << "\n";
  for (const Group& group : groups(n)) {
    out << group.title << " (" << group.members->size() << ")" << (group.members->empty() ? "\n" : ":\n");
    for (const graph::Neighbor& m : *group.members) {
      out << "  " << g[m.actor].label << " (" << g[m.actor].id << ")  " << number(m.weight) << "\n";
    }
  }
}

void write_json(std::ostream& out, const graph::Graph& g, graph::Vertex actor,
                const graph::Neighborhood& n) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
  w.SetIndent(' ', 1);
  auto actor_fields = [&](graph::Vertex v) {
    w.Key("id");
    w.String(g[v].id.c_str());
    w.Key("label");
    w.String(g[v].label.c_str());
    w.Key("kind");
    w.String(std::string(graph::to_string(g[v].kind)).c_str());
  };
  w.StartObject();
  w.Key("actor");
  w.StartObject();
  actor_fields(actor);
  w.EndObject();
  for (const Group& group : groups(n)) {
    w.Key(group.key);
    w.StartArray();
    for (const graph::Neighbor& m : *group.members) {
      w.StartObject();
      actor_fields(m.actor);
      w.Key("weight");
      w.Double(m.weight);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  out << "\n";
}

}  // namespace

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
  app.add_option("GRAPH", graph_path, "graph .json written by `newsgraph build`")->required();
  app.add_option("ACTOR", actor_name, "the actor to list the neighbours of")->required();
  app.add_flag("--json", json, "print JSON (the stable interface)");
  add_filter_options(app, filter_options, FilterScope::Query);
  add_dictionary_options(app, common);
  if (int status = parse(app, argc, argv); status >= 0) return status;
  auto filter = make_filter(filter_options);
  if (!filter) return kExitUsage;
  ingest::ActorDictionary dictionary;
  if (!load_dictionary(common, dictionary)) return kExitUsage;

  graph::KnowledgeGraph& kg = process_lifetime_graph();
  if (!load_graph(graph_path, kg, false)) return kExitSkipped;
  int status = kExitOk;
  auto actor = resolve_actor(kg, dictionary, actor_name, graph_path, status);
  if (!actor) return status;
  graph::Neighborhood n = graph::find_neighbors(kg, *actor, *filter);
  if (json) {
    write_json(std::cout, kg.graph(), *actor, n);
  } else {
    write_text(std::cout, kg.graph(), *actor, n);
  }
  return flush_stdout() ? kExitOk : kExitSkipped;
}

}  // namespace ng::app
