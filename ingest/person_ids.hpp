#pragma once
// Person-level node ids (relations.md): the dictionary's id when it knows the person
// ("Erdogan", "Recep Tayyip Erdoğan" -> recep-tayyip-erdogan), otherwise the name folded to
// ASCII by ICU's transliterator and slugged ("Édouard Balladur" -> edouard-balladur), so that
// one person never becomes two nodes and ids can be typed on any keyboard.

#include <string>
#include <string_view>
#include <unordered_map>

#include "graph/statement.hpp"
#include "ingest/actor_dictionary.hpp"

namespace ng::ingest {

/// `name` transliterated to Latin, folded to lowercase ASCII, and every run of other
/// characters made one '-' ("Сергей Лавров" -> "sergej-lavrov"); "person" if nothing is left.
std::string ascii_slug(std::string_view name);

/// Resolves a speaker's name to the person's node. Not thread-safe (the graph is built on
/// one thread); it remembers each name it has seen.
class PersonIds {
 public:
  explicit PersonIds(const ActorDictionary& dictionary);
  ~PersonIds();
  PersonIds(const PersonIds&) = delete;
  PersonIds& operator=(const PersonIds&) = delete;

  /// The dictionary's person (id, label) if `name` is one of its person names, else
  /// (ascii_slug(name), name); the kind is always person.
  graph::Actor operator()(std::string_view name);

 private:
  const ActorDictionary& dictionary_;
  std::unordered_map<std::string, graph::Actor> seen_;
};

}  // namespace ng::ingest
