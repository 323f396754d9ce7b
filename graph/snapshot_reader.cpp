#include "graph/snapshot_reader.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <tuple>

#include "graph/snapshot_format.hpp"

namespace ng::graph {

namespace {

using snapshot::Section;
using snapshot::SectionEntry;

constexpr const char* kSectionNames[] = {
    "nodes",          "speakers",  "edges",           "dates",
    "out-offsets",    "out-arcs",  "in-offsets",      "in-arcs",
    "represents",     "string-offsets", "string-bytes", "evidence",
    "evidence-string-offsets", "evidence-string-bytes"};
static_assert(std::size(kSectionNames) == snapshot::kSectionCount);

constexpr std::size_t kRecordSizes[] = {
    sizeof(CompactNode),   sizeof(StringIndex), sizeof(CompactEdge),     sizeof(CompactDate),
    sizeof(std::uint64_t), sizeof(CompactArc),  sizeof(std::uint64_t),   sizeof(CompactArc),
    sizeof(CompactLink),   sizeof(std::uint64_t), 1, sizeof(CompactEvidence),
    sizeof(std::uint64_t), 1};
static_assert(std::size(kRecordSizes) == snapshot::kSectionCount);

bool is_evidence_section(std::size_t i) {
  return i >= static_cast<std::size_t>(Section::Evidence);
}

// Checks one snapshot; each method returns false after setting `error`.
class Checker {
 public:
  Checker(std::span<const std::byte> bytes, const SnapshotReadOptions& options)
      : bytes_(bytes), options_(options) {}

  bool run(CompactGraph& out) {
    return header() && table() && strings(Section::StringOffsets, Section::StringBytes, out.strings) &&
           nodes(out) && edges(out) && index(out, true) && index(out, false) && links(out) &&
           evidence(out);
  }
  const std::string& error() const { return error_; }

 private:
  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }
  std::string name(Section s) const { return kSectionNames[static_cast<std::size_t>(s)]; }

  bool header() {
    if (reinterpret_cast<std::uintptr_t>(bytes_.data()) % 8 != 0) return fail("internal: buffer not 8-byte aligned");
    if (bytes_.size() < sizeof(snapshot::Header)) {
      return fail("truncated: " + std::to_string(bytes_.size()) + " bytes, shorter than a snapshot header");
    }
    std::memcpy(&header_, bytes_.data(), sizeof header_);
    if (header_.magic != snapshot::kMagic) return fail("not a newsgraph snapshot (bad magic number)");
    if (header_.byte_order == __builtin_bswap32(snapshot::kByteOrderMark)) {
      return fail("written on a machine of the other byte order; convert it there to a graph .json "
                  "(newsgraph build FILE -o graph.json) and build the snapshot from that");
    }
    if (header_.byte_order != snapshot::kByteOrderMark) return fail("corrupt header (bad byte order mark)");
    if (header_.version != snapshot::kVersion) {
      return fail("snapshot version " + std::to_string(header_.version) + "; this newsgraph reads version " +
                  std::to_string(snapshot::kVersion) + " (rebuild it from the graph .json)");
    }
    if (header_.file_size != bytes_.size()) {
      return fail((header_.file_size > bytes_.size() ? "truncated: the header says " : "the header says ") +
                  std::to_string(header_.file_size) + " bytes, the file has " + std::to_string(bytes_.size()));
    }
    if (header_.section_count != snapshot::kSectionCount) {
      return fail("corrupt header: " + std::to_string(header_.section_count) + " sections, expected " +
                  std::to_string(snapshot::kSectionCount));
    }
    if (bytes_.size() < snapshot::kDataOffset) return fail("truncated: the section table is incomplete");
    return true;
  }

  bool table() {
    auto raw = bytes_.subspan(snapshot::kTableOffset, snapshot::kSectionCount * sizeof(SectionEntry));
    if (snapshot::checksum(raw) != header_.table_checksum) return fail("corrupt section table (checksum mismatch)");
    std::memcpy(entries_, raw.data(), raw.size());
    for (std::size_t i = 0; i < snapshot::kSectionCount; ++i) {
      const SectionEntry& e = entries_[i];
      std::string what = "section " + std::string(kSectionNames[i]);
      if (e.id != i) return fail("corrupt section table (entry " + std::to_string(i) + ")");
      if (e.record_size != kRecordSizes[i]) {
        return fail(what + ": records of " + std::to_string(e.record_size) + " bytes, expected " +
                    std::to_string(kRecordSizes[i]));
      }
      if (e.offset % 8 != 0 || e.offset < snapshot::kDataOffset || e.offset > bytes_.size() ||
          e.count > (bytes_.size() - e.offset) / e.record_size) {
        return fail(what + ": outside the file (truncated or corrupt)");
      }
      if (is_evidence_section(i) && !options_.evidence) continue;
      if (snapshot::checksum(raw_section(i)) != e.checksum) return fail(what + ": checksum mismatch (the file is corrupt)");
    }
    return true;
  }

  std::span<const std::byte> raw_section(std::size_t i) const {
    return bytes_.subspan(entries_[i].offset, entries_[i].count * entries_[i].record_size);
  }
  template <typename T>
  std::span<const T> section(Section s) const {
    const SectionEntry& e = entries_[static_cast<std::size_t>(s)];
    return {reinterpret_cast<const T*>(bytes_.data() + e.offset), static_cast<std::size_t>(e.count)};
  }
  std::uint64_t count(Section s) const { return entries_[static_cast<std::size_t>(s)].count; }

  bool strings(Section offsets_section, Section bytes_section, StringTable& table) {
    auto offsets = section<std::uint64_t>(offsets_section);
    auto chars = section<char>(bytes_section);
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != chars.size()) {
      return fail("section " + name(offsets_section) + ": does not cover " + name(bytes_section));
    }
    for (std::size_t i = 1; i < offsets.size(); ++i) {
      if (offsets[i] < offsets[i - 1]) return fail("section " + name(offsets_section) + ": offsets go backwards");
    }
    table = StringTable{offsets, chars};
    return true;
  }

  bool string_ok(StringIndex i, const StringTable& table) const { return i < table.size(); }
  static bool range_ok(std::uint64_t begin, std::uint64_t length, std::uint64_t size) {
    return begin <= size && length <= size - begin;
  }

  bool nodes(CompactGraph& out) {
    auto nodes = section<CompactNode>(Section::Nodes);
    auto speakers = section<StringIndex>(Section::Speakers);
    if (nodes.size() >= kNoString) return fail("too many nodes");
    for (std::size_t v = 0; v < nodes.size(); ++v) {
      const CompactNode& n = nodes[v];
      std::string at = "node " + std::to_string(v);
      if (!string_ok(n.id, out.strings) || !string_ok(n.label, out.strings)) return fail(at + ": string out of range");
      if (n.kind > static_cast<std::uint8_t>(ActorKind::Unknown)) return fail(at + ": unknown kind " + std::to_string(n.kind));
      if (!range_ok(n.speakers_begin, n.speakers_count, speakers.size())) return fail(at + ": speakers out of range");
      // Ids strictly ascending: find() searches them, and node order is id order.
      if (v > 0 && !(out.strings.at(nodes[v - 1].id) < out.strings.at(n.id))) return fail(at + ": ids not in ascending order");
    }
    for (StringIndex s : speakers) {
      if (!string_ok(s, out.strings)) return fail("section speakers: string out of range");
    }
    out.nodes = nodes;
    out.speakers = speakers;
    return true;
  }

  bool edges(CompactGraph& out) {
    auto edges = section<CompactEdge>(Section::Edges);
    auto dates = section<CompactDate>(Section::Dates);
    std::uint64_t evidence_count = count(Section::Evidence);
    const std::size_t n = out.nodes.size();
    if (edges.size() >= 0xFFFFFFFFu) return fail("too many edges");
    for (const CompactDate& d : dates) {
      if (!string_ok(d.date, out.strings)) return fail("section dates: string out of range");
    }
    for (std::size_t i = 0; i < edges.size(); ++i) {
      const CompactEdge& e = edges[i];
      auto at = [i] { return "edge " + std::to_string(i); };
      if (e.source >= n || e.target >= n || e.source == e.target) return fail(at() + ": bad ends");
      if (e.relation > static_cast<std::uint8_t>(RelationType::Urges)) return fail(at() + ": unknown relation");
      auto relation = static_cast<RelationType>(e.relation);
      if (e.directed != (is_symmetric(relation) ? 0 : 1)) return fail(at() + ": direction does not match the relation");
      if (is_symmetric(relation) && e.source > e.target) return fail(at() + ": tie ends not in id order");
      if (!(e.weight > 0) || !std::isfinite(e.weight)) return fail(at() + ": weight must be a positive number");
      if (!string_ok(e.first_date, out.strings) || !string_ok(e.last_date, out.strings)) {
        return fail(at() + ": string out of range");
      }
      if (!range_ok(e.dates_begin, e.dates_count, dates.size())) return fail(at() + ": dates out of range");
      if (!range_ok(e.evidence_begin, e.evidence_count, evidence_count)) return fail(at() + ": evidence out of range");
      for (std::size_t d = 1; d < e.dates_count; ++d) {
        if (!(out.strings.at(dates[e.dates_begin + d - 1].date) < out.strings.at(dates[e.dates_begin + d].date))) {
          return fail(at() + ": dates not in ascending order");
        }
      }
      // Export order, each edge once: what merging and converting back rely on.
      if (i > 0 && !(std::tie(edges[i - 1].source, edges[i - 1].relation, edges[i - 1].target) <
                     std::tie(e.source, e.relation, e.target))) {
        return fail(at() + ": edges not in (source, relation, target) order");
      }
    }
    out.edges = edges;
    out.dates = dates;
    return true;
  }

  bool index(CompactGraph& out, bool outgoing) {
    Section offsets_section = outgoing ? Section::OutOffsets : Section::InOffsets;
    Section arcs_section = outgoing ? Section::OutArcs : Section::InArcs;
    auto offsets = section<std::uint64_t>(offsets_section);
    auto arcs = section<CompactArc>(arcs_section);
    std::string what = "section " + name(offsets_section);
    if (offsets.size() != out.nodes.size() + 1 || offsets.front() != 0 || offsets.back() != arcs.size() ||
        arcs.size() != out.edges.size()) {
      return fail(what + ": does not index the edges");
    }
    for (std::size_t v = 0; v < out.nodes.size(); ++v) {
      if (offsets[v + 1] < offsets[v]) return fail(what + ": offsets go backwards");
    }
    for (std::size_t v = 0; v < out.nodes.size(); ++v) {
      for (std::uint64_t a = offsets[v]; a < offsets[v + 1]; ++a) {
        const CompactArc& arc = arcs[a];
        if (arc.edge >= out.edges.size()) return fail("section " + name(arcs_section) + ": edge out of range");
        const CompactEdge& e = out.edges[arc.edge];
        if ((outgoing ? e.source : e.target) != v || (outgoing ? e.target : e.source) != arc.neighbor) {
          return fail("section " + name(arcs_section) + ": arc does not match its edge");
        }
      }
    }
    (outgoing ? out.out_offsets : out.in_offsets) = offsets;
    (outgoing ? out.out_arcs : out.in_arcs) = arcs;
    return true;
  }

  bool links(CompactGraph& out) {
    auto links = section<CompactLink>(Section::Represents);
    for (const CompactLink& l : links) {
      if (l.person >= out.nodes.size() || l.actor >= out.nodes.size()) return fail("section represents: node out of range");
    }
    out.represents = links;
    return true;
  }

  bool evidence(CompactGraph& out) {
    out.has_evidence = options_.evidence;
    if (!options_.evidence) return true;
    if (!strings(Section::EvidenceStringOffsets, Section::EvidenceStringBytes, out.evidence_strings)) return false;
    auto records = section<CompactEvidence>(Section::Evidence);
    const StringTable& s = out.evidence_strings;
    for (const CompactEvidence& r : records) {
      bool optional_ok = (r.speaker == kNoString || string_ok(r.speaker, s)) &&
                         (r.speaker_for == kNoString || string_ok(r.speaker_for, s));
      if (!string_ok(r.doc, s) || !string_ok(r.text, s) || !string_ok(r.date, s) || !optional_ok) {
        return fail("section evidence: string out of range");
      }
    }
    out.evidence = records;
    return true;
  }

  std::span<const std::byte> bytes_;
  const SnapshotReadOptions& options_;
  snapshot::Header header_;
  SectionEntry entries_[snapshot::kSectionCount];
  std::string error_;
};

struct Mapping {
  void* data = nullptr;
  std::size_t size = 0;
  ~Mapping() {
    if (data != nullptr) ::munmap(data, size);
  }
};

}  // namespace

bool is_snapshot(std::span<const std::byte> head) {
  return head.size() >= snapshot::kMagic.size() &&
         std::memcmp(head.data(), snapshot::kMagic.data(), snapshot::kMagic.size()) == 0;
}

bool is_snapshot_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::byte head[snapshot::kMagic.size()];
  return in.read(reinterpret_cast<char*>(head), sizeof head) && is_snapshot(head);
}

std::optional<std::string> read_snapshot(std::span<const std::byte> bytes, std::string_view origin,
                                         CompactGraph& out, const SnapshotReadOptions& options) {
  Checker checker(bytes, options);
  CompactGraph graph;
  if (!checker.run(graph)) return std::string(origin) + ": " + checker.error();
  graph.storage = out.storage;
  out = std::move(graph);
  return std::nullopt;
}

std::optional<std::string> map_snapshot(const std::string& path, CompactGraph& out,
                                        const SnapshotReadOptions& options) {
  auto why = [&](int error) { return path + ": " + std::strerror(error); };
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return why(errno);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int error = errno;
    ::close(fd);
    return why(error);
  }
  auto mapping = std::make_shared<Mapping>();
  mapping->size = static_cast<std::size_t>(st.st_size);
  if (mapping->size > 0) {
    void* data = ::mmap(nullptr, mapping->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) {
      int error = errno;
      ::close(fd);
      return why(error);
    }
    mapping->data = data;
  }
  ::close(fd);
  static const std::uint64_t kEmpty = 0;  // an aligned address for an empty file
  std::span<const std::byte> bytes(mapping->data ? static_cast<const std::byte*>(mapping->data)
                                                 : reinterpret_cast<const std::byte*>(&kEmpty),
                                   mapping->size);
  CompactGraph graph;
  graph.storage = mapping;
  if (auto error = read_snapshot(bytes, path, graph, options)) return error;
  out = std::move(graph);
  return std::nullopt;
}

}  // namespace ng::graph
