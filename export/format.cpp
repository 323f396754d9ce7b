#include "export/format.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace ng::exporters {

std::string_view to_string(Format format) {
  switch (format) {
    case Format::GraphML: return "graphml";
    case Format::Gexf: return "gexf";
    case Format::Dot: return "dot";
    case Format::Json: return "json";
    case Format::Html: return "html";
    case Format::Snapshot: return "ngx";
  }
  return "json";
}

std::optional<Format> parse_format(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "graphml") return Format::GraphML;
  if (lower == "gexf") return Format::Gexf;
  if (lower == "dot" || lower == "gv") return Format::Dot;
  if (lower == "json") return Format::Json;
  if (lower == "html" || lower == "htm") return Format::Html;
  if (lower == "ngx") return Format::Snapshot;
  return std::nullopt;
}

std::optional<Format> format_for_path(std::string_view path) {
  auto dot = path.rfind('.');
  auto slash = path.find_last_of('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return std::nullopt;
  }
  return parse_format(path.substr(dot + 1));
}

}  // namespace ng::exporters
