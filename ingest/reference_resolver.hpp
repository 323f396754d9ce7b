#pragma once
// ReferenceResolver: binds what refers back to the latest fitting antecedent, read in
// story order, and adds a mention for each (a pronoun, a description, a name that needs
// its story): "he"/"she" (a "he" that opens a sentence is the previous sentence's
// subject), "his government", "it said", "they", descriptions ("the group", "the Lebanese
// militant group", "the government", "the country's prime minister": the latest country
// when it was named in this sentence or the one before, else the story's most-named one),
// an officer's "the bank", "the OPEC member", "government forces", a body's last word
// ("the Committee") and names that need their story ("the North" once a Korea is named).

#include "ingest/actor_dictionary.hpp"
#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class ReferenceResolver : public Stage {
 public:
  ReferenceResolver(const ActorDictionary& dictionary, const RelationLexicon& lexicon)
      : dictionary_(dictionary), lexicon_(lexicon) {}
  std::string_view name() const override { return "references"; }
  std::vector<Layer> requires_layers() const override { return {Layer::Persons}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::References}; }
  void run(Document& doc) const override;

 private:
  const ActorDictionary& dictionary_;
  const RelationLexicon& lexicon_;
};

}  // namespace ng::ingest
