#include "ingest/speaker_resolver.hpp"

#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::mentions_of;
using ng::test::run_until;

namespace {

// "sentence index: actor (speaker name)" for each attribution.
std::vector<std::string> speakers(const ng::ingest::Document& doc) {
  std::vector<std::string> out;
  for (const auto& a : doc.attributions) {
    std::string name = a.person >= 0 ? doc.persons[static_cast<std::size_t>(a.person)].name : "";
    out.push_back(std::to_string(a.sentence) + ": " + a.actor_id + " (" + name + ")");
  }
  return out;
}

}  // namespace

TEST_CASE("speakers: a demonym with a state noun is the actor", "[speakers]") {
  auto doc = run_until("Iranian officials met the French government.", "speakers");
  CHECK(mentions_of(doc) == std::vector<std::string>{"Iranian officials=IRN", "French government=FRA"});
}

TEST_CASE("speakers: a person in apposition represents the actor of the role", "[speakers]") {
  auto doc = run_until("Maria Lopez, the Argentine ambassador to Britain, said talks were over.", "speakers");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "Maria Lopez");
  CHECK(doc.persons[0].represents == "ARG");
  CHECK(speakers(doc) == std::vector<std::string>{"0: ARG (Maria Lopez)"});
}

TEST_CASE("speakers: 'the president of X' in apposition names X", "[speakers]") {
  auto doc = run_until("Ahmet Kaya, the president of Turkey, spoke.", "speakers");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].represents == "TUR");
}

TEST_CASE("speakers: a title before the name, then the surname later", "[speakers]") {
  auto doc = run_until(
      "British Foreign Secretary John Hale met envoys.\n\"We want calm,\" said Hale.", "speakers");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "John Hale");
  CHECK(doc.persons[0].represents == "GBR");
  CHECK(speakers(doc) == std::vector<std::string>{"1: GBR (John Hale)"});
}

TEST_CASE("speakers: a former official speaks for nobody", "[speakers]") {
  auto doc = run_until("Former French president Paul Martin said he was tired.", "speakers");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].represents.empty());
}

TEST_CASE("speakers: a role without a name still speaks for its actor", "[speakers]") {
  auto doc = run_until("A Chinese spokeswoman said the talks failed.", "speakers");
  CHECK(speakers(doc) == std::vector<std::string>{"0: CHN ()"});
}

TEST_CASE("speakers: pronouns and descriptions take the latest fitting antecedent", "[speakers]") {
  auto doc = run_until(
      "Egyptian envoy Omar Nabil visited Hamas leaders.\nHe said the group must disarm.", "speakers");
  auto mentions = mentions_of(doc);
  CHECK(std::find(mentions.begin(), mentions.end(), "He=EGY") != mentions.end());
  CHECK(std::find(mentions.begin(), mentions.end(), "the group=HAMAS") != mentions.end());
  CHECK(speakers(doc) == std::vector<std::string>{"1: EGY (Omar Nabil)"});
}

TEST_CASE("speakers: 'we' inside a quote is the speaker's actor", "[speakers]") {
  auto doc = run_until("\"We have no doubts,\" Japanese envoy Ken Sato told reporters.", "speakers");
  auto mentions = mentions_of(doc);
  REQUIRE_FALSE(mentions.empty());
  CHECK(mentions.front() == "We=JPN");
}

TEST_CASE("speakers: headlines in title case make no persons", "[speakers]") {
  auto doc = run_until("Envoy Says France Has Ties With Iran", "speakers");
  CHECK(doc.persons.empty());
}

TEST_CASE("speakers: the other sentences of a quoted paragraph share its speaker", "[speakers]") {
  auto doc = run_until("\"This is wrong. It must stop,\" said Putin.", "speakers");
  CHECK(speakers(doc) == std::vector<std::string>{"0: RUS (Vladimir Putin)", "1: RUS (Vladimir Putin)"});
}

TEST_CASE("speakers: 'it said' and 'the ministry' stand for the latest actor named", "[speakers]") {
  auto doc = run_until("China issued a statement.\n\"Japan must stop,\" it said. The ministry added more.", "speakers");
  auto mentions = mentions_of(doc);
  CHECK(std::find(mentions.begin(), mentions.end(), "it=CHN") != mentions.end());
  CHECK(std::find(mentions.begin(), mentions.end(), "The ministry=CHN") != mentions.end());
  CHECK(ng::test::edges_of("China issued a statement.\n\"Japan must stop,\" it said.") ==
        std::vector<std::string>{"CHN urges JPN"});
}
