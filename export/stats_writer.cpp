#include "export/stats_writer.hpp"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cstdint>
#include <iomanip>
#include <string>

#include "export/text_escape.hpp"
#include "graph/json_strings.hpp"

namespace ng::exporters {

namespace {

constexpr std::size_t kLargestComponents = 5;

}  // namespace

void write_stats_text(std::ostream& out, const graph::CompactGraph& g, const graph::GraphStats& s) {
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
  out << "), total weight " << format_number(s.total_weight) << "\n";
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
      out << "  " << std::setw(3) << i + 1 << ". " << g.label(top[i].actor) << " ("
          << g.id(top[i].actor) << ")  degree " << top[i].degree << ", weight " << format_number(top[i].weighted)
          << "\n";
    }
  };
  list("top actors by degree", s.top_degree);
  list("top actors by weighted degree", s.top_weighted);
}

void write_stats_json(std::ostream& out, const graph::CompactGraph& g, const graph::GraphStats& s) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
  w.SetIndent(' ', 1);
  w.StartObject();
  graph::write_field(w, "nodes", std::uint64_t{s.nodes});
  graph::write_named_counts(w, "nodes_by_kind", s.nodes_by_kind);
  graph::write_field(w, "edges", std::uint64_t{s.edges});
  graph::write_named_counts(w, "edges_by_relation", s.edges_by_relation);
  graph::write_named_counts(w, "weight_by_relation", s.weight_by_relation);
  graph::write_field(w, "total_weight", s.total_weight);
  graph::write_field(w, "represents", std::uint64_t{s.represents});
  w.Key("components");
  w.StartObject();
  graph::write_field(w, "count", std::uint64_t{s.component_sizes.size()});
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
      graph::write_field(w, "id", g.id(d.actor));
      graph::write_field(w, "label", g.label(d.actor));
      graph::write_field(w, "degree", std::uint64_t{d.degree});
      graph::write_field(w, "weighted_degree", d.weighted);
      w.EndObject();
    }
    w.EndArray();
  };
  list("top_degree", s.top_degree);
  list("top_weighted_degree", s.top_weighted);
  w.EndObject();
  out << "\n";
}


}  // namespace ng::exporters
