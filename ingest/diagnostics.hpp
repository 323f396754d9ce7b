#pragma once
// Diagnostics: what went wrong with an input, as `origin:line: severity: message`.
// Library code records them; only app/ prints them or turns them into exit codes.

#include <string>
#include <vector>

namespace ng::ingest {

enum class Severity { Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Warning;
  std::string origin;  // display name of the input, e.g. "news.jsonl" or "-"
  long line = 0;       // 1-based line in the original input; 0 when not tied to a line
  std::string message; // lowercase, no final period

  /// "news.jsonl:12: warning: invalid UTF-8 replaced" (no line part when line is 0).
  std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace ng::ingest
