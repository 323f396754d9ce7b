#include "ingest/actor_dictionary.hpp"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ingest/embedded.hpp"
#include "tests/skip.hpp"

using ng::graph::ActorKind;
using ng::ingest::ActorDictionary;
using ng::ingest::ActorEntry;
using ng::ingest::Alias;
using ng::ingest::AliasForm;

namespace {

const ActorDictionary& builtin() {
  static const ActorDictionary dictionary = ActorDictionary::builtin();
  return dictionary;
}

std::string resolved_id(const ActorDictionary& dictionary, std::string_view name) {
  const ActorEntry* entry = dictionary.resolve(name);
  return entry ? entry->id : "<none>";
}

// The alias as written, with the id of its winning entry.
const Alias* find_alias(const ActorDictionary& dictionary, std::string_view text) {
  for (const Alias& alias : dictionary.aliases()) {
    if (alias.text == text) return &alias;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("actor-dictionary: built-in names resolve to their relations.md ids",
          "[actor-dictionary]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"the U.S", "USA"},
      {"U.S.", "USA"},
      {"u.s", "USA"},
      {"usa", "USA"},
      {"United States", "USA"},
      {"America", "USA"},
      {"Washington", "USA"},
      {"the White House", "USA"},
      {"RUS", "RUS"},
      {"Russia", "RUS"},
      {"Moscow", "RUS"},
      {"the Kremlin", "RUS"},
      {"Britain", "GBR"},
      {"UK", "GBR"},
      {"Great Britain", "GBR"},
      {"Downing Street", "GBR"},
      {"Soviet Union", "SUN"},
      {"USSR", "SUN"},
      {"West Germany", "DEU"},
      {"Bonn", "DEU"},
      {"East Germany", "DDR"},
      {"Yugoslavia", "YUG"},
      {"Czechoslovakia", "CSK"},
      {"South Korea", "KOR"},
      {"Republic of Korea", "KOR"},
      {"Korea", "KOR"},  // alone, South Korea in the 1987 and 2016 wires
      {"North Korea", "PRK"},
      {"Iran", "IRN"},
      {"Tehran", "IRN"},
      {"the Afghans", "AFG"},
      {"Islamabad", "PAK"},
      {"Doha", "QAT"},
      {"Beijing", "CHN"},
      {"Ivory Coast", "CIV"},
      {"Côte d'Ivoire", "CIV"},
      {"Holy See", "VAT"},
      {"Turkey", "TUR"},
      {"Daesh", "ISIL"},
      {"ISIS", "ISIL"},
      {"Islamic State", "ISIL"},
      {"Taliban", "TALIBAN"},
      {"Hizbollah", "HEZBOLLAH"},
      {"al Qaeda", "AL-QAEDA"},
      {"al-Qaeda", "AL-QAEDA"},
      {"Hamas", "HAMAS"},
      {"NATO", "NATO"},
      {"Nato", "NATO"},
      {"Security Council", "UN"},
      {"U.N.", "UN"},
      {"European Community", "EU"},
      {"EC", "EU"},  // annotation.md: the EC of the 1987 texts is the EU's node
      {"African Union", "AU"},
      {"WHO", "WHO"},
      {"Kurdistan Workers’ Party", "PKK"},
      {"the Pope", "pope"},  // annotation.md: the Pope speaks for the Holy See (VAT)
  };
  for (const auto& [name, id] : cases) {
    INFO(name);
    CHECK(resolved_id(builtin(), name) == id);
  }
  CHECK(ActorDictionary::actor_level_id(*builtin().resolve("the Pope")) == "VAT");
  CHECK(builtin().resolve("Atlantis") == nullptr);
  CHECK(builtin().resolve("the") == nullptr);
}

TEST_CASE("actor-dictionary: aliases carry their form", "[actor-dictionary]") {
  const ActorDictionary& d = builtin();
  const std::vector<std::tuple<std::string, std::string, AliasForm>> cases = {
      {"Moscow", "RUS", AliasForm::Capital},
      {"the Kremlin", "RUS", AliasForm::Capital},
      {"Russia", "RUS", AliasForm::Name},
      {"Russian", "RUS", AliasForm::Demonym},
      {"Russians", "RUS", AliasForm::People},
      {"the Afghans", "AFG", AliasForm::People},
      {"Daesh", "ISIL", AliasForm::Name},
      {"Jens Stoltenberg", "jens-stoltenberg", AliasForm::Person},
      {"De Clercq", "willy-de-clercq", AliasForm::Person},  // the EC's trade commissioner of the 1987 wires
  };
  // A surname two officials share names neither alone: the story's full name decides
  // (Gerhard Stoltenberg in 1987, Jens Stoltenberg in 2016).
  CHECK(find_alias(d, "Stoltenberg") == nullptr);
  for (const auto& [text, id, form] : cases) {
    INFO(text);
    const Alias* alias = find_alias(d, text);
    REQUIRE(alias != nullptr);
    CHECK(d.entries()[alias->entry].id == id);
    CHECK(alias->form == form);
  }
  const ActorEntry* putin = d.resolve("Putin");
  REQUIRE(putin != nullptr);
  CHECK(putin->kind == ActorKind::Person);
  CHECK(putin->represents == "RUS");
  CHECK(ActorDictionary::actor_level_id(*putin) == "RUS");
  CHECK(ActorDictionary::actor_level_id(*d.resolve("Moscow")) == "RUS");
}

TEST_CASE("actor-dictionary: short capital acronyms are case-sensitive", "[actor-dictionary]") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"WHO", true},
      {"US", true},
      {"U.S.", true},
      {"UN", true},
      {"EU", true},
      {"U.S.S.R.", true},
      {"LeT", true},
      {"NATO", false},
      {"OPEC", false},
      {"Hamas", false},
      {"World Health Organization", false},
      {"Moscow", false},
  };
  for (const auto& [text, sensitive] : cases) {
    INFO(text);
    const Alias* alias = find_alias(builtin(), text);
    REQUIRE(alias != nullptr);
    CHECK(alias->case_sensitive == sensitive);
  }
}

TEST_CASE("actor-dictionary: node-level labels and kinds", "[actor-dictionary]") {
  const ActorDictionary& d = builtin();
  const std::vector<std::tuple<std::string, std::string, ActorKind>> cases = {
      {"RUS", "Russia", ActorKind::Country},
      {"USA", "United States", ActorKind::Country},
      {"GBR", "United Kingdom", ActorKind::Country},
      {"IRN", "Iran", ActorKind::Country},
      {"KOR", "South Korea", ActorKind::Country},
      {"COD", "Democratic Republic of the Congo", ActorKind::Country},
      {"SUN", "Soviet Union", ActorKind::Country},
      {"NATO", "NATO", ActorKind::Organization},
      {"ISIL", "Islamic State", ActorKind::ArmedGroup},
      {"vladimir-putin", "Vladimir Putin", ActorKind::Person},
  };
  for (const auto& [id, label, kind] : cases) {
    INFO(id);
    const ActorEntry* entry = d.find_id(id);
    REQUIRE(entry != nullptr);
    ng::graph::Actor actor = d.actor(*entry);
    CHECK(actor.id == id);
    CHECK(actor.label == label);
    CHECK(actor.kind == kind);
  }
  CHECK(d.actor(*d.resolve("Moscow")).label == "Russia");
}

TEST_CASE("actor-dictionary: built-in coverage by kind", "[actor-dictionary]") {
  const ActorDictionary& d = builtin();
  std::set<std::string> countries, organizations, armed_groups, persons;
  for (const ActorEntry& entry : d.entries()) {
    ng::graph::Actor actor = d.actor(entry);
    switch (actor.kind) {
      case ActorKind::Country:
        countries.insert(actor.id);
        break;
      case ActorKind::Organization:
        organizations.insert(actor.id);
        break;
      case ActorKind::ArmedGroup:
        armed_groups.insert(actor.id);
        break;
      case ActorKind::Person:
        persons.insert(actor.id);
        break;
      case ActorKind::Unknown:
        break;
    }
  }
  CHECK(countries.size() >= 200);
  CHECK(organizations.size() >= 80);
  CHECK(armed_groups.size() >= 60);
  CHECK(persons.size() >= 100);
  for (const ActorEntry& entry : d.entries()) {
    if (entry.represents.empty()) continue;
    INFO(entry.id);
    CHECK(d.find_id(entry.represents) != nullptr);
  }
}

TEST_CASE("actor-dictionary: no built-in name resolves to another actor", "[actor-dictionary]") {
  // Every name in actors.json must come back to its own entry's id: a name that two ids
  // share would silently lose one of them.
  const ActorDictionary& d = builtin();
  rapidjson::Document doc;
  std::string_view json = ng::ingest::embedded::actors_json();
  doc.Parse(json.data(), json.size());
  REQUIRE(doc.IsArray());
  for (const auto& entry : doc.GetArray()) {
    std::string id = entry["id"].GetString();
    for (const char* field : {"names", "demonyms", "people", "capitals"}) {
      if (!entry.HasMember(field)) continue;
      for (const auto& name : entry[field].GetArray()) {
        INFO(name.GetString());
        CHECK(resolved_id(d, name.GetString()) == id);
      }
    }
  }
}

TEST_CASE("actor-dictionary: later entries win for the same name", "[actor-dictionary]") {
  ActorDictionary d = builtin();
  REQUIRE_FALSE(d.add_json(
      R"([{"id": "XYZ", "names": ["moscow", "Ruritania"], "kind": "country"}])", "user.json"));
  CHECK(resolved_id(d, "Moscow") == "XYZ");
  CHECK(resolved_id(d, "Ruritania") == "XYZ");
  CHECK(resolved_id(d, "the Kremlin") == "RUS");
  const Alias* alias = find_alias(d, "Moscow");
  CHECK(alias == nullptr);  // the built-in "Moscow" lost; only the user's "moscow" is left
  REQUIRE(find_alias(d, "moscow") != nullptr);
  CHECK(d.entries()[find_alias(d, "moscow")->entry].id == "XYZ");
  // The copy it was made from is untouched.
  CHECK(resolved_id(builtin(), "Moscow") == "RUS");
}

TEST_CASE("actor-dictionary: entries may share an id", "[actor-dictionary]") {
  ActorDictionary d;
  REQUIRE_FALSE(d.add_json(R"([
    {"id": "USA", "names": ["PRESIDENT GEORGE W. BUSH"], "kind": "person"},
    {"id": "USA", "names": ["UNITED STATES", "U.S."], "kind": "country"},
    {"id": "USA", "names": ["WASHINGTON", "WHITE_HOUSE"], "kind": "country"},
    {"id": "PSEGZA", "names": ["GAZA CITY"], "kind": "other"},
    {"id": "FRO", "names": ["FRODO_BAGGINS"], "kind": "person"}
  ])",
                           "petrarch.json"));
  const ActorEntry* bush = d.resolve("President George W. Bush");
  REQUIRE(bush != nullptr);
  CHECK(bush->kind == ActorKind::Person);
  CHECK(d.actor(*bush).id == "USA");
  CHECK(d.actor(*bush).kind == ActorKind::Country);
  CHECK(d.actor(*bush).label == "United States");
  CHECK(find_alias(d, "PRESIDENT GEORGE W. BUSH")->form == AliasForm::Person);
  CHECK(resolved_id(d, "White House") == "USA");
  CHECK(d.actor(*d.resolve("Gaza City")).kind == ActorKind::Unknown);
  const ActorEntry* frodo = d.resolve("Frodo Baggins");
  REQUIRE(frodo != nullptr);
  CHECK(frodo->label == "Frodo Baggins");
  CHECK(find_alias(d, "FRODO BAGGINS") != nullptr);
}

TEST_CASE("actor-dictionary: PETRARCH's validation dictionary loads", "[actor-dictionary]") {
  std::string path = std::string(NG_SHARED_DIR) + "/data/petrarch/actors.json";
  if (!std::filesystem::exists(path)) {
    NG_SKIP(path << " is missing");
  }
  ActorDictionary d = builtin();
  REQUIRE_FALSE(d.add_file(path));
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Arnor", "ARN"},       {"Gondor", "GON"},         {"Minas Tirith", "GON"},
      {"Osgiliath", "OSG"},   {"Calenardhon", "CAL"},    {"Bree", "BRE"},
      {"Eriador", "ERI"},     {"Frodo", "HOB"},          {"United Nations", "UNO"},
      {"White House", "USA"}, {"Israeli troops", "ISR"},
  };
  for (const auto& [name, id] : cases) {
    INFO(name);
    CHECK(resolved_id(d, name) == id);
  }
  CHECK(d.actor(*d.resolve("Arnor")).label == "Arnor");
  CHECK(d.actor(*d.resolve("Israeli troops")).kind == ActorKind::Country);
  CHECK(d.actor(*d.resolve("United Nations")).label == "United Nations");
  CHECK(d.resolve("Amnesty International")->non_actor == "non-governmental organization");
}

TEST_CASE("actor-dictionary: bad input is reported with origin and entry", "[actor-dictionary]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"([{"id": "A", "names": ["A"]}, {"names": ["B"]}])", R"(bad.json: entry 2: missing "id")"},
      {R"([{"id": "A"}])", R"(bad.json: entry 1: missing "names")"},
      {R"([{"id": "A", "names": []}])",
       R"(bad.json: entry 1: "names" must be an array of non-empty strings)"},
      {R"([{"id": "A", "names": ["A", 3]}])",
       R"(bad.json: entry 1: "names" must be an array of non-empty strings)"},
      {R"([{"id": "A", "names": ["A"], "kind": "city"}])",
       R"(bad.json: entry 1: unknown kind "city")"},
      {R"([{"id": "A", "names": ["A"], "capitals": "Aa"}])",
       R"(bad.json: entry 1: "capitals" must be an array of non-empty strings)"},
      {R"([{"id": "A", "names": ["A"], "label": 1}])",
       R"(bad.json: entry 1: "label" must be a string)"},
      {R"([3])", R"(bad.json: entry 1: expected an object)"},
      {R"({"id": "A"})", "bad.json: expected a JSON array of actor entries"},
      {"[\n  {\"id\": \"A\", \"names\": [\"A\"]}\n  {\"id\": \"B\"}\n]",
       "bad.json:3: invalid JSON: missing a comma or ']' after an array element"},
      {"", "bad.json:1: invalid JSON: the document is empty"},
  };
  for (const auto& [json, message] : cases) {
    INFO(json);
    ActorDictionary d;
    REQUIRE_FALSE(d.add_json(R"([{"id": "KEEP", "names": ["Keep"]}])", "ok.json"));
    auto error = d.add_json(json, "bad.json");
    REQUIRE(error);
    CHECK(*error == message);
    CHECK(d.entries().size() == 1);  // a bad file adds nothing
    CHECK(d.aliases().size() == 1);
  }
}

TEST_CASE("actor-dictionary: a missing file names the path and the reason", "[actor-dictionary]") {
  ActorDictionary d;
  auto error = d.add_file("/nonexistent/actors.json");
  REQUIRE(error);
  CHECK(*error == "\"/nonexistent/actors.json\": No such file or directory");
}

TEST_CASE("actor-dictionary: closest names for a typo", "[actor-dictionary]") {
  const ActorDictionary& d = builtin();
  // By edit distance, then in dictionary order: the name, the id, the demonym.
  CHECK(d.closest_names("Rusia", 3) == std::vector<std::string>{"Russia", "RUS", "Russian"});
  CHECK(d.closest_names("Lavorv", 1) == std::vector<std::string>{"Lavrov"});
  CHECK(ActorDictionary().closest_names("x", 3).empty());
}

TEST_CASE("actor-dictionary: names normalise for lookup", "[actor-dictionary]") {
  CHECK(ActorDictionary::normalize("The U.S.") == "us");
  CHECK(ActorDictionary::normalize("  the   Kremlin ") == "kremlin");
  CHECK(ActorDictionary::normalize("al-Qaeda") == "al qaeda");
  CHECK(ActorDictionary::normalize("Kurdistan Workers’ Party") == "kurdistan workers party");
  CHECK(ActorDictionary::normalize("FRODO_BAGGINS") == "frodo baggins");
  CHECK(ActorDictionary::normalize("Theresa") == "theresa");
}

TEST_CASE("actor-dictionary: longer non-actor names are known but are no party",
          "[actor-dictionary]") {
  const ActorDictionary& d = builtin();
  const ActorEntry* post = d.resolve("Washington Post");
  REQUIRE(post != nullptr);
  CHECK(post->non_actor == "news outlet");
  CHECK(d.resolve("Latin America")->non_actor == "region");
  CHECK(d.resolve("Washington")->non_actor.empty());
}
