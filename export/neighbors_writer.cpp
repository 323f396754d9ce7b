#include "export/neighbors_writer.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <string>
#include <vector>

#include "export/text_escape.hpp"
#include "graph/json_strings.hpp"

namespace ng::exporters {

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

}  // namespace

void write_neighbors_text(std::ostream& out, const graph::CompactGraph& g, graph::NodeIndex actor,
                          const graph::Neighborhood& n) {
  out << g.label(actor) << " (" << g.id(actor) << "), " << graph::to_string(g.kind(actor)) << "\n";
  for (const Group& group : groups(n)) {
    out << group.title << " (" << group.members->size() << ")" << (group.members->empty() ? "\n" : ":\n");
    for (const graph::Neighbor& m : *group.members) {
      out << "  " << g.label(m.actor) << " (" << g.id(m.actor) << ")  " << format_number(m.weight) << "\n";
    }
  }
}

void write_neighbors_json(std::ostream& out, const graph::CompactGraph& g, graph::NodeIndex actor,
                          const graph::Neighborhood& n) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
  w.SetIndent(' ', 1);
  auto actor_fields = [&](graph::NodeIndex v) {
    graph::write_field(w, "id", g.id(v));
    graph::write_field(w, "label", g.label(v));
    graph::write_field(w, "kind", graph::to_string(g.kind(v)));
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
      graph::write_field(w, "weight", m.weight);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  out << "\n";
}


}  // namespace ng::exporters
