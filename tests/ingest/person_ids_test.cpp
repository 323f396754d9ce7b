#include "ingest/person_ids.hpp"

#include <catch2/catch.hpp>

using ng::ingest::ActorDictionary;
using ng::ingest::ascii_slug;
using ng::ingest::PersonIds;

TEST_CASE("person ids: names outside the dictionary fold to ASCII slugs", "[person-ids]") {
  CHECK(ascii_slug("Édouard Balladur") == "edouard-balladur");
  CHECK(ascii_slug("Сергей Лавров") == "sergej-lavrov");
  CHECK(ascii_slug("Binali Yıldırım") == "binali-yildirim");
  CHECK(ascii_slug("Jens  Stoltenberg.") == "jens-stoltenberg");
  CHECK(ascii_slug("...") == "person");
}

TEST_CASE("person ids: the dictionary's id and label win, whatever the spelling", "[person-ids]") {
  ActorDictionary dictionary = ActorDictionary::builtin();
  PersonIds ids(dictionary);
  ng::graph::Actor full = ids("Recep Tayyip Erdoğan");
  CHECK(full.id == "recep-tayyip-erdogan");
  CHECK(full.label == "Recep Tayyip Erdoğan");
  CHECK(full.kind == ng::graph::ActorKind::Person);
  CHECK(ids("Erdogan").id == "recep-tayyip-erdogan");
  CHECK(ids("Ahmet Davutoğlu").id == "ahmet-davutoglu");
  // A name the dictionary gives to a country is not a person's: the slug is used.
  CHECK(ids("Jordan").id == "jordan");
  ng::graph::Actor stranger = ids("Édouard Ünlü");
  CHECK(stranger.id == "edouard-unlu");
  CHECK(stranger.label == "Édouard Ünlü");
}
