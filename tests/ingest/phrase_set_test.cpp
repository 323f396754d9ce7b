// PhraseSet on its own: phrases added as text, matched on token keys, longest first.

#include "ingest/phrase_set.hpp"

#include <catch2/catch.hpp>

using ng::ingest::PhraseSet;

namespace {

const std::vector<std::string> kKeys = {"moscow", "hit", "out", "at", "nato", "us"};

}  // namespace

TEST_CASE("phrase-set: the longest phrase at a token wins, with its tag and index", "[phrase-set]") {
  PhraseSet set;
  CHECK(set.empty());
  CHECK(set.add("hit", 1) == 0);
  CHECK(set.add("hit out at", 2) == 1);
  CHECK(set.add("hit out", 3) == 2);
  CHECK_FALSE(set.empty());
  PhraseSet::Match m = set.match(kKeys, 1, kKeys.size());
  CHECK(m.length == 3);
  CHECK(m.tag == 2);
  CHECK(m.phrase == 1);
}

TEST_CASE("phrase-set: a phrase must end before `end`", "[phrase-set]") {
  PhraseSet set;
  set.add("hit out at", 2);
  set.add("hit", 1);
  CHECK(set.match(kKeys, 1, 3).length == 1);  // "hit out at" would run past token 3
  CHECK(set.match(kKeys, 1, 3).tag == 1);
  CHECK(set.match(kKeys, 1, 1).length == 0);  // nothing fits in an empty range
  CHECK(set.match(kKeys, 6, 6).length == 0);  // at the end of the keys
}

TEST_CASE("phrase-set: no match elsewhere or for a prefix only", "[phrase-set]") {
  PhraseSet set;
  set.add("hit out at");
  CHECK(set.match(kKeys, 0, kKeys.size()).length == 0);
  CHECK(set.match(kKeys, 2, kKeys.size()).length == 0);
  const std::vector<std::string> cut = {"hit", "out", "on"};
  CHECK(set.match(cut, 0, cut.size()).length == 0);
}

TEST_CASE("phrase-set: phrases are compared by token key: case and dots do not matter", "[phrase-set]") {
  PhraseSet set;
  set.add("U.S.", 7);
  set.add("Hit Out");
  CHECK(set.match(kKeys, 5, kKeys.size()).tag == 7);
  CHECK(set.match(kKeys, 1, kKeys.size()).length == 2);
}

TEST_CASE("phrase-set: contains finds one-word phrases only", "[phrase-set]") {
  PhraseSet set;
  set.add("ally");
  set.add("hit out at");
  CHECK(set.contains("ally"));
  CHECK(set.contains("Ally"));
  CHECK_FALSE(set.contains("hit"));  // only the start of a longer phrase
  CHECK_FALSE(set.contains("allies"));
  CHECK_FALSE(set.contains(""));
}

TEST_CASE("phrase-set: contains_phrase finds a whole phrase given as text", "[phrase-set]") {
  PhraseSet set;
  set.add("verbal attack");
  set.add("U.S. ally");
  CHECK(set.contains_phrase("verbal attack"));
  CHECK(set.contains_phrase("Verbal  Attack"));
  CHECK(set.contains_phrase("US ally"));
  CHECK_FALSE(set.contains_phrase("verbal"));
  CHECK_FALSE(set.contains_phrase("verbal attacks"));
  CHECK_FALSE(set.contains_phrase(""));
}

TEST_CASE("phrase-set: an empty phrase adds nothing", "[phrase-set]") {
  PhraseSet set;
  CHECK(set.add("  ") == 0);
  CHECK(set.empty());
  CHECK(set.match(kKeys, 0, kKeys.size()).length == 0);
}
