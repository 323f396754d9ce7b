#pragma once
// SpeakerResolver: reads mentions and sentences; adds persons, pronoun and description
// mentions, and one Attribution per sentence whose speaker it finds. In order:
//  1. "Russian officials", "the Afghan government": a demonym with a state noun is the actor;
//  2. persons by role wording: "NATO secretary general Jens Stoltenberg", "Maria
//     Lopez, the Argentine ambassador to Britain,", "the Russian envoy", each bound
//     to the actor they represent (relations.md: the speaker stands for their actor);
//  3. a person's later surname ("said Stoltenberg"), "he"/"she", "it said", "they", and descriptions
//     ("the group", "the alliance", "the envoy") resolve to the latest fitting antecedent;
//  4. speakers from reporting verbs in either order ("He said ...", "..., said X"),
//     shared by the other sentences of a quoted paragraph; then "we"/"I" inside a quote
//     become the speaker's actor.

#include "ingest/actor_dictionary.hpp"
#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class SpeakerResolver : public Stage {
 public:
  SpeakerResolver(const ActorDictionary& dictionary, const RelationLexicon& lexicon)
      : dictionary_(dictionary), lexicon_(lexicon) {}
  std::string_view name() const override { return "speakers"; }
  std::vector<Layer> requires_layers() const override { return {Layer::Mentions}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Speakers}; }
  void run(Document& doc) const override;

 private:
  void join_state_nouns(Document& doc) const;
  void find_persons(Document& doc) const;
  void find_appositions(Document& doc, const Sentence& sentence) const;
  void find_titled_persons(Document& doc, const Sentence& sentence, bool headline) const;
  void find_other_names(Document& doc) const;
  void recall_surnames(Document& doc) const;
  void resolve_references(Document& doc) const;
  void attribute_speakers(Document& doc) const;
  void resolve_first_person(Document& doc) const;

  const ActorDictionary& dictionary_;
  const RelationLexicon& lexicon_;
};

}  // namespace ng::ingest
