#include "ingest/actor_dictionary.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "ingest/edit_distance.hpp"
#include "ingest/embedded.hpp"

namespace ng::ingest {

struct ActorDictionary::Pending {
  ActorEntry entry;
  bool label_given = false;
  std::vector<std::pair<std::string, AliasForm>> names;
};

namespace {

// What decides an id's label when several entries share it: a non-person entry over a
// person, a given label over a derived one, a country over an organization over "other";
// then the latest given label, or the earliest derived one (PETRARCH's UNITED STATES
// before its WASHINGTON).
using LabelScore = std::tuple<int, int, int, long>;

int kind_rank(graph::ActorKind kind) {
  switch (kind) {
    case graph::ActorKind::Person:
      return 0;
    case graph::ActorKind::Unknown:
      return 1;
    case graph::ActorKind::Organization:
    case graph::ActorKind::ArmedGroup:
      return 2;
    case graph::ActorKind::Country:
      return 3;
  }
  return 1;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// Underscores are PETRARCH's spaces ("FRODO_BAGGINS"); runs of spaces collapse.
std::string clean_name(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == '_' || std::isspace(static_cast<unsigned char>(c));
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "US", "U.S.", "UN", "WHO", "LeT": short capital acronyms are also ordinary words
// ("us", "who", "let"), so they match only as written. Longer ones ("NATO", "OPEC")
// also appear as "Nato", "Opec".
bool is_case_sensitive(std::string_view text) {
  int letters = 0;
  int upper = 0;
  bool dots = false;
  for (char c : text) {
    if (c == '.') {
      dots = true;
    } else if (is_upper(c) || is_lower(c)) {
      ++letters;
      if (is_upper(c)) ++upper;
    } else if (!std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  if (upper < 2) return false;
  if (upper == letters && dots) return letters <= 5;
  return letters <= 3;
}

// An all-capital name (PETRARCH's "UNITED NATIONS") reads better as "United Nations";
// a lone short acronym ("IMF") stays as it is.
std::string display_case(std::string_view name) {
  if (std::any_of(name.begin(), name.end(), is_lower)) return std::string(name);
  static const std::unordered_set<std::string> kSmall = {"OF", "AND", "THE", "FOR", "IN",  "ON",
                                                         "AL", "EL",  "DE",  "LA",  "VON", "VAN"};
  std::vector<std::string> words;
  std::istringstream in{std::string(name)};
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() > 1 && words.front() == "THE") words.erase(words.begin());
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += ' ';
    const std::string& word = words[i];
    std::size_t start = 0;
    for (std::size_t j = 0; start <= word.size(); ++j) {
      std::size_t hyphen = word.find('-', start);
      std::string seg =
          word.substr(start, hyphen == std::string::npos ? std::string::npos : hyphen - start);
      bool first = i == 0 && j == 0;
      bool keep = seg.find('.') != std::string::npos ||
                  std::any_of(seg.begin(), seg.end(),
                              [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
                  (words.size() == 1 && seg.size() <= 3);
      if (!keep) {
        bool small = !first && kSmall.count(seg) > 0;
        for (std::size_t k = 0; k < seg.size(); ++k)
          seg[k] = (k == 0 && !small) ? to_upper(seg[k]) : to_lower(seg[k]);
      }
      out += seg;
      if (hyphen == std::string::npos) break;
      out += '-';
      start = hyphen + 1;
    }
  }
  return out;
}

std::string as_message(std::string text) {
  if (!text.empty()) text[0] = to_lower(text[0]);
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string entry_error(std::string_view origin, std::size_t index, std::string_view message) {
  return std::string(origin) + ": entry " + std::to_string(index + 1) + ": " + std::string(message);
}

// Reads an optional array of strings into `out`; an error message when it is not one.
std::optional<std::string> read_names(const rapidjson::Value& object, const char* field,
                                      AliasForm form,
                                      std::vector<std::pair<std::string, AliasForm>>& out) {
  auto it = object.FindMember(field);
  if (it == object.MemberEnd()) return std::nullopt;
  std::string bad = std::string("\"") + field + "\" must be an array of non-empty strings";
  if (!it->value.IsArray()) return bad;
  for (const auto& v : it->value.GetArray()) {
    if (!v.IsString()) return bad;
    std::string name = clean_name(std::string_view(v.GetString(), v.GetStringLength()));
    if (name.empty()) return bad;
    out.emplace_back(std::move(name), form);
  }
  return std::nullopt;
}

std::optional<std::string> read_string(const rapidjson::Value& object, const char* field,
                                       std::string& out) {
  auto it = object.FindMember(field);
  if (it == object.MemberEnd() || it->value.IsNull()) return std::nullopt;
  if (!it->value.IsString()) return std::string("\"") + field + "\" must be a string";
  out = clean_name(std::string_view(it->value.GetString(), it->value.GetStringLength()));
  return std::nullopt;
}

std::optional<std::string> read_entry(const rapidjson::Value& value,
                                      ActorDictionary::Pending& pending) {
  if (!value.IsObject()) return "expected an object";
  auto id = value.FindMember("id");
  if (id == value.MemberEnd() || !id->value.IsString() || id->value.GetStringLength() == 0) {
    return "missing \"id\"";
  }
  pending.entry.id =
      clean_name(std::string_view(id->value.GetString(), id->value.GetStringLength()));
  if (pending.entry.id.empty()) return "missing \"id\"";
  if (!value.HasMember("names")) return "missing \"names\"";

  pending.entry.kind = graph::ActorKind::Unknown;
  if (auto kind = value.FindMember("kind"); kind != value.MemberEnd()) {
    if (!kind->value.IsString()) return "\"kind\" must be a string";
    std::string_view text(kind->value.GetString(), kind->value.GetStringLength());
    if (text == "other") {
      pending.entry.kind = graph::ActorKind::Unknown;  // PETRARCH's word for places and things
    } else if (auto parsed = graph::parse_actor_kind(text)) {
      pending.entry.kind = *parsed;
    } else {
      return "unknown kind \"" + std::string(text) + "\"";
    }
  }
  // A person's own names say who speaks; everything else names the actor.
  AliasForm name_form =
      pending.entry.kind == graph::ActorKind::Person ? AliasForm::Person : AliasForm::Name;
  if (auto err = read_names(value, "names", name_form, pending.names)) return err;
  if (pending.names.empty()) return "\"names\" must be an array of non-empty strings";
  if (auto err = read_names(value, "demonyms", AliasForm::Demonym, pending.names)) return err;
  if (auto err = read_names(value, "people", AliasForm::People, pending.names)) return err;
  if (auto err = read_names(value, "capitals", AliasForm::Capital, pending.names)) return err;
  if (auto err = read_string(value, "label", pending.entry.label)) return err;
  if (auto err = read_string(value, "represents", pending.entry.represents)) return err;
  if (auto err = read_string(value, "non_actor", pending.entry.non_actor)) return err;
  if (value.HasMember("dated")) {
    const auto& dated = value["dated"];
    if (!dated.IsArray()) return std::string("\"dated\" must be an array of {\"id\", \"from\", \"before\"}");
    for (const auto& range : dated.GetArray()) {
      ActorEntry::Dated d;
      if (!range.IsObject() || !range.HasMember("id") || !range["id"].IsString()) {
        return std::string("\"dated\" must be an array of {\"id\", \"from\", \"before\"}");
      }
      d.id = range["id"].GetString();
      if (auto err = read_string(range, "from", d.from)) return err;
      if (auto err = read_string(range, "before", d.before)) return err;
      pending.entry.dated.push_back(std::move(d));
    }
  }
  pending.label_given = !pending.entry.label.empty();
  if (!pending.label_given) pending.entry.label = display_case(pending.names.front().first);
  return std::nullopt;
}

// iso-codes writes some names inverted ("Korea, Republic of", "Virgin Islands, British")
// or with a note ("Holy See (Vatican City State)"); text says them the other way round.
std::vector<std::string> iso_names(std::string_view raw, bool historical) {
  std::string name;
  int depth = 0;
  for (char c : raw) {
    if (c == '(')
      ++depth;
    else if (c == ')')
      depth = std::max(0, depth - 1);
    else if (depth == 0)
      name += c;
  }
  name = clean_name(name);
  std::size_t comma = name.find(", ");
  if (comma == std::string::npos) return {name};
  std::string before = name.substr(0, comma);
  std::string after = name.substr(comma + 2);
  auto ends_with = [&](std::string_view suffix) {
    return after.size() >= suffix.size() &&
           after.compare(after.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  std::vector<std::string> out;
  if (historical) out.push_back(before);
  if (ends_with(" of") || ends_with(" of the") || after.find(' ') == std::string::npos) {
    out.push_back(after + " " + before);
  } else if (historical) {
    out.push_back(after);
  } else {
    out.push_back(name);
  }
  return out;
}

std::string_view string_field(const rapidjson::Value& object, const char* field) {
  auto it = object.FindMember(field);
  if (it == object.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

// Countries from Debian's iso-codes; of the historical ones only those that news still
// names as actors (relations.md: the Soviet Union is SUN, Yugoslavia YUG, Czechoslovakia CSK).
void read_iso(std::string_view json, const char* list, bool historical,
              std::vector<ActorDictionary::Pending>& out) {
  static const std::unordered_set<std::string_view> kHistorical = {"SUN", "YUG", "CSK", "DDR"};
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember(list) || !doc[list].IsArray()) {
    throw std::logic_error(std::string("embedded iso-codes list ") + list + " is unreadable");
  }
  for (const auto& country : doc[list].GetArray()) {
    std::string_view code = string_field(country, "alpha_3");
    if (code.empty() || (historical && kHistorical.count(code) == 0)) continue;
    ActorDictionary::Pending pending;
    pending.entry.id = std::string(code);
    pending.entry.kind = graph::ActorKind::Country;
    std::string_view common = string_field(country, "common_name");
    if (!common.empty()) pending.names.emplace_back(clean_name(common), AliasForm::Name);
    for (const char* field : {"name", "official_name"}) {
      std::string_view value = string_field(country, field);
      if (value.empty()) continue;
      for (auto& n : iso_names(value, historical))
        pending.names.emplace_back(std::move(n), AliasForm::Name);
    }
    if (pending.names.empty()) continue;
    pending.entry.label = pending.names.front().first;
    pending.label_given = true;
    out.push_back(std::move(pending));
  }
}

}  // namespace

struct ActorDictionary::Index {
  struct IdInfo {
    std::size_t primary = 0;  // the entry that decides the kind
    int rank = -1;
    std::string label;
    LabelScore label_score{-1, -1, -1, 0};
  };
  std::unordered_map<std::string, std::size_t> by_key;     // normalize(name) -> winning entry
  std::unordered_map<std::string, std::size_t> by_id_key;  // normalize(id) -> primary entry
  std::unordered_map<std::string, IdInfo> ids;             // exact id
  std::vector<Alias> all;                                  // every alias added, in order
  std::vector<std::string> all_keys;                       // normalize(all[i].text)
  std::unordered_set<std::string> id_words;                // "SAU\tkingdom": a word of a winning name
};

std::string ActorDictionary::normalize(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '.' || c == '\'') continue;
    // U+2019 and U+2018, the typographic apostrophes ("Workers’ Party").
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < name.size() &&
        static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(name[i + 2]) == 0x99 ||
         static_cast<unsigned char>(name[i + 2]) == 0x98)) {
      i += 2;
      continue;
    }
    if (c == '-' || c == '_' || std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += to_lower(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > 4 && out.compare(0, 4, "the ") == 0) out.erase(0, 4);
  return out;
}

const std::string& ActorDictionary::actor_level_id(const ActorEntry& entry) {
  return entry.represents.empty() ? entry.id : entry.represents;
}

const std::string& ActorDictionary::actor_level_id(const ActorEntry& entry, std::string_view date) {
  if (!date.empty()) {
    for (const auto& range : entry.dated) {
      if ((range.from.empty() || range.from <= date) && (range.before.empty() || date < range.before)) return range.id;
    }
  }
  return actor_level_id(entry);
}

void ActorDictionary::commit(std::vector<Pending>& batch) {
  // Copy on write: dictionaries copied from this one keep their own index.
  index_ = index_ ? std::make_shared<Index>(*index_) : std::make_shared<Index>();
  Index& index = *index_;
  for (Pending& pending : batch) {
    std::size_t at = entries_.size();
    const ActorEntry& entry = entries_.emplace_back(std::move(pending.entry));
    // "Ansar al-Islam" is also written "Ansar-al-Islam": a transliterated name that already
    // joins some words with hyphens is found with all of them joined.
    std::vector<std::pair<std::string, AliasForm>> joined;
    for (const auto& [text, form] : pending.names) {
      if (text.find('-') == std::string::npos || text.find(' ') == std::string::npos) continue;
      std::string hyphens = text;
      std::replace(hyphens.begin(), hyphens.end(), ' ', '-');
      joined.emplace_back(std::move(hyphens), form);
    }
    pending.names.insert(pending.names.end(), joined.begin(), joined.end());
    for (auto& [text, form] : pending.names) {
      std::string key = normalize(text);
      if (key.empty()) continue;
      index.by_key[key] = at;  // relations.md / issue 3: later entries win for the same name
      index.all.push_back(Alias{text, at, form, is_case_sensitive(text)});
      index.all_keys.push_back(std::move(key));
    }
    Index::IdInfo& info = index.ids[entry.id];
    int rank = kind_rank(entry.kind);
    if (rank >= info.rank) {
      info.rank = rank;
      info.primary = at;
      index.by_id_key[normalize(entry.id)] = at;
    }
    long order = static_cast<long>(at);
    LabelScore score{rank > 0 ? 1 : 0, pending.label_given ? 1 : 0, rank,
                     pending.label_given ? order : -order};
    if (score > info.label_score) {
      info.label_score = score;
      info.label = entry.label;
    }
  }
  rebuild_aliases();
}

void ActorDictionary::rebuild_aliases() {
  aliases_.clear();
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < index_->all.size(); ++i) {
    const Alias& alias = index_->all[i];
    if (index_->by_key.at(index_->all_keys[i]) != alias.entry) continue;
    if (!seen.insert(std::to_string(alias.entry) + '\t' + alias.text).second) continue;
    aliases_.push_back(alias);
  }
  // named_with() asks per description; its answer is indexed once here, not scanned for.
  index_->id_words.clear();
  for (const Alias& alias : aliases_) {
    const std::string key = normalize(alias.text);
    for (std::size_t at = 0; at < key.size();) {
      const std::size_t end = std::min(key.find(' ', at), key.size());
      index_->id_words.insert(entries_[alias.entry].id + '\t' + key.substr(at, end - at));
      at = end + 1;
    }
  }
}

std::optional<std::string> ActorDictionary::add_json(std::string_view json,
                                                     std::string_view origin) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    std::size_t offset = std::min(doc.GetErrorOffset(), json.size());
    long line =
        1 + std::count(json.begin(), json.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    return std::string(origin) + ":" + std::to_string(line) +
           ": invalid JSON: " + as_message(rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsArray()) return std::string(origin) + ": expected a JSON array of actor entries";
  std::vector<Pending> batch;
  batch.reserve(doc.Size());
  for (rapidjson::SizeType i = 0; i < doc.Size(); ++i) {
    Pending pending;
    if (auto err = read_entry(doc[i], pending)) return entry_error(origin, i, *err);
    batch.push_back(std::move(pending));
  }
  commit(batch);
  return std::nullopt;
}

std::optional<std::string> ActorDictionary::add_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "\"" + path + "\": " + std::strerror(errno);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return "\"" + path + "\": " + std::strerror(errno);
  return add_json(text, path);
}

ActorDictionary ActorDictionary::builtin() {
  ActorDictionary dictionary;
  std::vector<Pending> batch;
  read_iso(embedded::iso_3166_1_json(), "3166-1", false, batch);
  read_iso(embedded::iso_3166_3_json(), "3166-3", true, batch);
  dictionary.commit(batch);
  if (auto err = dictionary.add_json(embedded::actors_json(), "ingest/lexicon/actors.json")) {
    throw std::logic_error("built-in actor dictionary: " + *err);
  }
  return dictionary;
}

const ActorEntry* ActorDictionary::find_id(std::string_view id) const {
  if (!index_) return nullptr;
  auto it = index_->ids.find(std::string(id));
  return it == index_->ids.end() ? nullptr : &entries_[it->second.primary];
}

bool ActorDictionary::named_with(std::string_view id, std::string_view word) const {
  return index_ && index_->id_words.count(std::string(id) + '\t' + std::string(word)) > 0;
}

const ActorEntry* ActorDictionary::resolve(std::string_view name) const {
  if (!index_) return nullptr;
  std::string key = normalize(name);
  if (key.empty()) return nullptr;
  if (auto it = index_->by_id_key.find(key); it != index_->by_id_key.end())
    return &entries_[it->second];
  if (auto it = index_->by_key.find(key); it != index_->by_key.end()) return &entries_[it->second];
  return nullptr;
}

std::vector<std::string> ActorDictionary::closest_names(std::string_view name,
                                                        std::size_t n) const {
  if (!index_ || n == 0) return {};
  std::string key = normalize(name);
  std::unordered_set<std::string> seen;
  std::vector<std::pair<std::size_t, std::string>> scored;
  auto consider = [&](const std::string& text, const ActorEntry& entry) {
    if (!entry.non_actor.empty() || !seen.insert(text).second) return;
    scored.emplace_back(edit_distance(key, normalize(text)), text);
  };
  for (const Alias& alias : aliases_) consider(alias.text, entries_[alias.entry]);
  for (const auto& [id, info] : index_->ids) consider(id, entries_[info.primary]);
  std::size_t keep = std::min(n, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep),
                    scored.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < keep; ++i) out.push_back(std::move(scored[i].second));
  return out;
}

graph::Actor ActorDictionary::actor(const ActorEntry& entry) const {
  if (index_) {
    if (auto it = index_->ids.find(entry.id); it != index_->ids.end()) {
      return {entry.id, it->second.label, entries_[it->second.primary].kind};
    }
  }
  return {entry.id, entry.label, entry.kind};
}

}  // namespace ng::ingest
