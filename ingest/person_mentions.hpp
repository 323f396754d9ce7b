#pragma once
// What the persons, references and speakers stages share: each adds mentions to the sorted
// list the actor matcher made (a person, a pronoun, a description), and the persons and
// references stages both read role wording ("foreign minister", "the country's prime
// minister") as a mention that speaks for an actor.

#include <cstdint>
#include <vector>

#include "ingest/clause_reader.hpp"
#include "ingest/document.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {

/// Replaces every mention that overlaps `added` by `added`, keeping the list sorted.
void put_mention(std::vector<Mention>& mentions, Mention added);

/// The end of a role phrase at t ("foreign minister", "deputy foreign minister"), or 0;
/// `former` tells whether it opens with "former" (a former official speaks for nobody).
std::uint32_t role_end_at(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                          std::uint32_t t, bool& former);

}  // namespace ng::ingest
