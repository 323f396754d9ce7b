#pragma once
// SentenceSplitter: reads Document::text, writes tokens, their keys and sentences. Each
// line is a paragraph; a sentence ends at . ! ? before a capitalised word, except after an
// abbreviation ("Gen.") or an acronym that runs on ("the U.S. envoy"). Tokens between
// double quotes are marked in_quote; a sentence repeated in the document is marked
// duplicate (relations.md: "the same sentence repeated in one document counts once").
// Names joined by a hyphen ("U.S.-China", "China-Japan relations") are split apart.

#include <string>
#include <unordered_set>

#include "ingest/actor_dictionary.hpp"
#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class SentenceSplitter : public Stage {
 public:
  /// `actors`: a word joined by hyphens whose every part names an actor ("China-Japan",
  /// "Israeli-Palestinian") is split, so that each name is a token of its own.
  SentenceSplitter(const RelationLexicon& lexicon, const ActorDictionary& actors);
  std::string_view name() const override { return "sentences"; }
  std::vector<Layer> requires_layers() const override { return {Layer::Text}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Sentences}; }
  void run(Document& doc) const override;

 private:
  void split_joined_names(std::string_view text, std::vector<Span>& spans) const;

  const RelationLexicon& lexicon_;
  std::unordered_set<std::string> one_word_aliases_;  // token keys; "us" only as written "US"
  std::unordered_set<std::string> whole_aliases_;     // hyphenated aliases, never split ("guinea-bissau")
};

}  // namespace ng::ingest
