// Issue #9's sentence table for relations stated with a noun, and for the scope of
// negation and plans: invented sentences in the shapes the development set showed, each
// with its exact actor-level edges (negatives included).
#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::edges_of;
using Edges = std::vector<std::string>;

namespace {

struct Case {
  const char* text;
  Edges edges;
};

void check_table(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(edges_of(c.text) == c.edges);
  }
}

}  // namespace

TEST_CASE("noun patterns: allies", "[relations][nouns]") {
  check_table({
      {"Egypt sent troops to help Syria, Iran's closest ally.", {"IRN has-ties-with SYR"}},
      {"The United States said it stood by Turkey, its NATO ally.", {"TUR has-ties-with USA"}},
      {"Damascus and its ally Russia said the strikes would go on.", {"RUS has-ties-with SYR"}},
      {"Japan, a key U.S. ally, sent a frigate.", {"JPN has-ties-with USA"}},
      {"The rocket launch raised unease in Tokyo and its U.S. ally.", {"JPN has-ties-with USA"}},
      {"China is Iran's main ally in the region.", {"CHN has-ties-with IRN"}},
      {"Israel is an ally of the United States.", {"ISR has-ties-with USA"}},
      {"Beijing backed the resolution, angering Tehran's ally Syria.", {"IRN has-ties-with SYR"}},
      {"Washington sought to reassure its allies Japan and Britain.",
       {"JPN has-ties-with USA", "GBR has-ties-with USA"}},
      {"The United States has supported the right of its ally, Japan, to defend itself.", {"JPN has-ties-with USA"}},
      {"Washington praised Japan and Britain, its two closest allies.",
       {"JPN has-ties-with USA", "GBR has-ties-with USA"}},
      // Negatives: a nation named for the ally, a former ally, membership, no owner.
      {"The Syrian army and its Iranian ally started a campaign.", {}},
      {"Egypt, a former ally of Russia, stayed silent.", {}},
      {"NATO ally Turkey shot down a jet.", {}},
      {"Allies of the president met in Cairo.", {}},
      {"For Britain's closest ally, EU membership matters.", {}},
      {"Iran and Turkey's NATO allies called for calm.", {}},
  });
}

TEST_CASE("noun patterns: ties without a verb", "[relations][nouns]") {
  check_table({
      {"The deepening ties between Egypt and China worry analysts.", {"CHN has-ties-with EGY"}},
      {"Officials praised Britain's special relationship with the United States.", {"GBR has-ties-with USA"}},
      {"The warming relations between Tokyo and Beijing surprised diplomats.", {"CHN has-ties-with JPN"}},
      {"Russia and China agreed to expand cooperation.", {"CHN has-ties-with RUS"}},
      {"Iran and Syria agreed to expand bilateral ties.", {"IRN has-ties-with SYR"}},
      {"Russia and China stepped up military cooperation.", {"CHN has-ties-with RUS"}},
      // Negatives: broken, lacking or denied ties, and links that are no relation.
      {"Diplomatic relations between Washington and Tehran were severed in 1980.", {}},
      {"Iran cut its ties with Egypt.", {}},
      {"Smuggling thrived on a lack of cooperation between France and Britain.", {}},
      {"A new satellite link between France and Egypt opened.", {}},
      {"Japan has no relations with Iran.", {}},
  });
}

TEST_CASE("noun patterns: accusations, calls and faults", "[relations][nouns]") {
  check_table({
      {"Britain stepped up its accusations that Iran was arming militants.", {"GBR criticizes IRN"}},
      {"France delivered a rebuke to Washington over the strikes.", {"FRA criticizes USA"}},
      {"Egypt repeated its criticism of Israel.", {"EGY criticizes ISR"}},
      {"Russia and Turkey traded accusations over the downing of the jet.",
       {"RUS criticizes TUR", "TUR criticizes RUS"}},
      {"The United States stepped up pressure on China on Saturday to rein in its navy.", {"USA urges CHN"}},
      {"France made an urgent appeal to Egypt to reopen the border.", {"FRA urges EGY"}},
      {"Tokyo renewed its call on Beijing to halt the drilling.", {"JPN urges CHN"}},
      {"Washington announced tariffs in retaliation for what it sees as Tokyo's failure to honour the pact.",
       {"USA criticizes JPN"}},
      {"French envoy Paul Roux said the crisis was Iran's fault.", {"FRA criticizes IRN"}},
      // Negatives: a denied accusation, a call with nothing asked, a failure of one's own.
      {"Iran rejected accusations that it was arming militants.", {}},
      {"Egypt renewed its call for calm.", {}},
      {"Japan's failure to grow worried investors.", {}},
      {"In response to accusations that Iran was arming militants, Britain held talks.", {}},
  });
}

TEST_CASE("relations: asking for, calling for, and acts given their author", "[relations]") {
  check_table({
      {"Egypt asked Japan for a loan.", {"EGY urges JPN"}},
      {"Britain pressed China for a greater role in the talks.", {"GBR urges CHN"}},
      {"Russia and France called for Iran to give up the program.", {"RUS urges IRN", "FRA urges IRN"}},
      {"Japan criticized the Chinese proposal.", {"JPN criticizes CHN"}},
      {"The Syrian government condemned Turkey's shelling of its territory.", {"SYR criticizes TUR"}},
      {"Syria strongly condemned Turkish actions.", {"SYR criticizes TUR"}},
      {"The Japanese government urged Russia to return the islands.", {"JPN urges RUS"}},
      {"The UN envoy for Syria, Paul Roux, called on Russia and Iran to halt the strikes.",
       {"UN urges RUS", "UN urges IRN"}},
      // Negatives: an invitation for talks is no call, an event has no author.
      {"Egypt called for calm.", {}},
      {"Egypt condemned the shelling.", {}},
  });
}

TEST_CASE("relations: negation and plans reach only their own verb group", "[relations][scope]") {
  check_table({
      {"Britain said it had no doubt about the findings, and urged Iran to free the sailors.", {"GBR urges IRN"}},
      {"Egypt expects talks to be delayed, and has asked Israel to help.", {"EGY urges ISR"}},
      {"The United States and China regularly accuse each other of spying.",
       {"USA criticizes CHN", "CHN criticizes USA"}},
      {"Russia will press Iran to comply.", {"RUS urges IRN"}},
      {"Russia did not urge Iran to comply.", {}},
      {"Russia does not want to criticize Iran.", {}},
      {"Japan has never accused China of spying.", {}},
      {"If Britain were to criticize France, talks would end.", {}},
      {"Iran denied having ties with Hamas.", {}},
      {"A peace deal for Iraq that was encouraged by Iran stalled.", {}},
  });
}

TEST_CASE("relations: claims about an actor, said by a speaker", "[relations][claims]") {
  check_table({
      {"French envoy Paul Roux said Turkey and Iran were behind the violations.",
       {"FRA criticizes TUR", "FRA criticizes IRN"}},
      {"French envoy Paul Roux said Moscow's bombing campaign undermined the peace efforts.", {"FRA criticizes RUS"}},
      {"French envoy Paul Roux said a Russian jet had violated Turkish airspace.", {"FRA criticizes RUS"}},
      {"Egypt complained that Israel was blocking the talks.", {"EGY criticizes ISR"}},
      {"The United States imposed duties, alleging that Japan had violated the pact.", {"USA criticizes JPN"}},
      // Negatives: no speaker, a negated or purposive claim, a name inside the subject's phrase.
      {"A Russian jet violated Turkish airspace.", {}},
      {"French envoy Paul Roux said no Iranian ship violated the accord.", {}},
      {"French envoy Paul Roux said the dispute between Egypt and Iran was to blame.", {}},
      {"French envoy Paul Roux criticized what he called Iranian moves to undermine Israel.", {}},
  });
}

TEST_CASE("relations: pairs, apposed speakers and people", "[relations][reference]") {
  check_table({
      {"The French president met Putin and both called for Iran to give up the program.",
       {"FRA urges IRN", "RUS urges IRN"}},
      {"Britain and France, the two largest donors, have both urged Iran to free the sailors.",
       {"GBR urges IRN", "FRA urges IRN"}},
      {"Britain urged British voters to stay.", {}},
      {"France urged British voters to stay.", {"FRA urges GBR"}},
      {"Egypt's foreign minister, in remarks on Monday, urged Israel to talk.", {"EGY urges ISR"}},
      {"Paul Roux, the French envoy, said Iran must stop enriching uranium.", {"FRA urges IRN"}},
      {"Turkey has meanwhile, upbraided the United States.", {"TUR criticizes USA"}},
      // "he" that opens a sentence is the previous sentence's subject, not a person named after it.
      {"Protests followed Putin in Cairo. He has aroused criticism to succeed President Barack Obama. "
       "He has accused Japan of spying.",
       {"RUS criticizes JPN"}},
  });
}
