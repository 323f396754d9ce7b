#pragma once
// PhraseSet: multi-word phrases looked up by token key, longest first. Lookups go through
// a hash of the tokens, never a scan of every phrase (the speed budget of issue #3).
// Every stage asks several sets about nearly every token, which makes a lookup the
// pipeline's most frequent operation. So the phrases are a trie of words whose edges sit in
// one flat open-addressed table, hashed by a function that reads a word in two loads: a
// lookup costs one probe per word matched, however many phrases share the first word
// ("the", "to", "called"), and no std::unordered_map hashing every byte.

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ng::ingest {

class PhraseSet {
 public:
  /// Adds a phrase given as text ("hit out at"); returns its index. Tokens are compared by
  /// token_key, so case and dots do not matter. A phrase added twice keeps its first tag
  /// and index.
  std::size_t add(std::string_view phrase, int tag = 0);

  struct Match {
    std::size_t length = 0;  // tokens matched; 0 when nothing matched
    int tag = 0;
    std::size_t phrase = 0;
  };
  /// The longest phrase that starts at keys[at]. Inline up to the filter, which answers
  /// most calls.
  Match match(const std::vector<std::string>& keys, std::size_t at, std::size_t end) const {
    if (at >= end || !first_filter_[filter_slot(keys[at])]) return {};
    return match_from(keys, at, end);
  }
  /// The length of a phrase that ends right before keys[end] and starts no earlier than
  /// keys[first] (up to four words, the longest first), or 0.
  std::size_t match_ending(const std::vector<std::string>& keys, std::size_t first, std::size_t end) const {
    for (std::size_t length = 4; length >= 1; --length) {
      if (end >= first + length && match(keys, end - length, end).length == length) return length;
    }
    return 0;
  }
  bool contains(std::string_view word) const;
  /// True when `phrase`, given as text as to add() ("verbal attack"), is one of the phrases.
  bool contains_phrase(std::string_view phrase) const;
  bool empty() const { return phrase_count_ == 0; }

 private:
  // A node of the trie: the words of a phrase's beginning.
  struct Node {
    bool ends_phrase = false;  // the words so far are a phrase
    bool has_children = false;  // a longer phrase goes on from here
    int tag = 0;
    std::size_t phrase = 0;
  };
  // The word that leads from `parent` to `child`.
  struct Edge {
    std::uint32_t parent = 0;
    std::uint32_t child = 0;
    std::uint64_t hash = 0;
    std::string word;
  };
  // Most tokens start no phrase: a bit per (first byte, last byte, length) of the words
  // that do, checked before hashing. The last byte matters: a large set (every form of
  // every verb) has a word for nearly each first byte and length.
  static constexpr int kFilterBits = 14;
  static std::size_t filter_slot(std::string_view key) {
    if (key.empty()) return 0;
    const std::uint32_t mixed = static_cast<unsigned char>(key.front()) |
                                static_cast<std::uint32_t>(static_cast<unsigned char>(key.back())) << 8 |
                                static_cast<std::uint32_t>(std::min<std::size_t>(key.size(), 255)) << 16;
    return (mixed * 0x9E3779B1U) >> (32 - kFilterBits);
  }
  Match match_from(const std::vector<std::string>& keys, std::size_t at, std::size_t end) const;
  static std::uint64_t hash(std::uint32_t parent, std::string_view word);
  /// The node `word` leads to from `parent`, or 0 (the root, never a child) when none.
  std::uint32_t child(std::uint32_t parent, std::string_view word) const;
  void insert_edge(std::uint32_t edge);

  std::bitset<std::size_t{1} << kFilterBits> first_filter_;
  std::size_t phrase_count_ = 0;
  std::vector<Node> nodes_{Node{}};  // nodes_[0] is the root
  std::vector<Edge> edges_;
  std::vector<std::uint32_t> table_;  // 1 + index into edges_, 0 when free; a power of 2 long
};

}  // namespace ng::ingest
