#pragma once
// Atomic output: a file is either the complete new content or what was there before. The
// content goes to `PATH.tmp.<pid>` in the same directory, is flushed and checked, and only
// then renamed over PATH; on any failure the temporary file is removed.

#include <functional>
#include <optional>
#include <ostream>
#include <string>

namespace ng::exporters {

/// Writes `path` with `write`. Returns nullopt on success, or the error as
/// `cannot write "x/y.json": No such file or directory` (the path as given, the OS reason).
/// Exceptions thrown by `write` are caught and reported the same way.
std::optional<std::string> write_file_atomically(const std::string& path,
                                                 const std::function<void(std::ostream&)>& write);

/// Writes to an already open stream (standard output) and checks it after a flush, so a full
/// disk is an error and not a silent truncation: `cannot write to <name>: <OS reason>`.
std::optional<std::string> write_stream_checked(std::ostream& out, const std::string& name,
                                                const std::function<void(std::ostream&)>& write);

}  // namespace ng::exporters
