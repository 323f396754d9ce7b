#include "ingest/pipeline.hpp"

#include <set>
#include <stdexcept>
#include <string>

#include "ingest/actor_matcher.hpp"
#include "ingest/chunker.hpp"
#include "ingest/clause_builder.hpp"
#include "ingest/cleaner.hpp"
#include "ingest/person_finder.hpp"
#include "ingest/reference_resolver.hpp"
#include "ingest/sentence_splitter.hpp"
#include "ingest/speaker_attributor.hpp"
#include "ingest/statement_extractor.hpp"

namespace ng::ingest {

Pipeline::Pipeline(std::vector<std::unique_ptr<Stage>> stages) : stages_(std::move(stages)) {
  std::set<Layer> available{Layer::Raw};
  for (const auto& stage : stages_) {
    for (Layer layer : stage->requires_layers()) {
      if (!available.count(layer)) {
        throw std::logic_error("pipeline: stage '" + std::string(stage->name()) +
                               "' runs before the stage that provides what it needs");
      }
    }
    for (Layer layer : stage->assigns_layers()) available.insert(layer);
  }
}

void Pipeline::run(Document& doc) const {
  for (const auto& stage : stages_) stage->run(doc);
}

bool Pipeline::run_until(Document& doc, std::string_view last) const {
  bool known = false;
  for (const auto& stage : stages_) known = known || stage->name() == last;
  if (!known) return false;
  for (const auto& stage : stages_) {
    stage->run(doc);
    if (stage->name() == last) break;
  }
  return true;
}

std::vector<std::string_view> Pipeline::stage_names() const {
  std::vector<std::string_view> names;
  for (const auto& stage : stages_) names.push_back(stage->name());
  return names;
}

Pipeline default_pipeline(const ActorDictionary& actors, const RelationLexicon& lexicon) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<Cleaner>(lexicon));
  stages.push_back(std::make_unique<SentenceSplitter>(lexicon, actors));
  stages.push_back(std::make_unique<ActorMatcher>(actors));
  stages.push_back(std::make_unique<PersonFinder>(lexicon));
  stages.push_back(std::make_unique<ReferenceResolver>(actors, lexicon));
  stages.push_back(std::make_unique<Chunker>(lexicon));
  stages.push_back(std::make_unique<SpeakerAttributor>(lexicon));
  stages.push_back(std::make_unique<ClauseBuilder>(lexicon));
  stages.push_back(std::make_unique<StatementExtractor>(actors, lexicon));
  return Pipeline(std::move(stages));
}

}  // namespace ng::ingest
