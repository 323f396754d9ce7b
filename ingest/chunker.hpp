#pragma once
// Chunker: the verb groups of a document, stored once for the relation readers. A verb
// group is a verb the lexicon knows as a relation cue or a verb of receiving with the
// words left of it that belong to it: auxiliaries, plans and modals ("will", "wants
// to"), negations, adverbs and time phrases, up to a name. So the scope of "not" or "would"
// is its own verb group, not the sentence: "did not urge" is negated, while in "she had no
// doubt ..., and urged Serbia" the group "urged" is not. It runs once the mentions are
// final (after references), since a name ends a group. A verb of saying ("said") gets no
// group: no reader asks about one, and a reader that did would read it with
// read_verb_group().

#include <cstdint>

#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class ClauseReader;

/// Reads the verb group whose verb starts at `head` (and ends before `end_token`) from the
/// words left of it. The one place that decides negation, plan and passive: the chunker
/// stores its result, and a reader asking about a word that has no stored group (the start
/// of a noun pattern) calls it directly.
VerbGroup read_verb_group(const ClauseReader& clause, const RelationLexicon::Data& lex, std::uint32_t head,
                          std::uint32_t end_token);
/// The stored verb group whose verb starts at `head`, or nullptr when none is stored.
const VerbGroup* verb_group_at(const Document& doc, std::uint32_t head);

class Chunker : public Stage {
 public:
  explicit Chunker(const RelationLexicon& lexicon) : lexicon_(lexicon) {}
  std::string_view name() const override { return "chunks"; }
  std::vector<Layer> requires_layers() const override { return {Layer::References}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Chunks}; }
  void run(Document& doc) const override;

 private:
  const RelationLexicon& lexicon_;
};

}  // namespace ng::ingest
