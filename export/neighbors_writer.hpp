#pragma once
// How `newsgraph neighbors` shows an actor's neighbourhood: lines for people, JSON as the
// stable interface.

#include <ostream>

#include "graph/compact_graph.hpp"
#include "graph/neighbors.hpp"

namespace ng::exporters {

/// "Russia (RUS), country", then each group ("has ties with (3):") and its actors with weights.
void write_neighbors_text(std::ostream& out, const graph::CompactGraph& g, graph::NodeIndex actor,
                          const graph::Neighborhood& n);
/// {"actor": {id, label, kind}, "ties", "criticized_by", "urged_by", "criticizes", "urges":
/// [{id, label, kind, weight}]}.
void write_neighbors_json(std::ostream& out, const graph::CompactGraph& g, graph::NodeIndex actor,
                          const graph::Neighborhood& n);

}  // namespace ng::exporters
