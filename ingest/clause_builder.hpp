#pragma once
// ClauseBuilder: the clause of every verb group the chunker stored (Document::clauses,
// document.hpp), read once for the relation stage: the subject list left of the group and
// the object list right of the verb (clause_reader.hpp), the word that opens the clause
// ("that", "which", "to", a subordinator), the clause it hangs on, and its polarity: a
// denial or condition before it in its clause, a question after it, its own negation, or a
// plan on a condition ("would restore relations only if") make it state nothing outright.
// It runs after the speakers, the last stage that changes a mention, so that what it
// stores is what the relation stage would read.

#include <cstdint>

#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

/// The stored clause of the verb group whose verb starts at `head`, or nullptr when none is
/// stored (the clauses layer has not run, or no verb group starts there).
const Clause* clause_at(const Document& doc, std::uint32_t head);
/// The stored clause whose verb ends right before token `verb_end`, or nullptr.
const Clause* clause_ending_at(const Document& doc, std::uint32_t verb_end);

class ClauseBuilder : public Stage {
 public:
  explicit ClauseBuilder(const RelationLexicon& lexicon) : lexicon_(lexicon) {}
  std::string_view name() const override { return "clauses"; }
  std::vector<Layer> requires_layers() const override { return {Layer::Chunks, Layer::Speakers}; }
  std::vector<Layer> assigns_layers() const override { return {Layer::Clauses}; }
  void run(Document& doc) const override;

 private:
  const RelationLexicon& lexicon_;
};

}  // namespace ng::ingest
