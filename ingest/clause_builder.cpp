#include "ingest/clause_builder.hpp"

#include <algorithm>

#include "ingest/chunker.hpp"
#include "ingest/clause_reader.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {
namespace {

// The words that open a clause hung on another: "said that", "Iran, which", "accused Japan
// when", and the infinitive's "to".
bool subordinates(const ClauseReader& clause, const RelationLexicon::Data& lex, std::uint32_t t) {
  const std::string& key = clause.document().token_keys[t];
  return key == "that" || key == "which" || key == "who" || key == "whom" || key == "whose" ||
         clause.match(lex.subordinators, t) > 0 || clause.match(lex.clause_conjunctions, t) > 0;
}

// Where the clause of `group` opens: the nearest word left of its subject (or of the group,
// when it names none) that opens a clause, the token after a comma, semicolon or verb of
// saying ("said Iran had urged"), else the sentence's first token. `subordinate` tells
// whether that opener hangs the clause on another.
std::uint32_t opener_of(const ClauseReader& clause, const RelationLexicon::Data& lex, const VerbGroup& group,
                        const std::vector<int>& subjects, bool& subordinate) {
  const Document& doc = clause.document();
  const std::uint32_t first = clause.sentence().first_token;
  subordinate = false;
  std::uint32_t start = group.first_token;
  if (!subjects.empty()) {
    start = std::min(start, doc.mentions[static_cast<std::size_t>(subjects.front())].first_token);
  } else if (doc.token_keys[start] == "to") {
    subordinate = true;  // "used his speech to urge China": an infinitive
    return start;
  }
  for (std::uint32_t t = start; t > first; --t) {
    const std::uint32_t u = t - 1;
    if (clause.mention_at(u) >= 0) continue;
    if (subordinates(clause, lex, u)) {
      subordinate = true;
      return u;
    }
    const std::string& key = doc.token_keys[u];
    if (key == ";" || key == "," || clause.match(lex.reporting_verbs, u) > 0) {
      subordinate = key != ";" && key != ",";
      return t;
    }
  }
  return first;
}

// A comma, semicolon, "and" or "but" in [from, to): the clause before it has ended.
bool ends_between(const Document& doc, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t t = from; t < to; ++t) {
    const std::string& key = doc.token_keys[t];
    if (key == "," || key == ";" || key == "and" || key == "but") return true;
  }
  return false;
}

}  // namespace

const Clause* clause_at(const Document& doc, std::uint32_t head) {
  auto it = std::lower_bound(doc.clauses.begin(), doc.clauses.end(), head,
                             [](const Clause& clause, std::uint32_t t) { return clause.head < t; });
  return it != doc.clauses.end() && it->head == head ? &*it : nullptr;
}

const Clause* clause_ending_at(const Document& doc, std::uint32_t verb_end) {
  auto it = std::lower_bound(doc.clauses.begin(), doc.clauses.end(), verb_end,
                             [](const Clause& clause, std::uint32_t t) { return clause.head < t; });
  return it != doc.clauses.begin() && std::prev(it)->verb_end == verb_end ? &*std::prev(it) : nullptr;
}

// The verbs whose subject and object the relation stage reads (statement_extractor.cpp:
// read_verb). A support verb ("have", "maintain") is read from its tie noun, a verb of
// receiving from its noun, and a naming ("called") mostly from its complement, so their
// groups get no clause: storing them cost 8 % more instructions for nothing read.
bool takes_parties(const RelationLexicon::Data& lex, const Document& doc, const Sentence& sentence,
                   std::uint32_t head) {
  const auto cue = lex.cues.match(doc.token_keys, head, sentence.end_token);
  if (cue.length == 0) return false;
  switch (cue_kind(cue.tag)) {
    case CueKind::Verb:
    case CueKind::VerbNeedsTo:
    case CueKind::VerbOnAct:
    case CueKind::VerbNeedsComplement:
    case CueKind::TieVerb:
    case CueKind::MutualVerb: return true;
    default: return false;
  }
}

void ClauseBuilder::run(Document& doc) const {
  const auto& lex = lexicon_.data();
  doc.clauses.clear();
  std::vector<Clause> clauses;
  clauses.reserve(doc.chunks.size());
  std::size_t next = 0;  // the first group of the sentence being read
  for (const Sentence& sentence : doc.sentences) {
    if (next >= doc.chunks.size()) break;
    if (doc.chunks[next].head >= sentence.end_token) continue;
    const ClauseReader reader(doc, sentence, lex);
    const std::size_t sentence_first = clauses.size();
    for (; next < doc.chunks.size() && doc.chunks[next].head < sentence.end_token; ++next) {
      const VerbGroup& group = doc.chunks[next];
      if (!takes_parties(lex, doc, sentence, group.head)) continue;
      Clause clause;
      clause.head = group.head;
      clause.verb_end = group.end_token;
      clause.subjects = reader.subject_before(group.head);
      clause.objects = reader.object_at(group.end_token);
      bool subordinate = false;
      clause.opener = opener_of(reader, lex, group, clause.subjects, subordinate);
      // It hangs on the latest clause before its opener ("accused Turkey of meddling when
      // Egypt urged"), unless a comma, semicolon, "and" or "but" ends that one first.
      if (subordinate && clauses.size() > sentence_first && clauses.back().head < clause.opener &&
          !ends_between(doc, clauses.back().verb_end, clause.opener)) {
        clause.parent = static_cast<int>(clauses.size() - 1);
      }
      clause.denied = reader.denied(group.head);
      clause.supposed = reader.supposed(group.head);
      clause.asked = reader.asked(group.head);
      clause.undermined = clause.denied || clause.supposed || clause.asked || reader.group_undermines(group.head);
      clauses.push_back(std::move(clause));
    }
  }
  doc.clauses = std::move(clauses);
}

}  // namespace ng::ingest
