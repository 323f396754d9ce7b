#pragma once
// Writing an output file without ever destroying anything: a regular file is either the
// complete new content or what was there before, and a device, FIFO or socket is written to,
// never replaced (the table in export/output_target.hpp). A regular file's content goes to
// `FILE.tmp.<pid>` in the same directory, is flushed and checked, and only then renamed over
// FILE; on a failure or an interrupt (SIGINT, SIGTERM, SIGHUP) the temporary file is removed.

#include <functional>
#include <optional>
#include <ostream>
#include <string>

namespace ng::exporters {

using WriteContent = std::function<void(std::ostream&)>;

/// Writes `path` with `write`. Returns nullopt on success, or the error as
/// `cannot write "x/y.json": No such file or directory` (the path as given, the OS reason);
/// a full disk and a full device both give `...: No space left on device`.
/// Exceptions thrown by `write` are caught and reported the same way.
std::optional<std::string> write_output(const std::string& path, const WriteContent& write);

/// Writes to an already open stream (standard output) and checks it after a flush, so a full
/// disk is an error and not a silent truncation: `cannot write to <name>: <OS reason>`.
std::optional<std::string> write_stream_checked(std::ostream& out, const std::string& name,
                                                const WriteContent& write);

}  // namespace ng::exporters
