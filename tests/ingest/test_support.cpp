#include "tests/ingest/test_support.hpp"

#include <stdexcept>

#include <catch2/catch.hpp>

namespace ng::test {

const ingest::ActorDictionary& test_dictionary() {
  static const ingest::ActorDictionary dictionary = [] {
    ingest::ActorDictionary d;
    auto error = d.add_json(R"([
      {"id": "RUS", "label": "Russia", "kind": "country", "names": ["Russia", "Russian Federation"],
       "demonyms": ["Russian"], "people": ["Russians"], "capitals": ["Moscow", "the Kremlin"]},
      {"id": "USA", "label": "United States", "kind": "country",
       "names": ["United States", "U.S.", "U.S", "US", "America"], "demonyms": ["American"],
       "people": ["Americans"], "capitals": ["Washington", "the White House"]},
      {"id": "GBR", "label": "United Kingdom", "kind": "country", "names": ["Britain", "United Kingdom", "UK"],
       "demonyms": ["British"], "capitals": ["London"]},
      {"id": "FRA", "label": "France", "kind": "country", "names": ["France"], "demonyms": ["French"],
       "capitals": ["Paris"]},
      {"id": "ARG", "label": "Argentina", "kind": "country", "names": ["Argentina"], "demonyms": ["Argentine"],
       "capitals": ["Buenos Aires"]},
      {"id": "IRQ", "label": "Iraq", "kind": "country", "names": ["Iraq"], "demonyms": ["Iraqi"],
       "people": ["Iraqis"], "capitals": ["Baghdad"]},
      {"id": "IRN", "label": "Iran", "kind": "country", "names": ["Iran"], "demonyms": ["Iranian"],
       "capitals": ["Tehran"]},
      {"id": "SYR", "label": "Syria", "kind": "country", "names": ["Syria", "Syrian Arab Republic", "SAR"], "demonyms": ["Syrian"],
       "capitals": ["Damascus"]},
      {"id": "TUR", "label": "Turkey", "kind": "country", "names": ["Turkey"], "demonyms": ["Turkish"],
       "capitals": ["Ankara"]},
      {"id": "CHN", "label": "China", "kind": "country", "names": ["China"], "demonyms": ["Chinese"],
       "capitals": ["Beijing"]},
      {"id": "JPN", "label": "Japan", "kind": "country", "names": ["Japan"], "demonyms": ["Japanese"],
       "capitals": ["Tokyo"]},
      {"id": "ISR", "label": "Israel", "kind": "country", "names": ["Israel"], "demonyms": ["Israeli"]},
      {"id": "EGY", "label": "Egypt", "kind": "country", "names": ["Egypt"], "demonyms": ["Egyptian"],
       "capitals": ["Cairo"]},
      {"id": "NATO", "label": "NATO", "kind": "organization", "names": ["NATO", "North Atlantic Treaty Organization"]},
      {"id": "UN", "label": "United Nations", "kind": "organization",
       "names": ["United Nations", "UN", "U.N.", "Security Council"]},
      {"id": "EU", "label": "European Union", "kind": "organization", "names": ["European Union", "EU"]},
      {"id": "WHO", "label": "World Health Organization", "kind": "organization",
       "names": ["World Health Organization", "WHO"]},
      {"id": "WORLD-BANK", "label": "World Bank", "kind": "organization", "names": ["World Bank"]},
      {"id": "ISIL", "label": "Islamic State", "kind": "armed-group", "names": ["Islamic State", "ISIS", "ISIL", "Daesh"]},
      {"id": "HAMAS", "label": "Hamas", "kind": "armed-group", "names": ["Hamas"]},
      {"id": "HEZBOLLAH", "label": "Hezbollah", "kind": "armed-group", "names": ["Hezbollah"]},
      {"id": "vladimir-putin", "label": "Vladimir Putin", "kind": "person", "names": ["Vladimir Putin", "Putin"],
       "represents": "RUS"}
    ])", "test-dictionary");
    if (error) throw std::runtime_error(*error);
    return d;
  }();
  return dictionary;
}

const ingest::RelationLexicon& builtin_lexicon() {
  static const ingest::RelationLexicon lexicon = ingest::RelationLexicon::builtin();
  return lexicon;
}

ingest::Document run_until(std::string_view text, std::string_view last, std::string_view title) {
  static const ingest::Pipeline pipeline = ingest::default_pipeline(test_dictionary(), builtin_lexicon());
  ingest::Document doc;
  doc.id = "test";
  doc.origin = "test";
  doc.raw = std::string(text);
  doc.title = std::string(title);
  if (!pipeline.run_until(doc, last)) throw std::logic_error("no stage " + std::string(last));
  return doc;
}

std::vector<std::string> edges_of(std::string_view text, std::string_view title) {
  ingest::Document doc = run_until(text, "relations", title);
  std::vector<std::string> edges;
  for (const auto& st : doc.statements) {
    edges.push_back(st.source.id + " " + std::string(graph::to_string(st.relation)) + " " + st.target.id);
  }
  return edges;
}

std::vector<std::string> mentions_of(const ingest::Document& doc) {
  std::vector<std::string> out;
  for (const auto& m : doc.mentions) {
    out.push_back(std::string(doc.slice({doc.tokens[m.first_token].span.begin, doc.tokens[m.end_token - 1].span.end})) +
                  "=" + m.actor_id);
  }
  return out;
}

void check_edges(const std::vector<EdgeCase>& table) {
  for (const auto& row : table) {
    INFO(row.text);
    CHECK(edges_of(row.text) == row.edges);
  }
}

}  // namespace ng::test
