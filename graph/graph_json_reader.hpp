#pragma once
// Reads the node-link JSON that export/json_writer writes and merges it into a graph, so
// that `build` can convert and merge graphs and `path` can query them.

#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace ng::graph {

struct GraphReadOptions {
  // Path queries need no evidence; skipping it makes loading a large graph much faster.
  bool evidence = true;
};

/// Merges the graph in `in` into `into`: node counts and speakers add, edges merge as
/// KnowledgeGraph::add_edge does. On bad input returns a message that starts with
/// `origin` and leaves `into` unchanged.
std::optional<std::string> read_graph_json(std::istream& in, std::string_view origin,
                                           KnowledgeGraph& into,
                                           const GraphReadOptions& options = {});

}  // namespace ng::graph
