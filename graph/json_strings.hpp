#pragma once
// Strings into a RapidJSON writer, shared by the JSON and HTML writers. RapidJSON copies
// bytes as they are; invalid UTF-8 would make the file unreadable.

#include <rapidjson/rapidjson.h>

#include <string>
#include <string_view>

#include "export/text_escape.hpp"

namespace ng::exporters {

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

}  // namespace ng::exporters
