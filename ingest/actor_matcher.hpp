#pragma once
// ActorMatcher: reads tokens, writes Document::mentions, like spaCy's entity ruler: every
// alias of the ActorDictionary becomes a path in a token trie; at each token the longest
// alias wins and matches never overlap. Names match only when capitalised ("China", not
// "china"); short acronyms only as written ("US", not "us").

#include <bitset>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/actor_dictionary.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class ActorMatcher : public Stage {
 public:
  explicit ActorMatcher(const ActorDictionary& dictionary);
  std::string_view name() const override { return "actors"; }
  std::vector<Layer> requires_layers() const override { return {Layer::Sentences}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Mentions}; }
  void run(Document& doc) const override;

 private:
  struct Node {
    std::unordered_map<std::string, std::uint32_t> children;
    int alias = -1;            // the case-insensitive alias ending here
    int exact_alias = -1;      // the case-sensitive alias ending here
    std::string exact_surface; // its tokens as written, dots removed, joined by spaces
  };
  // (first byte, length) of the keys that start an alias: most tokens start none, and this
  // answers for them without hashing.
  static std::size_t filter_slot(std::string_view key);
  /// The case-insensitive alias made of the word at `word` and the tokens [rest, end), or -1.
  int alias_sharing_rest(const Document& doc, std::uint32_t word, std::uint32_t rest, std::uint32_t end) const;
  void add_mention(Document& doc, const Alias& alias, std::uint32_t first, std::uint32_t end) const;
  std::bitset<256 * 32> first_filter_;
  const ActorDictionary& dictionary_;
  std::vector<Node> nodes_;
};

}  // namespace ng::ingest
