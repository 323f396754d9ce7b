#pragma once
// KnowledgeGraph: the Boost.Graph adjacency_list of actors and typed, weighted edges,
// with an id -> vertex index. One edge per (source, relation, target); has-ties-with is
// one undirected edge per pair, stored with its ends in id order (relations.md).
// Everything here is derivable from statements, so map/reduce through them stays exact.

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/statement.hpp"

namespace ng::graph {

struct ActorNode {
  std::string id;
  std::string label;
  ActorKind kind = ActorKind::Unknown;
  std::uint64_t statements = 0;    // how many statements it takes part in
  std::set<std::string> speakers;  // persons who spoke for it
};

/// How many of an edge's statements fall on one document date: GEXF's timeline draws them.
struct DateCount {
  std::string date;  // ISO, as the documents give it
  std::uint64_t statements = 0;
  bool operator==(const DateCount&) const = default;
};

struct RelationEdge {
  RelationType relation = RelationType::HasTiesWith;
  double weight = 0;              // number of supporting statements
  bool directed = true;           // false for has-ties-with
  std::string first_date;         // ISO, "" when no statement had a date
  std::string last_date;
  // Statements per date, ascending by date; undated statements are not counted. Unlike the
  // evidence it is never capped, so the timeline's weights add up to the statements dated.
  std::vector<DateCount> dates;
  std::vector<Evidence> evidence; // at most max_evidence, the smallest by evidence_less
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorNode,
                                    RelationEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

/// The total order that picks which evidence an edge keeps: (date, doc, sentence, speaker,
/// text), undated last. Keeping the smallest makes the choice independent of input order.
bool evidence_less(const Evidence& a, const Evidence& b);

/// Adds `statements` on `date` to a list kept ascending by date (no-op for an empty date).
void add_date_count(std::vector<DateCount>& dates, const std::string& date, std::uint64_t statements);

/// relations.md: by default the graph is drawn at the actor level (a person's statement is
/// their actor's); the person level keeps speakers as nodes with a `represents` link.
enum class Level { Actor, Person };

/// A person's node id when no resolver is set: the slug of the name, ASCII letters lowercased
/// and other bytes kept ("Alexander Mantytskiy" -> "alexander-mantytskiy"). `newsgraph`
/// sets ingest::PersonIds instead (the dictionary's id, or an ICU-folded ASCII slug).
std::string person_id(std::string_view name);

/// Makes a speaker's name into the person's node (id, label, kind person).
using PersonResolver = std::function<Actor(std::string_view name)>;

class KnowledgeGraph {
 public:
  explicit KnowledgeGraph(std::size_t max_evidence = 20);

  /// Person level: a statement whose speaker speaks for its source (evidence.speaker_for ==
  /// source id) becomes the person's edge, and the person gets a `represents` link to the
  /// actor. Set before adding statements.
  void set_level(Level level) { level_ = level; }
  Level level() const { return level_; }
  /// How the person level names persons; by default person_id(name) and the name.
  void set_person_resolver(PersonResolver resolve) { person_resolver_ = std::move(resolve); }
  /// Statements `keep` rejects are not added (filters applied while building).
  void set_statement_filter(std::function<bool(const Statement&)> keep) { keep_ = std::move(keep); }

  /// Merges one statement: adds both actors if new, then adds weight 1 and the evidence to
  /// the (source, relation, target) edge. Self-edges are ignored (relations.md) and
  /// return false.
  bool add(const Statement& statement);

  /// Merges an already aggregated edge (a graph read back from JSON): weights add, dates
  /// widen, evidence merges under the same cap. Actors must have been added first.
  void add_edge(std::string_view source_id, std::string_view target_id, const RelationEdge& edge);
  /// The same between existing vertices; the rvalue form moves the evidence when it can.
  void add_edge(Vertex source, Vertex target, const RelationEdge& edge);
  void add_edge(Vertex source, Vertex target, RelationEdge&& edge);

  /// Adds the actor if its id is new and returns its vertex; an existing vertex keeps its
  /// label and kind unless they were unknown.
  Vertex add_actor(const Actor& actor);
  /// Adds to a node's statement count and speakers (graph JSON merging).
  void add_node_counts(Vertex v, std::uint64_t statements, const std::set<std::string>& speakers);
  /// Adds an edge the caller knows is new (its (source, relation, target) is not in the
  /// graph, ties with ends in id order): no index lookup. A graph .json written by `build`
  /// lists its edges sorted, which proves that; the index is rebuilt when next needed.
  void append_edge(Vertex source, Vertex target, RelationEdge&& edge);
  /// Room for this many actors and edges, so loading a large graph does not rehash.
  void reserve(std::size_t actors, std::size_t edges);
  /// Removes every actor and edge; keeps the settings (max_evidence, level, filter).
  void clear();
  /// Merges a whole graph: actors, their counts, and edges, as if both had been read together.
  void merge(const KnowledgeGraph& other);

  /// The person-level `represents` links, (person id, actor id) in id order. They are not
  /// RelationEdges: the three relation types stay the contract, and the actor level has none.
  void add_represents(Vertex person, Vertex actor);
  const std::set<std::pair<std::string, std::string>>& represents() const { return represents_; }

  const Graph& graph() const { return graph_; }
  std::optional<Vertex> find(std::string_view id) const;
  std::size_t max_evidence() const { return max_evidence_; }

  /// Vertices sorted by id, and edges sorted by (source id, relation, target id): the
  /// export order, so output does not depend on insertion order.
  std::vector<Vertex> sorted_vertices() const;
  std::vector<Edge> sorted_edges() const;

 private:
  struct EdgeKey {
    Vertex source;
    Vertex target;
    RelationType relation;
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& key) const {
      std::size_t h = std::hash<Vertex>()(key.source);
      h ^= std::hash<Vertex>()(key.target) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
      return h * 3 + static_cast<std::size_t>(key.relation);
    }
  };

  Edge edge_for(Vertex source, Vertex target, RelationType relation);
  void merge_evidence(RelationEdge& edge, const Evidence& evidence) const;
  template <typename EdgeRef>
  void merge_edge(Vertex source, Vertex target, EdgeRef&& incoming);
  template <typename EdgeRef>
  void absorb(Edge e, EdgeRef&& incoming);

  Graph graph_;
  std::size_t max_evidence_;
  Level level_ = Level::Actor;
  std::function<bool(const Statement&)> keep_;
  PersonResolver person_resolver_;
  std::set<std::pair<std::string, std::string>> represents_;
  // Looked up by string_view without building a std::string (millions of lookups on load).
  struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>()(id); }
  };
  std::unordered_map<std::string, Vertex, IdHash, std::equal_to<>> index_;
  // A hash map: merging a million-edge graph spends its time here.
  std::unordered_map<EdgeKey, Edge, EdgeKeyHash> edge_index_;
  bool edge_index_stale_ = false;  // append_edge added edges it does not hold
};

}  // namespace ng::graph
