#include "graph/graph_json_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <string>
#include <vector>

namespace ng::graph {

namespace {

using Value = rapidjson::Value;

std::string read_all(std::istream& in) {
  std::string text;
  // Reserving the file size up front saves copying a large file several times over.
  auto start = in.tellg();
  if (start != std::streampos(-1) && in.seekg(0, std::ios::end)) {
    auto end = in.tellg();
    if (end != std::streampos(-1) && end > start) text.reserve(static_cast<std::size_t>(end - start) + 1);
    in.seekg(start);
  }
  in.clear();
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

// Nodes go straight into the graph: a staging copy of a million-edge file costs more
// than the parse.
void read_node(const Value& v, std::size_t index, KnowledgeGraph& into) {
  std::string where = "node " + std::to_string(index);
  if (!v.IsObject()) throw Failure{where + ": not an object"};
  Actor actor;
  actor.id = std::string(required_string(v, "id", where));
  where += " (" + actor.id + ")";
  actor.label = std::string(optional_string(v, "label", where));
  std::string_view kind = optional_string(v, "kind", where);
  if (!kind.empty()) {
    auto parsed = parse_actor_kind(kind);
    if (!parsed) throw Failure{where + ": unknown kind '" + std::string(kind) + "'"};
    actor.kind = *parsed;
  }
  std::uint64_t statements = 0;
  if (const Value* s = member(v, "statements")) {
    if (!s->IsUint64()) throw Failure{where + ": \"statements\" must be a non-negative integer"};
    statements = s->GetUint64();
  }
  std::set<std::string> speakers;
  if (const Value* list = member(v, "speakers"); list && !list->IsNull()) {
    if (!list->IsArray()) throw Failure{where + ": \"speakers\" must be an array"};
    for (const Value& s : list->GetArray()) {
      if (!s.IsString()) throw Failure{where + ": \"speakers\" must hold strings"};
      speakers.emplace(view(s));
    }
  }
  into.add_node_counts(into.add_actor(actor), statements, speakers);
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

const Value& required_array(const Value& root, const char* name) {
  const Value* v = member(root, name);
  if (!v || !v->IsArray()) throw Failure{std::string("\"") + name + "\" must be an array"};
  return *v;
}

Vertex endpoint(const Value& v, const char* name, const std::string& where,
                const KnowledgeGraph& into) {
  std::string_view id = required_string(v, name, where);
  auto vertex = into.find(id);
  if (!vertex) throw Failure{where + ": unknown node '" + std::string(id) + "'"};
  return *vertex;
}

void read_edge(const Value& v, std::size_t index, KnowledgeGraph& into) {
  std::string where = "edge " + std::to_string(index);
  if (!v.IsObject()) throw Failure{where + ": not an object"};
  Vertex source = endpoint(v, "source", where, into);
  Vertex target = endpoint(v, "target", where, into);
  RelationEdge edge;
  const Value* relation = member(v, "relation");
  if (!relation) relation = member(v, "key");
  if (!relation || !relation->IsString()) throw Failure{where + ": \"relation\" must be a string"};
  auto type = parse_relation_type(view(*relation));
  if (!type) {
    throw Failure{where + ": unknown relation '" + std::string(view(*relation)) + "'"};
  }
  edge.relation = *type;
  edge.directed = !is_symmetric(*type);
  edge.weight = 1;
  if (const Value* weight = member(v, "weight")) {
    if (!weight->IsNumber() || weight->GetDouble() <= 0) {
      throw Failure{where + ": \"weight\" must be a positive number"};
    }
    edge.weight = weight->GetDouble();
  }
  edge.first_date = std::string(optional_string(v, "first_date", where));
  edge.last_date = std::string(optional_string(v, "last_date", where));
  if (const Value* evidence = member(v, "evidence"); evidence && !evidence->IsNull()) {
    if (!evidence->IsArray()) throw Failure{where + ": \"evidence\" must be an array"};
    edge.evidence.reserve(evidence->Size());
    for (const Value& e : evidence->GetArray()) edge.evidence.push_back(read_evidence(e, where));
  }
  into.add_edge(source, target, std::move(edge));
}

void read_document(const Value& doc, KnowledgeGraph& into) {
  if (!doc.IsObject()) throw Failure{"not a JSON graph object"};
  const Value& nodes = required_array(doc, "nodes");
  const Value& edges = required_array(doc, "edges");
  std::size_t index = 0;
  for (const Value& v : nodes.GetArray()) read_node(v, index++, into);
  index = 0;
  for (const Value& v : edges.GetArray()) read_edge(v, index++, into);
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
  // An empty graph is read into directly and reset on failure; otherwise the file is read
  // into a graph of its own first, so that a bad file never half-merges.
  bool direct = boost::num_vertices(into.graph()) == 0;
  KnowledgeGraph staged(into.max_evidence());
  KnowledgeGraph& target = direct ? into : staged;
  try {
    read_document(doc, target);
  } catch (const Failure& failure) {
    if (direct) into = KnowledgeGraph(into.max_evidence());
    return prefix + failure.message;
  }
  if (!direct) into.merge(staged);
  return std::nullopt;
}

}  // namespace ng::graph
