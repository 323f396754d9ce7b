#include "export/snapshot_writer.hpp"

#include <cstring>
#include <vector>

#include "graph/snapshot_format.hpp"

namespace ng::exporters {

namespace {

namespace snapshot = graph::snapshot;

template <typename T>
std::span<const std::byte> raw(std::span<const T> s) {
  return std::as_bytes(s);
}

}  // namespace

void write_snapshot(std::ostream& out, const graph::CompactGraph& g) {
  using snapshot::Section;
  // In the order of snapshot::Section, with each record's size.
  const std::span<const std::byte> sections[snapshot::kSectionCount] = {
      raw(g.nodes),   raw(g.speakers),  raw(g.edges),     raw(g.dates),      raw(g.out_offsets),
      raw(g.out_arcs), raw(g.in_offsets), raw(g.in_arcs), raw(g.represents), raw(g.strings.offsets),
      raw(g.strings.bytes), raw(g.evidence), raw(g.evidence_strings.offsets), raw(g.evidence_strings.bytes)};
  const std::size_t record_sizes[snapshot::kSectionCount] = {
      sizeof(graph::CompactNode), sizeof(graph::StringIndex), sizeof(graph::CompactEdge),
      sizeof(graph::CompactDate), 8, sizeof(graph::CompactArc), 8, sizeof(graph::CompactArc),
      sizeof(graph::CompactLink), 8, 1, sizeof(graph::CompactEvidence), 8, 1};
  auto padded = [](std::uint64_t size) { return (size + 7) / 8 * 8; };

  snapshot::SectionEntry table[snapshot::kSectionCount];
  std::uint64_t offset = snapshot::kDataOffset;
  for (std::size_t i = 0; i < snapshot::kSectionCount; ++i) {
    table[i].id = static_cast<std::uint32_t>(i);
    table[i].record_size = static_cast<std::uint32_t>(record_sizes[i]);
    table[i].offset = offset;
    table[i].count = sections[i].size() / record_sizes[i];
    table[i].checksum = snapshot::checksum(sections[i]);
    offset += padded(sections[i].size());
  }
  snapshot::Header header;
  header.file_size = offset;
  header.table_checksum = snapshot::checksum(std::as_bytes(std::span(table)));

  out.write(reinterpret_cast<const char*>(&header), sizeof header);
  out.write(reinterpret_cast<const char*>(table), sizeof table);
  static constexpr char kZeros[8] = {};
  for (const auto& s : sections) {
    out.write(reinterpret_cast<const char*>(s.data()), static_cast<std::streamsize>(s.size()));
    out.write(kZeros, static_cast<std::streamsize>(padded(s.size()) - s.size()));
  }
}

void write_snapshot(std::ostream& out, const graph::KnowledgeGraph& g) {
  write_snapshot(out, graph::compact_graph(g));
}

}  // namespace ng::exporters
