#pragma once
// Reads a .ngx graph snapshot (graph/snapshot_format.hpp) without parsing: the file is
// mapped and checked (header, byte order, version, section bounds and checksums, then every
// index and range), and the CompactGraph it gives points into the mapping. A snapshot that
// fails any check is an error message, never a crash: the file may be truncated, corrupt, from
// another version or another machine.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "graph/compact_graph.hpp"

namespace ng::graph {

struct SnapshotReadOptions {
  // Queries without --explain leave the evidence sections unread (not even checksummed).
  bool evidence = true;
};

/// True when `head` starts with the snapshot magic (8 bytes suffice).
bool is_snapshot(std::span<const std::byte> head);
/// True when the file at `path` starts with the snapshot magic; false when it cannot be read.
bool is_snapshot_file(const std::string& path);

/// Checks `bytes` (8-byte aligned; they must outlive `out`) and points `out` into them. On a
/// bad snapshot returns a message starting with `origin` and leaves `out` untouched.
std::optional<std::string> read_snapshot(std::span<const std::byte> bytes, std::string_view origin,
                                         CompactGraph& out, const SnapshotReadOptions& options = {});

/// Maps the file at `path` and reads it as read_snapshot does; `out` keeps the mapping.
std::optional<std::string> map_snapshot(const std::string& path, CompactGraph& out,
                                        const SnapshotReadOptions& options = {});

}  // namespace ng::graph
