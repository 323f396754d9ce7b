#include "ingest/pipeline.hpp"

#include <catch2/catch.hpp>

#include "ingest/cleaner.hpp"
#include "ingest/statement_extractor.hpp"
#include "tests/ingest/test_support.hpp"

TEST_CASE("pipeline: stages run in the default order", "[pipeline]") {
  auto pipeline = ng::ingest::default_pipeline(ng::test::test_dictionary(), ng::test::builtin_lexicon());
  CHECK(pipeline.stage_names() ==
        std::vector<std::string_view>{"clean", "sentences", "actors", "speakers", "relations"});
}

TEST_CASE("pipeline: a stage before the one it needs is a programming error", "[pipeline]") {
  std::vector<std::unique_ptr<ng::ingest::Stage>> stages;
  stages.push_back(std::make_unique<ng::ingest::StatementExtractor>(ng::test::test_dictionary(),
                                                                     ng::test::builtin_lexicon()));
  stages.push_back(std::make_unique<ng::ingest::Cleaner>(ng::test::builtin_lexicon()));
  CHECK_THROWS_AS(ng::ingest::Pipeline(std::move(stages)), std::logic_error);
}

TEST_CASE("pipeline: run_until stops after the named stage", "[pipeline]") {
  auto doc = ng::test::run_until("France urged Iran to act.", "actors");
  CHECK(doc.mentions.size() == 2);
  CHECK(doc.attributions.empty());
  CHECK(doc.statements.empty());
}
