#include "ingest/chunker.hpp"

#include <algorithm>

#include "ingest/clause_reader.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {

VerbGroup read_verb_group(const ClauseReader& clause, const RelationLexicon::Data& lex, std::uint32_t head,
                          std::uint32_t end_token) {
  VerbGroup group;
  group.head = head;
  group.end_token = end_token;
  const long first = clause.sentence().first_token;
  long u = static_cast<long>(head) - 1;
  // Leftwards over negations, plans, skippable words and adverbs, up to a name: "Russia did
  // not want to urge", "Putin and Obama had agreed to intensify".
  while (u >= first && clause.mention_at(static_cast<std::uint32_t>(u)) < 0) {
    const auto end = static_cast<std::uint32_t>(u + 1);
    std::size_t length = clause.match_ending(lex.negations, end);
    if (length > 0) {
      group.negated = true;
    } else if ((length = clause.match_ending(lex.plans, end)) > 0) {
      group.planned = true;
    } else {
      length = clause.match_ending(lex.skippable, end);
    }
    if (length == 0 && clause.is_adverb(static_cast<std::uint32_t>(u))) length = 1;
    if (length == 0) break;
    u -= static_cast<long>(length);
  }
  group.first_token = static_cast<std::uint32_t>(u + 1);
  // "was criticized", "has been asked": a participle after a form of "be". That auxiliary is
  // looked for as far as the subject search reads (skip_left), which also crosses a quote
  // mark, a bracket and "meanwhile," ("was \"criticized\""); "-en" is no passive of a cue
  // ("threaten"), "held" is one.
  const bool participle =
      clause.document().token_text(head).ends_with("ed") || clause.match(lex.irregular_participles, head) > 0;
  if (participle) {
    for (long v = std::max(clause.skip_left(static_cast<long>(head) - 1) + 1, first); v < static_cast<long>(head); ++v) {
      if (clause.match(lex.passive_auxiliaries, static_cast<std::uint32_t>(v)) > 0) {
        group.passive = true;
        break;
      }
    }
  }
  return group;
}

const VerbGroup* verb_group_at(const Document& doc, std::uint32_t head) {
  auto it = std::lower_bound(doc.chunks.begin(), doc.chunks.end(), head,
                             [](const VerbGroup& group, std::uint32_t t) { return group.head < t; });
  return it != doc.chunks.end() && it->head == head ? &*it : nullptr;
}

void Chunker::run(Document& doc) const {
  const auto& lex = lexicon_.data();
  doc.chunks.clear();
  doc.clauses.clear();  // the clauses of the groups this replaces
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.duplicate) continue;  // the relation stage reads a repeated sentence once
    const ClauseReader clause(doc, sentence, lex);
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (clause.mention_at(t) >= 0) continue;
      if (const std::size_t length = clause.match(lex.verb_heads, t); length > 0) {
        doc.chunks.push_back(read_verb_group(clause, lex, t, t + static_cast<std::uint32_t>(length)));
      }
    }
  }
}

}  // namespace ng::ingest
