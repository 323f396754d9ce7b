#pragma once
// PersonFinder: the persons of a document, each bound to the actor they speak for
// (relations.md: the speaker stands for their actor). It reads the actor matcher's mentions
// and edits them: it adds a mention for each person and widens or re-forms existing ones.
// In order:
//  1. "Russian officials", "the Afghan government": a demonym with a state noun is the actor;
//     "British voters" are the people; "British and French officials" are both states;
//  2. persons by role wording: "NATO secretary general Jens Stoltenberg", "Maria
//     Lopez, the Argentine ambassador to Britain,", "the Russian envoy";
//  3. an office of state named without a country ("Foreign Minister X") in a datelined
//     story is the dateline's; in one without a dateline, a government title is the lead's
//     one party's;
//  4. other two- or three-word names ("Donald Trump"), persons bound to no actor;
//     a candidate's or opposition figure's title unbinds the person ("opposition leader X");
//  5. a person's later surname ("said Stoltenberg").

#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

/// The country of a wire dateline ("ANKARA, March 5 -"), or "" when the body opens with none.
std::string dateline_country(const Document& doc);

class PersonFinder : public Stage {
 public:
  explicit PersonFinder(const RelationLexicon& lexicon) : lexicon_(lexicon) {}
  std::string_view name() const override { return "persons"; }
  std::vector<Layer> requires_layers() const override { return {Layer::Mentions}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Persons}; }
  void run(Document& doc) const override;

 private:
  void join_state_nouns(Document& doc) const;
  void find_persons(Document& doc) const;
  void find_appositions(Document& doc, const Sentence& sentence) const;
  void find_titled_persons(Document& doc, const Sentence& sentence, bool headline) const;
  void bind_offices_to_home(Document& doc) const;
  void find_other_names(Document& doc) const;
  void unbind_private_roles(Document& doc) const;
  void recall_surnames(Document& doc) const;

  const RelationLexicon& lexicon_;
};

}  // namespace ng::ingest
