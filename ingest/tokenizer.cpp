#include "ingest/tokenizer.hpp"

#include <cctype>

namespace ng::ingest {
namespace {

// ASCII classes as the "C" locale has them, inline: these run for every byte of the text.
bool is_ascii_alpha(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
bool is_ascii_digit(unsigned char c) { return static_cast<unsigned char>(c - '0') < 10; }
bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool is_word_byte(unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || c >= 0x80; }

bool is_letter(unsigned char c) { return is_ascii_alpha(c) || c >= 0x80; }

}  // namespace

void tokenize(std::string_view text, ByteOffset base, std::vector<Span>& out) {
  const std::size_t n = text.size();
  std::size_t i = 0;
  auto at = [&](std::size_t k) -> unsigned char { return k < n ? static_cast<unsigned char>(text[k]) : 0; };
  // The token text[from, to), as a span past `base` (a document is below 4 GiB: reader.hpp).
  auto add = [&](std::size_t from, std::size_t to) {
    out.push_back({ByteOffset(base.value + static_cast<std::uint32_t>(from)),
                   ByteOffset(base.value + static_cast<std::uint32_t>(to))});
  };
  while (i < n) {
    unsigned char c = at(i);
    if (is_space(c)) {
      ++i;
      continue;
    }
    std::size_t start = i;
    if (!is_word_byte(c)) {
      // "'s" and "n't" style clitics start with an apostrophe and attach to nothing.
      if (c == '\'' && (at(i + 1) == 's' || at(i + 1) == 'S') && !is_word_byte(at(i + 2))) {
        i += 2;
      } else {
        ++i;
      }
      add(start, i);
      continue;
    }
    // Acronyms with dots: a single letter, a dot, a letter ... ("U.S", "U.S.", "U.N.").
    if (is_letter(c) && at(i + 1) == '.' && is_letter(at(i + 2)) && !is_letter(at(i + 3))) {
      i += 1;
      while (at(i) == '.' && is_letter(at(i + 1)) && !is_letter(at(i + 2))) i += 2;
      if (at(i) == '.') ++i;
      add(start, i);
      continue;
    }
    while (i < n) {
      unsigned char d = at(i);
      if (is_word_byte(d)) {
        ++i;
      } else if ((d == ',' || d == '.') && is_ascii_digit(at(i - 1)) && is_ascii_digit(at(i + 1))) {
        ++i;  // "40,000", "1.5": one number, whose comma joins no list
      } else if (d == '-' && is_letter(at(i + 1)) && at(i + 2) == '.' && is_letter(at(i + 3))) {
        break;  // "Canada-U.S.": the acronym after the hyphen is a token of its own, as in "U.S.-Canada"
      } else if ((d == '-' || d == '\'' || d == '&') && is_word_byte(at(i + 1)) && i > start) {
        // Inner hyphens and apostrophes stay ("al-Qaeda", "O'Brien"), but "'s" splits off.
        if (d == '\'' && (at(i + 1) == 's' || at(i + 1) == 'S') && !is_word_byte(at(i + 2))) break;
        if (d == '\'' && (at(i + 1) == 't' || at(i + 1) == 'T') && !is_word_byte(at(i + 2)) && i > start &&
            (at(i - 1) == 'n' || at(i - 1) == 'N')) {
          --i;  // "doesn't" -> "does" "n't"
          break;
        }
        ++i;
      } else {
        break;
      }
    }
    if (i == start) i = start + 1;
    add(start, i);
    if (at(i) == 'n' && at(i + 1) == '\'' && (at(i + 2) == 't' || at(i + 2) == 'T')) {
      add(i, i + 3);
      i += 3;
    }
  }
}

std::string token_key(std::string_view token) {
  // Written in place and cut to length once: a push_back per byte cost more than the rest
  // of the splitter, which keys every token.
  std::string key(token.size(), '\0');
  const bool drop_dots = token.size() > 1;
  std::size_t n = 0;
  for (char c : token) {
    if (c == '.' && drop_dots) continue;
    key[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  key.resize(n);
  return key;
}

bool is_initial(std::string_view token) { return token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z'; }

bool is_capitalized(std::string_view token) {
  if (token.empty()) return false;
  unsigned char c = static_cast<unsigned char>(token[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace ng::ingest
