#pragma once
// ClauseReader: the shallow syntax the speaker and relation stages share. It answers, for
// one sentence, "who is the subject left of this verb?" and "who is the object right of
// it?", walking over adverbs, time phrases and lists ("X, Y and Z") without a parser.

#include <array>
#include <cstdint>
#include <vector>

#include "ingest/document.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {

class ClauseReader {
 public:
  ClauseReader(const Document& doc, const Sentence& sentence, const RelationLexicon::Data& lexicon);
  ClauseReader(const ClauseReader&) = delete;
  ClauseReader& operator=(const ClauseReader&) = delete;

  /// Index into doc.mentions of the mention covering token t, or -1. Inline: every reader
  /// asks it about nearly every token.
  int mention_at(std::uint32_t t) const {
    if (t < sentence_.first_token || t >= sentence_.end_token) return -1;
    return mention_of_token_[t - sentence_.first_token];
  }
  /// The mention that ends just before token t (its end_token == t), or -1.
  int mention_ending_at(std::uint32_t t) const;

  /// True when the mention can be a party: a name, capital, people, person or resolved
  /// pronoun, not a place after a preposition, not a modifier of an event ("the Iraq war").
  /// `after_cue`: the mention follows a cue that ends in a preposition ("laid into
  /// Japan"), so that preposition makes no place of it.
  bool is_party(int mention, bool after_cue = false) const;
  /// True when token t is an adverb in -ly ("regularly", "openly"), which verb groups
  /// pass over; the lexicon's not_adverbs ("ally", "family") are nouns.
  bool is_adverb(std::uint32_t t) const;
  /// True when token t can be a past participle: "-ed", "-en" or an irregular form ("held").
  bool is_participle(std::uint32_t t) const;
  /// True when a preposition stands before the mention (and its "the"): "for Colombia".
  bool after_preposition(int mention) const;
  /// "members of Islamic State", "a Turkish member of the group": the group whose member
  /// the phrase opening at t names, or -1.
  int members_of(std::uint32_t t) const;
  bool offices_ending_at(std::uint32_t end, bool plural) const;
  /// True when the mention is followed by "'s" ("Syria's neighbours").
  bool is_possessive(int mention) const;

  /// The first token left of `t` that is not an adverb, auxiliary or time phrase.
  /// Returns sentence.first_token - 1 (as a signed value) when none is left.
  long skip_left(long t) const;
  /// True when token t is a dash between spaces (" - ", " -- "), which sets off an aside.
  bool is_spaced_dash(std::uint32_t t) const;
  /// The first token at or right of `t` that is not skippable.
  std::uint32_t skip_right(std::uint32_t t) const;
  /// `t`, or the token after an article at t that opens no name of its own ("the Philippines"
  /// is a name with its article; in "the Russian side" the article is passed).
  std::uint32_t past_article(std::uint32_t t) const {
    const bool article = t < sentence_.end_token &&
                         (doc_.token_keys[t] == "the" || doc_.token_keys[t] == "a" || doc_.token_keys[t] == "an");
    return article && mention_at(t) < 0 ? t + 1 : t;
  }

  /// The subject list that ends just left of token t ("X, Y and Z cue"): mention indices
  /// in text order; empty when the word left of the verb is not a party. A verb joined by
  /// "and" to an earlier one ("Moscow hit out at NATO and said") takes the sentence's
  /// main subject. Read from the clauses layer when it stored the clause of a verb at t.
  std::vector<int> subject_before(std::uint32_t t) const;
  /// For a comma at `comma` that closes a parenthetical attribution ("Russia, he said, bore";
  /// "The United States, he said in an interview, had"), the comma that opens it; else `comma`.
  std::uint32_t parenthetical_start(std::uint32_t comma) const;
  /// The object list that starts at token t ("urged Britain and Argentina"), also after a
  /// list introducer ("ten countries including X, Y"). Empty when none. Read from the
  /// clauses layer when t is right after a verb whose clause it stored.
  std::vector<int> object_at(std::uint32_t t) const;
  /// The subject list of the sentence before this one (main_subject there): whom a sentence-
  /// opening "It", "this" or "the move" most likely tells of. Empty for the first sentence.
  std::vector<int> previous_subject() const;
  /// The comma before "which" or "whom" that opens the relative clause whose subject starts
  /// at `subject` ("Iran, which Washington has accused", "the OAS, which it deemed"), or 0.
  std::uint32_t relative_comma(std::uint32_t subject) const;
  /// "between the EU and Turkey" at t (the token after "between"): the two or more parties
  /// the list names, which object_at would take for places after a preposition; else empty.
  std::vector<int> parties_between(std::uint32_t t) const;
  /// object_at, where a name that modifies a noun after it ("criticized Iraq hostage
  /// mediators") is no object.
  std::vector<int> head_object_at(std::uint32_t t) const;
  /// Is the word at t a participle whose clause the name before it does ("Russian jets flying
  /// into Turkish airspace")?
  bool acts_in_participle(std::uint32_t t) const;
  /// True when token t cannot continue the noun phrase before it: punctuation, a
  /// preposition, conjunction, adverb or reporting verb, or the end of the sentence.
  bool ends_phrase(std::uint32_t t) const;
  /// "both", "the two sides": the two latest parties of distinct actors before token t,
  /// in this sentence or the one before; empty when there are not two.
  std::vector<int> pair_before(std::uint32_t t, bool besides_subject = false) const;
  /// "all three": the `count` latest parties of distinct actors before token t, as
  /// pair_before finds two.
  /// `besides_subject`: the pair is what the sentence's subject acts on, so when the sentence
  /// names more than two, the two besides the subject ("X accuses both of ...").
  std::vector<int> parties_before(std::uint32_t t, std::size_t count, bool besides_subject = false) const;
  /// The nearest party before token t that stands as a clause's subject: not inside a
  /// prepositional phrase, followed by a verb-like word ("after France delivered ...").
  std::vector<int> clause_subject_before(std::uint32_t t) const;
  /// An act noun ("military action", "tight-fisted fiscal policy") at t, after up to
  /// three adjectives.
  /// "Japan's continued trade imbalance", "the proposed tax": a past form right after a
  /// possessive or an article is an adjective, not a verb that ends the phrase.
  bool participle_adjective(std::uint32_t t) const;
  bool act_follows(std::uint32_t t) const;
  /// True when `source` opens a relative clause whose object is a gap: "drills, which the
  /// North called ...", "..., a move China condemned as ...", "... in what UNESCO called".
  bool relative_gap(int source) const;
  /// The actors named in the sentence's opening noun phrase, adjectives included: "U.S.
  /// and South Korean troops began ...", "A U.S. Navy destroyer sailed ...".
  std::vector<int> opening_parties() const;
  /// The sentence's first token after a wire dateline ("BAGHDAD (Reuters) -").
  std::uint32_t after_dateline() const;
  /// The sentence's first word after a dateline, an opening quote or conjunction.
  std::uint32_t opening_token() const;
  /// Where the main clause's subject starts: after a dateline, an opening conjunction or
  /// quote, and an introductory phrase up to a comma ("In Germany, Steinmeier said").
  std::uint32_t subject_start() const;
  /// The first party at the start of the sentence, after introductory phrases; with
  /// `pairs`, also the story's pair an opening "Both sides" stands for.
  std::vector<int> main_subject(bool pairs = true) const;
  /// "and (possibly some) other countries", "and its allies" at t: where "other", "its" or
  /// "their" stands, or 0 when no unnamed members follow.
  std::uint32_t unnamed_members_at(std::uint32_t t) const;
  /// Who acts in the infinitive after the "to" at `to`: "Taiwan's leader used his speech to
  /// urge China", "The EC continued to insist": the clause's subject, when no other name, comma
  /// or verb of saying stands between ("asked Russia to urge Iran" does not).
  std::vector<int> subject_of_infinitive(std::uint32_t to) const;
  // "the determination of the U.S. and West Germany to continue", "Japan's readiness to":
  // the owner of an intent noun right before the infinitive's "to"; empty if none.
  std::vector<int> intent_owner(std::uint32_t to) const;
  /// "a statement from Egypt's foreign ministry", "a report by U.N. investigators": the parties
  /// that issued the speech noun starting at t, named after "by" or "from"; empty otherwise.
  std::vector<int> issued_by(std::uint32_t t) const;
  // The one who issued the statement or report (key `noun`) that one of the three sentences
  // before names, or -1: "NATO issued a statement. The statement urged ...".
  int speech_issuer(std::string_view noun) const;
  // "the three", "all six" at t: true, with their number in `count`.
  bool numbered_at(std::uint32_t t, std::size_t& count) const;
  // The parties "the three" at t stands for: a pair for two; else the latest list of exactly
  // `count` names before t (this sentence or the three before), else the latest names.
  std::vector<int> numbered_parties(std::uint32_t t, std::size_t count) const;

  /// True when a phrase of `set` matches at token t (fully inside the sentence).
  std::size_t match(const PhraseSet& set, std::uint32_t t) const;
  /// True when a phrase of `set` ends exactly at token t - 1; returns its length.
  std::size_t match_ending(const PhraseSet& set, std::uint32_t t) const;
  /// The length of an evaluation of the lexicon ("unfair", "a threat to") at token t, or 0.
  std::size_t evaluation_at(std::uint32_t t) const;

  /// Does anything deny, negate or suppose the cue at token `cue`? A denial or condition
  /// counts anywhere before it in the same clause; a negation only in the cue's own verb
  /// group ("did not want to urge", chunker.hpp), so that "she had no doubt ..., and urged Serbia"
  /// still urges. Plans and wishes ("will press", "wants to urge") are weaker readings
  /// that annotation.md leaves optional: the walk passes over them.
  /// The clauses layer stores this verdict for every verb group (clause_builder.hpp) and it
  /// is read from there when stored; else it is read here.
  bool undermined(std::uint32_t cue) const;
  /// A denial ("denied", "rejected claims that") stands before the cue in its clause.
  bool denied(std::uint32_t cue) const { return in_scope_of(lex_.denials, cue); }
  /// The part of undermined() that is the cue's own verb group's: negated, or a plan on a
  /// condition that follows ("would restore relations only if").
  bool group_undermines(std::uint32_t cue) const;
  /// A condition ("if", "whether") stands before the cue in its clause.
  bool supposed(std::uint32_t cue) const { return in_scope_of(lex_.conditionals, cue) || inverted_condition(); }
  /// "Should Pyongyang carry out a test, Seoul would ...": a sentence that opens with an
  /// inverted condition states nothing outright.
  bool inverted_condition() const;
  /// The length of an obligation of the lexicon ("must", "has a duty to") that ends right
  /// before token t, or 0.
  std::size_t obligation_ending_at(std::uint32_t t) const;
  /// A question mark follows the cue in its clause: "Will Washington condemn the strikes?".
  bool asked(std::uint32_t cue) const;
  /// The nearest party left of token t, skipping `except`: what "its" or "their" at t
  /// stands for ("Damascus ... and its ally Russia"). -1 when none.
  int antecedent_before(std::uint32_t t, int except = -1) const;
  /// The latest person named before t, outside quotes, other than `except`: what "him" or
  /// "his" at t stands for. -1 when none.
  int latest_person_before(std::uint32_t t, int except = -1) const;

  const Sentence& sentence() const { return sentence_; }
  const Document& document() const { return doc_; }
  const RelationLexicon::Data& lexicon() const { return lex_; }

 private:
  bool in_scope_of(const PhraseSet& set, std::uint32_t cue) const;
  bool joins_cue(std::uint32_t t, std::uint32_t cue) const;
  std::vector<int> list_leftwards(int last_mention) const;
  std::vector<int> list_rightwards(int first_mention) const;
  std::vector<int> members_before(long p) const;
  std::vector<int> apposed_list_ending_at(std::uint32_t close) const;
  /// Where "its" or "their" stands when the phrase ending at p is a possessor's allies ("its
  /// Gulf Arab allies"); -1 otherwise.
  long own_allies_start(long p) const;

 public:
  /// A list of parties that starts with `first_mention` ("Japan, Britain and France").
  std::vector<int> list_from(int first_mention) const { return list_rightwards(first_mention); }
  /// A list of parties that ends with `last_mention`.
  std::vector<int> list_until(int last_mention) const { return list_leftwards(last_mention); }

 private:
  std::vector<int> object_list(int first_mention) const;
  int office_holder_of(std::uint32_t p) const;
  std::vector<int> story_pair(std::uint32_t t) const;
  std::vector<int> dominant_pair(const std::vector<std::string>& speakers) const;

  const Document& doc_;
  const Sentence& sentence_;
  const RelationLexicon::Data& lex_;
  // The mention of each token of the sentence. Seven readers are built per sentence, so a
  // sentence that fits keeps it in the reader itself and allocates nothing.
  static constexpr std::size_t kInlineTokens = 64;
  std::array<int, kInlineTokens> short_sentence_;
  std::vector<int> long_sentence_;
  int* mention_of_token_;  // short_sentence_ or long_sentence_: a reader is never copied
};

}  // namespace ng::ingest
