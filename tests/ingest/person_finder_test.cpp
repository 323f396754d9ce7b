// The persons stage on its own: the pipeline runs up to "persons", so nothing refers back
// yet ("he", "the group") and no sentence has a speaker.
#include "ingest/person_finder.hpp"

#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::mentions_of;
using ng::test::run_until;

TEST_CASE("persons: a demonym with a state noun is the actor", "[persons]") {
  auto doc = run_until("Iranian officials met the French government.", "persons");
  CHECK(mentions_of(doc) == std::vector<std::string>{"Iranian officials=IRN", "French government=FRA"});
}

TEST_CASE("persons: a person in apposition represents the actor of the role", "[persons]") {
  auto doc = run_until("Maria Lopez, the Argentine ambassador to Britain, said talks were over.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "Maria Lopez");
  CHECK(doc.persons[0].represents == "ARG");
  CHECK(doc.persons[0].role == "the Argentine ambassador");
  CHECK(mentions_of(doc) == std::vector<std::string>{"Maria Lopez, the Argentine ambassador to Britain,=ARG"});
  CHECK(doc.attributions.empty());
}

TEST_CASE("persons: 'the president of X' in apposition names X", "[persons]") {
  auto doc = run_until("Ahmet Kaya, the president of Turkey, spoke.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].represents == "TUR");
}

TEST_CASE("persons: a title before the name, then the surname later", "[persons]") {
  auto doc = run_until("British Foreign Secretary John Hale met envoys.\n\"We want calm,\" said Hale.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "John Hale");
  CHECK(doc.persons[0].surname == "Hale");
  CHECK(doc.persons[0].represents == "GBR");
  // The surname is the person again; the "We" of the quote waits for the speakers stage.
  CHECK(mentions_of(doc) == std::vector<std::string>{"British Foreign Secretary John Hale=GBR", "Hale=GBR"});
}

TEST_CASE("persons: a former official speaks for nobody", "[persons]") {
  auto doc = run_until("Former French president Paul Martin said he was tired.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].represents.empty());
}

TEST_CASE("persons: a role without a name is a person of its actor", "[persons]") {
  auto doc = run_until("A Chinese spokeswoman said the talks failed.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name.empty());
  CHECK(doc.persons[0].represents == "CHN");
  CHECK(mentions_of(doc) == std::vector<std::string>{"Chinese spokeswoman=CHN"});
}

TEST_CASE("persons: headlines in title case make no persons", "[persons]") {
  auto doc = run_until("Envoy Says France Has Ties With Iran", "persons");
  CHECK(doc.persons.empty());
}

TEST_CASE("persons: an office named without its country is the dateline's", "[persons]") {
  auto doc = run_until("ANKARA, March 5 - Foreign Minister Vahit Halefoglu said talks were over.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "Vahit Halefoglu");
  CHECK(doc.persons[0].represents == "TUR");
}

TEST_CASE("persons: a name with no role is a person of no actor", "[persons]") {
  auto doc = run_until("Iranian officials met Donald Trump in the capital.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "Donald Trump");
  CHECK(doc.persons[0].represents.empty());
  CHECK(mentions_of(doc) == std::vector<std::string>{"Iranian officials=IRN", "Donald Trump="});
}

TEST_CASE("persons: a title's words after its 'of' or 'on' are no name, a portfolio before the name", "[persons]") {
  auto doc = run_until("In a statement, the UN's Working Group on Arbitrary Detention said it had met with Ines Vidal.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "Ines Vidal");
  doc = run_until("U.K. Minister for Aviation Michael Spicer said traffic should rise.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "Michael Spicer");
  CHECK(doc.persons[0].represents == "GBR");
  CHECK(doc.persons[0].role == "Minister for Aviation");
  doc = run_until("The British Minister of Trade and Industry Paul Channon said Japan must act.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "Paul Channon");
  CHECK(doc.persons[0].role == "Minister of Trade and Industry");
}

TEST_CASE("persons: place and body words make no personal name", "[persons]") {
  auto doc = run_until("Officials in New Orleans said the Labour Party would meet Ines Vidal in the capital.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "Ines Vidal");
}

TEST_CASE("persons: a military rank is a role", "[persons]") {
  auto doc = run_until("Chinese Rear Admiral Wu Lei said the drills went well.", "persons");
  REQUIRE(doc.persons.size() == 1);
  CHECK(doc.persons[0].name == "Wu Lei");
  CHECK(doc.persons[0].represents == "CHN");
  CHECK(doc.persons[0].role == "Rear Admiral");
}

TEST_CASE("persons: what refers back is left to the references stage", "[persons]") {
  auto doc = run_until("Egyptian envoy Omar Nabil visited Hamas leaders.\nHe said the group must disarm.", "persons");
  CHECK(mentions_of(doc) == std::vector<std::string>{"Egyptian envoy Omar Nabil=EGY", "Hamas leaders=HAMAS"});
  CHECK(doc.attributions.empty());
}
