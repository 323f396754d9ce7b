#include "ingest/graph_sniffer.hpp"

#include <rapidjson/reader.h>

#include <string_view>

#include "graph/node_link_schema.hpp"

namespace ng::ingest {

bool looks_like_graph(const std::string& text) {
  struct Probe : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Probe> {
    int depth = 0;
    bool graph = false;
    bool StartObject() { return ++depth, true; }
    bool EndObject(rapidjson::SizeType) { return --depth, true; }
    bool StartArray() { return ++depth, true; }
    bool EndArray(rapidjson::SizeType) { return --depth, true; }
    bool Key(const char* key, rapidjson::SizeType length, bool) {
      graph = depth == 1 && std::string_view(key, length) == graph::node_link::kNodes;
      return !graph;
    }
  } probe;
  rapidjson::Reader reader;
  rapidjson::StringStream stream(text.c_str());
  reader.Parse(stream, probe);
  return probe.graph;
}


}  // namespace ng::ingest
