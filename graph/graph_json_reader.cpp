#include "graph/graph_json_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <string>
#include <unordered_set>
#include <vector>

namespace ng::graph {

namespace {

using Value = rapidjson::Value;

std::string read_all(std::istream& in) {
  std::string text;
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) {
    text.append(block, static_cast<std::size_t>(in.gcount()));
  }
  return text;
}

std::string_view view(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

// A failed check: which record and why, e.g. `edge 3: "weight" must be a number`.
struct Failure {
  std::string message;
};

const Value* member(const Value& object, const char* name) {
  auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string_view required_string(const Value& object, const char* name, const std::string& where) {
  const Value* v = member(object, name);
  if (!v || !v->IsString()) throw Failure{where + ": \"" + name + "\" must be a string"};
  return view(*v);
}

// A string that may be null or missing: "" then.
std::string_view optional_string(const Value& object, const char* name, const std::string& where) {
  const Value* v = member(object, name);
  if (!v || v->IsNull()) return {};
  if (!v->IsString()) throw Failure{where + ": \"" + name + "\" must be a string or null"};
  return view(*v);
}

struct NodeRecord {
  Actor actor;
  std::uint64_t statements = 0;
  std::set<std::string> speakers;
};

struct EdgeRecord {
  std::string_view source;
  std::string_view target;
  RelationEdge edge;
};

NodeRecord read_node(const Value& v, std::size_t index) {
  std::string where = "node " + std::to_string(index);
  if (!v.IsObject()) throw Failure{where + ": not an object"};
  NodeRecord node;
  node.actor.id = std::string(required_string(v, "id", where));
  where += " (" + node.actor.id + ")";
  node.actor.label = std::string(optional_string(v, "label", where));
  std::string_view kind = optional_string(v, "kind", where);
  if (!kind.empty()) {
    auto parsed = parse_actor_kind(kind);
    if (!parsed) throw Failure{where + ": unknown kind '" + std::string(kind) + "'"};
    node.actor.kind = *parsed;
  }
  if (const Value* s = member(v, "statements")) {
    if (!s->IsUint64()) throw Failure{where + ": \"statements\" must be a non-negative integer"};
    node.statements = s->GetUint64();
  }
  if (const Value* speakers = member(v, "speakers"); speakers && !speakers->IsNull()) {
    if (!speakers->IsArray()) throw Failure{where + ": \"speakers\" must be an array"};
    for (const Value& s : speakers->GetArray()) {
      if (!s.IsString()) throw Failure{where + ": \"speakers\" must hold strings"};
      node.speakers.emplace(view(s));
    }
  }
  return node;
}

Evidence read_evidence(const Value& v, const std::string& where) {
  if (!v.IsObject()) throw Failure{where + ": evidence must be objects"};
  Evidence e;
  e.doc = std::string(required_string(v, "doc", where));
  const Value* sentence = member(v, "sentence");
  if (!sentence || !sentence->IsInt()) throw Failure{where + ": \"sentence\" must be an integer"};
  e.sentence = sentence->GetInt();
  e.text = std::string(optional_string(v, "text", where));
  if (const Value* speaker = member(v, "speaker"); speaker && !speaker->IsNull()) {
    if (!speaker->IsString()) throw Failure{where + ": \"speaker\" must be a string or null"};
    e.speaker = std::string(view(*speaker));
  }
  e.date = std::string(optional_string(v, "date", where));
  return e;
}

EdgeRecord read_edge(const Value& v, std::size_t index) {
  std::string where = "edge " + std::to_string(index);
  if (!v.IsObject()) throw Failure{where + ": not an object"};
  EdgeRecord record;
  record.source = required_string(v, "source", where);
  record.target = required_string(v, "target", where);
  const Value* relation = member(v, "relation");
  if (!relation) relation = member(v, "key");
  if (!relation || !relation->IsString()) throw Failure{where + ": \"relation\" must be a string"};
  auto type = parse_relation_type(view(*relation));
  if (!type) {
    throw Failure{where + ": unknown relation '" + std::string(view(*relation)) + "'"};
  }
  record.edge.relation = *type;
  record.edge.directed = !is_symmetric(*type);
  record.edge.weight = 1;
  if (const Value* weight = member(v, "weight")) {
    if (!weight->IsNumber() || weight->GetDouble() <= 0) {
      throw Failure{where + ": \"weight\" must be a positive number"};
    }
    record.edge.weight = weight->GetDouble();
  }
  record.edge.first_date = std::string(optional_string(v, "first_date", where));
  record.edge.last_date = std::string(optional_string(v, "last_date", where));
  if (const Value* evidence = member(v, "evidence"); evidence && !evidence->IsNull()) {
    if (!evidence->IsArray()) throw Failure{where + ": \"evidence\" must be an array"};
    for (const Value& e : evidence->GetArray()) {
      record.edge.evidence.push_back(read_evidence(e, where));
    }
  }
  return record;
}

const Value& required_array(const Value& root, const char* name) {
  const Value* v = member(root, name);
  if (!v || !v->IsArray()) throw Failure{std::string("\"") + name + "\" must be an array"};
  return *v;
}

}  // namespace

std::optional<std::string> read_graph_json(std::istream& in, std::string_view origin,
                                           KnowledgeGraph& into) {
  std::string prefix = std::string(origin) + ": ";
  if (!in) return prefix + "cannot read";
  std::string text = read_all(in);
  if (in.bad()) return prefix + "read error";

  // In-situ parsing: strings stay in `text`, so a million-edge file needs no copies.
  rapidjson::Document doc;
  doc.ParseInsitu(text.data());
  if (doc.HasParseError()) {
    return prefix + "offset " + std::to_string(doc.GetErrorOffset()) + ": " +
           rapidjson::GetParseError_En(doc.GetParseError());
  }
  std::vector<NodeRecord> nodes;
  std::vector<EdgeRecord> edges;
  try {
    if (!doc.IsObject()) throw Failure{"not a JSON graph object"};
    const Value& node_list = required_array(doc, "nodes");
    const Value& edge_list = required_array(doc, "edges");
    nodes.reserve(node_list.Size());
    std::unordered_set<std::string_view> ids;
    for (const Value& v : node_list.GetArray()) {
      nodes.push_back(read_node(v, nodes.size()));
      ids.insert(nodes.back().actor.id);
    }
    edges.reserve(edge_list.Size());
    for (const Value& v : edge_list.GetArray()) {
      EdgeRecord record = read_edge(v, edges.size());
      for (std::string_view end : {record.source, record.target}) {
        if (!ids.count(end) && !into.find(end)) {
          throw Failure{"edge " + std::to_string(edges.size()) + ": unknown node '" +
                        std::string(end) + "'"};
        }
      }
      edges.push_back(std::move(record));
    }
  } catch (const Failure& failure) {
    return prefix + failure.message;
  }

  for (const NodeRecord& node : nodes) {
    Vertex v = into.add_actor(node.actor);
    into.add_node_counts(v, node.statements, node.speakers);
  }
  for (const EdgeRecord& record : edges) into.add_edge(record.source, record.target, record.edge);
  return std::nullopt;
}

}  // namespace ng::graph
