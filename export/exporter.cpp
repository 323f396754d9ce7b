#include "export/exporter.hpp"

#include <stdexcept>
#include <string>

#include "export/dot_writer.hpp"
#include "export/gexf_writer.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_writer.hpp"
#include "export/snapshot_writer.hpp"

namespace ng::exporters {

void write_graph(std::ostream& out, const graph::KnowledgeGraph& g, Format f,
                 const ExportOptions& o) {
  switch (f) {
    case Format::GraphML: write_graphml(out, g, o); return;
    case Format::Gexf: write_gexf(out, g, o); return;
    case Format::Dot: write_dot(out, g, o); return;
    case Format::Json: write_json(out, g); return;
    case Format::Html: write_html(out, g, o.html); return;
    case Format::Snapshot: write_snapshot(out, g); return;
  }
}

bool writes_from_compact(Format f) {
  return f == Format::GraphML || f == Format::Json || f == Format::Snapshot;
}

void write_graph(std::ostream& out, const graph::CompactGraph& g, Format f, const ExportOptions& o) {
  switch (f) {
    case Format::GraphML: write_graphml(out, g, o); return;
    case Format::Json: write_json(out, g); return;
    case Format::Snapshot: write_snapshot(out, g); return;
    default: throw std::logic_error("write_graph: no " + std::string(to_string(f)) + " writer for a compact graph");
  }
}

}  // namespace ng::exporters
