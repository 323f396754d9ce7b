#include "ingest/relation_lexicon.hpp"

#include <catch2/catch.hpp>

#include "ingest/relation_lexicon_data.hpp"
#include "tests/ingest/test_support.hpp"

using ng::ingest::inflect_verb;

namespace {

// The relations of the statements `text` gives with the built-in lexicon plus `user_json`.
std::vector<ng::graph::RelationType> relations_with(std::string_view user_json, std::string text) {
  ng::ingest::RelationLexicon lexicon = ng::ingest::RelationLexicon::builtin();
  REQUIRE_FALSE(lexicon.add_json(user_json, "mine.json"));
  auto pipeline = ng::ingest::default_pipeline(ng::test::test_dictionary(), lexicon);
  ng::ingest::Document doc;
  doc.raw = std::move(text);
  pipeline.run(doc);
  std::vector<ng::graph::RelationType> relations;
  for (const auto& statement : doc.statements) relations.push_back(statement.relation);
  return relations;
}

}  // namespace

TEST_CASE("lexicon: verbs are inflected from their lemma", "[lexicon]") {
  CHECK(inflect_verb("urge") == std::vector<std::string>{"urge", "urges", "urged", "urging"});
  CHECK(inflect_verb("slam") == std::vector<std::string>{"slam", "slams", "slammed", "slamming"});
  CHECK(inflect_verb("pillory") == std::vector<std::string>{"pillory", "pillories", "pilloried", "pillorying"});
  CHECK(inflect_verb("press") == std::vector<std::string>{"press", "presses", "pressed", "pressing"});
  CHECK(inflect_verb("call on") == std::vector<std::string>{"call on", "calls on", "called on", "calling on"});
}

TEST_CASE("lexicon: a user file adds wordings to the built-in ones", "[lexicon]") {
  CHECK(relations_with(R"({"relations": {"criticizes": {"verbs": ["pillory"]}}})",
                       "France pilloried Iran over the tests. France urged Iran to act.") ==
        std::vector{ng::graph::RelationType::Criticizes, ng::graph::RelationType::Urges});
}

TEST_CASE("lexicon: a phrase takes the irregular forms of its first word", "[lexicon]") {
  CHECK(
      relations_with(
          R"({"irregular": {"undo": ["undid", "undone"]}, "relations": {"criticizes": {"claim_verbs": ["undo the accord"]}}})",
          "France said Iran had undone the accord.") == std::vector{ng::graph::RelationType::Criticizes});
}

TEST_CASE("lexicon: bad files are reported with their name", "[lexicon]") {
  ng::ingest::RelationLexicon lexicon;
  CHECK(lexicon.add_json("{\"relations\": [", "bad.json").value().rfind("bad.json:1: ", 0) == 0);
  CHECK(lexicon.add_json("[]", "list.json") == std::optional<std::string>("list.json: a lexicon must be a JSON object"));
  CHECK(lexicon.add_json(R"({"relations": {"praises": {}}})", "x.json") ==
        std::optional<std::string>("x.json: unknown relation \"praises\""));
  CHECK(lexicon.add_file("/nonexistent/cues.json") ==
        std::optional<std::string>("\"/nonexistent/cues.json\": No such file or directory"));
}

TEST_CASE("lexicon: unknown keys and words in two roles are rejected, and nothing is added", "[lexicon]") {
  ng::ingest::RelationLexicon lexicon = ng::ingest::RelationLexicon::builtin();
  CHECK(lexicon.add_json(R"({"criticizes": {"verbs": ["pillory"]}})", "top.json") ==
        std::optional<std::string>("top.json: unknown key \"criticizes\""));
  CHECK(lexicon.add_json(R"({"relations": {"criticizes": {"verb": ["pillory"]}}})", "inner.json") ==
        std::optional<std::string>("inner.json: unknown key \"verb\" in relation \"criticizes\""));
  CHECK(lexicon.add_json(R"({"state_nouns": ["says"]})", "both.json") ==
        std::optional<std::string>("both.json: \"says\" is both in state_nouns and in reporting_verbs"));
  // A file that fails half-way adds none of its words.
  CHECK(lexicon.add_json(R"({"relations": {"criticizes": {"verbs": ["pillory"]}}, "state_nouns": ["says"]})",
                         "half.json"));
  auto pipeline = ng::ingest::default_pipeline(ng::test::test_dictionary(), lexicon);
  ng::ingest::Document doc;
  doc.raw = "France pilloried Iran over the tests.";
  pipeline.run(doc);
  CHECK(doc.statements.empty());
}

TEST_CASE("lexicon: the built-in lists keep verbs of saying out of the state nouns", "[lexicon]") {
  // "states" as a verb of saying would end the scope of "denied" here (issue #9).
  CHECK(ng::test::edges_of("Russia denied that ten states including Iran have ties with Hamas.").empty());
  CHECK(ng::test::edges_of("Russia said that ten states including Iran have ties with Hamas.") ==
        std::vector<std::string>{"HAMAS has-ties-with IRN"});
}

TEST_CASE("lexicon: a user file adds a noun pattern, read only where its sources may stand", "[lexicon]") {
  using ng::graph::RelationType;
  const std::string harangue =
      R"({"noun_patterns": [{"relation": "criticizes", "nouns": ["harangue"], "sources": ["possessor"], "targets": ["against"]}]})";
  CHECK(relations_with("{}", "France's harangue against Iran drew applause.").empty());
  CHECK(relations_with(harangue, "France's harangue against Iran drew applause.") ==
        std::vector{RelationType::Criticizes});
  // Not against the pattern's targets, nor with a source it does not list (the subject).
  CHECK(relations_with(harangue, "France's harangue about Iran drew applause.").empty());
  CHECK(relations_with(harangue, "France launched a harangue against Iran.").empty());
  const std::string with_subject =
      R"({"noun_patterns": [{"relation": "criticizes", "nouns": ["harangue"], "sources": ["possessor", "subject"], "targets": ["against"]}]})";
  CHECK(relations_with(with_subject, "France launched a harangue against Iran.") ==
        std::vector{RelationType::Criticizes});
}

TEST_CASE("lexicon: a noun pattern that asks an act needs what the target is to do", "[lexicon]") {
  using ng::graph::RelationType;
  const std::string entreaty =
      R"({"noun_patterns": [{"relation": "urges", "nouns": ["entreaty"], "sources": ["subject"], "targets": ["to"], "asks_act": true}]})";
  CHECK(relations_with(entreaty, "France issued an entreaty to Iran to leave the strait.") ==
        std::vector{RelationType::Urges});
  CHECK(relations_with(entreaty, "France issued an entreaty to Iran on Monday.").empty());
  const std::string without =
      R"({"noun_patterns": [{"relation": "urges", "nouns": ["entreaty"], "sources": ["subject"], "targets": ["to"]}]})";
  CHECK(relations_with(without, "France issued an entreaty to Iran on Monday.") == std::vector{RelationType::Urges});
}

TEST_CASE("lexicon: bad noun patterns are reported with their place, and nothing is added", "[lexicon]") {
  ng::ingest::RelationLexicon lexicon = ng::ingest::RelationLexicon::builtin();
  auto added = [&](std::string_view pattern) {
    return lexicon.add_json(
        std::string(
            R"({"noun_patterns": [{"relation": "urges", "nouns": ["entreaty"], "sources": ["subject"], "targets": ["to"]}, )") +
            std::string(pattern) + "]}",
        "p.json");
  };
  CHECK(added(R"({"relation": "urges", "nouns": ["plea bargain"], "sources": ["speaker"], "targets": ["to"]})") ==
        std::optional<std::string>(
            "p.json: noun pattern 2: unknown source \"speaker\" (possessor, subject, by, from, reciprocal)"));
  CHECK(added(R"({"relation": "urges", "noun": ["plea bargain"], "sources": ["subject"], "targets": ["to"]})") ==
        std::optional<std::string>("p.json: noun pattern 2: unknown key \"noun\""));
  CHECK(added(R"({"relation": "urges", "nouns": ["plea bargain"], "sources": ["subject"]})") ==
        std::optional<std::string>("p.json: noun pattern 2: \"targets\" must be a non-empty array of strings"));
  CHECK(added(R"({"relation": "praises", "nouns": ["plea bargain"], "sources": ["subject"], "targets": ["to"]})") ==
        std::optional<std::string>("p.json: noun pattern 2: unknown relation \"praises\""));
  // A noun of a built-in pattern, or of an earlier pattern of the same file, would be read twice.
  CHECK(added(R"({"relation": "urges", "nouns": ["Accusations"], "sources": ["subject"], "targets": ["to"]})") ==
        std::optional<std::string>("p.json: noun pattern 2: \"accusations\" is already a noun of another pattern"));
  CHECK(added(R"({"relation": "criticizes", "nouns": ["entreaty"], "sources": ["subject"], "targets": ["to"]})") ==
        std::optional<std::string>("p.json: noun pattern 2: \"entreaty\" is already a noun of another pattern"));
  CHECK(added(R"({"relation": "criticizes", "nouns": ["verbal attack"], "sources": ["subject"], "targets": ["to"]})") ==
        std::optional<std::string>("p.json: noun pattern 2: \"verbal attack\" is already a noun of another pattern"));
  // The relation nouns of earlier versions moved to patterns: the error says where.
  CHECK(lexicon.add_json(R"({"relations": {"urges": {"nouns": ["entreaty"]}}})", "old.json") ==
        std::optional<std::string>("old.json: unknown key \"nouns\" in relation \"urges\" (relation nouns are "
                                   "\"noun_patterns\", as in patterns.json)"));
  // None of the failed files' first patterns was added.
  auto pipeline = ng::ingest::default_pipeline(ng::test::test_dictionary(), lexicon);
  ng::ingest::Document doc;
  doc.raw = "France issued an entreaty to Iran.";
  pipeline.run(doc);
  CHECK(doc.statements.empty());
}
