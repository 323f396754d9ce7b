#pragma once
// StatementExtractor: reads sentences, mentions and attributions; writes
// Document::statements. For each relation cue of the lexicon it finds the source (the
// subject list left of the cue) and the target (the object list right of it);
// claim_patterns.hpp reads what a speaker claims ("X has failed", "X should ...", "X's
// build-up was a violation", "called X's move provocative") and noun_patterns.hpp the
// relations stated with a noun ("its ally Russia", "the U.S.-Japan alliance"). It drops what
// relations.md says makes no edge: negation in the cue's verb group, denial and
// conditions, questions, self-edges, and repeats of a sentence or of a title edge in the
// body. Plans are optional readings (annotation.md) and are kept.

#include "ingest/actor_dictionary.hpp"
#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class StatementExtractor : public Stage {
 public:
  StatementExtractor(const ActorDictionary& dictionary, const RelationLexicon& lexicon)
      : dictionary_(dictionary), lexicon_(lexicon) {}
  std::string_view name() const override { return "relations"; }
  std::vector<Layer> requires_layers() const override { return {Layer::Clauses, Layer::Speakers}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Statements}; }
  void run(Document& doc) const override;

 private:
  /// False when the document names fewer than two distinct actors, in its mentions and
  /// speakers: then no statement can join two, since relations.md allows no self-edge, and
  /// the sentences need no reading (most gigaword sentences name one actor or none).
  static bool names_two_actors(const Document& doc);
  graph::Actor actor(const std::string& id) const;
  /// One statement; `co_speaker`, when given, replaces the attribution's actor as the
  /// source of a speaker's statement (the other members of a speaker list).
  void add_statement(Document& doc, const Sentence& sentence, const Attribution* attribution, int source,
                     graph::RelationType relation, int target, const std::string* co_speaker) const;

  const ActorDictionary& dictionary_;
  const RelationLexicon& lexicon_;
};

}  // namespace ng::ingest
