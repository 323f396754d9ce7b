// The speakers stage: the pipeline runs up to "speakers", the last stage before relations.
#include "ingest/speaker_attributor.hpp"

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

TEST_CASE("speakers: a person in apposition speaks for the actor of the role", "[speakers]") {
  auto doc = run_until("Maria Lopez, the Argentine ambassador to Britain, said talks were over.", "speakers");
  CHECK(speakers(doc) == std::vector<std::string>{"0: ARG (Maria Lopez)"});
}

TEST_CASE("speakers: an inverted speaker named by the surname", "[speakers]") {
  auto doc = run_until(
      "British Foreign Secretary John Hale met envoys.\n\"We want calm,\" said Hale.", "speakers");
  CHECK(speakers(doc) == std::vector<std::string>{"1: GBR (John Hale)"});
}

TEST_CASE("speakers: a role without a name still speaks for its actor", "[speakers]") {
  auto doc = run_until("A Chinese spokeswoman said the talks failed.", "speakers");
  CHECK(speakers(doc) == std::vector<std::string>{"0: CHN ()"});
}

TEST_CASE("speakers: 'he said' speaks for the person 'he' is", "[speakers]") {
  auto doc = run_until("Egyptian envoy Omar Nabil visited Hamas leaders.\nHe said the group must disarm.", "speakers");
  CHECK(speakers(doc) == std::vector<std::string>{"1: EGY (Omar Nabil)"});
}

TEST_CASE("speakers: 'we' inside a quote is the speaker's actor", "[speakers]") {
  const char* text = "\"We have no doubts,\" Japanese envoy Ken Sato told reporters.";
  // Not before the speaker is known.
  CHECK(mentions_of(run_until(text, "references")) == std::vector<std::string>{"Japanese envoy Ken Sato=JPN"});
  auto doc = run_until(text, "speakers");
  CHECK(mentions_of(doc) == std::vector<std::string>{"We=JPN", "Japanese envoy Ken Sato=JPN"});
  CHECK(speakers(doc) == std::vector<std::string>{"0: JPN (Ken Sato)"});
}

TEST_CASE("speakers: the other sentences of a quoted paragraph share its speaker", "[speakers]") {
  auto doc = run_until("\"This is wrong. It must stop,\" said Putin.", "speakers");
  CHECK(speakers(doc) == std::vector<std::string>{"0: RUS (Vladimir Putin)", "1: RUS (Vladimir Putin)"});
}

TEST_CASE("speakers: a speaker list names the co-speakers", "[speakers]") {
  auto doc = run_until("France, Britain and Turkey said Iran must stop.", "speakers");
  REQUIRE(doc.attributions.size() == 1);
  CHECK(doc.attributions[0].actor_id == "FRA");
  CHECK(doc.attributions[0].co_speakers == std::vector<std::string>{"GBR", "TUR"});
}
