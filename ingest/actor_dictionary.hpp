#pragma once
// ActorDictionary: every name an actor goes by, mapped to its canonical id, label and kind.
// The built-in dictionary (countries from Debian's iso-codes, plus ingest/lexicon/*.json)
// is embedded in the binary; users extend it with JSON files whose entries win.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/statement.hpp"

namespace ng::ingest {

/// One actor: {"id", "label", "kind", "represents"} in the JSON files.
struct ActorEntry {
  std::string id;     // RUS, NATO, TALIBAN
  std::string label;  // "Russia"; the first name (title-cased when all capitals) if none given
  graph::ActorKind kind = graph::ActorKind::Unknown;
  std::string represents;  // for a person with an id of their own: the actor they speak for
  /// Why the names are known but are no party ("newspaper", "region"); "" for actors.
  /// Such entries exist so that a longer name ("Washington Post", "Latin America") wins
  /// over the actor name inside it; the matcher recognises them and makes no mention.
  std::string non_actor;
  /// Ids that apply over a span of document dates, first match wins: "Moscow" is the
  /// Soviet Union (SUN) before 1991-12-26 (relations.md: historical states keep their id).
  struct Dated {
    std::string id;
    std::string from;    // ISO date, inclusive; "" for no lower bound
    std::string before;  // ISO date, exclusive; "" for no upper bound
  };
  std::vector<Dated> dated;
};

/// How an alias names its actor (see MentionForm in document.hpp for what follows).
/// Person: a person's own name; the matcher maps it to entry.represents if set, else entry.id.
enum class AliasForm { Name, Capital, Demonym, People, Person };

/// One surface form: "the U.S", "Moscow", "Russian".
struct Alias {
  std::string text;       // as written in the dictionary (underscores read as spaces)
  std::size_t entry = 0;  // index into entries()
  AliasForm form = AliasForm::Name;
  bool case_sensitive = false;  // short all-capital acronyms ("US", "UN") match only as written
};

class ActorDictionary {
 public:
  /// The built-in dictionary embedded in the binary.
  static ActorDictionary builtin();
  /// An empty dictionary (tests).
  ActorDictionary() = default;

  /// Adds the entries of a JSON array of {"id", "names": [...], "kind", ...}; extra fields
  /// are ignored. Returns an error message naming `origin` (and the entry) on bad input.
  /// Later entries win over earlier ones for the same name.
  /// Optional fields: "label", "represents", "non_actor", and the alias lists "demonyms",
  /// "people", "capitals". A missing "kind" is "unknown"; PETRARCH's "other" is too.
  /// On error nothing is added. Messages: `bad.json:3: invalid JSON: ...`,
  /// `bad.json: entry 2: missing "id"` (entries count from 1).
  std::optional<std::string> add_json(std::string_view json, std::string_view origin);
  /// Reads a file and calls add_json; the error names the path and the OS reason.
  std::optional<std::string> add_file(const std::string& path);

  const std::vector<ActorEntry>& entries() const { return entries_; }
  /// Every alias, the winning entry for each name only.
  const std::vector<Alias>& aliases() const { return aliases_; }

  /// By canonical id, exact ("RUS"). With a shared id, the entry that decides its kind.
  const ActorEntry* find_id(std::string_view id) const;
  /// Whether a name of the actor `id` holds the lower-case `word` as a word: iso-codes'
  /// "Kingdom of Saudi Arabia" makes SAU a kingdom ("the kingdom" in its story).
  bool named_with(std::string_view id, std::string_view word) const;
  /// By any name, case-insensitively, ignoring dots and a leading "the":
  /// "the U.S", "u.s.", "Moscow", "usa" (an id is tried first).
  const ActorEntry* resolve(std::string_view name) const;
  /// Up to n known names closest to `name` by edit distance ("did you mean").
  std::vector<std::string> closest_names(std::string_view name, std::size_t n) const;

  /// The node-level actor for an entry.
  graph::Actor actor(const ActorEntry& entry) const;
  /// The id an entry stands for at the actor level: `represents` if set, else `id`
  /// ("Vladimir Putin" -> RUS; PETRARCH's "PRESIDENT GEORGE W. BUSH" -> USA).
  static const std::string& actor_level_id(const ActorEntry& entry);
  /// actor_level_id, unless a dated id of the entry covers `date` (ISO; "" matches none).
  static const std::string& actor_level_id(const ActorEntry& entry, std::string_view date);

  /// The lookup key of a name: lower-case ASCII, without dots and apostrophes, hyphens and
  /// underscores read as spaces, spaces collapsed, without a leading "the ".
  static std::string normalize(std::string_view name);

  struct Pending;  // an entry with its aliases, before it is added

 private:
  void commit(std::vector<Pending>& batch);
  void rebuild_aliases();

  std::vector<ActorEntry> entries_;
  std::vector<Alias> aliases_;
  struct Index;
  std::shared_ptr<Index> index_;
};

}  // namespace ng::ingest
