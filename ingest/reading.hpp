#pragma once
// Reading: the parties one relation cue of a sentence gives, as mention indices. Verb
// cues (statement_extractor.cpp) and noun patterns (noun_patterns.cpp) both produce them.

#include <utility>
#include <vector>

#include "graph/relation_type.hpp"

namespace ng::ingest {

/// Stands for the sentence's speaker ("He said that the U.S has failed").
constexpr int kSpeaker = -1;

struct Reading {
  std::vector<int> sources;
  std::vector<int> targets;
};

using Readings = std::vector<std::pair<Reading, graph::RelationType>>;

}  // namespace ng::ingest
