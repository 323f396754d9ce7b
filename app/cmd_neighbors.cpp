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

void write_text(std::ostream& out, const graph::CompactGraph& g, graph::NodeIndex actor,
                const graph::Neighborhood& n) {
  out << g.label(actor) << " (" << g.id(actor) << "), " << graph::to_string(g.kind(actor)) << "\n";
  for (const Group& group : groups(n)) {
    out << group.title << " (" << group.members->size() << ")" << (group.members->empty() ? "\n" : ":\n");
    for (const graph::Neighbor& m : *group.members) {
      out << "  " << g.label(m.actor) << " (" << g.id(m.actor) << ")  " << number(m.weight) << "\n";
    }
  }
}

void write_json(std::ostream& out, const graph::CompactGraph& g, graph::NodeIndex actor,
                const graph::Neighborhood& n) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
  w.SetIndent(' ', 1);
  auto string = [&w](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  auto actor_fields = [&](graph::NodeIndex v) {
    w.Key("id");
    string(g.id(v));
    w.Key("label");
    string(g.label(v));
    w.Key("kind");
    string(graph::to_string(g.kind(v)));
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
    write_json(std::cout, g, *actor, n);
  } else {
    write_text(std::cout, g, *actor, n);
  }
  return flush_stdout() ? kExitOk : kExitSkipped;
}

}  // namespace ng::app
