#pragma once
// Finding the node of a graph that a name on the command line means (path, neighbors):
// the graph's own ids, then the dictionary's names, then persons and labels.

#include <optional>
#include <string>
#include <vector>

#include "graph/compact_graph.hpp"
#include "ingest/actor_dictionary.hpp"

namespace ng::ingest {

struct ActorLookup {
  std::optional<graph::NodeIndex> node;  // the node, when found
  /// Not found: the dictionary's entry when the name is a known actor the graph lacks...
  const ActorEntry* known = nullptr;
  /// ...else up to three dictionary names close to it ("did you mean").
  std::vector<std::string> suggestions;
};

/// A node id of the graph, then any dictionary alias, then a person's ASCII id ("Édouard
/// Balladur" is edouard-balladur), then a node id or label without regard to case.
ActorLookup find_actor(const graph::CompactGraph& graph, const ActorDictionary& dictionary, const std::string& name);

}  // namespace ng::ingest
