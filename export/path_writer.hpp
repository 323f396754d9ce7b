#pragma once
// How `newsgraph path` shows its answer: hop lines for people, JSON as the stable interface.

#include <ostream>
#include <string_view>
#include <vector>

#include "graph/compact_graph.hpp"
#include "graph/paths.hpp"

namespace ng::exporters {

/// One hop per line, arrows in the edge's own direction: "Russia —criticizes→ United States (3)",
/// "NATO ←urges— Russia (1)", "Qatar —has-ties-with— Taliban (2)". Several paths are numbered
/// blocks. `explain` adds each hop's best evidence under it.
void write_paths_text(std::ostream& out, const graph::CompactGraph& g,
                      const std::vector<graph::Path>& paths, bool explain);

/// {"from", "to", "paths": [{"length", "nodes": [ids], "edges": [{"source", "relation",
/// "target", "weight"}]}]}; each edge keeps its own source and target. `line` writes it on
/// one line (the form of `path --pairs`), else indented.
void write_paths_json(std::ostream& out, const graph::CompactGraph& g, std::string_view from,
                      std::string_view to, const std::vector<graph::Path>& paths, bool line = false);

}  // namespace ng::exporters
