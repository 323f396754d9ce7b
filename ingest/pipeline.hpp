#pragma once
// Pipeline: the stages that turn a Document into statements, in order:
// clean -> sentences -> actors -> persons -> references -> chunks -> speakers -> relations (the
// reader comes before).

#include <memory>
#include <string_view>
#include <vector>

#include "ingest/actor_dictionary.hpp"
#include "ingest/relation_lexicon.hpp"
#include "ingest/stage.hpp"

namespace ng::ingest {

class Pipeline {
 public:
  /// Throws std::logic_error when a stage requires a layer no earlier stage assigns.
  explicit Pipeline(std::vector<std::unique_ptr<Stage>> stages);

  /// Runs every stage on `doc`.
  void run(Document& doc) const;
  /// Runs the stages up to and including the one named `last` (for `newsgraph inspect`).
  /// Returns false when no stage has that name.
  bool run_until(Document& doc, std::string_view last) const;

  std::vector<std::string_view> stage_names() const;

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
};

/// The standard pipeline. The dictionary and lexicon must outlive it.
Pipeline default_pipeline(const ActorDictionary& actors, const RelationLexicon& lexicon);

}  // namespace ng::ingest
