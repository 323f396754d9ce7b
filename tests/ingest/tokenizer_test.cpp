#include "ingest/tokenizer.hpp"

#include <catch2/catch.hpp>

namespace {

std::vector<std::string> tokens(std::string_view text) {
  std::vector<ng::ingest::Span> spans;
  ng::ingest::tokenize(text, 0, spans);
  std::vector<std::string> out;
  for (auto span : spans) out.emplace_back(text.substr(span.begin, span.size()));
  return out;
}

}  // namespace

TEST_CASE("tokenizer: acronyms with dots stay one token", "[tokenizer]") {
  CHECK(tokens("the U.S. envoy") == std::vector<std::string>{"the", "U.S.", "envoy"});
  CHECK(tokens("the U.S has") == std::vector<std::string>{"the", "U.S", "has"});
  CHECK(tokens("U.N. troops") == std::vector<std::string>{"U.N.", "troops"});
}

TEST_CASE("tokenizer: possessives and negations split, inner hyphens stay", "[tokenizer]") {
  CHECK(tokens("Iraq's al-Qaeda doesn't") ==
        std::vector<std::string>{"Iraq", "'s", "al-Qaeda", "does", "n't"});
  CHECK(tokens("\"We agree,\" he said.") ==
        std::vector<std::string>{"\"", "We", "agree", ",", "\"", "he", "said", "."});
}

TEST_CASE("tokenizer: keys are lower case without dots", "[tokenizer]") {
  CHECK(ng::ingest::token_key("U.S.") == "us");
  CHECK(ng::ingest::token_key("Moscow") == "moscow");
  CHECK(ng::ingest::token_key(".") == ".");
  CHECK(ng::ingest::is_capitalized("Moscow"));
  CHECK_FALSE(ng::ingest::is_capitalized("moscow"));
}

TEST_CASE("tokenizer: a number's comma and decimal point stay inside it", "[tokenizer]") {
  CHECK(tokens("housing 40,000 people, 1.5 pct") ==
        std::vector<std::string>{"housing", "40,000", "people", ",", "1.5", "pct"});
  CHECK(tokens("in 1987, 12 ships") == std::vector<std::string>{"in", "1987", ",", "12", "ships"});
}
