#pragma once
// SpeakerAttributor: one Attribution per sentence whose speaker it finds, from the persons
// and resolved references of the stages before. In order:
//  1. speakers from reporting verbs in either order ("He said ...", "..., said X"), a
//     speaker list included ("Brazil, Chile and Peru said ..."), and the author of "a
//     statement by X that ..."; the other quoted sentences of a paragraph share its speaker;
//  2. "we"/"I"/"us" inside a quote become the speaker's actor (mentions it adds).

#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class SpeakerAttributor : public Stage {
 public:
  explicit SpeakerAttributor(const RelationLexicon& lexicon) : lexicon_(lexicon) {}
  std::string_view name() const override { return "speakers"; }
  std::vector<Layer> requires_layers() const override { return {Layer::References}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Speakers}; }
  void run(Document& doc) const override;

 private:
  void attribute_speakers(Document& doc) const;
  void resolve_first_person(Document& doc) const;

  const RelationLexicon& lexicon_;
};

}  // namespace ng::ingest
