// story_act_author: a criticism of "the launch", "the drills" or "the move" is of whoever
// did the act where the story named it before (issue #9: references never resolved).
#include "ingest/story_acts.hpp"

#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::check_edges;

TEST_CASE("story acts: the author of an act named in an earlier sentence", "[relations][references]") {
  check_edges({
      // The verb the noun comes from, its plural, the subject of a verb of doing, the names
      // that modify it, its possessor, an author several sentences back.
      {"Iran launched a long-range rocket on Sunday. Japan called the launch \"absolutely unacceptable.\"",
       {"JPN criticizes IRN"}},
      {"Iran tested a missile on Sunday. Japan condemned the test.", {"JPN criticizes IRN"}},
      {"The United States and Britain began annual military drills on Monday. Iran called the drills a provocation.",
       {"IRN criticizes USA", "IRN criticizes GBR"}},
      {"Britain and the United States staged drills. Iran said the drills were a preparation for an invasion.",
       {"IRN criticizes GBR", "IRN criticizes USA"}},
      {"Turkish and Iraqi troops began the drills. Iran condemned the drills.", {"IRN criticizes TUR", "IRN criticizes IRQ"}},
      {"Egypt's launch surprised many. Israel said the launch was a violation of the accords.", {"ISR criticizes EGY"}},
      {"Iran launched a rocket on Sunday. It carried a satellite. The rocket was launched at dawn. Analysts were "
       "surprised. Japan condemned the launch.",
       {"JPN criticizes IRN"}},
      {"Iran launched a rocket on Sunday. Japan said Sunday's launch was a violation of U.N. resolutions.",
       {"JPN criticizes IRN"}},
      {"Iran tested a missile. Israel said last week's test was a provocation.", {"ISR criticizes IRN"}},
      // In the same sentence, before a relative clause.
      {"American and British troops began large-scale military drills, which Iran called \"nuclear war moves\".",
       {"IRN criticizes USA", "IRN criticizes GBR"}},
      // An act noun that names its own object or author; a story that names no author; one who
      // only watched; a welcome.
      {"Iran launched a rocket in 2012. Japan condemned the launch of a satellite by a private company.", {}},
      {"A bomb exploded in Ankara on Sunday. Turkey condemned the attack.", {}},
      {"Alarm grew after the Paris attacks. Egypt condemned Thursday's attack.", {}},
      {"Alarm grew after the Iraq bombings. Egypt condemned the bombings.", {}},
      {"Egypt's neighbours watched the launch on Sunday. Japan condemned the launch.", {}},
      {"Iran launched a rocket on Sunday. Japan welcomed the launch.", {}},
  });
}

TEST_CASE("story acts: 'This was criticised by X' is of the sentence before's subject", "[relations][references]") {
  check_edges({
      {"Egypt proposed sending troops to Syria. This was criticised by Russia's prime minister.",
       {"RUS criticizes EGY"}},
      // "This move" is an act noun's phrase, read like "the move" (the act the sentence
      // before told of); a sentence before about no party gives no one.
      {"Egypt proposed sending troops to Syria. This move was criticised by Russia.", {"RUS criticizes EGY"}},
      {"The weather was bad. This was criticised by Russia.", {}},
  });
}

TEST_CASE("story acts: a word for any act, or 'it' named by an opening subject, is the sentence before's", "[relations][references]") {
  check_edges({
      {"Russia annexed Crimea in 2014. The United States called the move illegal.", {"USA criticizes RUS"}},
      {"Russia annexed Crimea in 2014. The United States has called the annexation illegal.", {"USA criticizes RUS"}},
      {"Turkey seized the newspaper on Friday. The European Union condemned the seizure.", {"EU criticizes TUR"}},
      {"Iran launched a rocket on Sunday. Japan called it a grave provocation.", {"JPN criticizes IRN"}},
      {"Iran launched a rocket on Sunday. Japan condemned it as a grave provocation.", {"JPN criticizes IRN"}},
      {"A bomb exploded in Cairo on Sunday. Egypt condemned it.", {}},
      {"Russia accused Turkey of smuggling oil. Ankara dismissed this as propaganda.",
       {"RUS criticizes TUR", "TUR criticizes RUS"}},
      // "it" after other nouns may be any of them.
      {"Britain proposed a tax. The United States criticized the plan, describing it as a breach of the rules.", {}},
  });
}

TEST_CASE("story acts: the act a gerund of doing takes", "[relations][story]") {
  check_edges({
      {"Iran launched a rocket on Sunday. \"Forcing the launch is a clear violation of the resolution,\" Putin said.",
       {"RUS criticizes IRN"}},
      // Not a gerund of doing: someone else ignores the launch.
      {"Iran launched a rocket on Sunday. Japan said ignoring the launch was a mistake.", {}},
  });
}

TEST_CASE("story acts: a relative clause on an act the story named", "[relations][story]") {
  check_edges({
      {"Iran launched a rocket on Sunday. Japan said Iran should stop the launches, which are a violation of U.N. "
       "resolutions.",
       {"JPN urges IRN", "JPN criticizes IRN"}},
      // An act the story never named has no author.
      {"Iran launched a rocket on Sunday. Japan welcomed the talks, which are a violation of nothing.", {}},
  });
}

TEST_CASE("story acts: a proposal named by its verb ('proposed' ... 'the proposals')", "[relations][references]") {
  check_edges({
      {"The EU proposed sharp price cuts. France said the proposals were unacceptably tough.", {"FRA criticizes EU"}},
      {"Iran refused the inspections. Egypt said the refusal was a violation.", {"EGY criticizes IRN"}},
  });
}

TEST_CASE("story acts: a past form right after the article is an adjective ('the proposed tax')", "[relations][references]") {
  check_edges({
      {"The EU adopted a tax on oils. The United States said the proposed tax is a violation of GATT.", {"USA criticizes EU"}},
  });
}
