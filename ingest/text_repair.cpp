#include "ingest/text_repair.hpp"

#include <algorithm>

#include "graph/utf8.hpp"

namespace ng::ingest {

std::size_t sanitize_text(std::string& text, long first_line, long* first_bad_line) {
  // Most text is clean ASCII: check before copying.
  if (std::none_of(text.begin(), text.end(), [](char c) {
        return c == '\0' || c == '\r' || static_cast<unsigned char>(c) >= 0x80;
      })) {
    return 0;
  }
  std::string out;
  out.reserve(text.size());
  std::size_t bad = 0;
  long line = first_line;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '\0') {
      ++i;
    } else if (c == '\r') {
      out += '\n';
      ++line;
      i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    } else if (std::size_t n = graph::utf8_length(text, i); n > 0) {
      if (c == '\n') ++line;
      out.append(text, i, n);
      i += n;
    } else {
      if (bad++ == 0 && first_bad_line) *first_bad_line = line;
      out += graph::kReplacementCharacter;
      ++i;
    }
  }
  text = std::move(out);
  return bad;
}

std::string invalid_utf8_message(std::size_t count) {
  std::string message = "invalid UTF-8 replaced with U+FFFD";
  if (count > 1) message += " (" + std::to_string(count) + " sequences)";
  return message;
}

}  // namespace ng::ingest
