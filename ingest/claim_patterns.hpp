#pragma once
// ClaimPatterns: what a speaker claims about an actor. annotation.md: "an evaluative claim
// about a named actor or its act is criticism", and "Y should / must do Z", said by X about
// Y, is X urges Y. The wordings are data (cues.json: failure, claim_verbs, claims,
// evaluations, naming_verbs, epithets, obligation); this file knows the shapes they stand in:
//   failure      "said the U.S. has failed to ..."
//   claims       "Turkey and Saudi Arabia were behind", "X's pursuit of weapons, which
//                threatens the security of the region"
//   evaluations  "Peru's build-up was a violation", "the blasts were an escalation by
//                Ankara", "it is not reasonable for the U.S. to demand ..."
//   naming       "called Peru's build-up a violation", "drills, which the North called war
//                moves" (here the namer, not the speaker, is the source)
//   obligations  "Y must ...", "told Y it should ...", "warned Y its package must ..."
//   necessity    "said it was critical that Y is clear about ...", "it is time for Y to ..."
// The speaker is the sentence's attribution, or the subject of a clause the claim hangs on
// with ", saying".

#include <cstdint>
#include <vector>

#include "ingest/clause_reader.hpp"
#include "ingest/document.hpp"
#include "ingest/reading.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {

class ClaimPatterns {
 public:
  ClaimPatterns(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                const Attribution* attribution);

  /// Each reads the cue at token t (ending before cue_end); an empty Reading when none.
  Reading failure(std::uint32_t t, std::uint32_t cue_end) const;
  /// "Japan did not honor the agreement", "has not complied with": at the negation t after an
  /// auxiliary, a verb of keeping a duty; the subject is criticized by the speaker.
  Reading duty_not_kept(std::uint32_t t) const;
  Reading claim(std::uint32_t t, std::uint32_t cue_end) const;
  /// `by_only`: only an author named after "by" ("said it was an attack by Hamas").
  Reading evaluation(std::uint32_t t, bool by_only) const;
  /// "the bombing was carried out by the PKK", "said the PKK planned the attack": the doer
  /// of an attack the speaker names is blamed.
  Reading attack(std::uint32_t t, std::uint32_t cue_end) const;
  /// `subjects`: who names ("called Peru's build-up a violation"), found by the extractor.
  Reading naming(std::uint32_t t, std::uint32_t cue_end, std::vector<int> subjects) const;
  /// "NATO was branded a threat by Russia": the one named is the subject, the namer follows "by".
  Reading passive_naming(std::uint32_t t, std::uint32_t cue_end) const;
  Reading obligation(std::uint32_t t, std::uint32_t cue_end) const;
  Reading necessity(std::uint32_t t, std::uint32_t cue_end) const;
  /// The author of the act a subject ending at token p names: "Iraq's policies (were
  /// blamed)" is Iraq; empty when it names none.
  std::vector<int> act_author(long p) const { return claim_subject(p, true); }
  /// The author a naming complement that starts at t blames: "(what it called) Israeli
  /// aggression", "Norway's failure"; empty when it blames no one.
  std::vector<int> named_in(std::uint32_t t) const;
  /// Does an evaluation or an epithet of the lexicon start at t ("unfair", "a violation")?
  bool is_evaluative(std::uint32_t t) const;

 private:
  std::vector<int> claim_speakers(std::uint32_t t) const;
  Reading said_of_what(std::uint32_t copula) const;
  Reading judged_manner(std::uint32_t t) const;
  Reading judged_act_by(std::uint32_t t) const;
  Reading asked_by_necessity(std::uint32_t t, std::uint32_t cue_end) const;
  std::vector<int> doer_of_what(std::uint32_t namer) const;
  std::vector<int> duty_owner(std::uint32_t cue_end) const;
  std::vector<int> claim_subject(long p, bool acts) const;
  std::vector<int> relative_head(std::uint32_t comma) const;
  std::vector<int> said_of(std::uint32_t t) const;
  std::uint32_t said_of_at(std::uint32_t t) const;
  std::vector<int> pronoun_owner(std::uint32_t t) const;
  bool relative_that(long t) const;
  bool inside_phrase(int mention) const;
  std::vector<int> blamed_by(std::uint32_t t) const;
  std::vector<int> judged_for(std::uint32_t t) const;
  bool is_pronoun(std::uint32_t t) const;
  bool negated_before_that(std::uint32_t t) const;
  /// A verb of saying stands between the sentence's opening and the mention `source`, with
  /// no comma after it: the mention is inside what was said.
  bool saying_before(int source) const;
  std::vector<int> told_whom(std::uint32_t t) const;
  long first() const { return static_cast<long>(sentence_.first_token); }

  const Document& doc_;
  const Sentence& sentence_;
  const ClauseReader& clause_;
  const RelationLexicon::Data& lex_;
  const Attribution* attribution_;
  const std::uint32_t end_;
};

}  // namespace ng::ingest
