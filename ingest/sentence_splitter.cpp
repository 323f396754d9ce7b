#include "ingest/sentence_splitter.hpp"

#include <unordered_set>

#include "ingest/relation_lexicon_data.hpp"
#include "ingest/tokenizer.hpp"

namespace ng::ingest {
namespace {

bool is_terminal(std::string_view token) { return token == "." || token == "!" || token == "?"; }

// A capitalized name ending in "s" ("Philippines", "United States") takes a bare apostrophe
// as its possessive; after a lower-case word the apostrophe more likely closes a quote.
bool possessed_by_apostrophe(std::string_view name) {
  return name.size() > 1 && is_capitalized(name) && (name.back() == 's' || name.back() == 'S');
}

}  // namespace

SentenceSplitter::SentenceSplitter(const RelationLexicon& lexicon, const ActorDictionary& actors) : lexicon_(lexicon) {
  std::vector<Span> spans;
  for (const Alias& alias : actors.aliases()) {
    spans.clear();
    tokenize(alias.text, ByteOffset{}, spans);
    if (spans.size() != 1) continue;
    const std::string key = token_key(alias.text);
    if (key.find('-') != std::string::npos) {
      whole_aliases_.insert(key);
    } else {
      // "US" matches only as written; its key "us" would split "us-led".
      one_word_aliases_.insert(alias.case_sensitive ? alias.text : key);
    }
  }
}

// "China-Japan relations", "Israeli-Palestinian talks": when every part of a hyphenated
// word is an actor's one-word name (and the whole is none, as "Guinea-Bissau" is), the
// parts and hyphens become tokens of their own; so do they when the last part is a
// participle that makes the names an act's authors ("US-led", as "U.S.-led" already is).
void SentenceSplitter::split_joined_names(std::string_view text, std::vector<Span>& spans) const {
  std::vector<Span> split;  // filled only from the first word that splits
  std::vector<Span> parts;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const Span span = spans[i];
    const std::string_view word = text.substr(span.begin.value, span.size());
    // Names are capitalised, so most hyphenated words ("pro-government", "al-Qaeda") stop at
    // the first letter of a part.
    auto is_name = [&](std::size_t from, std::size_t to) {
      const std::string_view name = word.substr(from, to - from);
      if (name.empty() || !is_capitalized(name)) return false;
      return one_word_aliases_.contains(token_key(name)) || one_word_aliases_.contains(std::string(name));
    };
    std::size_t dash = word.find('-');
    bool names = dash != std::string_view::npos && dash + 1 < word.size();
    if (names) {
      parts.clear();
      std::size_t from = 0;
      for (; names && dash != std::string_view::npos; dash = word.find('-', from)) {
        names = is_name(from, dash);
        parts.push_back({ByteOffset(span.begin.value + static_cast<std::uint32_t>(from)),
                         ByteOffset(span.begin.value + static_cast<std::uint32_t>(dash))});
        from = dash + 1;
      }
      // "US-led", "Saudi-brokered": a name and a participle that makes it the author.
      const bool authored = names && lexicon_.data().author_participles.contains(token_key(word.substr(from)));
      names = names && (authored || is_name(from, word.size())) && !whole_aliases_.contains(token_key(word));
      parts.push_back({ByteOffset(span.begin.value + static_cast<std::uint32_t>(from)), span.end});
    }
    if (!names) {
      if (!split.empty()) split.push_back(span);
      continue;
    }
    if (split.empty()) split.assign(spans.begin(), spans.begin() + static_cast<std::ptrdiff_t>(i));
    for (std::size_t p = 0; p < parts.size(); ++p) {
      if (p > 0) split.push_back({parts[p - 1].end, ByteOffset(parts[p - 1].end.value + 1)});
      split.push_back(parts[p]);
    }
  }
  if (!split.empty()) spans = std::move(split);
}

void SentenceSplitter::run(Document& doc) const {
  const auto& data = lexicon_.data();
  doc.tokens.clear();
  doc.token_keys.clear();
  doc.sentences.clear();
  std::unordered_set<std::string> seen;
  int body_index = 0;
  int paragraph = doc.body_begin.value > 0 ? -1 : 0;

  std::size_t line_start = 0;
  std::vector<Span> spans;
  std::string key;
  while (line_start < doc.text.size()) {
    std::size_t line_end = doc.text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = doc.text.size();
    const bool is_title = line_start < doc.body_begin.value;

    spans.clear();
    tokenize(std::string_view(doc.text).substr(line_start, line_end - line_start),
             ByteOffset(static_cast<std::uint32_t>(line_start)), spans);
    if (std::string_view(doc.text).substr(line_start, line_end - line_start).find('-') != std::string_view::npos) {
      split_joined_names(doc.text, spans);
    }
    const auto first = static_cast<std::uint32_t>(doc.tokens.size());
    bool in_quote = false;
    for (const Span& span : spans) {
      std::string_view text = doc.slice(span);
      if (text == "\"") {
        in_quote = !in_quote;
        doc.tokens.push_back({span, false});
      } else {
        doc.tokens.push_back({span, in_quote});
      }
      // "the Philippines' ally": an apostrophe closing a name that ends in "s" is its possessive.
      if (text == "'" && doc.tokens.size() > first + 1 && doc.tokens[doc.tokens.size() - 2].span.end == span.begin &&
          possessed_by_apostrophe(doc.slice(doc.tokens[doc.tokens.size() - 2].span))) {
        doc.token_keys.emplace_back("'s");
      } else {
        doc.token_keys.push_back(token_key(text));
      }
    }
    const auto end = static_cast<std::uint32_t>(doc.tokens.size());

    auto close_sentence = [&](std::uint32_t begin, std::uint32_t stop) {
      if (begin >= stop) return;
      Sentence s;
      s.first_token = begin;
      s.end_token = stop;
      s.span = {doc.tokens[begin].span.begin, doc.tokens[stop - 1].span.end};
      s.paragraph = paragraph;
      s.index = is_title ? -1 : body_index++;
      key.clear();
      for (std::uint32_t t = begin; t < stop; ++t) {
        key += doc.token_keys[t];
        key += ' ';
      }
      s.duplicate = !seen.insert(key).second;
      doc.sentences.push_back(s);
    };

    std::uint32_t begin = first;
    for (std::uint32_t t = first; t < end; ++t) {
      std::string_view token = doc.token_text(t);
      bool ends = false;
      if (is_terminal(token) && t + 1 < end) {
        std::uint32_t next = t + 1;
        // A quote right after the stop closes the sentence's quotation only if one is open.
        while (next < end && ((doc.token_text(next) == "\"" && doc.tokens[t].in_quote) || doc.token_text(next) == ")")) {
          ++next;
        }
        if (next == end) {
          t = end - 1;  // the closing quote belongs to the sentence; the line ends it anyway
        } else if (is_capitalized(doc.token_text(next)) || doc.token_text(next) == "\"") {
          bool abbreviation = token == "." && t > begin &&
                              (data.abbreviations.contains(doc.token_keys[t - 1]) ||
                               // "George W. Bush", "N. Korea", but not "... Plan B. The talks".
                               (is_initial(doc.token_text(t - 1)) && !data.sentence_starters.contains(doc.token_keys[next])));
          if (!abbreviation) {
            ends = true;
            t = next - 1;
          }
        }
      } else if (token.size() > 2 && token.back() == '.' && t + 1 < end &&
                 data.sentence_starters.contains(doc.token_keys[t + 1]) && is_capitalized(doc.token_text(t + 1))) {
        ends = true;  // "... in the U.S. He said": the acronym's dot ends the sentence
      }
      if (ends) {
        close_sentence(begin, t + 1);
        begin = t + 1;
      }
    }
    close_sentence(begin, end);
    if (!spans.empty() && !is_title) ++paragraph;
    if (is_title) paragraph = 0;
    line_start = line_end + 1;
  }
}

}  // namespace ng::ingest
