#include "graph/graph_json_reader.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <tuple>
#include <vector>

#include "graph/id_table.hpp"
#include "graph/node_link_schema.hpp"
#include "graph/stream_text.hpp"

namespace ng::graph {

namespace {

// The fields the reader knows, named once per key: each value's handler then compares a
// small integer instead of running through string compares.
enum class Field : unsigned char {
  Other,
  Id,
  Label,
  Kind,
  Statements,
  Speakers,
  Source,
  Target,
  Relation,
  Key,
  Weight,
  FirstDate,
  LastDate,
  Dates,
  Evidence,
  Directed,
  Doc,
  Sentence,
  Text,
  Speaker,
  SpeakerFor,
  Date,
  Nodes,
  Edges,
};

namespace nl = node_link;

constexpr std::pair<std::string_view, Field> kFields[] = {
    {nl::kId, Field::Id},
    {nl::kLabel, Field::Label},
    {nl::kKind, Field::Kind},
    {nl::kStatements, Field::Statements},
    {nl::kSpeakers, Field::Speakers},
    {nl::kSource, Field::Source},
    {nl::kTarget, Field::Target},
    {nl::kRelation, Field::Relation},
    {nl::kKey, Field::Key},
    {nl::kWeight, Field::Weight},
    {nl::kFirstDate, Field::FirstDate},
    {nl::kLastDate, Field::LastDate},
    {nl::kDates, Field::Dates},
    {nl::kEvidence, Field::Evidence},
    {nl::kDirected, Field::Directed},
    {nl::kDoc, Field::Doc},
    {nl::kSentence, Field::Sentence},
    {nl::kText, Field::Text},
    {nl::kSpeaker, Field::Speaker},
    {nl::kSpeakerFor, Field::SpeakerFor},
    {nl::kDate, Field::Date},
    {nl::kNodes, Field::Nodes},
    {nl::kEdges, Field::Edges},
};

Field field_of(std::string_view key) {
  // By length first, then by first byte: a key costs a compare or two, as a switch would.
  constexpr std::size_t kLongest = 12;
  static const auto by_length = [] {
    std::array<std::vector<std::pair<std::string_view, Field>>, kLongest> table;
    for (const auto& field : kFields) table[field.first.size()].push_back(field);
    return table;
  }();
  if (key.empty() || key.size() >= kLongest) return Field::Other;
  for (const auto& [name, field] : by_length[key.size()]) {
    if (name[0] == key[0] && name == key) return field;
  }
  return Field::Other;
}

// A SAX handler: records are checked and merged as they close, so a million-edge file
// never exists as a DOM. With in-situ parsing every string it sees points into the text,
// which outlives the parse, so pending records hold string_views.
class GraphHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, GraphHandler> {
 public:
  GraphHandler(KnowledgeGraph& into, bool keep_evidence)
      : into_(into), keep_evidence_(keep_evidence) {}

  const std::string& error() const { return error_; }

  // Called after a successful parse: the checks that need the whole document.
  bool finish() {
    if (!seen_nodes_) return fail("\"nodes\" must be an array");
    if (!seen_edges_) return fail("\"edges\" must be an array");
    for (PendingEdge& edge : early_edges_) {
      if (!apply_edge(edge)) return false;
    }
    return true;
  }

  bool StartObject() {
    if (skip_ > 0) return ++skip_, true;
    switch (context()) {
      case Context::Top: return push(Context::Root);
      case Context::Nodes:
        node_ = PendingNode{};
        return push(Context::Node);
      case Context::Edges:
        edge_ = PendingEdge{};
        edge_.index = edge_index_;
        return push(Context::Edge);
      case Context::Evidence:
        evidence_ = Evidence{};
        has_doc_ = has_sentence_ = false;
        return push(Context::EvidenceItem);
      case Context::Edge:
        if (field_ == Field::Dates) return push(Context::Dates);
        return skip_value_or();
      case Context::Root:
      case Context::Node:
      case Context::EvidenceItem: return skip_value_or();
      default: return value_kind("an object");
    }
  }

  bool EndObject(rapidjson::SizeType) {
    if (skip_ > 0) return --skip_, true;
    Context closing = context();
    stack_.pop_back();
    switch (closing) {
      case Context::Node: return close_node();
      case Context::Edge: return close_edge();
      case Context::EvidenceItem: return close_evidence();
      default: return true;
    }
  }

  bool StartArray() {
    if (skip_ > 0) return ++skip_, true;
    switch (context()) {
      case Context::Root:
        if (field_ == Field::Nodes) return seen_nodes_ = true, push(Context::Nodes);
        if (field_ == Field::Edges) return seen_edges_ = true, push(Context::Edges);
        return skip_value_or();
      case Context::Node:
        if (field_ == Field::Speakers) return push(Context::Speakers);
        return skip_value_or();
      case Context::Edge:
        if (field_ == Field::Evidence) return keep_evidence_ ? push(Context::Evidence) : (++skip_, true);
        return skip_value_or();
      case Context::Top: return fail("not a JSON graph object");
      case Context::EvidenceItem: return skip_value_or();
      default: return value_kind("an array");
    }
  }

  bool EndArray(rapidjson::SizeType) {
    if (skip_ > 0) return --skip_, true;
    stack_.pop_back();
    return true;
  }

  bool Key(const char* text, rapidjson::SizeType length, bool) {
    if (skip_ == 0 && context() == Context::Dates) {
      date_ = std::string_view(text, length);
    } else if (skip_ == 0) {
      key_ = std::string_view(text, length);
      field_ = field_of(key_);
    }
    return true;
  }

  bool String(const char* text, rapidjson::SizeType length, bool) {
    if (skip_ > 0) return true;
    std::string_view s(text, length);
    switch (context()) {
      case Context::Node:
        if (field_ == Field::Id) return node_.id = s, node_.has_id = true, true;
        if (field_ == Field::Label) return node_.label = s, true;
        if (field_ == Field::Kind) return node_.kind = s, true;
        return known_node_key() ? value_kind("a string") : true;
      case Context::Speakers: return node_.speakers.emplace(s), true;
      case Context::Edge:
        if (field_ == Field::Source) return edge_.source = s, edge_.has_source = true, true;
        if (field_ == Field::Target) return edge_.target = s, edge_.has_target = true, true;
        if (field_ == Field::Relation) return edge_.relation = s, edge_.has_relation = true, true;
        if (field_ == Field::Key) {
          if (!edge_.has_relation) edge_.relation = s;
          return true;
        }
        if (field_ == Field::FirstDate) return edge_.edge.first_date = s, true;
        if (field_ == Field::LastDate) return edge_.edge.last_date = s, true;
        return known_edge_key() ? value_kind("a string") : true;
      case Context::EvidenceItem:
        if (field_ == Field::Doc) return evidence_.doc = s, has_doc_ = true, true;
        if (field_ == Field::Text) return evidence_.text = s, true;
        if (field_ == Field::Speaker) return evidence_.speaker = std::string(s), true;
        if (field_ == Field::SpeakerFor) return evidence_.speaker_for = std::string(s), true;
        if (field_ == Field::Date) return evidence_.date = s, true;
        return field_ == Field::Sentence ? value_kind("a string") : true;
      case Context::Top: return fail("not a JSON graph object");
      case Context::Root: return true;
      default: return value_kind("a string");
    }
  }

  bool Null() {
    if (skip_ > 0) return true;
    switch (context()) {
      case Context::Node:
        return field_ == Field::Id ? value_kind("null") : true;
      case Context::Edge:
        return (field_ == Field::Source || field_ == Field::Target || field_ == Field::Relation || field_ == Field::Weight)
                   ? value_kind("null")
                   : true;
      case Context::EvidenceItem:
        return (field_ == Field::Doc || field_ == Field::Sentence) ? value_kind("null") : true;
      case Context::Top: return fail("not a JSON graph object");
      case Context::Root: return true;
      default: return value_kind("null");
    }
  }

  bool Bool(bool) { return scalar("a boolean"); }
  bool Int(int i) { return number(static_cast<double>(i), i >= 0, i); }
  bool Uint(unsigned u) { return number(static_cast<double>(u), true, u); }
  bool Int64(std::int64_t i) { return number(static_cast<double>(i), i >= 0, i); }
  bool Uint64(std::uint64_t u) { return number(static_cast<double>(u), true, u); }
  bool Double(double d) { return number(d, false, 0); }

 private:
  enum class Context { Top, Root, Nodes, Node, Speakers, Edges, Edge, Dates, Evidence, EvidenceItem };

  struct PendingNode {
    std::string_view id, label, kind;
    bool has_id = false;
    std::uint64_t statements = 0;
    std::set<std::string> speakers;
  };

  struct PendingEdge {
    std::size_t index = 0;
    std::string_view source, target, relation;
    bool has_source = false, has_target = false, has_relation = false, has_weight = false;
    bool represents = false;
    RelationEdge edge;
  };

  Context context() const { return stack_.empty() ? Context::Top : stack_.back(); }
  bool push(Context c) {
    stack_.push_back(c);
    return true;
  }

  bool fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }

  std::string where() const {
    switch (context()) {
      case Context::Node:
      case Context::Speakers: return "node " + std::to_string(node_index_);
      case Context::Edge:
      case Context::Dates:
      case Context::Evidence:
      case Context::EvidenceItem: return "edge " + std::to_string(edge_index_);
      case Context::Nodes: return "node " + std::to_string(node_index_);
      case Context::Edges: return "edge " + std::to_string(edge_index_);
      default: return "graph";
    }
  }

  bool known_node_key() const { return field_ == Field::Statements; }
  bool known_edge_key() const { return field_ == Field::Weight || field_ == Field::Evidence || field_ == Field::Directed; }

  // What a known field must hold, for the message when it holds something else.
  std::string_view expected() const {
    static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
        {nl::kId, "a string"},
        {nl::kLabel, "a string"},
        {nl::kKind, "a string"},
        {nl::kStatements, "a non-negative integer"},
        {nl::kSpeakers, "an array"},
        {nl::kSource, "a string"},
        {nl::kTarget, "a string"},
        {nl::kRelation, "a string"},
        {nl::kKey, "a string"},
        {nl::kWeight, "a positive number"},
        {nl::kFirstDate, "a string or null"},
        {nl::kLastDate, "a string or null"},
        {nl::kDates, "an object"},
        {nl::kEvidence, "an array"},
        {nl::kDirected, "a boolean"},
        {nl::kDoc, "a string"},
        {nl::kSentence, "an integer"},
        {nl::kText, "a string"},
        {nl::kSpeaker, "a string or null"},
        {nl::kSpeakerFor, "a string or null"},
        {nl::kDate, "a string or null"}};
    for (const auto& [name, type] : kTypes) {
      if (name == key_) return type;
    }
    return "something else";
  }

  // A value of the wrong JSON type where a record expects something else.
  bool value_kind(const char*) {
    switch (context()) {
      case Context::Nodes: return fail(where() + ": not an object");
      case Context::Edges: return fail(where() + ": not an object");
      case Context::Speakers: return fail(where() + ": \"speakers\" must hold strings");
      case Context::Dates: return fail(where() + ": \"dates\" must map dates to statement counts");
      case Context::Evidence: return fail(where() + ": evidence must be objects");
      default:
        return fail(where() + ": \"" + std::string(key_) + "\" must be " + std::string(expected()));
    }
  }

  // Unknown fields are skipped whole; a known field holding an object or array is an error.
  bool skip_value_or() {
    if (context() != Context::Root && expected() != "something else") return value_kind("");
    ++skip_;
    return true;
  }

  bool scalar(const char* found) {
    if (skip_ > 0) return true;
    switch (context()) {
      case Context::Root: return true;
      case Context::Top: return fail("not a JSON graph object");
      case Context::Node:
        return (field_ == Field::Id || field_ == Field::Label || field_ == Field::Kind || field_ == Field::Statements)
                   ? value_kind(found)
                   : true;
      case Context::Edge:
        return (field_ == Field::Directed) ? true
               : (field_ == Field::Source || field_ == Field::Target || field_ == Field::Relation ||
                  field_ == Field::Weight || field_ == Field::FirstDate || field_ == Field::LastDate)
                   ? value_kind(found)
                   : true;
      case Context::EvidenceItem:
        return (field_ == Field::Doc || field_ == Field::Sentence || field_ == Field::Text || field_ == Field::Speaker ||
                field_ == Field::SpeakerFor || field_ == Field::Date)
                   ? value_kind(found)
                   : true;
      default: return value_kind(found);
    }
  }

  template <typename Integer>
  bool number(double value, bool non_negative, Integer integer) {
    if (skip_ > 0) return true;
    switch (context()) {
      case Context::Node:
        if (field_ == Field::Statements) {
          if (!non_negative) return fail(where() + ": \"statements\" must be a non-negative integer");
          node_.statements = static_cast<std::uint64_t>(integer);
          return true;
        }
        return scalar("a number");
      case Context::Edge:
        if (field_ == Field::Weight) {
          if (!(value > 0)) return fail(where() + ": \"weight\" must be a positive number");
          edge_.edge.weight = value;
          edge_.has_weight = true;
          return true;
        }
        return scalar("a number");
      case Context::Dates:
        if (!non_negative || value != std::floor(value)) return value_kind("");
        edge_.edge.dates.push_back(DateCount{std::string(date_), static_cast<std::uint64_t>(value)});
        return true;
      case Context::EvidenceItem:
        if (field_ == Field::Sentence) {
          if (value != static_cast<double>(static_cast<int>(value)) || value < -1e9 || value > 1e9) {
            return fail(where() + ": \"sentence\" must be an integer");
          }
          evidence_.sentence = static_cast<int>(value);
          has_sentence_ = true;
          return true;
        }
        return scalar("a number");
      default: return scalar("a number");
    }
  }

  bool close_node() {
    std::string at = "node " + std::to_string(node_index_);
    if (!node_.has_id) return fail(at + ": \"id\" must be a string");
    at += " (" + std::string(node_.id) + ")";
    Actor actor{std::string(node_.id), std::string(node_.label), ActorKind::Unknown};
    if (!node_.kind.empty()) {
      auto kind = parse_actor_kind(node_.kind);
      if (!kind) return fail(at + ": unknown kind '" + std::string(node_.kind) + "'");
      actor.kind = *kind;
    }
    Vertex v = into_.add_actor(actor);
    into_.add_node_counts(v, node_.statements, node_.speakers);
    ids_.insert(node_.id, v);
    ++node_index_;
    return true;
  }

  bool close_evidence() {
    if (!has_doc_) return fail(where() + ": \"doc\" must be a string");
    if (!has_sentence_) return fail(where() + ": \"sentence\" must be an integer");
    edge_.edge.evidence.push_back(std::move(evidence_));
    return true;
  }

  bool close_edge() {
    // Named only when something fails: formatting it for each of a million edges costs.
    auto at = [&] { return "edge " + std::to_string(edge_.index); };
    if (!edge_.has_source) return fail(at() + ": \"source\" must be a string");
    if (!edge_.has_target) return fail(at() + ": \"target\" must be a string");
    if (!edge_.has_relation && edge_.relation.empty()) {
      return fail(at() + ": \"relation\" must be a string");
    }
    if (edge_.relation == nl::kRepresents) {
      // A person-level link, not one of the three relation types.
      edge_.represents = true;
      ++edge_index_;
      if (!seen_nodes_ || nodes_open()) return early_edges_.push_back(std::move(edge_)), true;
      return apply_edge(edge_);
    }
    auto type = parse_relation_type(edge_.relation);
    if (!type) return fail(at() + ": unknown relation '" + std::string(edge_.relation) + "'");
    edge_.edge.relation = *type;
    edge_.edge.directed = !is_symmetric(*type);
    if (!edge_.has_weight) edge_.edge.weight = 1;
    normalize_dates(edge_.edge.dates);
    ++edge_index_;
    // Edges listed before the nodes wait for them.
    if (!seen_nodes_ || nodes_open()) {
      early_edges_.push_back(std::move(edge_));
      return true;
    }
    return apply_edge(edge_);
  }

  // `build` writes dates ascending and once each; a file edited by hand may not.
  static void normalize_dates(std::vector<DateCount>& dates) {
    auto by_date = [](const DateCount& a, const DateCount& b) { return a.date < b.date; };
    if (std::is_sorted(dates.begin(), dates.end(), by_date) &&
        std::adjacent_find(dates.begin(), dates.end(), [](const DateCount& a, const DateCount& b) {
          return a.date == b.date;
        }) == dates.end()) {
      return;
    }
    std::vector<DateCount> merged;
    for (const DateCount& d : dates) add_date_count(merged, d.date, d.statements);
    dates = std::move(merged);
  }

  bool nodes_open() const {
    for (Context c : stack_) {
      if (c == Context::Nodes) return true;
    }
    return false;
  }

  bool apply_edge(PendingEdge& edge) {
    // Named only when something fails: formatting it for each of a million edges costs.
    auto at = [&] { return "edge " + std::to_string(edge.index); };
    // Sorted files list each source's edges together: its vertex is looked up once.
    std::optional<Vertex> source = cached_source_;
    if (!source || edge.source != cached_source_id_) {
      source = ids_.find(edge.source);
      if (!source) return fail(at() + ": unknown node '" + std::string(edge.source) + "'");
      cached_source_ = source;
      cached_source_id_ = edge.source;
    }
    auto target = ids_.find(edge.target);
    if (!target) return fail(at() + ": unknown node '" + std::string(edge.target) + "'");
    if (edge.represents) return into_.add_represents(*source, *target), true;
    // Files written by `build` list edges strictly sorted by (source, relation, target),
    // ties with ends in id order: then no edge can repeat one before it, and it is appended
    // without a hash lookup. The first record out of order falls back to merging.
    if (sorted_so_far_ && edge.source != edge.target &&
        (edge.edge.directed || edge.source < edge.target) &&
        (!has_last_ || std::tie(last_source_, last_relation_, last_target_) <
                           std::tie(edge.source, edge.edge.relation, edge.target))) {
      has_last_ = true;
      last_source_ = edge.source;
      last_relation_ = edge.edge.relation;
      last_target_ = edge.target;
      into_.append_edge(*source, *target, std::move(edge.edge));
      return true;
    }
    sorted_so_far_ = false;
    into_.add_edge(*source, *target, std::move(edge.edge));
    return true;
  }

  KnowledgeGraph& into_;
  bool keep_evidence_;
  std::vector<Context> stack_;
  int skip_ = 0;  // depth inside a value nobody reads ("graph": {...})
  std::string_view key_;
  std::string_view date_;  // the key inside "dates"
  Field field_ = Field::Other;
  bool seen_nodes_ = false, seen_edges_ = false;
  std::size_t node_index_ = 0, edge_index_ = 0;
  PendingNode node_;
  PendingEdge edge_;
  Evidence evidence_;
  bool has_doc_ = false, has_sentence_ = false;
  std::vector<PendingEdge> early_edges_;
  std::string error_;
  bool sorted_so_far_ = true, has_last_ = false;
  std::string_view last_source_, last_target_;
  IdTable ids_;  // the graph read into starts empty, so its vertices are all in here
  std::optional<Vertex> cached_source_;
  std::string_view cached_source_id_;
  RelationType last_relation_ = RelationType::HasTiesWith;
};

}  // namespace

std::optional<std::string> read_graph_json(std::istream& in, std::string_view origin,
                                           KnowledgeGraph& into, const GraphReadOptions& options) {
  std::string prefix = std::string(origin) + ": ";
  if (!in) return prefix + "cannot read";
  const std::streampos start = in.tellg();
  StreamText text = read_stream_text(in);
  if (in.bad()) return prefix + "read error";

  // An empty graph is read into directly and reset on failure; otherwise the file is read
  // into a graph of its own first, so that a bad file never half-merges.
  bool direct = boost::num_vertices(into.graph()) == 0;
  KnowledgeGraph staged(into.max_evidence());
  KnowledgeGraph& target = direct ? into : staged;
  GraphHandler handler(target, options.evidence);
  rapidjson::Reader reader;
  rapidjson::InsituStringStream stream(text.data.get());
  rapidjson::ParseResult result = reader.Parse<rapidjson::kParseInsituFlag>(stream, handler);
  std::optional<std::string> error;
  if (!result && !handler.error().empty()) {
    error = prefix + handler.error();
  } else if (!result) {
    error = std::string(origin) + ":" + stream_position(in, start, result.Offset()) + ": " +
            rapidjson::GetParseError_En(result.Code());
  } else if (!handler.finish()) {
    error = prefix + handler.error();
  }
  if (error) {
    if (direct) into.clear();
    return error;
  }
  if (!direct) into.merge(staged);
  return std::nullopt;
}

}  // namespace ng::graph
