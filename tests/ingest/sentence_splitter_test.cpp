#include "ingest/sentence_splitter.hpp"

#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::run_until;

namespace {

std::vector<std::string> sentences(const ng::ingest::Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.slice(s.span));
  return out;
}

}  // namespace

TEST_CASE("sentences: split at terminal punctuation, not after abbreviations", "[sentences]") {
  auto doc = run_until("Gen. Smith arrived in Paris. He left on Jan. 5. Talks went on!", "sentences");
  CHECK(sentences(doc) ==
        std::vector<std::string>{"Gen. Smith arrived in Paris.", "He left on Jan. 5.", "Talks went on!"});
}

TEST_CASE("sentences: an acronym's dot ends a sentence only before a sentence opener", "[sentences]") {
  auto doc = run_until("Troops left the U.S. Army base. They came from the U.S. He said so.", "sentences");
  CHECK(sentences(doc) == std::vector<std::string>{"Troops left the U.S. Army base.", "They came from the U.S.",
                                                   "He said so."});
}

TEST_CASE("sentences: a closing quote stays with its sentence, quoted tokens are marked", "[sentences]") {
  auto doc = run_until("\"We will go.\" He said it. \"Not now,\" she said.", "sentences");
  REQUIRE(sentences(doc) == std::vector<std::string>{"\"We will go.\"", "He said it.", "\"Not now,\" she said."});
  CHECK(doc.tokens[1].in_quote);          // We
  CHECK_FALSE(doc.tokens[5].in_quote);    // He
  CHECK_FALSE(doc.tokens.back().in_quote);
}

TEST_CASE("sentences: each line is a paragraph, repeats are marked, the title is sentence -1", "[sentences]") {
  auto doc = run_until("First line here.\nSecond one.\nFirst line here.", "sentences", "Headline words");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].index == -1);
  CHECK(doc.sentences[1].index == 0);
  CHECK(doc.sentences[2].paragraph == 1);
  CHECK_FALSE(doc.sentences[1].duplicate);
  CHECK(doc.sentences[3].duplicate);
  CHECK(doc.sentences[3].index == 2);
}

TEST_CASE("sentences: a lone capital before a dot is an initial, unless a sentence opener follows",
          "[sentences]") {
  auto doc = run_until("President George W. Bush spoke. Talks on N. Korea went on. He backed Plan B. The talks failed.",
                       "sentences");
  CHECK(sentences(doc) == std::vector<std::string>{"President George W. Bush spoke.", "Talks on N. Korea went on.",
                                                   "He backed Plan B.", "The talks failed."});
}

TEST_CASE("sentences: names joined by hyphens are split apart, other hyphenated words are not", "[sentences]") {
  auto doc = run_until("China-Japan and Iranian-Iraqi ties, al-Qaeda's pro-Iraq Jean-Marc.", "sentences");
  std::vector<std::string> tokens;
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) tokens.emplace_back(doc.token_text(t));
  CHECK(tokens == std::vector<std::string>{"China", "-", "Japan", "and", "Iranian", "-", "Iraqi", "ties", ",",
                                           "al-Qaeda", "'s", "pro-Iraq", "Jean-Marc", "."});
}
