#include "ingest/pipeline.hpp"

#include <catch2/catch.hpp>

#include "ingest/actor_matcher.hpp"
#include "ingest/cleaner.hpp"
#include "ingest/person_finder.hpp"
#include "ingest/document_json.hpp"
#include "ingest/reference_resolver.hpp"
#include "ingest/sentence_splitter.hpp"
#include "ingest/speaker_attributor.hpp"
#include "ingest/statement_extractor.hpp"
#include "tests/ingest/test_support.hpp"

TEST_CASE("pipeline: stages run in the default order", "[pipeline]") {
  auto pipeline = ng::ingest::default_pipeline(ng::test::test_dictionary(), ng::test::builtin_lexicon());
  CHECK(pipeline.stage_names() == std::vector<std::string_view>{"clean", "sentences", "actors", "persons", "references",
                                                                "chunks", "speakers", "clauses", "relations"});
}

TEST_CASE("pipeline: a stage before the one it needs is a programming error", "[pipeline]") {
  std::vector<std::unique_ptr<ng::ingest::Stage>> stages;
  stages.push_back(std::make_unique<ng::ingest::StatementExtractor>(ng::test::test_dictionary(),
                                                                     ng::test::builtin_lexicon()));
  stages.push_back(std::make_unique<ng::ingest::Cleaner>(ng::test::builtin_lexicon()));
  CHECK_THROWS_AS(ng::ingest::Pipeline(std::move(stages)), std::logic_error);
}

TEST_CASE("pipeline: references before persons is a programming error", "[pipeline]") {
  std::vector<std::unique_ptr<ng::ingest::Stage>> stages;
  stages.push_back(std::make_unique<ng::ingest::Cleaner>(ng::test::builtin_lexicon()));
  stages.push_back(std::make_unique<ng::ingest::SentenceSplitter>(ng::test::builtin_lexicon(), ng::test::test_dictionary()));
  stages.push_back(std::make_unique<ng::ingest::ActorMatcher>(ng::test::test_dictionary()));
  stages.push_back(std::make_unique<ng::ingest::ReferenceResolver>(ng::test::test_dictionary(), ng::test::builtin_lexicon()));
  CHECK_THROWS_AS(ng::ingest::Pipeline(std::move(stages)), std::logic_error);
}

TEST_CASE("pipeline: relations before chunks is a programming error", "[pipeline]") {
  std::vector<std::unique_ptr<ng::ingest::Stage>> stages;
  stages.push_back(std::make_unique<ng::ingest::Cleaner>(ng::test::builtin_lexicon()));
  stages.push_back(std::make_unique<ng::ingest::SentenceSplitter>(ng::test::builtin_lexicon(), ng::test::test_dictionary()));
  stages.push_back(std::make_unique<ng::ingest::ActorMatcher>(ng::test::test_dictionary()));
  stages.push_back(std::make_unique<ng::ingest::PersonFinder>(ng::test::builtin_lexicon()));
  stages.push_back(std::make_unique<ng::ingest::ReferenceResolver>(ng::test::test_dictionary(), ng::test::builtin_lexicon()));
  stages.push_back(std::make_unique<ng::ingest::SpeakerAttributor>(ng::test::builtin_lexicon()));
  stages.push_back(std::make_unique<ng::ingest::StatementExtractor>(ng::test::test_dictionary(),
                                                                     ng::test::builtin_lexicon()));
  CHECK_THROWS_AS(ng::ingest::Pipeline(std::move(stages)), std::logic_error);
}

TEST_CASE("pipeline: run_until stops after the named stage", "[pipeline]") {
  auto doc = ng::test::run_until("France urged Iran to act.", "actors");
  CHECK(doc.mentions.size() == 2);
  CHECK(doc.attributions.empty());
  CHECK(doc.statements.empty());
}

TEST_CASE("pipeline: run_until each speaker stage gives its layer and none after it", "[pipeline]") {
  // "urged" has a verb group; "said", a verb of saying, has none (chunker.hpp).
  const char* text = "Egyptian envoy Omar Nabil visited Hamas leaders.\nHe said the group must disarm, and urged it to act.";
  auto forms = [](const ng::ingest::Document& doc) {
    std::vector<std::string> out;
    for (const auto& m : doc.mentions) out.emplace_back(ng::ingest::to_string(m.form));
    return out;
  };
  auto actors = ng::test::run_until(text, "actors");
  CHECK(actors.persons.empty());
  CHECK(forms(actors) == std::vector<std::string>{"demonym", "name"});

  auto persons = ng::test::run_until(text, "persons");
  CHECK(persons.persons.size() == 1);
  CHECK(forms(persons) == std::vector<std::string>{"person", "name"});
  CHECK(persons.attributions.empty());

  auto references = ng::test::run_until(text, "references");
  CHECK(forms(references) == std::vector<std::string>{"person", "name", "pronoun", "description"});
  CHECK(references.chunks.empty());
  CHECK(references.attributions.empty());

  auto chunks = ng::test::run_until(text, "chunks");
  CHECK(forms(chunks) == forms(references));
  REQUIRE(chunks.chunks.size() == 1);
  CHECK(chunks.token_text(chunks.chunks[0].head) == "urged");
  CHECK(chunks.attributions.empty());

  auto speakers = ng::test::run_until(text, "speakers");
  CHECK(forms(speakers) == forms(references));
  CHECK(speakers.chunks.size() == 1);
  CHECK(speakers.attributions.size() == 1);
  CHECK(speakers.statements.empty());
}
