#pragma once
// Output files appear whole or not at all (issue #5): a failed run leaves no partial file
// and does not touch an existing one.

#include <functional>
#include <optional>
#include <ostream>
#include <string>

namespace ng::exporters {

/// Calls `write` on a temporary file next to `path`, then renames it over `path`. On
/// failure removes the temporary, leaves `path` as it was and returns "path: reason".
std::optional<std::string> write_file_atomically(const std::string& path,
                                                 const std::function<void(std::ostream&)>& write);

}  // namespace ng::exporters
