#include "ingest/phrase_set.hpp"

#include <algorithm>

#include "ingest/tokenizer.hpp"

namespace ng::ingest {

std::size_t PhraseSet::add(std::string_view phrase, int tag) {
  std::vector<Span> spans;
  tokenize(phrase, ByteOffset{}, spans);
  Entry entry;
  entry.tag = tag;
  for (const Span& s : spans) entry.tokens.push_back(token_key(phrase.substr(s.begin.value, s.size())));
  if (entry.tokens.empty()) return phrases_.size();
  std::size_t index = phrases_.size();
  first_filter_.set(filter_slot(entry.tokens.front()));
  phrases_.push_back(std::move(entry));
  auto& list = by_first_[phrases_.back().tokens.front()];
  list.push_back(index);
  std::stable_sort(list.begin(), list.end(), [this](std::size_t a, std::size_t b) {
    return phrases_[a].tokens.size() > phrases_[b].tokens.size();
  });
  return index;
}

PhraseSet::Match PhraseSet::match(const std::vector<std::string>& keys, std::size_t at,
                                  std::size_t end) const {
  if (at >= end || !first_filter_.test(filter_slot(keys[at]))) return {};
  auto it = by_first_.find(keys[at]);
  if (it == by_first_.end()) return {};
  for (std::size_t index : it->second) {
    const auto& tokens = phrases_[index].tokens;
    if (at + tokens.size() > end) continue;
    if (std::equal(tokens.begin(), tokens.end(), keys.begin() + static_cast<std::ptrdiff_t>(at))) {
      return {tokens.size(), phrases_[index].tag, index};
    }
  }
  return {};
}

bool PhraseSet::contains(std::string_view word) const {
  std::string key = token_key(word);
  if (!first_filter_.test(filter_slot(key))) return false;
  auto it = by_first_.find(key);
  if (it == by_first_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [this](std::size_t index) { return phrases_[index].tokens.size() == 1; });
}

}  // namespace ng::ingest
