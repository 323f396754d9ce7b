#include "ingest/phrase_set.hpp"

#include <algorithm>
#include <cstring>

#include "ingest/tokenizer.hpp"

namespace ng::ingest {

std::uint64_t PhraseSet::hash(std::uint32_t parent, std::string_view word) {
  // The first and the last (up to) 8 bytes and the length: two loads whatever the length,
  // which tells apart the words of a lexicon; a collision costs only a string compare.
  std::uint64_t head = 0;
  std::uint64_t tail = 0;
  const std::size_t n = word.size();
  if (n >= 8) {
    std::memcpy(&head, word.data(), 8);
    std::memcpy(&tail, word.data() + n - 8, 8);
  } else if (n > 0) {
    std::memcpy(&head, word.data(), n);
  }
  std::uint64_t h = (head ^ (tail * 0x9E3779B97F4A7C15ULL) ^ (n << 56) ^ parent) * 0xFF51AFD7ED558CCDULL;
  h ^= h >> 32;
  return h * 0xC4CEB9FE1A85EC53ULL;
}

std::uint32_t PhraseSet::child(std::uint32_t parent, std::string_view word) const {
  if (table_.empty()) return 0;
  const std::uint64_t h = hash(parent, word);
  const std::size_t mask = table_.size() - 1;
  for (std::size_t slot = (h >> 32) & mask;; slot = (slot + 1) & mask) {
    const std::uint32_t entry = table_[slot];
    if (entry == 0) return 0;
    const Edge& edge = edges_[entry - 1];
    if (edge.hash == h && edge.parent == parent && std::string_view(edge.word) == word) return edge.child;
  }
}

void PhraseSet::insert_edge(std::uint32_t edge) {
  const std::size_t mask = table_.size() - 1;
  std::size_t slot = (edges_[edge].hash >> 32) & mask;
  while (table_[slot] != 0) slot = (slot + 1) & mask;
  table_[slot] = edge + 1;
}

std::size_t PhraseSet::add(std::string_view phrase, int tag) {
  std::vector<Span> spans;
  tokenize(phrase, ByteOffset{}, spans);
  if (spans.empty()) return phrase_count_;
  const std::size_t index = phrase_count_++;
  std::uint32_t node = 0;
  for (const Span& s : spans) {
    std::string word = token_key(phrase.substr(s.begin.value, s.size()));
    if (node == 0) first_filter_.set(filter_slot(word));
    if (std::uint32_t next = child(node, word); next != 0) {
      node = next;
      continue;
    }
    const auto next = static_cast<std::uint32_t>(nodes_.size());
    nodes_[node].has_children = true;
    nodes_.emplace_back();
    edges_.push_back(Edge{node, next, hash(node, word), std::move(word)});
    // At most half full, so that a probe ends soon at a free slot; doubled when it would be
    // more, so that adding stays linear.
    if (2 * edges_.size() > table_.size()) {
      std::size_t size = 16;
      while (size < 4 * edges_.size()) size *= 2;
      table_.assign(size, 0);
      for (std::uint32_t e = 0; e < edges_.size(); ++e) insert_edge(e);
    } else {
      insert_edge(static_cast<std::uint32_t>(edges_.size() - 1));
    }
    node = next;
  }
  Node& last = nodes_[node];
  if (!last.ends_phrase) {
    last.ends_phrase = true;
    last.tag = tag;
    last.phrase = index;
  }
  return index;
}

bool PhraseSet::contains_phrase(std::string_view phrase) const {
  std::vector<Span> spans;
  tokenize(phrase, ByteOffset{}, spans);
  std::vector<std::string> keys;
  for (const Span& s : spans) keys.push_back(token_key(phrase.substr(s.begin.value, s.size())));
  return !keys.empty() && match(keys, 0, keys.size()).length == keys.size();
}

PhraseSet::Match PhraseSet::match_from(const std::vector<std::string>& keys, std::size_t at,
                                       std::size_t end) const {
  Match longest;
  std::uint32_t node = child(0, keys[at]);
  for (std::size_t i = at; node != 0;) {
    const Node& reached = nodes_[node];
    if (reached.ends_phrase) longest = {i - at + 1, reached.tag, reached.phrase};
    if (!reached.has_children || ++i >= end) break;
    node = child(node, keys[i]);
  }
  return longest;
}

bool PhraseSet::contains(std::string_view word) const {
  // Callers mostly pass a token key already: lower case without dots, its own key, which
  // needs no copy.
  const bool is_key = std::none_of(word.begin(), word.end(), [](char c) { return c == '.' || (c >= 'A' && c <= 'Z'); });
  std::string converted;
  const std::string_view key = is_key ? word : std::string_view(converted = token_key(word));
  if (!first_filter_[filter_slot(key)]) return false;
  const std::uint32_t node = child(0, key);
  return node != 0 && nodes_[node].ends_phrase;
}

}  // namespace ng::ingest
