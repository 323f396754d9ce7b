#pragma once
// The author of an act the story named before: "North Korea launched a rocket on Sunday.
// Abe called the launch 'absolutely unacceptable'." A criticism of "the launch" is of North
// Korea, which the sentence itself no longer names (issue #9: references never resolved).

#include <cstdint>
#include <vector>

#include "ingest/clause_reader.hpp"
#include "ingest/document.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {

/// When token `t` of the sentence `clause` reads opens a definite act phrase ("the launch",
/// "the annual drills", "this move"), the parties that did the act where the story named it
/// last, in this sentence before `t` or in the few sentences before: the possessor or the
/// names before the noun ("North Korea's launch", "U.S. and South Korean drills"), "by X",
/// "between X and Y", the subject of the verb whose object it was ("began drills"), or the
/// subject of the verb it comes from ("North Korea launched"). Mention indices; empty when
/// `t` opens no such phrase or no earlier naming gives an author.
std::vector<int> story_act_author(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                                  std::uint32_t t);

/// The author of the definite act whose phrase ends right before `end` ("returned under the
/// accord, which ...", "call off the launch, which is a violation"), by story_act_author.
std::vector<int> act_ending_at(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                               std::uint32_t end);

/// "Iran launched a rocket. Japan called it a provocation": when the mention `subject` opens
/// the sentence and nothing but adverbs, plans or auxiliaries stands between it and the verb
/// at `verb`, an object "it" is what the sentence before told of (not in "..., describing it
/// as", where "it" may be any noun before). Empty otherwise.
std::vector<int> it_told_before(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex, int subject,
                                std::uint32_t verb);

/// "Saudi Arabia proposed sending ground troops. This was criticised by Medvedev": when the
/// sentence `clause` reads opens with "This" or "That" as a pronoun, the parties that were
/// the subject of the sentence before, whose act "This" is. Empty otherwise.
std::vector<int> previous_doer(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex);

}  // namespace ng::ingest
