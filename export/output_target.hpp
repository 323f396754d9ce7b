#pragma once
// What an output path is, and so how it may be written (README "Outputs"):
//   absent, or a regular file       replaced atomically (temporary file, then rename)
//   a symbolic link (or a chain)    the file it resolves to is replaced; the link stays a link,
//                                   and a dangling link gets its target created
//   a device, FIFO or socket        written straight through, never replaced by a file
//   a directory                     refused (EISDIR)
// A link inside /proc (/dev/stdout -> /proc/self/fd/1) names an open file, not a path: it
// is written through as well, so `-o /dev/stdout` appends to what the shell redirected.

#include <string>

namespace ng::exporters {

enum class OutputKind { ReplaceFile, WriteThrough };

struct OutputTarget {
  OutputKind kind = OutputKind::ReplaceFile;
  // ReplaceFile: the file to replace, the path with its symbolic links followed.
  // WriteThrough: the path as given, which open(2) follows.
  // On error: where following the links stopped.
  std::string path;
  // When the path cannot be an output: an errno value (EISDIR, ENOENT or ENOTDIR for the
  // directory it should be in, ELOOP, EACCES). 0 otherwise.
  int error = 0;
};

OutputTarget resolve_output(const std::string& path);

/// `cannot write "PATH": reason`, naming the link's target when PATH is a symbolic link:
/// `cannot write "out.json" (a link to "gone/g.json"): No such file or directory`.
std::string cannot_write(const std::string& path, const OutputTarget& target, const std::string& reason);

}  // namespace ng::exporters
