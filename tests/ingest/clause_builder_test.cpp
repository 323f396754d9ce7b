// The clauses stage on its own: the pipeline runs up to "clauses", and each verb whose
// parties the relation stage reads has its clause: subject and object lists, the word that
// opens it, the clause it hangs on, and whether it states anything outright.
#include "ingest/clause_builder.hpp"

#include <catch2/catch.hpp>

#include "tests/ingest/test_support.hpp"

using ng::test::run_until;

namespace {

std::string names(const ng::ingest::Document& doc, const std::vector<int>& mentions) {
  std::string out;
  for (int m : mentions) {
    const auto& mention = doc.mentions[static_cast<std::size_t>(m)];
    if (!out.empty()) out += ",";
    out += doc.slice({doc.tokens[mention.first_token].span.begin, doc.tokens[mention.end_token - 1].span.end});
  }
  return out;
}

// "subjects > verb > objects | opener (^ parent's verb) flags" of the clause whose verb is
// `verb`, "none" when it has no clause.
std::string clause_of(std::string_view text, std::string_view verb) {
  const ng::ingest::Document doc = run_until(text, "clauses");
  for (const auto& c : doc.clauses) {
    if (doc.token_text(c.head) != verb) continue;
    std::string out = names(doc, c.subjects) + " > " + std::string(verb) + " > " + names(doc, c.objects) + " | " +
                      std::string(doc.token_text(c.opener));
    if (c.parent >= 0) out += " ^ " + std::string(doc.token_text(doc.clauses[static_cast<std::size_t>(c.parent)].head));
    if (c.denied) out += " denied";
    if (c.supposed) out += " supposed";
    if (c.asked) out += " asked";
    if (c.undermined) out += " undermined";
    return out;
  }
  return "none";
}

}  // namespace

TEST_CASE("clauses: subject and object lists of a verb", "[clauses]") {
  CHECK(clause_of("Britain and France urged Iran and Syria to act.", "urged") ==
        "Britain,France > urged > Iran,Syria | Britain");
  // A clause standing aside between subject and verb.
  CHECK(clause_of("Egypt, speaking after talks in Cairo, urged Turkey to act.", "urged") ==
        "Egypt > urged > Turkey | Egypt");
  // A passive's subject is the one acted on; the agent after "by" is the relation stage's.
  CHECK(clause_of("Iran was criticized by France.", "criticized") == "Iran > criticized >  | Iran");
}

TEST_CASE("clauses: the word that opens a clause, and the clause it hangs on", "[clauses]") {
  const char* text = "France accused Turkey of meddling when Egypt urged Iran to act.";
  CHECK(clause_of(text, "accused") == "France > accused > Turkey | France");
  CHECK(clause_of(text, "urged") == "Egypt > urged > Iran | when ^ accused");
  CHECK(clause_of("Russia said Iran had urged Syria to act.", "urged") == "Iran > urged > Syria | Iran");
  CHECK(clause_of("France, which Britain accused of meddling, urged Egypt to act.", "accused") ==
        "Britain > accused >  | which");
  // An infinitive opens at its "to" (its subject is the relation stage's to find); after a
  // comma and "and" it hangs on no earlier clause.
  CHECK(clause_of("France criticized Iran, and Russia decided to urge Syria to act.", "urge") ==
        " > urge > Syria | to");
  CHECK(clause_of("France criticized Iran for refusing to urge Syria to act.", "urge") ==
        " > urge > Syria | to ^ criticized denied undermined");
}

TEST_CASE("clauses: denied, supposed and asked clauses state nothing outright", "[clauses]") {
  CHECK(clause_of("Russia denied that Iran had urged Syria to act.", "urged") ==
        "Iran > urged > Syria | that denied undermined");
  CHECK(clause_of("If Iraq criticizes Iran, talks will end.", "criticizes") ==
        "Iraq > criticizes > Iran | If supposed undermined");
  CHECK(clause_of("Will Japan condemn China?", "condemn") == "Japan > condemn > China | Will asked undermined");
  // (The subject of a negated group is not read past its "did not": nothing is stated.)
  CHECK(clause_of("Japan did not condemn China.", "condemn") == " > condemn > China | Japan undermined");
  // The relation stage reads the same verdicts: nothing from these, an edge from a plain one.
  for (const char* text : {"Russia denied that Iran had urged Syria to act.", "Will Japan condemn China?",
                           "Japan did not condemn China."}) {
    CHECK(ng::test::edges_of(text).empty());
  }
  CHECK(ng::test::edges_of("Japan condemned China.") == std::vector<std::string>{"JPN criticizes CHN"});
}

TEST_CASE("clauses: verbs read from their nouns get no clause", "[clauses]") {
  // "have" supports a tie noun, "came under" receives a noun: the noun readers find their parties.
  CHECK(clause_of("Russia has close ties with Iran.", "has") == "none");
  CHECK(clause_of("Russia came under criticism from France.", "came") == "none");
  CHECK(clause_of("Russia criticized France.", "said") == "none");
}
