#pragma once
// SentenceSplitter: reads Document::text, writes tokens, their keys and sentences. Each
// line is a paragraph; a sentence ends at . ! ? before a capitalised word, except after an
// abbreviation ("Gen.") or an acronym that runs on ("the U.S. envoy"). Tokens between
// double quotes are marked in_quote; a sentence repeated in the document is marked
// duplicate (relations.md: "the same sentence repeated in one document counts once").

#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class SentenceSplitter : public Stage {
 public:
  explicit SentenceSplitter(const RelationLexicon& lexicon) : lexicon_(lexicon) {}
  std::string_view name() const override { return "sentences"; }
  std::vector<Layer> requires_layers() const override { return {Layer::Text}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Sentences}; }
  void run(Document& doc) const override;

 private:
  const RelationLexicon& lexicon_;
};

}  // namespace ng::ingest
