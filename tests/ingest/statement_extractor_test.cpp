#include "ingest/statement_extractor.hpp"

#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::edges_of;
using Edges = std::vector<std::string>;

// Each case: one to three sentences in our own wording, and the exact edges they give
// (relations.md). Negatives expect no edge at all.
TEST_CASE("relations: sentence table", "[relations]") {
  ng::test::check_edges({
      // criticizes
      {"France criticized Iran on Monday.", {"FRA criticizes IRN"}},
      {"Moscow hit out at NATO over its plans.", {"RUS criticizes NATO"}},
      {"Turkey condemned Syria and Iran for the shelling.", {"TUR criticizes SYR", "TUR criticizes IRN"}},
      {"The U.S. accused China of hacking.", {"USA criticizes CHN"}},
      {"Britain and France denounced Syria.", {"GBR criticizes SYR", "FRA criticizes SYR"}},
      {"Israel was criticized by the EU.", {"EU criticizes ISR"}},
      {"Egypt blamed the bombing on the Islamic State.", {"EGY criticizes ISIL"}},
      {"Iranian officials slammed Washington for its sanctions.", {"IRN criticizes USA"}},
      {"He said that the United States has failed in Syria.", {}},  // no speaker known: nobody asserts it
      {"Turkish envoy Ali Demir said the UN mission in Syria has failed.", {"TUR criticizes UN"}},
      // urges
      {"Britain urged Argentina to resume talks.", {"GBR urges ARG"}},
      {"The UN called on Britain and Argentina to talk.", {"UN urges GBR", "UN urges ARG"}},
      {"France asked Iran to release the sailors.", {"FRA urges IRN"}},
      {"France asked Iran about the sailors.", {}},
      {"Japan demanded that China withdraw its ships.", {"JPN urges CHN"}},
      {"China pressed Japan to apologise.", {"CHN urges JPN"}},
      {"\"Syria must stop the shelling,\" said French envoy Marc Roux.", {"FRA urges SYR"}},
      {"\"Russia should talk to Kiev,\" Putin said.", {}},  // a self-edge: Putin speaks for Russia
      {"\"The world should act,\" said Putin.", {}},
      // has-ties-with
      {"Egypt and Israel restored diplomatic relations.", {"EGY has-ties-with ISR"}},
      {"Iran has close ties with Hezbollah.", {"HEZBOLLAH has-ties-with IRN"}},
      {"Turkey maintains contacts with Hamas, officials said.", {"HAMAS has-ties-with TUR"}},
      {"Ten states including France, Japan and China enjoy ties with Iran.",
       {"FRA has-ties-with IRN", "IRN has-ties-with JPN", "CHN has-ties-with IRN"}},
      {"\"We have good relations with Iran,\" the Chinese envoy said.", {"CHN has-ties-with IRN"}},
      {"Syria cooperates with Iran.", {"IRN has-ties-with SYR"}},
      // negation, denial, plans, conditionals, questions
      {"Russia denied having ties with the Islamic State.", {}},
      {"Egypt has no relations with Hamas.", {}},
      {"France did not criticize China.", {}},
      {"Israel will never urge Egypt to act.", {}},
      {"Turkey and Egypt are about to restore ties.", {"EGY has-ties-with TUR"}},  // a plan: optional, emitted
      {"Iran cut ties with Egypt.", {}},
      {"Britain broke off relations with Iran.", {}},
      {"If France criticized Iran, Iran would react.", {}},
      {"Will China urge Japan to talk?", {}},
      {"Japan wants China to apologise.", {}},
      // places, events and vague groups are no parties
      {"Turkey condemned the attack in Iraq.", {}},
      {"Britain criticized the Iraq war.", {}},
      {"France criticized the West.", {}},
      {"The U.S. met Iran in Geneva for talks.", {}},
      {"Iraq attacked Iran.", {}},
      {"Syria threatened Turkey.", {}},
      // one document, the title and the body
      {"France urged Iran to act. France urged Iran to act.", {"FRA urges IRN"}},
  });
}

TEST_CASE("relations: speakers make the edges of their quotes and reports", "[relations]") {
  const char* text =
      "Karl Weber, the French ambassador to Iraq, spoke on Monday.\n"
      "\"We have ties with Iran,\" he said.\n"
      "He said that Iraq has failed to protect minorities.";
  // "We" in his quote and the failure he reports are France's: without the speaker stage
  // neither edge has a source.
  CHECK(edges_of(text) == Edges{"FRA has-ties-with IRN", "FRA criticizes IRQ"});
}

TEST_CASE("relations: a title edge that the body repeats counts once", "[relations]") {
  CHECK(edges_of("France urged Iran to act.", "France urged Iran to act") == Edges{"FRA urges IRN"});
  CHECK(edges_of("Talks went on.", "France urges Iran to act") == Edges{"FRA urges IRN"});
}

TEST_CASE("relations: evidence carries document, sentence, speaker and date", "[relations]") {
  auto doc = ng::test::run_until("Hello.\n\"Syria must stop,\" said French envoy Marc Roux.", "relations");
  REQUIRE(doc.statements.size() == 1);
  const auto& e = doc.statements[0].evidence;
  CHECK(e.doc == "test");
  CHECK(e.sentence == 1);
  CHECK(e.speaker == std::optional<std::string>("Marc Roux"));
  CHECK(e.text == "\"Syria must stop,\" said French envoy Marc Roux.");
}
