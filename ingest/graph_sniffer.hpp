#pragma once
// Telling a graph .json (written by `build`) from a document or statement object.

#include <string>

namespace ng::ingest {

/// Whether a JSON text is a graph: an object with a "nodes" member. Stops at that key, so a
/// graph of a million edges is recognized without parsing it twice (the graph reader does);
/// `text` may be only the file's first bytes.
bool looks_like_graph(const std::string& text);

}  // namespace ng::ingest
