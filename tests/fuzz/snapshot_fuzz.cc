// libFuzzer target over the .ngx snapshot reader: any bytes, read as they come and again with
// their checksums recomputed (so mutations get past the checksums to the structural checks),
// must be rejected with a message or, when accepted, convert and answer queries without a
// crash or a sanitizer report. Named .cc for the reason pipeline_fuzz.cc gives; built by
// -DNG_FUZZ=ON with clang and run by `.ci/fuzz SECONDS BUILD newsgraph_snapshot_fuzz`.

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "export/exporter.hpp"
#include "graph/graph_stats.hpp"
#include "graph/neighbors.hpp"
#include "graph/paths.hpp"
#include "graph/snapshot_reader.hpp"
#include "tests/export/snapshot_bytes.hpp"

namespace {

void use(const ng::graph::CompactGraph& g) {
  ng::graph::KnowledgeGraph kg(3);
  ng::graph::merge_compact(g, kg);
  std::ostringstream json;
  ng::exporters::write_graph(json, kg, ng::exporters::Format::Json);
  (void)ng::graph::graph_stats(g, 3);
  if (g.node_count() == 0) return;
  ng::graph::NodeIndex last = static_cast<ng::graph::NodeIndex>(g.node_count() - 1);
  (void)ng::graph::find_neighbors(g, 0);
  ng::graph::PathOptions options;
  options.k = 3;
  (void)ng::graph::find_paths(g, 0, last, options);
  options.weighted = true;
  options.max_hops = 2;
  (void)ng::graph::find_paths(g, last, 0, options);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  for (bool resealed : {false, true}) {
    ng::test::AlignedBytes bytes(input);
    if (resealed) ng::test::reseal(bytes.span());
    for (bool evidence : {false, true}) {
      ng::graph::CompactGraph g;
      ng::graph::SnapshotReadOptions options;
      options.evidence = evidence;
      if (!ng::graph::read_snapshot(bytes.span(), "fuzz.ngx", g, options)) use(g);
    }
  }
  return 0;
}
