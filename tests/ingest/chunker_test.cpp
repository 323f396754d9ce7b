// The chunks stage on its own: the pipeline runs up to "chunks", so each relation cue and
// verb of receiving has its verb group, with the negation, plan and passive that are its own.
#include "ingest/chunker.hpp"

#include <catch2/catch.hpp>

#include "ingest/clause_reader.hpp"
#include "tests/ingest/test_support.hpp"

using ng::test::run_until;

namespace {

// "text: flags" of the verb group whose verb is `verb`, "none" when it has no group.
std::string group_of(const ng::ingest::Document& doc, std::string_view verb) {
  for (const auto& g : doc.chunks) {
    if (doc.token_text(g.head) != verb) continue;
    std::string out(doc.slice({doc.tokens[g.first_token].span.begin, doc.tokens[g.end_token - 1].span.end}));
    out += ":";
    if (g.negated) out += " negated";
    if (g.planned) out += " planned";
    if (g.passive) out += " passive";
    return out;
  }
  return "none";
}

std::string group_of(std::string_view text, std::string_view verb) { return group_of(run_until(text, "chunks"), verb); }

}  // namespace

TEST_CASE("chunks: a negation belongs to its own verb group", "[chunks]") {
  CHECK(group_of("Russia did not urge Iran to act.", "urge") == "did not urge: negated");
  CHECK(group_of("Russia did not want to urge Iran to act.", "urge") == "did not want to urge: negated planned");
  // The "no" of an earlier clause leaves the later verb alone.
  const char* doubt = "She had no doubt the talks would fail, and urged Britain to act.";
  CHECK(group_of(doubt, "urged") == "urged:");
  CHECK(group_of(doubt, "fail") == "would fail: planned");
}

TEST_CASE("chunks: plans and modals", "[chunks]") {
  CHECK(group_of("Russia will press Iran to act.", "press") == "will press: planned");
  CHECK(group_of("Russia and China agreed to cooperate.", "cooperate") == "agreed to cooperate: planned");
}

TEST_CASE("chunks: a participle after a form of 'be' is passive", "[chunks]") {
  CHECK(group_of("Russia was criticized by France.", "criticized") == "was criticized: passive");
  CHECK(group_of("Iran has been asked by France to act.", "asked") == "has been asked: passive");
  CHECK(group_of("Russia has criticized France.", "criticized") == "has criticized:");
  CHECK(group_of("Russia is urging Iran to act.", "urging") == "is urging:");
}

TEST_CASE("chunks: a name stops the verb group", "[chunks]") {
  CHECK(group_of("Not even Russia strongly criticized Iran.", "criticized") == "strongly criticized:");
  // Right after the name: a group of the verb alone.
  CHECK(group_of("France urged Iran to stop.", "urged") == "urged:");
}

TEST_CASE("chunks: only cues and verbs of receiving, in token order", "[chunks]") {
  // "said", a verb of saying, gets no group: no reader asks about one.
  auto doc = run_until("Russia criticized the tests, said they were a threat and urged Iran to stop.", "chunks");
  REQUIRE(doc.chunks.size() == 2);
  CHECK(doc.token_text(doc.chunks[0].head) == "criticized");
  CHECK(doc.token_text(doc.chunks[1].head) == "urged");
  CHECK(group_of(doc, "said") == "none");
  CHECK(doc.attributions.empty());  // the speakers stage comes after
  CHECK(run_until("Russia said it.", "references").chunks.empty());
}

TEST_CASE("chunks: a word without a stored group is read by the same walk", "[chunks]") {
  auto doc = run_until("Russia did not urge Iran to act.", "chunks");
  const auto& lex = ng::test::builtin_lexicon().data();
  ng::ingest::ClauseReader clause(doc, doc.sentences.front(), lex);
  const ng::ingest::VerbGroup* stored = ng::ingest::verb_group_at(doc, 3);
  REQUIRE(stored != nullptr);
  const ng::ingest::VerbGroup read = ng::ingest::read_verb_group(clause, lex, 3, 4);
  CHECK(read.first_token == stored->first_token);
  CHECK(read.negated == stored->negated);
  CHECK(ng::ingest::verb_group_at(doc, 4) == nullptr);  // "Iran"
  CHECK(clause.undermined(3));
}
