#include "ingest/actor_matcher.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/tokenizer.hpp"

namespace ng::ingest {
namespace {

void append_without_dots(std::string& out, std::string_view token) {
  for (char c : token) {
    if (c != '.') out.push_back(c);
  }
}

MentionForm mention_form(AliasForm form) {
  switch (form) {
    case AliasForm::Name: return MentionForm::Name;
    case AliasForm::Capital: return MentionForm::Capital;
    case AliasForm::Demonym: return MentionForm::Demonym;
    case AliasForm::People: return MentionForm::People;
    case AliasForm::Person: return MentionForm::Person;
  }
  return MentionForm::Name;
}

// Wire headlines in capitals ("US BANKS SAY ..."): there a short acronym without dots
// ("US", "WHO") is as likely an ordinary word.
bool is_all_capitals(const Document& doc, const Sentence& sentence) {
  int upper = 0, lower = 0;
  for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    for (char c : doc.token_text(t)) {
      upper += c >= 'A' && c <= 'Z';
      lower += c >= 'a' && c <= 'z';
    }
  }
  return upper > 8 && lower * 10 < upper;
}

// True for "al-Qaeda", not for "the Netherlands", whose article the matcher skips anyway.
bool starts_lower_case(std::string_view alias) {
  return !alias.empty() && alias[0] >= 'a' && alias[0] <= 'z' && !alias.starts_with("the ");
}

}  // namespace

std::size_t ActorMatcher::filter_slot(std::string_view key) {
  return static_cast<unsigned char>(key.empty() ? 0 : key[0]) * 32 + std::min<std::size_t>(key.size(), 31);
}

ActorMatcher::ActorMatcher(const ActorDictionary& dictionary) : dictionary_(dictionary) {
  nodes_.emplace_back();
  const auto& aliases = dictionary.aliases();
  for (std::size_t a = 0; a < aliases.size(); ++a) {
    std::vector<Span> spans;
    tokenize(aliases[a].text, ByteOffset{}, spans);
    if (spans.empty()) continue;
    std::uint32_t node = 0;
    std::string surface;
    for (const Span& span : spans) {
      std::string_view token = std::string_view(aliases[a].text).substr(span.begin.value, span.size());
      std::string key = token_key(token);
      if (node == 0) first_filter_.set(filter_slot(key));
      auto it = nodes_[node].children.find(key);
      if (it == nodes_[node].children.end()) {
        auto next = static_cast<std::uint32_t>(nodes_.size());
        nodes_[node].children.emplace(key, next);
        nodes_.emplace_back();
        node = next;
      } else {
        node = it->second;
      }
      if (!surface.empty()) surface += ' ';
      append_without_dots(surface, token);
    }
    // Later aliases win: the dictionary lists user entries after the built-in ones.
    if (aliases[a].case_sensitive) {
      nodes_[node].exact_alias = static_cast<int>(a);
      nodes_[node].exact_surface = surface;
    } else {
      nodes_[node].alias = static_cast<int>(a);
      // "al Qaeda", "de Mistura", "mainland China": a name the dictionary itself opens in
      // lower case is a name when written just so, though its first word is not capitalised.
      if (starts_lower_case(aliases[a].text)) {
        nodes_[node].exact_alias = static_cast<int>(a);
        nodes_[node].exact_surface = surface;
      }
    }
  }
}

void ActorMatcher::run(Document& doc) const {
  doc.mentions.clear();
  const auto& aliases = dictionary_.aliases();
  std::string surface;
  for (const Sentence& sentence : doc.sentences) {
    int capitals_known = -1;  // is_all_capitals, counted only when an exact alias needs it
    auto capitals = [&] {
      if (capitals_known < 0) capitals_known = is_all_capitals(doc, sentence) ? 1 : 0;
      return capitals_known == 1;
    };
    std::uint32_t t = sentence.first_token;
    while (t < sentence.end_token) {
      if (!first_filter_.test(filter_slot(doc.token_keys[t]))) {
        ++t;
        continue;
      }
      std::uint32_t node = 0;
      int best_alias = -1;
      std::uint32_t best_end = t;
      surface.clear();
      bool capitalized = false;  // the first word that is not "the" is capitalised
      bool seen_word = false;
      for (std::uint32_t u = t; u < sentence.end_token; ++u) {
        auto it = nodes_[node].children.find(doc.token_keys[u]);
        if (it == nodes_[node].children.end()) break;
        node = it->second;
        std::string_view token = doc.token_text(u);
        if (!surface.empty()) surface += ' ';
        append_without_dots(surface, token);
        if (!seen_word && doc.token_keys[u] != "the") {
          seen_word = true;
          capitalized = is_capitalized(token);
        }
        const Node& n = nodes_[node];
        if (n.exact_alias >= 0 && n.exact_surface == surface &&
            (!capitals() || aliases[static_cast<std::size_t>(n.exact_alias)].text.find('.') != std::string::npos)) {
          best_alias = n.exact_alias;
          best_end = u + 1;
        } else if (n.alias >= 0 && capitalized) {
          best_alias = n.alias;
          best_end = u + 1;
        }
      }
      if (best_alias < 0) {
        ++t;
        continue;
      }
      // "North and South Korea", "East and West German leaders": the bare first word of a
      // pair of names that share the rest is the name it makes with that rest.
      if (best_end > t + 1 && t >= sentence.first_token + 2 &&
          (doc.token_keys[t - 1] == "and" || doc.token_keys[t - 1] == "or") &&
          (doc.mentions.empty() || doc.mentions.back().end_token <= t - 2) && is_capitalized(doc.token_text(t - 2))) {
        if (const int shared = alias_sharing_rest(doc, t - 2, t + 1, best_end); shared >= 0) {
          add_mention(doc, aliases[static_cast<std::size_t>(shared)], t - 2, t - 1);
        }
      }
      add_mention(doc, aliases[static_cast<std::size_t>(best_alias)], t, best_end);
      t = best_end;
    }
  }
}

int ActorMatcher::alias_sharing_rest(const Document& doc, std::uint32_t word, std::uint32_t rest,
                                     std::uint32_t end) const {
  auto it = nodes_[0].children.find(doc.token_keys[word]);
  if (it == nodes_[0].children.end()) return -1;
  std::uint32_t node = it->second;
  for (std::uint32_t u = rest; u < end; ++u) {
    it = nodes_[node].children.find(doc.token_keys[u]);
    if (it == nodes_[node].children.end()) return -1;
    node = it->second;
  }
  return nodes_[node].alias;
}

void ActorMatcher::add_mention(Document& doc, const Alias& alias, std::uint32_t first, std::uint32_t end) const {
  const ActorEntry& entry = dictionary_.entries()[alias.entry];
  Mention mention;
  mention.first_token = first;
  mention.end_token = end;
  mention.form = mention_form(alias.form);
  // "Bank of Japan", "South China Sea": the longer name wins, and names no actor.
  if (entry.non_actor.empty()) mention.actor_id = ActorDictionary::actor_level_id(entry, doc.date);
  if (alias.form == AliasForm::Person) {
    mention.person = static_cast<int>(doc.persons.size());
    Person person;
    person.name = entry.label.empty() ? std::string(alias.text) : entry.label;
    auto space = person.name.rfind(' ');
    person.surname = space == std::string::npos ? person.name : person.name.substr(space + 1);
    person.represents = mention.actor_id;
    doc.persons.push_back(std::move(person));
  }
  doc.mentions.push_back(std::move(mention));
}

}  // namespace ng::ingest
