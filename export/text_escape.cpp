#include "export/text_escape.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "graph/utf8.hpp"

namespace ng::exporters {

namespace {

using graph::kReplacementCharacter;
using graph::utf8_length;

bool is_noncharacter_ffff(std::string_view text, std::size_t i, std::size_t n) {
  return n == 3 && text.compare(i, 2, "\xEF\xBF") == 0 &&
         (static_cast<unsigned char>(text[i + 2]) == 0xBE ||
          static_cast<unsigned char>(text[i + 2]) == 0xBF);
}

// Walks `text` as UTF-8, calling ascii(c) for bytes < 0x80 and appending other valid
// sequences unchanged (U+FFFE/U+FFFF dropped, bad bytes replaced).
template <typename Ascii>
void walk(std::string& out, std::string_view text, Ascii ascii) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = utf8_length(text, i);
    if (n == 0) {
      out += kReplacementCharacter;
      ++i;
    } else if (n == 1) {
      ascii(text[i]);
      ++i;
    } else {
      if (!is_noncharacter_ffff(text, i, n)) out.append(text.substr(i, n));
      i += n;
    }
  }
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
  // Runs of bytes that need nothing are copied whole: most text is one run, and evidence
  // JSON is long runs between quotes.
  static constexpr auto kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x7F; ++c) plain[static_cast<std::size_t>(c)] = true;
    for (char c : {'&', '<', '>', '"', '\''}) plain[static_cast<unsigned char>(c)] = false;
    return plain;
  }();
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    std::size_t run = i;
    while (run < size && kPlain[static_cast<unsigned char>(text[run])]) ++run;
    out.append(text.data() + i, run - i);
    if (run == size) break;
    i = run;
    char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\t': out += "&#9;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        case '\x7F': out += c; break;  // allowed in XML 1.0
        default: break;                 // the other C0 controls are forbidden even as &#..;
      }
      ++i;
      continue;
    }
    std::size_t n = utf8_length(text, i);
    if (n == 0) {
      out += kReplacementCharacter;
      ++i;
    } else {
      if (!is_noncharacter_ffff(text, i, n)) out.append(text.data() + i, n);
      i += n;
    }
  }
}

void append_dot_escaped(std::string& out, std::string_view text) {
  walk(out, text, [&out](char c) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      default:
        // Graphviz copies control characters into SVG, which then is not XML (formats.md §5).
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
    }
  });
}

std::string format_double(double value) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value);
  std::string out(buf, res.ptr);
  if (out.find_first_of(".eEn") == std::string::npos) out += ".0";
  return out;
}

std::string format_number(double value) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, res.ptr);
}

std::string format_rounded(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, rounded);
  return std::string(buf, res.ptr);
}

}  // namespace ng::exporters
