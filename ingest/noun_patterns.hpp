#pragma once
// NounPatterns: relations that news states with a noun, not a verb (issue #9). The nouns
// are data: the argument nouns with their patterns in patterns.json (where the source may
// stand, what introduces the target), the allies, ties and faults in cues.json. This file
// knows the few phrase shapes they stand in:
//   allies       "Greece, Cyprus's closest ally", "its ally Russia", "NATO ally Turkey",
//                "Seoul and its U.S. ally", "China is the North's main ally"
//   tie nouns    "ties between Brazil and Angola", "Britain's special relationship with
//                the United States", "the U.S.-Japan alliance" (not after "cut" or
//                "severed": tie_breakers)
//   argument     "accusations that Russia was hitting", "a rebuke to Obama", "pressure on
//   nouns        China to rein in"; the source is the possessor, the clause's subject or
//                the agent after "by", or follows "from" after a receiving verb ("came under
//                criticism from X"), as the noun's pattern allows
//   faults       "Tokyo's failure to", "Japan's fault", said by a speaker: criticism

#include <utility>

#include "ingest/clause_reader.hpp"
#include "ingest/document.hpp"
#include "ingest/reading.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {

class NounPatterns {
 public:
  NounPatterns(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
               const Attribution* attribution)
      : doc_(doc), clause_(clause), lex_(lex), attribution_(attribution), end_(clause.sentence().end_token) {}

  /// Every reading of the sentence's relation nouns.
  Readings read() const;

 private:
  /// What owns the noun phrase whose head starts at `head`: "Cyprus's", "its" (its
  /// antecedent), or a name among its modifiers ("a key U.S. ally"). `start` is where the
  /// phrase begins (its determiner or possessor).
  struct Owner {
    int possessor = -1;  // "Cyprus's", or what "its" stands for
    int inner = -1;      // a name among the modifiers: "a key U.S. ally"
    long pronoun = -1;   // where "its" or "their" stands, when that gave the possessor
    std::uint32_t start = 0;
    bool negated = false;  // "no ties", "former ally"
    bool speaker = false;  // "our alliance": the speaker's own
    bool pair = false;     // "the two countries' relationship": the story's two parties
    bool membership = false;  // a body all members belong to: "NATO allies"
  };
  Owner owner_before(std::uint32_t head) const;
  // The tie noun of "its alliance with X" that ends right before the "and" at `joint`, or 0.
  std::uint32_t tie_before_and(std::uint32_t joint) const;
  std::uint32_t predicate_start(std::uint32_t start) const;
  std::uint32_t past_adverbs(std::uint32_t t) const;
  Reading our_named_allies(std::uint32_t head) const;
  /// The two names of a hyphenated modifier that ends before `head` ("U.S.-Japan"), or -1s.
  std::pair<int, int> hyphen_pair_before(std::uint32_t head) const;
  /// The subject of a support verb ("has", "maintains") of which a tie noun phrase that
  /// starts at `start` is a joined second object; empty when there is none.
  std::vector<int> supported_by(std::uint32_t start) const;
  /// "Israel came under criticism from Egypt": the noun phrase owned by `owner` is the
  /// object of a receiving verb and `from` (the token after it) names the actor; empty
  /// sources when it is not.
  Reading received_from(const Owner& owner, std::uint32_t from) const;

  /// "A fresh appeal to Belgrade ... was issued on Monday by the EU's foreign policy chief",
  /// "Criticism of the launch came swiftly from Japan": the one a noun phrase that ends at
  /// `from` was voiced by, after a passive of a verb of voicing and "by", or after a verb of
  /// arriving and "from"; empty when its clause has none. `after` is set past that one.
  std::vector<int> voiced_by(std::uint32_t from, std::uint32_t& after) const;
  int judged_author(std::uint32_t head, bool* owned = nullptr) const;
  int namer_of_what(std::uint32_t start) const;
  /// `mutual_only`: "partners" state ties only among the list they describe ("India and
  /// Russia, strategic partners,"), not with an owner ("its EC partners").
  void read_ally(std::uint32_t head, std::uint32_t after, Readings& out, bool mutual_only) const;
  void read_tie_noun(std::uint32_t head, std::uint32_t after, Readings& out) const;
  /// The noun at `head` (ending before `after`) read by its pattern: its source where the
  /// pattern lets it stand, its target after one of the pattern's words.
  void read_argument_noun(std::uint32_t head, std::uint32_t after, const NounPattern& pattern, Readings& out) const;
  /// A fault at `head` blamed on `author` when given (else on its owner), by the speaker.
  void read_fault(std::uint32_t head, std::uint32_t after, Readings& out, int author = -1) const;

  const std::string& key(std::uint32_t t) const { return doc_.token_keys[t]; }

  const Document& doc_;
  const ClauseReader& clause_;
  const RelationLexicon::Data& lex_;
  const Attribution* attribution_;
  const std::uint32_t end_;
};

}  // namespace ng::ingest
