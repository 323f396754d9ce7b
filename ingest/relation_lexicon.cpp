#include "ingest/relation_lexicon.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "ingest/embedded.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {
namespace {

bool is_vowel(char c) { return std::strchr("aeiou", c) != nullptr; }

// Short verbs ending consonant-vowel-consonant double it: slam -> slammed, hit -> hitting.
bool doubles_final_consonant(const std::string& w) {
  std::size_t n = w.size();
  if (n < 3 || n > 4) return false;
  char last = w[n - 1];
  return !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' && is_vowel(w[n - 2]) &&
         !is_vowel(w[n - 3]);
}

int line_of_offset(std::string_view json, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < json.size(); ++i) line += json[i] == '\n';
  return line;
}

// The lower-cased strings of `object[key]` (none when absent); false when it is not an array of strings.
bool read_strings(const rapidjson::Value& object, const char* key, std::vector<std::string>& out) {
  if (!object.HasMember(key)) return true;
  if (!object[key].IsArray()) return false;
  for (const auto& item : object[key].GetArray()) {
    if (!item.IsString()) return false;
    std::string text = item.GetString();
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back(std::move(text));
  }
  return true;
}

// The "noun_patterns" of a lexicon (patterns.json) into `d`; an error naming `where` and the
// pattern's place in the list on bad input. A noun belongs to one pattern: one that another
// pattern (of this file or an earlier one) has is an error, not a silent second reading.
std::optional<std::string> add_noun_patterns(const rapidjson::Value& root, const std::string& where,
                                             RelationLexicon::Data& d) {
  if (!root.HasMember("noun_patterns")) return std::nullopt;
  if (!root["noun_patterns"].IsArray()) return where + ": \"noun_patterns\" must be an array of objects";
  static const std::set<std::string, std::less<>> kKeys = {"_comment", "relation", "nouns",
                                                           "sources",  "targets",  "asks_act"};
  std::size_t index = 0;
  for (const auto& spec : root["noun_patterns"].GetArray()) {
    const std::string at = where + ": noun pattern " + std::to_string(++index);
    if (!spec.IsObject()) return at + " must be an object";
    for (const auto& member : spec.GetObject()) {
      if (!kKeys.count(member.name.GetString())) return at + ": unknown key \"" + member.name.GetString() + "\"";
    }
    NounPattern pattern;
    if (!spec.HasMember("relation") || !spec["relation"].IsString()) return at + ": \"relation\" must be a string";
    auto relation = graph::parse_relation_type(spec["relation"].GetString());
    if (!relation) return at + ": unknown relation \"" + spec["relation"].GetString() + "\"";
    pattern.relation = *relation;
    std::vector<std::string> nouns, sources, targets;
    for (auto [key, list] :
         {std::pair{"nouns", &nouns}, std::pair{"sources", &sources}, std::pair{"targets", &targets}}) {
      if (!read_strings(spec, key, *list) || list->empty()) {
        return at + ": \"" + key + "\" must be a non-empty array of strings";
      }
    }
    for (const auto& source : sources) {
      if (source == "possessor") pattern.from_possessor = true;
      else if (source == "subject") pattern.from_subject = true;
      else if (source == "by") pattern.from_agent = true;
      else if (source == "from") pattern.from_giver = true;
      else if (source == "reciprocal") pattern.reciprocal = true;
      else return at + ": unknown source \"" + source + "\" (possessor, subject, by, from, reciprocal)";
    }
    for (const auto& word : targets) pattern.targets.add(word);
    if (spec.HasMember("asks_act")) {
      if (!spec["asks_act"].IsBool()) return at + ": \"asks_act\" must be true or false";
      pattern.asks_act = spec["asks_act"].GetBool();
    }
    for (const auto& noun : nouns) {
      if (d.pattern_nouns.contains_phrase(noun)) return at + ": \"" + noun + "\" is already a noun of another pattern";
      d.pattern_nouns.add(noun, static_cast<int>(d.noun_patterns.size()));
    }
    d.noun_patterns.push_back(std::move(pattern));
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> inflect_verb(const std::string& lemma) {
  std::size_t space = lemma.find(' ');
  std::string head = lemma.substr(0, space);
  std::string rest = space == std::string::npos ? "" : lemma.substr(space);
  std::string third, past, ing;
  std::size_t n = head.size();
  if (n >= 2 && head[n - 1] == 'y' && !is_vowel(head[n - 2])) {
    std::string stem = head.substr(0, n - 1);
    third = stem + "ies", past = stem + "ied", ing = head + "ing";
  } else if (n >= 1 && head[n - 1] == 'e') {
    third = head + "s", past = head + "d", ing = head.substr(0, n - 1) + "ing";
  } else if (head.ends_with("s") || head.ends_with("sh") || head.ends_with("ch") || head.ends_with("x") ||
             head.ends_with("z")) {
    third = head + "es", past = head + "ed", ing = head + "ing";
  } else if (doubles_final_consonant(head)) {
    char last = head[n - 1];
    third = head + "s", past = head + last + "ed", ing = head + last + "ing";
  } else {
    third = head + "s", past = head + "ed", ing = head + "ing";
  }
  return {lemma, third + rest, past + rest, ing + rest};
}

RelationLexicon::RelationLexicon() : data_(std::make_unique<Data>()) {}
RelationLexicon::~RelationLexicon() = default;
RelationLexicon::RelationLexicon(RelationLexicon&&) noexcept = default;
RelationLexicon& RelationLexicon::operator=(RelationLexicon&&) noexcept = default;

RelationLexicon RelationLexicon::builtin() {
  RelationLexicon lexicon;
  for (auto [json, origin] : {std::pair{embedded::cues_json(), "<built-in cues.json>"},
                              std::pair{embedded::patterns_json(), "<built-in patterns.json>"}}) {
    if (auto error = lexicon.add_json(json, origin)) {
      throw std::logic_error(*error);  // the embedded files are ours: a bad one is a build defect
    }
  }
  return lexicon;
}

std::optional<std::string> RelationLexicon::add_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "\"" + path + "\": " + std::strerror(errno);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return add_json(buffer.str(), path);
}

std::optional<std::string> RelationLexicon::add_json(std::string_view json, std::string_view origin) {
  rapidjson::Document root;
  root.Parse(json.data(), json.size());
  const std::string where(origin);
  if (root.HasParseError()) {
    return where + ":" + std::to_string(line_of_offset(json, root.GetErrorOffset())) + ": " +
           rapidjson::GetParseError_En(root.GetParseError());
  }
  if (!root.IsObject()) return where + ": a lexicon must be a JSON object";

  std::string error;
  auto strings = [&](const rapidjson::Value& object, const char* key) {
    std::vector<std::string> out;
    if (object.IsObject() && !read_strings(object, key, out)) {
      error = where + ": \"" + key + "\" must be an array of strings";
    }
    return out;
  };

  std::unordered_map<std::string, std::vector<std::string>> irregular;
  std::vector<std::string> staged_participles;
  if (root.HasMember("irregular") && root["irregular"].IsObject()) {
    for (const auto& member : root["irregular"].GetObject()) {
      irregular[member.name.GetString()] = strings(root["irregular"], member.name.GetString());
      for (const auto& form : irregular[member.name.GetString()]) {
        if (!form.ends_with("s") && !form.ends_with("ing") && form.find(' ') == std::string::npos) {
          staged_participles.push_back(form);
        }
      }
    }
  }
  auto add_verbs = [&](PhraseSet& set, const std::vector<std::string>& lemmas, int tag) {
    for (const auto& lemma : lemmas) {
      for (const auto& form : inflect_verb(lemma)) set.add(form, tag);
      if (auto it = irregular.find(lemma); it != irregular.end()) {
        for (const auto& form : it->second) set.add(form, tag);
      }
      // A phrase inflects its first word: "break its promise" takes "broke" and "broken" from "break".
      if (std::size_t space = lemma.find(' '); space != std::string::npos && !irregular.count(lemma)) {
        if (auto it = irregular.find(lemma.substr(0, space)); it != irregular.end()) {
          for (const auto& form : it->second) set.add(form + lemma.substr(space), tag);
        }
      }
    }
  };
  auto add_words = [&](PhraseSet& set, const char* key) {
    for (const auto& word : strings(root, key)) set.add(word);
  };

  // Unknown keys are mistakes ({"criticizes": {"verb": [...]}} would add nothing): reject them.
  static const std::set<std::string, std::less<>> kTopKeys = {
      "_comment", "relations", "noun_patterns", "irregular", "reporting_verbs", "telling_verbs", "receiving_verbs", "voicing_verbs", "arriving_verbs", "negations", "denials", "plans", "conditionals",
      "list_introducers", "state_nouns", "people_nouns", "speech_nouns", "partitives", "institution_heads", "event_nouns", "act_nouns",
      "prepositions", "subordinators", "comma_adverbs", "speaker_enders", "pair_phrases", "conflict_pair_phrases", "list_references", "party_plurals", "clause_conjunctions", "partner_nouns", "membership_phrases", "ownership_phrases", "hedges", "bare_state_titles", "trade_modifiers", "name_particles", "hypothetical_modals", "backshifted_modals", "duty_nouns", "acting_verbs", "general_acts", "kindred_acts", "evaluation_frames", "author_participles", "member_nouns", "attack_nouns", "change_nouns", "family_name_first", "female_markers", "spokesman_roles", "place_events", "skippable", "passive_auxiliaries", "gerund_leads", "contact_verbs", "intent_nouns", "keeping_verbs", "undoing_verbs", "trailing_conditions", "harm_nouns", "delegate_roles", "private_roles", "home_titles", "owned_acts", "issuing_verbs", "joining_phrases",
      "not_adverbs", "copulas", "verb_particles", "roles", "role_modifiers", "state_roles", "non_state_modifiers",
      "former_markers", "context_names", "descriptions", "bare_descriptions", "named_descriptions", "not_names", "furniture", "credit_prefixes",
      "abbreviations", "sentence_starters"};
  static const std::set<std::string, std::less<>> kRelationKeys = {
      "_comment", "verbs", "verbs_needing_to", "verbs_needing_complement", "complements", "naming_verbs", "epithets", "verbs_on_acts", "support_verbs", "failure", "claim_verbs", "harm_verbs", "claims", "evaluations",
      "obligation", "necessity", "tie_nouns", "nominal_ties", "faults", "possessed_faults", "reciprocal_verbs",
      "ally_nouns", "ally_modifiers", "tie_modifiers", "breakers", "accord_nouns", "verbs_asking_from", "verbs_with_subjunctive",
      "verbs_of_stopping", "mutual_verbs", "verbs_on_topic", "naming_verbs_with_as", "attack_verbs"};
  for (const auto& member : root.GetObject()) {
    if (!kTopKeys.count(member.name.GetString())) return where + ": unknown key \"" + member.name.GetString() + "\"";
  }
  if (root.HasMember("relations") && root["relations"].IsObject()) {
    for (const auto& relation : root["relations"].GetObject()) {
      if (!relation.value.IsObject()) return where + ": relation \"" + relation.name.GetString() + "\" must be an object";
      for (const auto& member : relation.value.GetObject()) {
        if (!kRelationKeys.count(member.name.GetString())) {
          const std::string name = member.name.GetString();
          return where + ": unknown key \"" + name + "\" in relation \"" + relation.name.GetString() + "\"" +
                 (name == "nouns" || name == "noun_arguments" ? " (relation nouns are \"noun_patterns\", as in patterns.json)" : "");
        }
      }
    }
  }

  // Built on a copy and swapped in at the end: a file that fails adds nothing.
  auto staged = std::make_unique<Data>(*data_);
  Data& d = *staged;
  // A relation cue that is a verb is also a head of the chunker's verb groups.
  auto add_cue_verbs = [&](const std::vector<std::string>& lemmas, int tag) {
    add_verbs(d.cues, lemmas, tag);
    add_verbs(d.verb_heads, lemmas, 0);
  };
  if (root.HasMember("relations") && root["relations"].IsObject()) {
    for (const auto& member : root["relations"].GetObject()) {
      auto relation = graph::parse_relation_type(member.name.GetString());
      if (!relation) return where + ": unknown relation \"" + member.name.GetString() + "\"";
      const auto& spec = member.value;
      add_cue_verbs(strings(spec, "verbs"),
                cue_tag(*relation, *relation == graph::RelationType::HasTiesWith ? CueKind::TieVerb : CueKind::Verb));
      add_cue_verbs(strings(spec, "verbs_needing_to"), cue_tag(*relation, CueKind::VerbNeedsTo));
      add_cue_verbs(strings(spec, "mutual_verbs"), cue_tag(*relation, CueKind::MutualVerb));
      add_cue_verbs(strings(spec, "verbs_on_acts"), cue_tag(*relation, CueKind::VerbOnAct));
      add_cue_verbs(strings(spec, "verbs_needing_complement"), cue_tag(*relation, CueKind::VerbNeedsComplement));
      for (const auto& phrase : strings(spec, "complements")) d.complements.add(phrase);
      add_cue_verbs(strings(spec, "naming_verbs"), cue_tag(*relation, CueKind::Naming));
      for (const auto& phrase : strings(spec, "epithets")) d.epithets.add(phrase);
      add_cue_verbs(strings(spec, "support_verbs"), cue_tag(*relation, CueKind::TieSupport));
      add_cue_verbs(strings(spec, "failure"), cue_tag(*relation, CueKind::Failure));
      add_cue_verbs(strings(spec, "claim_verbs"), cue_tag(*relation, CueKind::Claim));
      add_cue_verbs(strings(spec, "harm_verbs"), cue_tag(*relation, CueKind::Claim));
      add_verbs(d.harm_verbs, strings(spec, "harm_verbs"), 0);
      add_cue_verbs(strings(spec, "attack_verbs"), cue_tag(*relation, CueKind::Attack));
      for (const auto& phrase : strings(spec, "claims")) d.cues.add(phrase, cue_tag(*relation, CueKind::Claim));
      for (const auto& word : strings(spec, "evaluations")) {
        d.cues.add(word, cue_tag(*relation, CueKind::Evaluation));
        d.evaluations.add(word);  // also where a claim verb's form took the cue ("destabilizing")
      }
      for (const auto& word : strings(spec, "obligation")) d.cues.add(word, cue_tag(*relation, CueKind::Obligation));
      for (const auto& word : strings(spec, "necessity")) d.cues.add(word, cue_tag(*relation, CueKind::Necessity));
      for (const auto& word : strings(spec, "tie_nouns")) d.tie_nouns.add(word);
      for (const auto& word : strings(spec, "accord_nouns")) d.accord_nouns.add(word);
      add_verbs(d.asking_from, strings(spec, "verbs_asking_from"), 0);
      add_verbs(d.subjunctive_verbs, strings(spec, "verbs_with_subjunctive"), 0);
      add_verbs(d.stopping_verbs, strings(spec, "verbs_of_stopping"), 0);
      add_verbs(d.topic_verbs, strings(spec, "verbs_on_topic"), 0);
      // "sees NATO's plans as hostile": naming verbs whose complement "as" introduces.
      add_cue_verbs(strings(spec, "naming_verbs_with_as"), cue_tag(*relation, CueKind::Naming));
      add_verbs(d.as_naming_verbs, strings(spec, "naming_verbs_with_as"), 0);
      for (const auto& word : strings(spec, "faults")) d.fault_nouns.add(word);
      for (const auto& word : strings(spec, "possessed_faults")) d.possessed_faults.add(word);
      for (const auto& word : strings(spec, "ally_nouns")) d.ally_nouns.add(word);
      for (const auto& word : strings(spec, "nominal_ties")) d.nominal_ties.add(word);
      for (const auto& word : strings(spec, "ally_modifiers")) d.ally_modifiers.add(word);
      for (const auto& word : strings(spec, "tie_modifiers")) d.tie_modifiers.add(word);
      add_verbs(d.tie_breakers, strings(spec, "breakers"), 0);
      add_verbs(d.reciprocal_verbs, strings(spec, "reciprocal_verbs"), 0);
    }
  }
  if (auto failed = add_noun_patterns(root, where, d)) return *failed;
  for (const auto& form : staged_participles) d.irregular_participles.add(form);
  // No verb group for a verb of saying (unless it is also a cue): no reader asks about
  // one, and they were 40 % of the groups the chunker stored.
  add_verbs(d.reporting_verbs, strings(root, "reporting_verbs"), 0);
  add_verbs(d.telling_verbs, strings(root, "telling_verbs"), 0);
  add_verbs(d.receiving_verbs, strings(root, "receiving_verbs"), 0);
  add_verbs(d.voicing_verbs, strings(root, "voicing_verbs"), 0);
  add_verbs(d.arriving_verbs, strings(root, "arriving_verbs"), 0);
  add_verbs(d.verb_heads, strings(root, "receiving_verbs"), 0);
  add_verbs(d.denials, strings(root, "denials"), 0);
  add_words(d.negations, "negations");
  add_words(d.plans, "plans");
  add_words(d.conditionals, "conditionals");
  add_words(d.list_introducers, "list_introducers");
  add_words(d.state_nouns, "state_nouns");
  add_words(d.people_nouns, "people_nouns");
  add_words(d.speech_nouns, "speech_nouns");
  add_words(d.partitives, "partitives");
  add_words(d.institution_heads, "institution_heads");
  add_words(d.event_nouns, "event_nouns");
  add_words(d.act_nouns, "act_nouns");
  add_words(d.prepositions, "prepositions");
  add_words(d.subordinators, "subordinators");
  add_words(d.comma_adverbs, "comma_adverbs");
  add_words(d.speaker_enders, "speaker_enders");
  add_words(d.pair_phrases, "pair_phrases");
  add_words(d.conflict_pair_phrases, "conflict_pair_phrases");
  add_words(d.list_references, "list_references");
  add_words(d.party_plurals, "party_plurals");
  add_words(d.clause_conjunctions, "clause_conjunctions");
  add_words(d.partner_nouns, "partner_nouns");
  add_words(d.membership_phrases, "membership_phrases");
  add_words(d.hedges, "hedges");
  add_words(d.hypothetical_modals, "hypothetical_modals");
  add_words(d.name_particles, "name_particles");
  add_words(d.trade_modifiers, "trade_modifiers");
  add_words(d.bare_state_titles, "bare_state_titles");
  add_words(d.backshifted_modals, "backshifted_modals");
  add_words(d.duty_nouns, "duty_nouns");
  add_verbs(d.acting_verbs, strings(root, "acting_verbs"), 0);
  add_words(d.change_nouns, "change_nouns");
  add_words(d.attack_nouns, "attack_nouns");
  add_words(d.general_acts, "general_acts");
  add_words(d.member_nouns, "member_nouns");
  add_words(d.author_participles, "author_participles");
  add_words(d.evaluation_frames, "evaluation_frames");
  if (root.HasMember("kindred_acts") && root["kindred_acts"].IsObject()) {
    for (const auto& member : root["kindred_acts"].GetObject()) {
      const std::string noun = member.name.GetString();
      if (noun == "_comment") continue;
      std::vector<std::string>& kin = d.kindred_acts[noun];
      for (auto& word : strings(root["kindred_acts"], noun.c_str())) {
        if (std::find(kin.begin(), kin.end(), word) == kin.end()) kin.push_back(std::move(word));
      }
    }
  }
  add_words(d.bare_descriptions, "bare_descriptions");
  add_words(d.named_descriptions, "named_descriptions");
  add_words(d.family_name_first, "family_name_first");
  add_words(d.female_markers, "female_markers");
  add_words(d.spokesman_roles, "spokesman_roles");
  add_words(d.ownership_phrases, "ownership_phrases");
  add_words(d.place_events, "place_events");
  add_words(d.skippable, "skippable");
  add_words(d.passive_auxiliaries, "passive_auxiliaries");
  add_words(d.gerund_leads, "gerund_leads");
  add_words(d.contact_verbs, "contact_verbs");
  add_words(d.intent_nouns, "intent_nouns");
  add_words(d.keeping_verbs, "keeping_verbs");
  add_words(d.undoing_verbs, "undoing_verbs");
  add_words(d.trailing_conditions, "trailing_conditions");
  add_words(d.harm_nouns, "harm_nouns");
  add_words(d.delegate_roles, "delegate_roles");
  add_words(d.private_roles, "private_roles");
  add_words(d.home_titles, "home_titles");
  add_words(d.owned_acts, "owned_acts");
  add_words(d.issuing_verbs, "issuing_verbs");
  add_words(d.joining_phrases, "joining_phrases");
  add_words(d.not_adverbs, "not_adverbs");
  add_words(d.copulas, "copulas");
  add_words(d.verb_particles, "verb_particles");
  add_words(d.roles, "roles");
  add_words(d.role_modifiers, "role_modifiers");
  add_words(d.state_roles, "state_roles");
  add_words(d.non_state_modifiers, "non_state_modifiers");
  add_words(d.former_markers, "former_markers");
  add_words(d.not_names, "not_names");
  add_words(d.abbreviations, "abbreviations");
  add_words(d.sentence_starters, "sentence_starters");
  for (auto& line : strings(root, "furniture")) d.furniture.push_back(std::move(line));
  for (auto& prefix : strings(root, "credit_prefixes")) d.credit_prefixes.push_back(std::move(prefix));
  if (root.HasMember("descriptions") && root["descriptions"].IsObject()) {
    for (const auto& member : root["descriptions"].GetObject()) {
      if (!member.value.IsString()) return where + ": descriptions take a kind string";
      auto kind = graph::parse_actor_kind(member.value.GetString());
      if (!kind) return where + ": unknown kind \"" + member.value.GetString() + "\"";
      d.descriptions.add(member.name.GetString(), static_cast<int>(d.description_kinds.size()));
      d.description_kinds.push_back(*kind);
    }
  }
  if (root.HasMember("context_names") && root["context_names"].IsObject()) {
    for (const auto& member : root["context_names"].GetObject()) {
      if (member.name.GetString()[0] == '_') continue;
      auto ids = strings(root["context_names"], member.name.GetString());
      if (ids.empty()) return where + ": context_names take a non-empty array of actor ids";
      for (auto& id : ids) {
        for (char& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      d.context_names.add(member.name.GetString(), static_cast<int>(d.context_name_actors.size()));
      d.context_name_actors.push_back(std::move(ids));
    }
  }
  if (!error.empty()) return error;
  // A word that is a verb of saying or a relation verb in one list and a state noun in
  // another misreads sentences ("ten states including Iran": "states" would end the scope
  // of a denial as a verb of saying), so the lists must not share one.
  for (const auto& member : std::vector<std::pair<const char*, const PhraseSet*>>{
           {"reporting_verbs", &d.reporting_verbs}, {"relation verbs", &d.cues}}) {
    for (const auto& noun : strings(root, "state_nouns")) {
      if (member.second->contains(noun)) {
        return where + ": \"" + noun + "\" is both in state_nouns and in " + member.first;
      }
    }
  }
  for (const auto& verb : strings(root, "reporting_verbs")) {
    for (const auto& form : inflect_verb(verb)) {
      if (d.state_nouns.contains(form)) return where + ": \"" + form + "\" is both in state_nouns and in reporting_verbs";
    }
  }
  data_ = std::move(staged);
  return std::nullopt;
}

}  // namespace ng::ingest
