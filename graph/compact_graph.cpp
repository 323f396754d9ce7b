#include "graph/compact_graph.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace ng::graph {

namespace {

// Strings appended in order; `dedupe` shares repeated ones (ids, labels, dates), which the
// evidence text, nearly all distinct, would only pay a lookup for.
class StringTableBuilder {
 public:
  explicit StringTableBuilder(bool dedupe) : dedupe_(dedupe) { offsets_.push_back(0); }
  StringIndex add(std::string_view s) { return dedupe_ ? add_shared(s) : append(s); }
  StringIndex add_optional(const std::optional<std::string>& s) { return s ? add(*s) : kNoString; }
  void reserve(std::size_t strings, std::size_t bytes) {
    offsets_.reserve(strings + 1);
    bytes_.reserve(bytes);
  }
  std::vector<std::uint64_t> offsets_;
  std::vector<char> bytes_;

 private:
  StringIndex append(std::string_view s) {
    bytes_.insert(bytes_.end(), s.begin(), s.end());
    offsets_.push_back(bytes_.size());
    return static_cast<StringIndex>(offsets_.size() - 2);
  }
  std::string_view at(StringIndex i) const { return {bytes_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]}; }

  // Open addressing over this table's own bytes: a repeat (three million dates on the
  // benchmark graph) is compared with the copy here, close by in memory, not with its first
  // occurrence somewhere in the source graph's heap, as a map of string_views did (a third
  // of the time compact_graph took).
  StringIndex add_shared(std::string_view s) {
    if (2 * offsets_.size() > slots_.size()) grow();
    std::size_t hash = std::hash<std::string_view>()(s);
    auto tag = static_cast<std::uint32_t>(hash);
    for (std::size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& slot = slots_[i];
      if (slot.index == kNoString) {
        slot = Slot{append(s), tag};
        return slot.index;
      }
      if (slot.tag == tag && at(slot.index) == s) return slot.index;
    }
  }
  void grow() {
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(std::max<std::size_t>(1024, 2 * slots_.size())));
    for (const Slot& slot : old) {
      if (slot.index == kNoString) continue;
      std::size_t i = std::hash<std::string_view>()(at(slot.index)) & (slots_.size() - 1);
      while (slots_[i].index != kNoString) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = slot;
    }
  }

  struct Slot {
    StringIndex index = kNoString;  // kNoString: empty
    std::uint32_t tag = 0;          // the hash's low bits, compared before the bytes
  };
  bool dedupe_;
  std::vector<Slot> slots_;  // a power of two, at most half full
};

struct Owned {
  std::vector<CompactNode> nodes;
  std::vector<StringIndex> speakers;
  std::vector<CompactEdge> edges;
  std::vector<CompactDate> dates;
  std::vector<std::uint64_t> out_offsets, in_offsets;
  std::vector<CompactArc> out_arcs, in_arcs;
  std::vector<CompactLink> represents;
  std::vector<CompactEvidence> evidence;
  StringTableBuilder strings{true};
  StringTableBuilder evidence_strings{false};
};

// One CSR index: each node's arcs, by (other end, heaviest first, relation), the order in
// which the searches explore them and `neighbors` lists them.
void build_index(const std::vector<CompactEdge>& edges, std::size_t nodes, bool outgoing,
                 std::vector<std::uint64_t>& offsets, std::vector<CompactArc>& arcs) {
  offsets.assign(nodes + 1, 0);
  for (const CompactEdge& e : edges) ++offsets[(outgoing ? e.source : e.target) + 1];
  for (std::size_t v = 0; v < nodes; ++v) offsets[v + 1] += offsets[v];
  arcs.resize(edges.size());
  std::vector<std::uint64_t> next(offsets.begin(), offsets.end() - 1);
  for (EdgeIndex i = 0; i < edges.size(); ++i) {
    const CompactEdge& e = edges[i];
    arcs[next[outgoing ? e.source : e.target]++] = CompactArc{outgoing ? e.target : e.source, i};
  }
  for (std::size_t v = 0; v < nodes; ++v) {
    std::sort(arcs.begin() + static_cast<std::ptrdiff_t>(offsets[v]),
              arcs.begin() + static_cast<std::ptrdiff_t>(offsets[v + 1]),
              [&edges](const CompactArc& a, const CompactArc& b) {
                const CompactEdge &x = edges[a.edge], &y = edges[b.edge];
                return std::tie(a.neighbor, y.weight, x.relation) < std::tie(b.neighbor, x.weight, y.relation);
              });
  }
}

template <typename T>
std::span<const T> view(const std::vector<T>& v) {
  return {v.data(), v.size()};
}

}  // namespace

std::optional<NodeIndex> CompactGraph::find(std::string_view wanted) const {
  auto it = std::lower_bound(nodes.begin(), nodes.end(), wanted,
                             [this](const CompactNode& n, std::string_view key) { return strings.at(n.id) < key; });
  if (it == nodes.end() || strings.at(it->id) != wanted) return std::nullopt;
  return static_cast<NodeIndex>(it - nodes.begin());
}

std::vector<Evidence> CompactGraph::evidence_of(EdgeIndex e) const {
  std::vector<Evidence> out;
  evidence_into(e, out);
  return out;
}

void CompactGraph::evidence_into(EdgeIndex e, std::vector<Evidence>& out) const {
  if (!has_evidence) {
    out.clear();
    return;
  }
  const CompactEdge& edge = edges[e];
  out.resize(edge.evidence_count);
  auto set_optional = [this](std::optional<std::string>& to, StringIndex i) {
    if (i == kNoString) {
      to.reset();
    } else if (to) {
      to->assign(evidence_strings.at(i));
    } else {
      to.emplace(evidence_strings.at(i));
    }
  };
  for (std::uint32_t k = 0; k < edge.evidence_count; ++k) {
    const CompactEvidence& r = evidence[edge.evidence_begin + k];
    Evidence& to = out[k];
    to.doc.assign(evidence_strings.at(r.doc));
    to.sentence = r.sentence;
    to.text.assign(evidence_strings.at(r.text));
    set_optional(to.speaker, r.speaker);
    to.date.assign(evidence_strings.at(r.date));
    set_optional(to.speaker_for, r.speaker_for);
  }
}

CompactGraph compact_graph(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  auto owned = std::make_shared<Owned>();
  Owned& o = *owned;
  std::vector<Vertex> order = kg.sorted_vertices();
  std::vector<NodeIndex> rank(order.size());
  o.nodes.reserve(order.size());
  for (NodeIndex i = 0; i < order.size(); ++i) {
    const ActorNode& node = g[order[i]];
    rank[order[i]] = i;
    CompactNode n;
    n.id = o.strings.add(node.id);
    n.label = o.strings.add(node.label);
    n.kind = static_cast<std::uint8_t>(node.kind);
    n.statements = node.statements;
    n.speakers_begin = o.speakers.size();
    n.speakers_count = static_cast<std::uint32_t>(node.speakers.size());
    for (const std::string& speaker : node.speakers) o.speakers.push_back(o.strings.add(speaker));
    o.nodes.push_back(n);
  }
  std::vector<Edge> sorted = kg.sorted_edges();
  o.edges.reserve(sorted.size());
  // The evidence arrays are most of the bytes: sized once, not grown by doubling (each
  // doubling copies them and faults in fresh pages).
  std::size_t evidence = 0, evidence_bytes = 0, dates = 0;
  for (Edge e : sorted) {
    const RelationEdge& edge = g[e];
    evidence += edge.evidence.size();
    dates += edge.dates.size();
    for (const Evidence& ev : edge.evidence) {
      evidence_bytes += ev.doc.size() + ev.text.size() + ev.date.size() + (ev.speaker ? ev.speaker->size() : 0) +
                        (ev.speaker_for ? ev.speaker_for->size() : 0);
    }
  }
  o.evidence.reserve(evidence);
  o.evidence_strings.reserve(5 * evidence, evidence_bytes);
  o.dates.reserve(dates);
  for (Edge e : sorted) {
    const RelationEdge& edge = g[e];
    CompactEdge c;
    c.source = rank[boost::source(e, g)];
    c.target = rank[boost::target(e, g)];
    c.weight = edge.weight;
    c.relation = static_cast<std::uint8_t>(edge.relation);
    c.directed = edge.directed ? 1 : 0;
    c.first_date = o.strings.add(edge.first_date);
    c.last_date = o.strings.add(edge.last_date);
    c.dates_begin = o.dates.size();
    c.dates_count = static_cast<std::uint32_t>(edge.dates.size());
    for (const DateCount& d : edge.dates) o.dates.push_back(CompactDate{o.strings.add(d.date), 0, d.statements});
    c.evidence_begin = o.evidence.size();
    c.evidence_count = static_cast<std::uint32_t>(edge.evidence.size());
    for (const Evidence& ev : edge.evidence) {
      StringTableBuilder& s = o.evidence_strings;
      o.evidence.push_back(CompactEvidence{s.add(ev.doc), ev.sentence, s.add(ev.text), s.add_optional(ev.speaker),
                                           s.add(ev.date), s.add_optional(ev.speaker_for)});
    }
    o.edges.push_back(c);
  }
  build_index(o.edges, o.nodes.size(), true, o.out_offsets, o.out_arcs);
  build_index(o.edges, o.nodes.size(), false, o.in_offsets, o.in_arcs);
  for (const auto& [person, actor] : kg.represents()) {
    o.represents.push_back(CompactLink{rank[*kg.find(person)], rank[*kg.find(actor)]});
  }

  CompactGraph c;
  c.nodes = view(o.nodes);
  c.speakers = view(o.speakers);
  c.edges = view(o.edges);
  c.dates = view(o.dates);
  c.out_offsets = view(o.out_offsets);
  c.in_offsets = view(o.in_offsets);
  c.out_arcs = view(o.out_arcs);
  c.in_arcs = view(o.in_arcs);
  c.represents = view(o.represents);
  c.strings = StringTable{view(o.strings.offsets_), view(o.strings.bytes_)};
  c.evidence = view(o.evidence);
  c.evidence_strings = StringTable{view(o.evidence_strings.offsets_), view(o.evidence_strings.bytes_)};
  c.storage = std::move(owned);
  return c;
}

void merge_compact(const CompactGraph& c, KnowledgeGraph& into) {
  // Into an empty graph each node's vertex is its index and the edges, already in export
  // order, are appended without an index lookup, as the JSON reader does for sorted files.
  bool direct = boost::num_vertices(into.graph()) == 0;
  std::vector<Vertex> mapped(c.node_count());
  for (NodeIndex v = 0; v < c.node_count(); ++v) {
    const CompactNode& n = c.nodes[v];
    mapped[v] = into.add_actor(Actor{std::string(c.id(v)), std::string(c.label(v)), c.kind(v)});
    std::set<std::string> speakers;
    for (StringIndex s : c.speakers.subspan(n.speakers_begin, n.speakers_count)) {
      speakers.emplace_hint(speakers.end(), c.strings.at(s));
    }
    into.add_node_counts(mapped[v], n.statements, speakers);
  }
  if (direct) into.reserve(c.node_count(), c.edge_count());
  for (EdgeIndex e = 0; e < c.edge_count(); ++e) {
    const CompactEdge& ce = c.edges[e];
    RelationEdge edge;
    edge.relation = c.relation(e);
    edge.directed = ce.directed != 0;
    edge.weight = ce.weight;
    edge.first_date = c.strings.at(ce.first_date);
    edge.last_date = c.strings.at(ce.last_date);
    edge.dates.reserve(ce.dates_count);
    for (const CompactDate& d : c.dates.subspan(ce.dates_begin, ce.dates_count)) {
      edge.dates.push_back(DateCount{std::string(c.strings.at(d.date)), d.statements});
    }
    edge.evidence = c.evidence_of(e);
    if (direct) {
      into.append_edge(mapped[ce.source], mapped[ce.target], std::move(edge));
    } else {
      into.add_edge(mapped[ce.source], mapped[ce.target], std::move(edge));
    }
  }
  for (const CompactLink& link : c.represents) into.add_represents(mapped[link.person], mapped[link.actor]);
}

}  // namespace ng::graph
