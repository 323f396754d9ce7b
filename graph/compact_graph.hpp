#pragma once
// CompactGraph: a read-only graph held in flat arrays, the form the queries (path, neighbors,
// stats) run on. Nodes are numbered in id order, edges listed in export order (source id,
// relation, target id), and each node's edges are reachable through two CSR indexes, one per
// direction, each sorted by (other end, heaviest first, relation). Strings are numbers into a
// string table; evidence and its strings are kept apart, so a query that needs no evidence
// never touches them.
//
// The arrays are plain fixed-width records: a graph built here in memory and one mapped from a
// snapshot file (graph/snapshot_reader.hpp) are the same thing, and no query copies either.
// What a file looks like on disk (header, sections, checksums) is not this header's business.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace ng::graph {

using NodeIndex = std::uint32_t;
using EdgeIndex = std::uint32_t;
using StringIndex = std::uint32_t;
/// An absent optional string (a speaker nobody named); distinct from the empty string.
inline constexpr StringIndex kNoString = 0xFFFFFFFFu;

struct CompactNode {
  StringIndex id = 0, label = 0;
  std::uint64_t statements = 0;
  std::uint64_t speakers_begin = 0;  // into CompactGraph::speakers
  std::uint32_t speakers_count = 0;
  std::uint8_t kind = 0;  // ActorKind
  std::uint8_t reserved[3] = {};
};

struct CompactEdge {
  NodeIndex source = 0, target = 0;
  double weight = 0;
  StringIndex first_date = 0, last_date = 0;  // "" when no statement had a date
  std::uint64_t dates_begin = 0;     // into CompactGraph::dates
  std::uint64_t evidence_begin = 0;  // into CompactGraph::evidence
  std::uint32_t dates_count = 0, evidence_count = 0;
  std::uint8_t relation = 0;  // RelationType
  std::uint8_t directed = 0;
  std::uint8_t reserved[6] = {};
};

struct CompactDate {
  StringIndex date = 0;
  std::uint32_t reserved = 0;
  std::uint64_t statements = 0;
};

/// One edge seen from one of its ends: the other end and the edge.
struct CompactArc {
  NodeIndex neighbor = 0;
  EdgeIndex edge = 0;
};

struct CompactEvidence {
  StringIndex doc = 0;
  std::int32_t sentence = 0;
  StringIndex text = 0, speaker = kNoString, date = 0, speaker_for = kNoString;
};

struct CompactLink {
  NodeIndex person = 0, actor = 0;  // a person-level `represents` link
};

/// Numbered strings: string i is bytes[offsets[i], offsets[i + 1]).
struct StringTable {
  std::span<const std::uint64_t> offsets;  // count + 1 entries
  std::span<const char> bytes;
  std::size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::string_view at(StringIndex i) const {
    return {bytes.data() + offsets[i], static_cast<std::size_t>(offsets[i + 1] - offsets[i])};
  }
};

struct CompactGraph {
  std::span<const CompactNode> nodes;
  std::span<const StringIndex> speakers;
  std::span<const CompactEdge> edges;
  std::span<const CompactDate> dates;
  std::span<const std::uint64_t> out_offsets, in_offsets;  // nodes + 1 entries each
  std::span<const CompactArc> out_arcs, in_arcs;
  std::span<const CompactLink> represents;
  StringTable strings;
  // Empty when the evidence was not asked for (a query without --explain).
  std::span<const CompactEvidence> evidence;
  StringTable evidence_strings;
  bool has_evidence = true;
  // Keeps the arrays alive: the vectors of a graph built in memory, or a file mapping.
  std::shared_ptr<const void> storage;

  std::size_t node_count() const { return nodes.size(); }
  std::size_t edge_count() const { return edges.size(); }
  std::string_view id(NodeIndex v) const { return strings.at(nodes[v].id); }
  std::string_view label(NodeIndex v) const { return strings.at(nodes[v].label); }
  ActorKind kind(NodeIndex v) const { return static_cast<ActorKind>(nodes[v].kind); }
  RelationType relation(EdgeIndex e) const { return static_cast<RelationType>(edges[e].relation); }
  std::span<const CompactArc> out(NodeIndex v) const {
    return out_arcs.subspan(out_offsets[v], out_offsets[v + 1] - out_offsets[v]);
  }
  std::span<const CompactArc> in(NodeIndex v) const {
    return in_arcs.subspan(in_offsets[v], in_offsets[v + 1] - in_offsets[v]);
  }
  /// The node with this id (binary search: nodes are in id order).
  std::optional<NodeIndex> find(std::string_view id) const;
  /// An edge's evidence as KnowledgeGraph holds it; empty when evidence was not loaded.
  std::vector<Evidence> evidence_of(EdgeIndex e) const;
  /// The same into `out`, reusing its strings' storage (writers call it once per edge).
  void evidence_into(EdgeIndex e, std::vector<Evidence>& out) const;
};

/// The compact form of `g`; it owns its arrays.
CompactGraph compact_graph(const KnowledgeGraph& g);

/// Merges `compact` into `into` as read_graph_json merges a graph file: node counts and
/// speakers add, edges merge under `into`'s evidence cap. `compact` must be valid (a graph
/// from compact_graph or one the snapshot reader accepted).
void merge_compact(const CompactGraph& compact, KnowledgeGraph& into);

}  // namespace ng::graph
