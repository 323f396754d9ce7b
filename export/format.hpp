#pragma once
// The output formats and how a file name picks one.

#include <optional>
#include <string_view>

namespace ng::exporters {

enum class Format { GraphML, Gexf, Dot, Json, Html, Snapshot };

/// "graphml", "gexf", "dot", "json", "html", "ngx" (the binary graph snapshot).
std::string_view to_string(Format format);
/// Parses a format name ("graphml", "gexf", "dot", "gv", "json", "html", "htm", "ngx"), case-insensitively.
std::optional<Format> parse_format(std::string_view name);
/// Picks the format from a path's extension (.graphml, .gexf, .dot/.gv, .json, .html/.htm, .ngx).
std::optional<Format> format_for_path(std::string_view path);

}  // namespace ng::exporters
