#pragma once
// The .ngx graph snapshot on disk, shared by its reader (graph/snapshot_reader) and its
// writer (export/snapshot_writer). A file is a header, a table of sections, then the
// sections, each 8-byte aligned: the arrays of a CompactGraph as they lie in memory, so a
// mapped file is queried where it lies. All numbers are little-endian (the header's byte
// order mark tells a file from another machine); the format is described in README
// "Graph snapshots".

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "graph/compact_graph.hpp"

namespace ng::graph::snapshot {

inline constexpr std::array<char, 8> kMagic = {'\x89', 'N', 'G', 'X', '\r', '\n', '\x1a', '\n'};
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::uint32_t kByteOrderMark = 0x01020304u;

/// The sections, in file order; the table lists each once, in this order.
enum class Section : std::uint32_t {
  Nodes, Speakers, Edges, Dates, OutOffsets, OutArcs, InOffsets, InArcs, Represents,
  StringOffsets, StringBytes, Evidence, EvidenceStringOffsets, EvidenceStringBytes, Count
};
inline constexpr std::size_t kSectionCount = static_cast<std::size_t>(Section::Count);

struct Header {
  std::array<char, 8> magic = kMagic;
  std::uint32_t version = kVersion;
  std::uint32_t byte_order = kByteOrderMark;
  std::uint64_t file_size = 0;
  std::uint32_t section_count = kSectionCount;
  std::uint32_t reserved = 0;
  std::uint64_t table_checksum = 0;  // of the section table that follows the header
};

struct SectionEntry {
  std::uint32_t id = 0;            // Section
  std::uint32_t record_size = 0;   // bytes per element, checked against this build's records
  std::uint64_t offset = 0;        // from the start of the file, a multiple of 8
  std::uint64_t count = 0;         // elements
  std::uint64_t checksum = 0;      // of the section's bytes
};

// The records are the file's layout: no implicit padding, the same size on every compiler.
static_assert(sizeof(CompactNode) == 32 && sizeof(CompactEdge) == 56 && sizeof(CompactDate) == 16 &&
              sizeof(CompactArc) == 8 && sizeof(CompactEvidence) == 24 && sizeof(CompactLink) == 8 &&
              sizeof(Header) == 40 && sizeof(SectionEntry) == 32);

inline constexpr std::size_t kTableOffset = sizeof(Header);
inline constexpr std::size_t kDataOffset = kTableOffset + kSectionCount * sizeof(SectionEntry);

/// A fast 64-bit checksum (FNV-style over 8-byte words, then the tail): it catches the
/// corruption a disk or a copy brings, at several GB/s. Not a defence against an attacker:
/// the reader checks every index and range on its own.
std::uint64_t checksum(std::span<const std::byte> bytes);

}  // namespace ng::graph::snapshot
