// The references stage on its own: the pipeline runs up to "references", so what refers
// back is bound to its antecedent but no sentence has a speaker yet.
#include "ingest/reference_resolver.hpp"

#include <algorithm>

#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::mentions_of;
using ng::test::run_until;

namespace {

bool has(const std::vector<std::string>& mentions, const std::string& mention) {
  return std::find(mentions.begin(), mentions.end(), mention) != mentions.end();
}

}  // namespace

TEST_CASE("references: pronouns and descriptions take the latest fitting antecedent", "[references]") {
  auto doc = run_until("Egyptian envoy Omar Nabil visited Hamas leaders.\nHe said the group must disarm.", "references");
  CHECK(mentions_of(doc) == std::vector<std::string>{"Egyptian envoy Omar Nabil=EGY", "Hamas leaders=HAMAS", "He=EGY",
                                                     "the group=HAMAS"});
  REQUIRE(doc.mentions.size() == 4);
  CHECK(doc.mentions[2].person == 0);
  CHECK(doc.attributions.empty());
}

TEST_CASE("references: 'it said' and 'the ministry' stand for the latest actor named", "[references]") {
  auto doc = run_until("China issued a statement.\n\"Japan must stop,\" it said. The ministry added more.", "references");
  auto mentions = mentions_of(doc);
  CHECK(has(mentions, "it=CHN"));
  CHECK(has(mentions, "The ministry=CHN"));
  CHECK(doc.attributions.empty());
  CHECK(ng::test::edges_of("China issued a statement.\n\"Japan must stop,\" it said.") ==
        std::vector<std::string>{"CHN urges JPN"});
}

TEST_CASE("references: 'his government' is the state of the latest person", "[references]") {
  auto doc = run_until("British Foreign Secretary John Hale spoke.\nHis government urged Iran to act.", "references");
  CHECK(has(mentions_of(doc), "His government=GBR"));
}

TEST_CASE("references: 'they' who say something are the latest plural", "[references]") {
  auto doc = run_until("Russian officials met in Geneva.\nThey said Iran must stop.", "references");
  CHECK(has(mentions_of(doc), "They=RUS"));
}

TEST_CASE("references: a 'he' that opens a sentence is the previous sentence's subject", "[references]") {
  auto doc = run_until(
      "British envoy John Hale arrived.\nHe later met French envoy Paul Martin.\nHe said Iran must stop.", "references");
  std::vector<std::string> pronouns;
  for (const auto& m : doc.mentions) {
    if (m.form == ng::ingest::MentionForm::Pronoun) pronouns.push_back(doc.persons[static_cast<std::size_t>(m.person)].name);
  }
  CHECK(pronouns == std::vector<std::string>{"John Hale", "John Hale"});
}

TEST_CASE("references: 'the official' is the latest person in that role, not the latest person", "[references]") {
  auto doc = run_until(
      "A Turkish foreign ministry official declined to comment on Donald Trump's remarks.\n"
      "\"Syria must stop,\" the official said.",
      "references");
  CHECK(has(mentions_of(doc), "the official=TUR"));
  // With no one in that role, the latest person.
  doc = run_until("Egyptian envoy Omar Nabil met Hamas leaders.\nThe talks were long, the minister said.", "references");
  CHECK(has(mentions_of(doc), "the minister=EGY"));
}

TEST_CASE("references: 'she' is the latest woman, 'he' the latest person not known to be one", "[references]") {
  auto doc = run_until(
      "British Foreign Secretary Margaret Hale met Egyptian envoy Omar Nabil.\n"
      "She said Iran must act. He said Syria must act.",
      "references");
  CHECK(has(mentions_of(doc), "She=GBR"));
  CHECK(has(mentions_of(doc), "He=EGY"));
  // With no woman named, "she" is still the latest person (a name we do not know).
  doc = run_until("Egyptian envoy Omar Nabil met Hamas leaders.\nShe said the group must disarm.", "references");
  CHECK(has(mentions_of(doc), "She=EGY"));
}

TEST_CASE("references: 'the diplomat' in no one's role is nobody when the last person is far back", "[references]") {
  auto doc = run_until(
      "Egyptian envoy Omar Nabil met Hamas leaders.\nThe talks went on.\nTroops left.\n"
      "Another official said the talks would fail, the diplomat said.",
      "references");
  CHECK_FALSE(has(mentions_of(doc), "the diplomat=EGY"));
}
