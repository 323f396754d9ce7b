#pragma once
// Test helpers for snapshot bytes: a graph's snapshot in an 8-byte aligned buffer (as a
// mapping would be), and resealing, which recomputes the checksums after a test or the fuzzer
// has changed bytes, so that the change reaches the reader's structural checks.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "graph/snapshot_format.hpp"

namespace ng::test {

/// Bytes in 8-byte aligned storage.
struct AlignedBytes {
  std::vector<std::uint64_t> words;
  std::size_t size = 0;
  explicit AlignedBytes(std::string_view bytes) : words((bytes.size() + 7) / 8), size(bytes.size()) {
    if (!bytes.empty()) std::memcpy(words.data(), bytes.data(), bytes.size());
  }
  std::span<std::byte> span() { return {reinterpret_cast<std::byte*>(words.data()), size}; }
};

/// Recomputes every section checksum the table can point at, then the table's own.
inline void reseal(std::span<std::byte> bytes) {
  namespace s = graph::snapshot;
  if (bytes.size() < s::kDataOffset) return;
  auto* table = reinterpret_cast<s::SectionEntry*>(bytes.data() + s::kTableOffset);
  for (std::size_t i = 0; i < s::kSectionCount; ++i) {
    s::SectionEntry& e = table[i];
    if (e.record_size == 0 || e.offset > bytes.size() || e.count > (bytes.size() - e.offset) / e.record_size) continue;
    e.checksum = s::checksum(bytes.subspan(e.offset, e.count * e.record_size));
  }
  auto* header = reinterpret_cast<s::Header*>(bytes.data());
  header->table_checksum = s::checksum(bytes.subspan(s::kTableOffset, s::kSectionCount * sizeof(s::SectionEntry)));
}

}  // namespace ng::test
