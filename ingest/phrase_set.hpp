#pragma once
// PhraseSet: multi-word phrases looked up by token key, longest first. Lookups go through
// a hash of the first token, never a scan of every phrase (the speed budget of issue #3).

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ng::ingest {

class PhraseSet {
 public:
  /// Adds a phrase given as text ("hit out at"); returns its index. Tokens are compared by
  /// token_key, so case and dots do not matter.
  std::size_t add(std::string_view phrase, int tag = 0);

  struct Match {
    std::size_t length = 0;  // tokens matched; 0 when nothing matched
    int tag = 0;
    std::size_t phrase = 0;
  };
  /// The longest phrase that starts at keys[at].
  Match match(const std::vector<std::string>& keys, std::size_t at, std::size_t end) const;
  bool contains(std::string_view word) const;
  bool empty() const { return phrases_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> tokens;
    int tag = 0;
  };
  // Most tokens start no phrase: (first byte, length) pairs that do, checked before hashing.
  static std::size_t filter_slot(std::string_view key) {
    return static_cast<unsigned char>(key.empty() ? 0 : key[0]) * 32 + std::min<std::size_t>(key.size(), 31);
  }
  std::bitset<256 * 32> first_filter_;
  std::vector<Entry> phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_;  // longest first
};

}  // namespace ng::ingest
