#pragma once
// Document: the unit of work of the ingest pipeline. Each stage reads what earlier stages
// put here and adds its own annotations; nothing else passes between stages.
// Annotations point into the document, never copy: a Span is [begin, end) byte offsets into
// `text` (the cleaned text), a token range [first_token, end_token) indices into `tokens`.

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/actor_kind.hpp"
#include "graph/statement.hpp"
#include "ingest/diagnostics.hpp"

namespace ng::ingest {

/// A byte offset into Document::text. A type of its own, built only explicitly, so that
/// the compiler rejects a token or sentence index (plain integers) where an offset is meant,
/// and an offset where an index is meant: `Span{m.first_token, m.end_token}` does not compile.
struct ByteOffset {
  constexpr ByteOffset() = default;
  constexpr explicit ByteOffset(std::uint32_t offset) : value(offset) {}
  std::uint32_t value = 0;
  auto operator<=>(const ByteOffset&) const = default;
};

struct Span {
  ByteOffset begin;
  ByteOffset end;
  std::uint32_t size() const { return end.value - begin.value; }
  bool operator==(const Span&) const = default;
};

/// A word, number or punctuation mark of the cleaned text.
struct Token {
  Span span;
  bool in_quote = false;  // inside a direct quotation ("We have ties with ...")
};

/// A sentence of the cleaned text, as a range of tokens.
struct Sentence {
  Span span;
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;  // one past the last token
  int index = 0;                // 0-based in the body; the title is -1
  int paragraph = 0;
  bool duplicate = false;       // the same sentence already occurred in this document
};

/// How a mention names its actor; it decides whether it can be a party (relations.md).
enum class MentionForm {
  Name,       // "Russia", "NATO", "the U.S"
  Capital,    // "Moscow", "the Kremlin": the government
  Demonym,    // "Russian" as a modifier ("the Russian ambassador")
  People,     // "the Afghans", "Russians": the people, used for the country
  Person,     // a person who speaks for an actor ("Jens Stoltenberg")
  Pronoun,    // "he", "they", "we" resolved to an antecedent
  Description // "the group", "the alliance" resolved to an antecedent
};

/// A stretch of tokens that names an actor, directly or through a person or pronoun.
struct Mention {
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  std::string actor_id;         // the actor this mention stands for at the actor level
  MentionForm form = MentionForm::Name;
  int person = -1;              // index into Document::persons when a person is meant
};

/// A person found by role wording, bound to the actor they represent.
struct Person {
  std::string name;        // "Maria Lopez"
  std::string surname;     // "Lopez"
  std::string represents;  // actor id, "" when unknown
  std::string role;        // "ambassador"
};

/// Who makes the statements of a sentence (a quote, "He said that ...").
struct Attribution {
  std::uint32_t sentence = 0;   // index into Document::sentences
  std::string actor_id;         // the speaker's actor, "" when unknown
  int person = -1;              // index into Document::persons, -1 when not a person
  std::vector<std::string> co_speakers;  // the other actors of a speaker list ("Brazil and Chile said")
};

/// A verb the lexicon knows with the words left of it that belong to its group: "did not
/// want to urge". Its negation and plan are its own, not the sentence's.
struct VerbGroup {
  std::uint32_t first_token = 0;  // the first auxiliary, negation, plan or adverb
  std::uint32_t head = 0;         // where the verb starts
  std::uint32_t end_token = 0;    // one past the verb (a phrase: "hit out at")
  bool negated = false;           // "not", "never", "no longer" in the group
  bool planned = false;           // a plan, modal or infinitive: "will", "wants to", "to"
  bool passive = false;           // a participle after a form of "be": "was criticized"
};

/// The clause around a stored verb group (clause_builder.hpp): its subject and object as the
/// clause reader finds them, where it opens, the clause it hangs on, and whether it states
/// anything outright. "Russia denied that Iran had urged Syria to ...": the clause of
/// "urged" opens at "that", hangs on the clause of "denied", has the subject Iran and the
/// object Syria, and is denied.
struct Clause {
  std::uint32_t head = 0;      // where its verb starts: the head of its verb group
  std::uint32_t verb_end = 0;  // one past its verb ("hit out at"): where its object is read
  std::uint32_t opener = 0;    // its first token: the sentence's, or "that", "which", "to", a subordinator
  int parent = -1;             // index into Document::clauses of the clause it hangs on; -1 for none
  std::vector<int> subjects;   // mention indices of the subject list left of the verb group
  std::vector<int> objects;    // mention indices of the object list right after the verb
  bool denied = false;         // a denial before it in its clause: "denied that", "rejected claims that"
  bool supposed = false;       // a condition: "if", "whether", "Should Iran ..."
  bool asked = false;          // a question: "Will Washington condemn ...?"
  bool undermined = false;     // states nothing outright: denied, supposed, asked, negated, or a plan on a condition
};

struct Document {
  // Set by the reader.
  std::string id;      // "samples/x.txt", or the JSON "id"
  std::string title;   // "" when none
  std::string date;    // ISO date or ""
  std::string url;
  std::string origin;  // display name of the input file, for diagnostics
  long first_line = 1; // line of the input where this document starts
  std::string raw;     // the body as read

  // Set by the cleaner.
  std::string text;                       // cleaned text; the title (if any) comes first
  ByteOffset body_begin;                  // where the body starts in `text`

  // Set by the later stages, in pipeline order.
  std::vector<Token> tokens;
  std::vector<std::string> token_keys;    // token_key() of each token: lower case, no dots
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;          // sorted by first_token, never overlapping
  std::vector<Person> persons;
  std::vector<VerbGroup> chunks;          // sorted by head; none in a repeated sentence
  std::vector<Attribution> attributions;  // one per sentence that has a known speaker
  std::vector<Clause> clauses;            // sorted by head; of the verbs whose parties are read
  std::vector<graph::Statement> statements;

  Diagnostics diagnostics;

  std::string_view slice(Span span) const { return std::string_view(text).substr(span.begin.value, span.size()); }
  std::string_view token_text(std::uint32_t i) const { return slice(tokens[i].span); }
};

}  // namespace ng::ingest
