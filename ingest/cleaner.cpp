#include "ingest/cleaner.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {
namespace {

struct Replacement {
  std::string_view from;
  std::string_view to;
};

// Typographic forms that would otherwise hide quotes and apostrophes from the tokenizer.
constexpr Replacement kReplacements[] = {
    {"\u201C", "\""}, {"\u201D", "\""}, {"\u201E", "\""}, {"\u00AB", "\""}, {"\u00BB", "\""},
    {"\u2018", "'"},  {"\u2019", "'"},  {"\u201A", "'"},  {"\u2032", "'"},  {"\u2013", " - "},
    {"\u2014", " - "}, {"\u2212", "-"}, {"\u00A0", " "},  {"\u2009", " "},  {"\u202F", " "},
    {"\u200B", ""},   {"\u200E", ""},   {"\u200F", ""},   {"\uFEFF", ""},   {"\u2026", "..."},
};

// Into `out` (reused across lines, so no allocation per line). The words between spaces
// are appended whole, not a byte at a time: the cleaner reads every byte of the input.
void collapse_spaces(std::string_view line, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == ' ' || line[i] == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      ++i;
      continue;
    }
    std::size_t word_end = i + 1;
    while (word_end < line.size() && line[word_end] != ' ' && line[word_end] != '\t') ++word_end;
    out.append(line.substr(i, word_end - i));
    i = word_end;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
}

std::string collapse_spaces(std::string_view line) {
  std::string out;
  collapse_spaces(line, out);
  return out;
}

// ASCII lower case, as std::tolower in the "C" locale, into `out`.
void lower(std::string_view text, std::string& out) {
  out.assign(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
}

}  // namespace

std::string normalize_characters(std::string_view text) {
  // Printable ASCII and newlines stay as they are: runs of them are appended whole, and only
  // the bytes between runs are looked at one by one.
  auto is_kept = [](unsigned char c) { return (c >= 0x20 && c < 0x7F) || c == '\n'; };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t run_end = i;
    while (run_end < text.size() && is_kept(static_cast<unsigned char>(text[run_end]))) ++run_end;
    if (run_end > i) {
      out.append(text.substr(i, run_end - i));
      i = run_end;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      bool replaced = false;
      for (const auto& r : kReplacements) {
        if (text.substr(i, r.from.size()) == r.from) {
          out += r.to;
          i += r.from.size();
          replaced = true;
          break;
        }
      }
      if (!replaced) out.push_back(text[i++]);
    } else if (c == '\r') {
      if (i + 1 >= text.size() || text[i + 1] != '\n') out.push_back('\n');
      ++i;
    } else if (c < 0x20 && c != '\n') {
      out.push_back(' ');
      ++i;
    } else if (c == 0x7F) {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

void Cleaner::run(Document& doc) const {
  const auto& data = lexicon_.data();
  std::string lowered;
  auto is_furniture = [&](std::string_view line) {
    lower(line, lowered);
    std::string_view key = lowered;
    while (!key.empty() && std::ispunct(static_cast<unsigned char>(key.back()))) key.remove_suffix(1);
    if (std::find(data.furniture.begin(), data.furniture.end(), key) != data.furniture.end()) return true;
    std::string_view start = std::string_view(lowered).substr(0, 40);
    return std::any_of(data.credit_prefixes.begin(), data.credit_prefixes.end(),
                       [&](const std::string& prefix) { return start.starts_with(prefix); });
  };

  doc.text.clear();
  if (!doc.title.empty()) {
    std::string title = collapse_spaces(normalize_characters(doc.title));
    std::replace(title.begin(), title.end(), '\n', ' ');
    doc.text = title + "\n";
  }
  doc.body_begin = ByteOffset(static_cast<std::uint32_t>(doc.text.size()));
  std::string body = normalize_characters(doc.raw);
  doc.text.reserve(doc.text.size() + body.size() + 1);
  std::string collapsed;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    collapse_spaces(std::string_view(body).substr(start, end - start), collapsed);
    std::size_t first = collapsed.find_first_not_of(' ');
    std::string_view line = std::string_view(collapsed).substr(first == std::string::npos ? collapsed.size() : first);
    if (!line.empty() && !is_furniture(line)) {
      doc.text += line;
      doc.text += '\n';
    }
    start = end + 1;
  }
}

}  // namespace ng::ingest
