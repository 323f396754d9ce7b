#pragma once
// Strings and named fields into a RapidJSON writer, shared by every JSON writer (export/,
// ingest/document_json). RapidJSON copies bytes as they are; invalid UTF-8 would make the
// file unreadable, so it is repaired here (U+FFFD).

#include <rapidjson/rapidjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "graph/utf8.hpp"

namespace ng::graph {

template <typename Writer>
void write_string(Writer& w, std::string_view s) {
  if (is_valid_utf8(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  } else {
    std::string clean = valid_utf8(s);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
  }
}

/// null for "" (an unknown date).
template <typename Writer>
void write_optional(Writer& w, std::string_view s) {
  if (s.empty()) {
    w.Null();
  } else {
    write_string(w, s);
  }
}

/// "key": value, the value written as its type says: a string (repaired), an integer, a
/// number or a boolean. One line per field where a record is a list of them.
template <typename Writer>
void write_field(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  write_string(w, value);
}
// Without it a string literal would convert to bool before string_view.
template <typename Writer>
void write_field(Writer& w, const char* key, const char* value) {
  write_field(w, key, std::string_view(value));
}
template <typename Writer>
void write_field(Writer& w, const char* key, std::uint64_t value) {
  w.Key(key);
  w.Uint64(value);
}
template <typename Writer>
void write_field(Writer& w, const char* key, int value) {
  w.Key(key);
  w.Int(value);
}
template <typename Writer>
void write_field(Writer& w, const char* key, double value) {
  w.Key(key);
  w.Double(value);
}
template <typename Writer>
void write_field(Writer& w, const char* key, bool value) {
  w.Key(key);
  w.Bool(value);
}

/// "key": {"name": value, ...} for a map whose keys print with to_string (kinds, relations).
template <typename Writer, typename Map>
void write_named_counts(Writer& w, const char* key, const Map& map) {
  w.Key(key);
  w.StartObject();
  for (const auto& [name, value] : map) {
    write_string(w, to_string(name));
    if constexpr (std::is_floating_point_v<std::decay_t<decltype(value)>>) w.Double(value);
    else w.Uint64(value);
  }
  w.EndObject();
}

}  // namespace ng::graph
