#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ng::graph {

namespace {

// Undated evidence sorts last, so that dated records are the ones kept under the cap.
using EvidenceKey = std::tuple<bool, const std::string&, const std::string&, int,
                               const std::optional<std::string>&, const std::string&,
                               const std::optional<std::string>&>;

EvidenceKey evidence_key(const Evidence& e) {
  return EvidenceKey(e.date.empty(), e.date, e.doc, e.sentence, e.speaker, e.text, e.speaker_for);
}

bool same_evidence(const Evidence& a, const Evidence& b) {
  return a.date == b.date && a.doc == b.doc && a.sentence == b.sentence &&
         a.speaker == b.speaker && a.text == b.text && a.speaker_for == b.speaker_for;
}

void widen_dates(RelationEdge& edge, const std::string& first, const std::string& last) {
  if (!first.empty() && (edge.first_date.empty() || first < edge.first_date)) {
    edge.first_date = first;
  }
  if (!last.empty() && (edge.last_date.empty() || last > edge.last_date)) {
    edge.last_date = last;
  }
}

}  // namespace

std::string person_id(std::string_view name) {
  std::string id;
  for (unsigned char c : name) {
    if (std::isalnum(c)) {
      id += static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      id += static_cast<char>(c);  // keep non-ASCII letters as they are
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id.empty() ? std::string("person") : id;
}

void add_date_count(std::vector<DateCount>& dates, const std::string& date, std::uint64_t statements) {
  if (date.empty() || statements == 0) return;
  auto pos = std::lower_bound(dates.begin(), dates.end(), date,
                              [](const DateCount& d, const std::string& key) { return d.date < key; });
  if (pos != dates.end() && pos->date == date) {
    pos->statements += statements;
  } else {
    dates.insert(pos, DateCount{date, statements});
  }
}

bool evidence_less(const Evidence& a, const Evidence& b) {
  return evidence_key(a) < evidence_key(b);
}

KnowledgeGraph::KnowledgeGraph(std::size_t max_evidence) : max_evidence_(max_evidence) {}

Vertex KnowledgeGraph::add_actor(const Actor& actor) {
  auto it = index_.find(actor.id);
  if (it != index_.end()) {
    ActorNode& node = graph_[it->second];
    if (node.kind == ActorKind::Unknown && actor.kind != ActorKind::Unknown) {
      node.kind = actor.kind;
      if (!actor.label.empty()) node.label = actor.label;
    } else if (node.label.empty()) {
      node.label = actor.label;
    }
    return it->second;
  }
  ActorNode node;
  node.id = actor.id;
  node.label = actor.label.empty() ? actor.id : actor.label;
  node.kind = actor.kind;
  Vertex v = boost::add_vertex(std::move(node), graph_);
  index_.emplace(actor.id, v);
  return v;
}

void KnowledgeGraph::add_node_counts(Vertex v, std::uint64_t statements,
                                     const std::set<std::string>& speakers) {
  ActorNode& node = graph_[v];
  node.statements += statements;
  node.speakers.insert(speakers.begin(), speakers.end());
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

Edge KnowledgeGraph::edge_for(Vertex source, Vertex target, RelationType relation) {
  // relations.md: has-ties-with is one undirected edge per pair, ends in id order.
  if (is_symmetric(relation) && graph_[target].id < graph_[source].id) std::swap(source, target);
  EdgeKey key{source, target, relation};
  if (edge_index_stale_) {
    edge_index_.clear();
    edge_index_.reserve(boost::num_edges(graph_));
    for (auto [it, end] = boost::edges(graph_); it != end; ++it) {
      edge_index_.emplace(EdgeKey{boost::source(*it, graph_), boost::target(*it, graph_), graph_[*it].relation}, *it);
    }
    edge_index_stale_ = false;
  }
  auto it = edge_index_.find(key);
  if (it != edge_index_.end()) return it->second;
  RelationEdge edge;
  edge.relation = relation;
  edge.directed = !is_symmetric(relation);
  Edge e = boost::add_edge(source, target, std::move(edge), graph_).first;
  edge_index_.emplace(key, e);
  return e;
}

void KnowledgeGraph::merge_evidence(RelationEdge& edge, const Evidence& evidence) const {
  auto& kept = edge.evidence;
  auto pos = std::lower_bound(kept.begin(), kept.end(), evidence, evidence_less);
  if (pos != kept.end() && same_evidence(*pos, evidence)) return;
  if (kept.size() >= max_evidence_ && pos == kept.end()) return;
  kept.insert(pos, evidence);
  if (kept.size() > max_evidence_) kept.pop_back();
}

bool KnowledgeGraph::add(const Statement& statement) {
  // relations.md: an actor never has an edge to itself.
  if (statement.source.id == statement.target.id) return false;
  if (keep_ && !keep_(statement)) return false;
  const std::optional<std::string>& speaker = statement.evidence.speaker;
  const std::optional<std::string>& speaker_for = statement.evidence.speaker_for;
  bool has_speaker = speaker && !speaker->empty();
  bool person_speaks = level_ == Level::Person && has_speaker && speaker_for &&
                       *speaker_for == statement.source.id;
  Vertex source = add_actor(statement.source);
  Vertex target = add_actor(statement.target);
  if (has_speaker && speaker_for) {
    // Only the actor the speaker speaks for gains them as a speaker.
    if (*speaker_for == statement.source.id) graph_[source].speakers.insert(*speaker);
    if (*speaker_for == statement.target.id) graph_[target].speakers.insert(*speaker);
  }
  if (person_speaks) {
    Vertex actor = source;
    Actor person = person_resolver_ ? person_resolver_(*speaker) : Actor{person_id(*speaker), *speaker, ActorKind::Person};
    if (person.id == statement.target.id) return false;
    source = add_actor(person);
    add_represents(source, actor);
  }
  Edge e = edge_for(source, target, statement.relation);
  RelationEdge& edge = graph_[e];
  edge.weight += 1;
  widen_dates(edge, statement.evidence.date, statement.evidence.date);
  add_date_count(edge.dates, statement.evidence.date, 1);
  merge_evidence(edge, statement.evidence);
  graph_[source].statements += 1;
  graph_[target].statements += 1;
  return true;
}

void KnowledgeGraph::reserve(std::size_t actors, std::size_t edges) {
  index_.reserve(actors);
  edge_index_.reserve(edges);
}

void KnowledgeGraph::clear() {
  graph_.clear();
  index_.clear();
  edge_index_.clear();
  edge_index_stale_ = false;
  represents_.clear();
}

void KnowledgeGraph::add_represents(Vertex person, Vertex actor) {
  if (person == actor) return;
  represents_.emplace(graph_[person].id, graph_[actor].id);
}

void KnowledgeGraph::add_edge(std::string_view source_id, std::string_view target_id,
                              const RelationEdge& incoming) {
  if (source_id == target_id) return;
  Vertex source = add_actor(Actor{std::string(source_id), std::string(source_id), ActorKind::Unknown});
  Vertex target = add_actor(Actor{std::string(target_id), std::string(target_id), ActorKind::Unknown});
  merge_edge(source, target, incoming);
}

void KnowledgeGraph::add_edge(Vertex source, Vertex target, const RelationEdge& incoming) {
  merge_edge(source, target, incoming);
}

void KnowledgeGraph::add_edge(Vertex source, Vertex target, RelationEdge&& incoming) {
  merge_edge(source, target, std::move(incoming));
}

void KnowledgeGraph::append_edge(Vertex source, Vertex target, RelationEdge&& incoming) {
  if (source == target) return;
  RelationEdge fresh;
  fresh.relation = incoming.relation;
  fresh.directed = !is_symmetric(incoming.relation);
  Edge e = boost::add_edge(source, target, std::move(fresh), graph_).first;
  edge_index_stale_ = true;
  absorb(e, std::move(incoming));
}

template <typename EdgeRef>
void KnowledgeGraph::merge_edge(Vertex source, Vertex target, EdgeRef&& incoming) {
  if (source == target) return;
  absorb(edge_for(source, target, incoming.relation), std::forward<EdgeRef>(incoming));
}

template <typename EdgeRef>
void KnowledgeGraph::absorb(Edge e, EdgeRef&& incoming) {
  RelationEdge& edge = graph_[e];
  bool fresh = edge.weight == 0 && edge.evidence.empty();
  edge.weight += incoming.weight;
  widen_dates(edge, incoming.first_date, incoming.last_date);
  if constexpr (std::is_rvalue_reference_v<EdgeRef&&>) {
    if (fresh) {
      edge.dates = std::move(incoming.dates);
      // A new edge takes the evidence list whole: sorted, deduplicated, capped.
      edge.evidence = std::move(incoming.evidence);
      auto& kept = edge.evidence;
      // A graph file lists each edge's evidence strictly ascending (sorted, no repeats):
      // one pass proves it; sorting and deduplicating compared strings several times more.
      auto not_ascending = [](const Evidence& a, const Evidence& b) { return !evidence_less(a, b); };
      if (std::adjacent_find(kept.begin(), kept.end(), not_ascending) != kept.end()) {
        std::sort(kept.begin(), kept.end(), evidence_less);
        kept.erase(std::unique(kept.begin(), kept.end(), same_evidence), kept.end());
      }
      if (kept.size() > max_evidence_) kept.resize(max_evidence_);
      return;
    }
  }
  for (const DateCount& d : incoming.dates) add_date_count(edge.dates, d.date, d.statements);
  for (const Evidence& evidence : incoming.evidence) merge_evidence(edge, evidence);
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  const Graph& g = other.graph_;
  std::vector<Vertex> mapped(boost::num_vertices(g));
  for (Vertex v : other.sorted_vertices()) {
    const ActorNode& node = g[v];
    mapped[v] = add_actor(Actor{node.id, node.label, node.kind});
    add_node_counts(mapped[v], node.statements, node.speakers);
  }
  for (Edge e : other.sorted_edges()) {
    merge_edge(mapped[boost::source(e, g)], mapped[boost::target(e, g)], g[e]);
  }
  represents_.insert(other.represents_.begin(), other.represents_.end());
}

std::vector<Vertex> KnowledgeGraph::sorted_vertices() const {
  std::vector<Vertex> out(boost::vertices(graph_).first, boost::vertices(graph_).second);
  std::sort(out.begin(), out.end(),
            [this](Vertex a, Vertex b) { return graph_[a].id < graph_[b].id; });
  return out;
}

std::vector<Edge> KnowledgeGraph::sorted_edges() const {
  // Ordered by (source id, relation, target id). Ids are unique, so a vertex's rank in id
  // order stands in for its id: integer keys sort a million edges 5x faster than strings.
  std::vector<std::size_t> rank(boost::num_vertices(graph_));
  std::size_t next = 0;
  for (Vertex v : sorted_vertices()) rank[v] = next++;
  struct Keyed {
    std::size_t source;
    RelationType relation;
    std::size_t target;
    Edge edge;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(boost::num_edges(graph_));
  for (auto [it, end] = boost::edges(graph_); it != end; ++it) {
    keyed.push_back({rank[boost::source(*it, graph_)], graph_[*it].relation,
                     rank[boost::target(*it, graph_)], *it});
  }
  auto less = [](const Keyed& a, const Keyed& b) {
    return std::tie(a.source, a.relation, a.target) < std::tie(b.source, b.relation, b.target);
  };
  // A graph read from a file `build` wrote holds its edges in this order already: one pass
  // proves it, where sorting would still compare each edge some twenty times.
  if (!std::is_sorted(keyed.begin(), keyed.end(), less)) std::sort(keyed.begin(), keyed.end(), less);
  std::vector<Edge> out;
  out.reserve(keyed.size());
  for (const Keyed& k : keyed) out.push_back(k.edge);
  return out;
}

}  // namespace ng::graph
