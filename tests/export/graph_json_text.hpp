#pragma once
// A graph as the JSON text `build -o x.json` writes: what the round-trip tests compare.

#include <sstream>
#include <string>

#include "export/exporter.hpp"

namespace ng::test {

inline std::string to_json(const graph::KnowledgeGraph& kg) {
  std::ostringstream out;
  exporters::write_graph(out, kg, exporters::Format::Json);
  return out.str();
}

}  // namespace ng::test
