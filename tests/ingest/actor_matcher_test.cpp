#include "ingest/actor_matcher.hpp"

#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::mentions_of;
using ng::test::run_until;

TEST_CASE("actors: the longest alias wins and matches do not overlap", "[actors]") {
  auto doc = run_until("The North Atlantic Treaty Organization met the United Nations.", "actors");
  CHECK(mentions_of(doc) == std::vector<std::string>{"North Atlantic Treaty Organization=NATO", "United Nations=UN"});
}

TEST_CASE("actors: short acronyms match only as written, names only capitalised", "[actors]") {
  auto doc = run_until("Let us see who the US and the WHO back, not china.", "actors");
  CHECK(mentions_of(doc) == std::vector<std::string>{"US=USA", "WHO=WHO"});
}

TEST_CASE("actors: capitals, demonyms, dotted acronyms and possessives", "[actors]") {
  auto doc = run_until("Moscow and the U.S. met; the Kremlin's Iranian guests and Daesh's fighters left.", "actors");
  REQUIRE(mentions_of(doc) ==
          std::vector<std::string>{"Moscow=RUS", "U.S.=USA", "the Kremlin=RUS", "Iranian=IRN", "Daesh=ISIL"});
  CHECK(doc.mentions[0].form == ng::ingest::MentionForm::Capital);
  CHECK(doc.mentions[3].form == ng::ingest::MentionForm::Demonym);
}

TEST_CASE("actors: a dictionary person stands for the actor they represent", "[actors]") {
  auto doc = run_until("Putin spoke.", "actors");
  REQUIRE(doc.mentions.size() == 1);
  CHECK(doc.mentions[0].actor_id == "RUS");
  CHECK(doc.mentions[0].form == ng::ingest::MentionForm::Person);
  CHECK(doc.persons.at(0).name == "Vladimir Putin");
}

TEST_CASE("actors: a dated entry gives its historical id by the document's date", "[actors]") {
  ng::ingest::ActorDictionary dictionary;
  REQUIRE_FALSE(dictionary.add_json(R"([
    {"id": "RUS", "names": ["Russia"], "kind": "country"},
    {"id": "SUN", "names": ["Soviet Union"], "kind": "country"},
    {"id": "RUS", "names": ["Kremlin"], "capitals": ["Moscow"], "kind": "country",
     "dated": [{"id": "SUN", "before": "1991-12-26"}]}
  ])", "dated.json"));
  ng::ingest::Document doc;
  doc.raw = "Moscow and Russia spoke.";
  auto lexicon = ng::ingest::RelationLexicon::builtin();
  auto pipeline = ng::ingest::default_pipeline(dictionary, lexicon);
  doc.date = "1987-03-11";
  pipeline.run_until(doc, "actors");
  CHECK(ng::test::mentions_of(doc) == std::vector<std::string>{"Moscow=SUN", "Russia=RUS"});
  doc.date = "2016-01-01";
  pipeline.run_until(doc, "actors");
  CHECK(ng::test::mentions_of(doc) == std::vector<std::string>{"Moscow=RUS", "Russia=RUS"});
  doc.date.clear();
  pipeline.run_until(doc, "actors");
  CHECK(ng::test::mentions_of(doc) == std::vector<std::string>{"Moscow=RUS", "Russia=RUS"});
}

TEST_CASE("actors: a transliterated name is found with its words all joined by hyphens", "[actors]") {
  ng::ingest::ActorDictionary dictionary;
  REQUIRE_FALSE(dictionary.add_json(R"([
    {"id": "ANSAR-AL-ISLAM", "names": ["Ansar al-Islam"], "kind": "armed-group"},
    {"id": "EGY", "names": ["Egypt"], "kind": "country"}
  ])", "test"));
  const ng::ingest::Pipeline pipeline = ng::ingest::default_pipeline(dictionary, ng::test::builtin_lexicon());
  ng::ingest::Document doc;
  doc.raw = "Egypt says Ansar-al-Islam and Ansar al-Islam were behind it, not Ansar-al Islam.";
  REQUIRE(pipeline.run_until(doc, "actors"));
  CHECK(mentions_of(doc) == std::vector<std::string>{"Egypt=EGY", "Ansar-al-Islam=ANSAR-AL-ISLAM", "Ansar al-Islam=ANSAR-AL-ISLAM"});
}

TEST_CASE("actors: a name the dictionary opens in lower case matches when written just so", "[actors]") {
  ng::ingest::ActorDictionary dictionary;
  REQUIRE_FALSE(dictionary.add_json(R"([
    {"id": "AL-QAEDA", "names": ["al-Qaeda", "al Qaeda"], "kind": "armed-group"},
    {"id": "CHN", "names": ["China", "mainland China"], "kind": "country"}
  ])", "test"));
  const ng::ingest::Pipeline pipeline = ng::ingest::default_pipeline(dictionary, ng::test::builtin_lexicon());
  ng::ingest::Document doc;
  // Lower case as in the dictionary, capitalised, and (not a name) lower case where the
  // dictionary capitalises: "china" stays a word.
  doc.raw = "Both al Qaeda and Al-Qaeda cells left mainland China, not china or AL QAEDA.";
  REQUIRE(pipeline.run_until(doc, "actors"));
  CHECK(mentions_of(doc) == std::vector<std::string>{"al Qaeda=AL-QAEDA", "Al-Qaeda=AL-QAEDA", "mainland China=CHN",
                                                     "AL QAEDA=AL-QAEDA"});
}

TEST_CASE("actors: the first of two names that share their rest is found alone", "[actors]") {
  ng::ingest::ActorDictionary dictionary;
  REQUIRE_FALSE(dictionary.add_json(R"([
    {"id": "PRK", "names": ["North Korea"], "demonyms": ["North Korean"], "kind": "country"},
    {"id": "KOR", "names": ["South Korea"], "demonyms": ["South Korean"], "kind": "country"}
  ])",
                                    "test"));
  const ng::ingest::Pipeline pipeline = ng::ingest::default_pipeline(dictionary, ng::test::builtin_lexicon());
  ng::ingest::Document doc;
  doc.raw = "North and South Korea met; North or South Korean leaders spoke. The North and South Korea's envoy left.";
  REQUIRE(pipeline.run_until(doc, "actors"));
  CHECK(mentions_of(doc) == std::vector<std::string>{"North=PRK", "South Korea=KOR", "North=PRK", "South Korean=KOR",
                                                     "North=PRK", "South Korea=KOR"});
}
