#include "ingest/diagnostics.hpp"

namespace ng::ingest {

std::string Diagnostic::format() const {
  std::string out = origin;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += severity == Severity::Error ? ": error: " : ": warning: ";
  out += message;
  return out;
}

}  // namespace ng::ingest
