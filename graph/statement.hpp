#pragma once
// Statement: one typed assertion read from one sentence, the unit that merges into edges.
// Its fields are exactly what `newsgraph statements` prints, so that a graph built from
// statements equals the graph built from the text (map/reduce stays exact).

#include <optional>
#include <string>

#include "graph/actor_kind.hpp"
#include "graph/relation_type.hpp"

namespace ng::graph {

/// A node-level party: canonical id (RUS, NATO, TALIBAN), canonical label, kind.
struct Actor {
  std::string id;
  std::string label;
  ActorKind kind = ActorKind::Unknown;
};

/// Where a statement was read: relations.md's evidence (document, sentence, speaker, date).
struct Evidence {
  std::string doc;                     // document id
  int sentence = 0;                    // 0-based sentence index; the title is -1
  std::string text;                    // the sentence as it reads after cleaning
  std::optional<std::string> speaker;  // the person who made the statement, when named
  std::string date;                    // ISO date of the document, "" when unknown
  // The actor id the speaker represents (relations.md: an ambassador speaks for their
  // country), when the speaker speaks for one. A reported claim ("Mantytskiy said ten
  // countries enjoy ties with the Taliban") has a speaker but makes no one a speaker for Qatar.
  std::optional<std::string> speaker_for;
};

struct Statement {
  Actor source;
  RelationType relation = RelationType::HasTiesWith;
  Actor target;
  Evidence evidence;
};

}  // namespace ng::graph
