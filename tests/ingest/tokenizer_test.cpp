#include "ingest/tokenizer.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <type_traits>

namespace {

std::vector<std::string> tokens(std::string_view text) {
  std::vector<ng::ingest::Span> spans;
  ng::ingest::tokenize(text, ng::ingest::ByteOffset{}, spans);
  std::vector<std::string> out;
  for (auto span : spans) out.emplace_back(text.substr(span.begin.value, span.size()));
  return out;
}

}  // namespace

TEST_CASE("tokenizer: spans are byte offsets past the base, a type apart from token indices", "[tokenizer]") {
  using ng::ingest::ByteOffset;
  using ng::ingest::Span;
  // An index (a plain integer) is no offset: Span{m.first_token, m.end_token} does not compile.
  static_assert(!std::is_convertible_v<std::uint32_t, ByteOffset>);
  static_assert(!std::is_constructible_v<Span, std::uint32_t, std::uint32_t>);
  static_assert(std::is_constructible_v<Span, ByteOffset, ByteOffset>);
  std::vector<Span> spans;
  ng::ingest::tokenize("Iraq's envoy", ByteOffset(100), spans);
  CHECK(spans == std::vector<Span>{{ByteOffset(100), ByteOffset(104)},
                                   {ByteOffset(104), ByteOffset(106)},
                                   {ByteOffset(107), ByteOffset(112)}});
}

TEST_CASE("tokenizer: acronyms with dots stay one token", "[tokenizer]") {
  CHECK(tokens("the U.S. envoy") == std::vector<std::string>{"the", "U.S.", "envoy"});
  CHECK(tokens("the U.S has") == std::vector<std::string>{"the", "U.S", "has"});
  CHECK(tokens("U.N. troops") == std::vector<std::string>{"U.N.", "troops"});
  // After a hyphen too, as before one: "Canada-U.S." as "U.S.-Canada".
  CHECK(tokens("Canada-U.S. relations") == std::vector<std::string>{"Canada", "-", "U.S.", "relations"});
  CHECK(tokens("U.S.-Canada relations") == std::vector<std::string>{"U.S.", "-", "Canada", "relations"});
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
