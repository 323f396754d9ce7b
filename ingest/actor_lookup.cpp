#include "ingest/actor_lookup.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "ingest/person_ids.hpp"

namespace ng::ingest {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

ActorLookup find_actor(const graph::CompactGraph& graph, const ActorDictionary& dictionary, const std::string& name) {
  ActorLookup lookup;
  if ((lookup.node = graph.find(name))) return lookup;
  const ActorEntry* entry = dictionary.resolve(name);
  if (entry && (lookup.node = graph.find(entry->id))) return lookup;
  // A person outside the dictionary: "Édouard Balladur" or "Edouard Balladur".
  if ((lookup.node = graph.find(ascii_slug(name)))) return lookup;
  // Graphs may hold actors the dictionary does not know (kind unknown, persons).
  std::string wanted = lower(name);
  for (graph::NodeIndex v = 0; v < graph.node_count(); ++v) {
    if (lower(graph.id(v)) == wanted || lower(graph.label(v)) == wanted) {
      lookup.node = v;
      return lookup;
    }
  }
  lookup.known = entry;
  if (!entry) lookup.suggestions = dictionary.closest_names(name, 3);
  return lookup;
}

}  // namespace ng::ingest
