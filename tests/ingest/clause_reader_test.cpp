// ClauseReader on its own: small sentences run up to the speakers stage (tokens, sentences,
// mentions), then the reader's answers about subjects, objects and skippable words.

#include "ingest/clause_reader.hpp"

#include <catch2/catch.hpp>

#include "ingest/relation_lexicon_data.hpp"
#include "tests/ingest/test_support.hpp"

using ng::ingest::ClauseReader;
using ng::ingest::Document;

namespace {

// The document and a reader of its first sentence.
struct Read {
  Document doc;
  std::unique_ptr<ClauseReader> clause;
  explicit Read(std::string_view text) : doc(ng::test::run_until(text, "speakers")) {
    REQUIRE_FALSE(doc.sentences.empty());
    clause = std::make_unique<ClauseReader>(doc, doc.sentences.front(), ng::test::builtin_lexicon().data());
  }
  // The index of the first token whose key is `key`.
  std::uint32_t token(std::string_view key) const {
    for (std::uint32_t t = 0; t < doc.token_keys.size(); ++t) {
      if (doc.token_keys[t] == key) return t;
    }
    FAIL("no token " << key);
    return 0;
  }
  // The actor ids of mention indices.
  std::vector<std::string> actors(const std::vector<int>& mentions) const {
    std::vector<std::string> out;
    for (int m : mentions) out.push_back(doc.mentions[static_cast<std::size_t>(m)].actor_id);
    return out;
  }
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("clause: mentions by token", "[clause]") {
  Read r("The United States urged Iran to talk.");
  std::uint32_t united = r.token("united");
  CHECK(r.clause->mention_at(united) == 0);
  CHECK(r.clause->mention_at(united + 1) == 0);  // "States": the same mention
  CHECK(r.clause->mention_at(r.token("urged")) == -1);
  CHECK(r.clause->mention_ending_at(r.token("urged")) == 0);
  CHECK(r.clause->mention_ending_at(united + 1) == -1);  // inside the mention, not after it
  CHECK(r.clause->mention_at(1000) == -1);                // outside the sentence
  CHECK(r.clause->is_party(0));
  CHECK(r.clause->is_party(1));
  CHECK_FALSE(r.clause->is_party(-1));
}

TEST_CASE("clause: the subject list left of a verb and the object list right of it", "[clause]") {
  Read r("France, Britain and Japan urged Iran and Iraq to talk.");
  std::uint32_t verb = r.token("urged");
  CHECK(r.actors(r.clause->subject_before(verb)) == Ids{"FRA", "GBR", "JPN"});
  CHECK(r.actors(r.clause->object_at(verb + 1)) == Ids{"IRN", "IRQ"});
  CHECK(r.actors(r.clause->main_subject()) == Ids{"FRA", "GBR", "JPN"});
  CHECK(r.clause->object_at(r.token("talk")).empty());
}

TEST_CASE("clause: adverbs and participles", "[clause]") {
  Read r("France openly criticized Iran and held talks.");
  CHECK(r.clause->is_adverb(r.token("openly")));
  CHECK_FALSE(r.clause->is_adverb(r.token("france")));
  CHECK(r.clause->is_participle(r.token("criticized")));
  CHECK(r.clause->is_participle(r.token("held")));  // irregular
  CHECK_FALSE(r.clause->is_participle(r.token("talks")));
  // The subject is found across the adverb.
  CHECK(r.actors(r.clause->subject_before(r.token("criticized"))) == Ids{"FRA"});
  CHECK(r.clause->skip_left(static_cast<long>(r.token("openly"))) == static_cast<long>(r.token("france")));
  CHECK(r.clause->skip_right(r.token("openly")) == r.token("criticized"));
}

TEST_CASE("clause: a preposition before a name, a possessive after it", "[clause]") {
  Read r("Syria's neighbours sent aid to Iraq.");
  CHECK(r.clause->is_possessive(0));
  CHECK_FALSE(r.clause->after_preposition(0));
  CHECK(r.clause->after_preposition(1));
  CHECK_FALSE(r.clause->is_possessive(1));
}

TEST_CASE("clause: phrases at and ending at a token", "[clause]") {
  Read r("Russia hit out at NATO.");
  ng::ingest::PhraseSet set;
  set.add("hit out at");
  std::uint32_t hit = r.token("hit");
  CHECK(r.clause->match(set, hit) == 3);
  CHECK(r.clause->match(set, hit + 1) == 0);
  CHECK(r.clause->match_ending(set, hit + 3) == 3);
  CHECK(r.clause->match_ending(set, hit + 2) == 0);
}

TEST_CASE("clause: negation and condition undermine a cue", "[clause]") {
  Read plain("France urged Iran to talk.");
  CHECK_FALSE(plain.clause->undermined(plain.token("urged")));
  Read negated("France did not urge Iran to talk.");
  CHECK(negated.clause->undermined(negated.token("urge")));
  Read supposed("If France urged Iran to talk, it would help.");
  CHECK(supposed.clause->supposed(supposed.token("urged")));
  CHECK(supposed.clause->undermined(supposed.token("urged")));
}
