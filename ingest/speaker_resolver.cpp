#include "ingest/speaker_resolver.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "ingest/clause_reader.hpp"
#include "ingest/relation_lexicon_data.hpp"
#include "ingest/tokenizer.hpp"

namespace ng::ingest {
namespace {

// Replaces every mention that overlaps `added` by `added`, keeping the list sorted.
void put_mention(std::vector<Mention>& mentions, Mention added) {
  // Mentions are sorted and never overlap, so the ones to replace are one run.
  auto first = std::lower_bound(mentions.begin(), mentions.end(), added.first_token,
                                [](const Mention& m, std::uint32_t t) { return m.end_token <= t; });
  auto last = first;
  while (last != mentions.end() && last->first_token < added.end_token) ++last;
  auto at = mentions.erase(first, last);
  mentions.insert(at, std::move(added));
}

int add_person(Document& doc, std::string name, std::string represents, std::string role) {
  if (!name.empty()) {
    for (std::size_t i = 0; i < doc.persons.size(); ++i) {
      if (doc.persons[i].name == name) {
        if (doc.persons[i].represents.empty()) doc.persons[i].represents = represents;
        return static_cast<int>(i);
      }
    }
  }
  Person person;
  auto space = name.rfind(' ');
  person.surname = space == std::string::npos ? name : name.substr(space + 1);
  person.name = std::move(name);
  person.represents = std::move(represents);
  person.role = std::move(role);
  doc.persons.push_back(std::move(person));
  return static_cast<int>(doc.persons.size() - 1);
}

bool is_name_word(const Document& doc, std::uint32_t t, const RelationLexicon::Data& lex) {
  std::string_view text = doc.token_text(t);
  if (!is_capitalized(text) || text.size() < 2 || text.find('.') != std::string_view::npos) return false;
  const std::string& key = doc.token_keys[t];
  return !lex.not_names.contains(key) && !lex.prepositions.contains(key) && !lex.reporting_verbs.contains(key) &&
         !lex.roles.contains(key);
}

// "Ministry of Silly Walks", "Minister of Foreign Affairs": the capitalised words after
// "of" belong to the office. Returns the end of that phrase, or t when there is none.
std::uint32_t office_name_end(const Document& doc, const ClauseReader& clause, std::uint32_t t, std::uint32_t end) {
  if (t + 1 >= end || doc.token_keys[t] != "of") return t;
  std::uint32_t u = t + 1;
  while (u < end && u < t + 6 && clause.mention_at(u) < 0 &&
         (is_capitalized(doc.token_text(u)) || (doc.token_keys[u] == "and" && u > t + 1))) {
    ++u;
  }
  if (u > t + 1 && doc.token_keys[u - 1] == "and") --u;
  return u > t + 1 ? u : t;
}

// "Francis told bishops they must ...": a plural noun nearer than the plural actor is what
// "they" means, so the actor is not. Words in -s that are no nouns are passed over.
bool plural_noun_between(const Document& doc, const RelationLexicon::Data& lex, std::uint32_t from, std::uint32_t to) {
  static const char* const kNotNouns[] = {"has", "was", "is", "his", "its", "this", "us", "as", "does", "yes", "less"};
  for (std::uint32_t t = from; t < to; ++t) {
    const std::string& key = doc.token_keys[t];
    if (key.size() < 3 || !key.ends_with("s") || !std::islower(static_cast<unsigned char>(doc.token_text(t)[0]))) continue;
    if (std::find(std::begin(kNotNouns), std::end(kNotNouns), key) != std::end(kNotNouns)) continue;
    if (lex.reporting_verbs.contains(key) || lex.cues.contains(key)) continue;
    return true;
  }
  return false;
}

// Headlines capitalise every word, so capitals there say nothing about names.
bool is_title_case(const Document& doc, const Sentence& sentence) {
  int words = 0, capitalized = 0;
  for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    std::string_view text = doc.token_text(t);
    if (text.size() < 4) continue;
    ++words;
    capitalized += is_capitalized(text);
  }
  return words >= 3 && capitalized * 10 >= words * 7;
}

// The end of a role phrase at t ("foreign minister", "deputy foreign minister"), or 0;
// `former` tells whether it opens with "former" (a former official speaks for nobody).
std::uint32_t role_end_at(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                          std::uint32_t t, bool& former) {
  const std::uint32_t end = clause.sentence().end_token;
  former = false;
  if (std::size_t f = clause.match(lex.former_markers, t)) {
    former = true;
    t += static_cast<std::uint32_t>(f);
  }
  // "British corporate affairs minister": up to two lower-case words of the portfolio
  // may stand before the role, but not those of a non-state body ("opposition leader").
  int portfolio_words = 0;
  for (std::uint32_t u = t; u < end;) {
    if (std::size_t role = clause.match(lex.roles, u)) return u + static_cast<std::uint32_t>(role);
    std::size_t modifier = clause.match(lex.role_modifiers, u);
    if (!modifier && portfolio_words < 2 && clause.mention_at(u) < 0 && u + 1 < end &&
        std::islower(static_cast<unsigned char>(doc.token_text(u)[0])) && std::isalpha(static_cast<unsigned char>(doc.token_text(u)[0])) &&
        !lex.prepositions.contains(doc.token_keys[u]) && !lex.non_state_modifiers.contains(doc.token_keys[u]) &&
        !clause.match(lex.former_markers, u) && !clause.match(lex.ally_nouns, u)) {  // "Moscow ally President Assad"
      ++portfolio_words;
      modifier = 1;
    }
    if (!modifier) break;
    u += static_cast<std::uint32_t>(modifier);
  }
  return 0;
}

// The end of a personal name of up to four words starting at t (t itself when none).
std::uint32_t name_end_at(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                          std::uint32_t t) {
  const std::uint32_t end = clause.sentence().end_token;
  std::uint32_t u = t;
  while (u < end && u < t + 5 && clause.mention_at(u) < 0) {
    // "George W. Bush": a middle initial and its dot, between two words of the name.
    if (u > t && u + 2 < end && is_initial(doc.token_text(u)) && doc.token_keys[u + 1] == "." &&
        is_name_word(doc, u + 2, lex)) {
      u += 2;
      continue;
    }
    if (!is_name_word(doc, u, lex)) break;
    ++u;
  }
  return u;
}

}  // namespace

namespace {

// The country of a wire dateline ("ANKARA, March 5 -", "SEOUL (Reuters) -"): its capital
// opens the body, in capitals. "" when the body has none.
std::string dateline_country(const Document& doc) {
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.index < 0) continue;  // the title
    std::uint32_t t = sentence.first_token;
    std::string_view opening = doc.token_text(t);
    if (opening.size() < 2 || std::any_of(opening.begin(), opening.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return "";
    }
    auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), t,
                               [](const Mention& m, std::uint32_t u) { return m.end_token <= u; });
    if (it == doc.mentions.end() || it->first_token != t || it->form != MentionForm::Capital) return "";
    return it->actor_id;
  }
  return "";
}

// "Foreign Minister", "Trade and Industry Secretary": an office of state, not a company's
// president or spokesman.
bool holds_state_office(const std::string& role, const RelationLexicon::Data& lex) {
  std::size_t begin = 0;
  while (begin < role.size()) {
    std::size_t end = role.find(' ', begin);
    if (end == std::string::npos) end = role.size();
    if (lex.state_roles.contains(token_key(std::string_view(role).substr(begin, end - begin)))) return true;
    begin = end + 1;
  }
  return false;
}

}  // namespace

void SpeakerResolver::run(Document& doc) const {
  join_state_nouns(doc);
  find_persons(doc);
  // "ANKARA - Foreign Minister Vahit Halefoglu said ...": an office named without its
  // country is the dateline's.
  if (std::string home = dateline_country(doc); !home.empty()) {
    for (Person& person : doc.persons) {
      if (person.represents.empty() && is_capitalized(person.role) && holds_state_office(person.role, lexicon_.data())) {
        person.represents = home;
      }
    }
    for (Mention& m : doc.mentions) {
      if (m.form == MentionForm::Person && m.actor_id.empty() && m.person >= 0) {
        m.actor_id = doc.persons[static_cast<std::size_t>(m.person)].represents;
      }
    }
  }
  find_other_names(doc);
  recall_surnames(doc);
  resolve_references(doc);
  attribute_speakers(doc);
  resolve_first_person(doc);
}

void SpeakerResolver::join_state_nouns(Document& doc) const {
  const auto& lex = lexicon_.data();
  std::size_t next = 0;  // mentions are sorted: each sentence takes the next run of them
  for (const Sentence& sentence : doc.sentences) {
    ClauseReader clause(doc, sentence, lex);
    for (; next < doc.mentions.size() && doc.mentions[next].first_token < sentence.end_token; ++next) {
      Mention& m = doc.mentions[next];
      if (m.first_token < sentence.first_token || m.end_token > sentence.end_token) continue;
      // relations.md: "the Bush administration" is USA, like "the Afghan government" is AFG.
      const bool leader = m.form == MentionForm::Person && !m.actor_id.empty();
      if (m.form != MentionForm::Demonym && m.form != MentionForm::Name && m.form != MentionForm::Capital &&
          m.form != MentionForm::People && !leader) {
        continue;
      }
      std::uint32_t after = m.end_token;
      if (m.form == MentionForm::Demonym && clause.mention_at(after) < 0) {
        // "urged British voters", "our Canadian friends": the people, which stand for the country.
        if (std::size_t people = clause.match(lex.people_nouns, after)) {
          m.end_token = after + static_cast<std::uint32_t>(people);
          m.form = MentionForm::People;
          continue;
        }
      }
      if (m.form != MentionForm::Demonym && after < sentence.end_token && doc.token_keys[after] == "'s") ++after;
      // "the U.S. Federal Bureau of Investigation", "Syria's National Defense Commission": a
      // named state body whose capitalised name ends in an institution word.
      std::uint32_t body = after;
      while (body < sentence.end_token && body < after + 4 && clause.mention_at(body) < 0 &&
             is_capitalized(doc.token_text(body)) && !lex.institution_heads.contains(doc.token_keys[body])) {
        ++body;
      }
      if (body < sentence.end_token && clause.mention_at(body) < 0 &&
          is_capitalized(doc.token_text(body)) && lex.institution_heads.contains(doc.token_keys[body])) {
        m.end_token = office_name_end(doc, clause, body + 1, sentence.end_token);
        m.form = MentionForm::Name;
        m.person = -1;
        continue;
      }
      std::size_t length = clause.match(lex.state_nouns, after);
      if (length == 0 && after > m.end_token) {
        // "Mexico's political leaders": adjectives between the possessive and the state noun.
        std::uint32_t noun = clause.skip_right(after);
        if ((length = clause.match(lex.state_nouns, noun)) > 0) after = noun;
      }
      // "EC foreign ministers", "U.S. farm trade officials": portfolio words before the noun.
      for (std::uint32_t noun = after; length == 0 && noun < after + 2 && noun + 1 < sentence.end_token; ++noun) {
        if (clause.mention_at(noun) >= 0 || !clause.match(lex.role_modifiers, noun)) break;
        if ((length = clause.match(lex.state_nouns, noun + 1)) > 0) after = noun + 1;
      }
      if (length == 0 || clause.mention_at(after) >= 0) continue;
      // "Russian officials", "the Afghan government agencies": the actor itself.
      after += static_cast<std::uint32_t>(length);
      while ((length = clause.match(lex.state_nouns, after)) > 0 && clause.mention_at(after) < 0) {
        after += static_cast<std::uint32_t>(length);
      }
      m.end_token = office_name_end(doc, clause, after, sentence.end_token);
      m.form = MentionForm::Name;
      m.person = -1;
    }
  }
  // "British and French officials", "the French, British and West German governments": the
  // nations of a list share the state noun that ends it, so each is the state itself.
  std::vector<bool> shares(doc.mentions.size(), false);  // a list member that took the noun of the next
  for (std::size_t i = doc.mentions.size(); i-- > 1;) {
    Mention& m = doc.mentions[i - 1];
    const Mention& joined = doc.mentions[i];
    if ((m.form != MentionForm::Demonym && m.form != MentionForm::People) || m.actor_id.empty() ||
        joined.form != MentionForm::Name || joined.first_token <= m.end_token || joined.first_token > m.end_token + 2) {
      continue;
    }
    bool list = true;
    for (std::uint32_t t = m.end_token; t < joined.first_token; ++t) {
      list = list && (doc.token_keys[t] == "," || doc.token_keys[t] == "and");
    }
    bool state_noun = shares[i];
    for (std::uint32_t length = 1; length <= 2 && length < joined.end_token - joined.first_token; ++length) {
      state_noun = state_noun ||
                   lex.state_nouns.match(doc.token_keys, joined.end_token - length, joined.end_token).length == length;
    }
    if (list && state_noun) {
      m.form = MentionForm::Name;
      shares[i - 1] = true;
    }
  }
}

void SpeakerResolver::find_persons(Document& doc) const {
  for (const Sentence& sentence : doc.sentences) {
    if (is_title_case(doc, sentence)) {
      find_titled_persons(doc, sentence, true);
      continue;
    }
    find_appositions(doc, sentence);
    find_titled_persons(doc, sentence, false);
  }
}

// "Maria Lopez, the Argentine ambassador to Britain, ...": a name, then the
// role in apposition; the actor before the role ("the Argentine ambassador") or after "of"
// ("the president of Turkey") is whom the person speaks for, not the host after "to".
void SpeakerResolver::find_appositions(Document& doc, const Sentence& sentence) const {
  const auto& lex = lexicon_.data();
  const std::uint32_t end = sentence.end_token;
  std::optional<ClauseReader> reader;  // rebuilt only after a mention is added
  for (std::uint32_t comma = sentence.first_token + 1; comma < end; ++comma) {
    if (doc.token_keys[comma] != ",") continue;
    if (!reader) reader.emplace(doc, sentence, lex);
    const ClauseReader& clause = *reader;
    std::uint32_t name_begin = comma;
    int known = clause.mention_ending_at(comma);
    if (known >= 0 && doc.mentions[static_cast<std::size_t>(known)].form == MentionForm::Person) {
      name_begin = doc.mentions[static_cast<std::size_t>(known)].first_token;
    } else {
      known = -1;
      while (name_begin > sentence.first_token && name_begin + 4 > comma && clause.mention_at(name_begin - 1) < 0 &&
             is_name_word(doc, name_begin - 1, lex)) {
        --name_begin;
      }
      std::uint32_t words = comma - name_begin;
      if (words == 0 || (words == 1 && name_begin == sentence.first_token)) continue;
    }
    std::uint32_t t = comma + 1;
    if (t < end && (doc.token_keys[t] == "the" || doc.token_keys[t] == "a" || doc.token_keys[t] == "an")) ++t;
    std::string represents;
    // "Brian Ode, a senior Pentagon official,": rank words may stand before the actor.
    std::uint32_t named_at = t;
    while (std::size_t rank = clause.match(lex.role_modifiers, named_at)) named_at += static_cast<std::uint32_t>(rank);
    int actor = clause.mention_at(named_at);
    if (actor >= 0 && doc.mentions[static_cast<std::size_t>(actor)].first_token == named_at) t = named_at;
    if (actor >= 0 && doc.mentions[static_cast<std::size_t>(actor)].first_token == t &&
        doc.mentions[static_cast<std::size_t>(actor)].form != MentionForm::Person) {
      represents = doc.mentions[static_cast<std::size_t>(actor)].actor_id;
      t = doc.mentions[static_cast<std::size_t>(actor)].end_token;
      if (t < end && doc.token_keys[t] == "'s") ++t;
    }
    bool former = false;
    std::uint32_t role_end = role_end_at(doc, clause, lex, t, former);
    if (role_end == 0) continue;
    // What may follow the role inside the apposition: "of Russia" (whom the person
    // represents) or "to Afghanistan" (where an envoy serves); then a comma or the end.
    // "head of the Americas desk at the Foreign Ministry in Madrid": a phrase that names
    // no actor may stand between, and the office's place names the state ("at" the
    // ministry, "in" its capital).
    std::uint32_t stop = role_end;
    bool office = false;  // a state body without its country was named ("at the Foreign Ministry")
    while (stop + 1 < end && (doc.token_keys[stop] == "of" || doc.token_keys[stop] == "for" ||
                              doc.token_keys[stop] == "to" || doc.token_keys[stop] == "in" || doc.token_keys[stop] == "at")) {
      const std::string& link = doc.token_keys[stop];
      std::uint32_t at = stop + 1;
      int m = clause.mention_at(at);  // "the Spanish Foreign Ministry" starts with its article
      if ((m < 0 || doc.mentions[static_cast<std::size_t>(m)].first_token != at) && doc.token_keys[at] == "the" &&
          at + 1 < end) {
        m = clause.mention_at(++at);
      }
      auto names_no_actor = [&](std::uint32_t u) {
        int named = clause.mention_at(u);
        return named < 0 || doc.mentions[static_cast<std::size_t>(named)].actor_id.empty();
      };
      if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].first_token != at ||
          doc.mentions[static_cast<std::size_t>(m)].actor_id.empty()) {
        if (link == "to" || link == "for") break;
        at = stop + 1;
        std::uint32_t u = at;  // a phrase of no actor: "the Americas desk", "the Foreign Ministry"
        while (u < end && u < at + 6 && names_no_actor(u) && doc.token_keys[u] != "," && doc.token_keys[u] != "of" &&
               doc.token_keys[u] != "at" && doc.token_keys[u] != "in") {
          office = office || clause.match(lex.state_nouns, u) > 0;
          ++u;
        }
        if (u == at || u >= end || (doc.token_keys[u] != "," && clause.mention_at(u) >= 0)) break;
        stop = u;
        continue;
      }
      const Mention& named = doc.mentions[static_cast<std::size_t>(m)];
      if (represents.empty() && (link == "of" || link == "for" || link == "at" || (link == "in" && office)) &&
          named.form != MentionForm::Person) {
        represents = named.actor_id;
      }
      stop = named.end_token;
    }
    // The apposition closes with a comma or ends the sentence ("..., said Gary Ode, a Pentagon spokesman.").
    const bool last = stop + 1 == end && (doc.token_keys[stop] == "." || doc.token_keys[stop] == "\"");
    if (stop < end && doc.token_keys[stop] != "," && !last) continue;
    if (former) represents.clear();
    std::string name(doc.slice({doc.tokens[name_begin].span.begin, doc.tokens[comma - 1].span.end}));
    int person = known >= 0 ? doc.mentions[static_cast<std::size_t>(known)].person
                            : add_person(doc, name, represents, std::string(doc.slice(
                                  {doc.tokens[comma + 1].span.begin, doc.tokens[role_end - 1].span.end})));
    if (person >= 0 && doc.persons[static_cast<std::size_t>(person)].represents.empty()) {
      doc.persons[static_cast<std::size_t>(person)].represents = represents;
    }
    Mention mention;
    mention.first_token = name_begin;
    mention.end_token = stop < end && doc.token_keys[stop] == "," ? stop + 1 : stop;
    mention.form = MentionForm::Person;
    mention.person = person;
    mention.actor_id = person >= 0 ? doc.persons[static_cast<std::size_t>(person)].represents : represents;
    put_mention(doc.mentions, std::move(mention));
    reader.reset();
    comma = stop;
  }
}

// "NATO secretary general Jens Stoltenberg", "Russian Foreign Minister Sergei Lavrov",
// "the Russian envoy" (a role without a name still speaks for its actor), and a bare title
// before a name ("President X"), which headlines in title case do not count.
void SpeakerResolver::find_titled_persons(Document& doc, const Sentence& sentence, bool headline) const {
  const auto& lex = lexicon_.data();
  const std::uint32_t end = sentence.end_token;
  std::optional<ClauseReader> reader;
  for (std::uint32_t t = sentence.first_token; t < end; ++t) {
    if (!reader) reader.emplace(doc, sentence, lex);
    const ClauseReader& clause = *reader;
    int m = clause.mention_at(t);
    std::string represents;
    std::uint32_t role_start = t;
    if (m >= 0) {
      const Mention& actor = doc.mentions[static_cast<std::size_t>(m)];
      if (actor.first_token != t || actor.form == MentionForm::Person || actor.form == MentionForm::Pronoun) {
        t = actor.end_token - 1;
        continue;
      }
      represents = actor.actor_id;
      role_start = actor.end_token;
      if (role_start < end && doc.token_keys[role_start] == "'s") ++role_start;
    } else if (!is_capitalized(doc.token_text(t)) || headline) {
      continue;  // a bare role names a person only as a title: "President Obama"
    }
    bool former = false;
    std::uint32_t role_end = role_end_at(doc, clause, lex, role_start, former);
    if (role_end == 0) {
      if (m >= 0) t = doc.mentions[static_cast<std::size_t>(m)].end_token - 1;
      continue;
    }
    if (t > sentence.first_token && clause.match_ending(lex.former_markers, t) > 0) former = true;
    std::uint32_t name_end = name_end_at(doc, clause, lex, role_end);
    int known = clause.mention_at(role_end);
    int person = -1;
    if (name_end == role_end && known >= 0 && doc.mentions[static_cast<std::size_t>(known)].form == MentionForm::Person &&
        doc.mentions[static_cast<std::size_t>(known)].first_token == role_end) {
      person = doc.mentions[static_cast<std::size_t>(known)].person;
      name_end = doc.mentions[static_cast<std::size_t>(known)].end_token;
    }
    if (m < 0 && name_end == role_end) continue;  // "President" alone names nobody
    const std::uint32_t mention_end = name_end == role_end ? office_name_end(doc, clause, role_end, end) : name_end;
    if (represents.empty() && name_end > role_end && name_end + 1 < end && doc.token_keys[name_end] == "of") {
      // "President Ahmed Hamdi of Egypt": the country after the name.
      const std::uint32_t at = doc.token_keys[name_end + 1] == "the" ? name_end + 2 : name_end + 1;
      const int country = clause.mention_at(at);
      if (country >= 0 && doc.mentions[static_cast<std::size_t>(country)].first_token == at &&
          doc.mentions[static_cast<std::size_t>(country)].form == MentionForm::Name) {
        represents = doc.mentions[static_cast<std::size_t>(country)].actor_id;
      }
    }
    if (former) represents.clear();
    std::string role(doc.slice({doc.tokens[role_start].span.begin, doc.tokens[role_end - 1].span.end}));
    if (person < 0) {
      std::string name = name_end > role_end
                             ? std::string(doc.slice({doc.tokens[role_end].span.begin, doc.tokens[name_end - 1].span.end}))
                             : std::string();
      person = add_person(doc, name, represents, role);
    } else if (doc.persons[static_cast<std::size_t>(person)].represents.empty()) {
      doc.persons[static_cast<std::size_t>(person)].represents = represents;
    }
    Mention mention;
    mention.first_token = t;
    mention.end_token = mention_end;
    mention.form = MentionForm::Person;
    mention.person = person;
    mention.actor_id = doc.persons[static_cast<std::size_t>(person)].represents;
    put_mention(doc.mentions, std::move(mention));
    reader.reset();
    t = mention_end - 1;
  }
}

void SpeakerResolver::find_other_names(Document& doc) const {
  // "Michael Kugelman", "Donald Trump": a person we cannot bind to an actor is still a
  // person, so that a later "he" or "Trump" does not fall to someone else.
  const auto& lex = lexicon_.data();
  std::vector<Mention> added;
  for (const Sentence& sentence : doc.sentences) {
    if (is_title_case(doc, sentence)) continue;
    ClauseReader clause(doc, sentence, lex);
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (clause.mention_at(t) >= 0 || !is_name_word(doc, t, lex)) continue;
      if (t > sentence.first_token && (doc.token_keys[t - 1] == "the" || is_capitalized(doc.token_text(t - 1)))) continue;
      std::uint32_t u = t;
      while (u < sentence.end_token && u < t + 4 && clause.mention_at(u) < 0 && is_name_word(doc, u, lex)) ++u;
      if (u - t < 2 || u - t > 3 || (u < sentence.end_token && is_capitalized(doc.token_text(u)))) {
        t = u;
        continue;
      }
      std::string name(doc.slice({doc.tokens[t].span.begin, doc.tokens[u - 1].span.end}));
      Mention mention;
      mention.first_token = t;
      mention.end_token = u;
      mention.form = MentionForm::Person;
      mention.person = add_person(doc, name, "", "");
      added.push_back(std::move(mention));
      t = u;
    }
  }
  for (auto& mention : added) put_mention(doc.mentions, std::move(mention));
}

void SpeakerResolver::recall_surnames(Document& doc) const {
  std::unordered_map<std::string, int> by_surname;
  for (std::size_t i = 0; i < doc.persons.size(); ++i) {
    if (!doc.persons[i].surname.empty()) by_surname[token_key(doc.persons[i].surname)] = static_cast<int>(i);
  }
  if (by_surname.empty()) return;
  std::vector<Mention> added;
  for (const Sentence& sentence : doc.sentences) {
    ClauseReader clause(doc, sentence, lexicon_.data());
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (clause.mention_at(t) >= 0 || !is_capitalized(doc.token_text(t))) continue;
      auto it = by_surname.find(doc.token_keys[t]);
      if (it == by_surname.end()) continue;
      Mention mention;
      mention.first_token = t;
      mention.end_token = t + 1;
      const Person& person = doc.persons[static_cast<std::size_t>(it->second)];
      // "Jens Stoltenberg" again: the first name belongs to the mention.
      if (t > sentence.first_token && clause.mention_at(t - 1) < 0 && person.name.size() > person.surname.size() &&
          doc.token_text(t - 1) == std::string_view(person.name).substr(0, doc.token_text(t - 1).size())) {
        mention.first_token = t - 1;
      }
      mention.form = MentionForm::Person;
      mention.person = it->second;
      mention.actor_id = person.represents;
      added.push_back(std::move(mention));
    }
  }
  for (auto& mention : added) put_mention(doc.mentions, std::move(mention));
}

void SpeakerResolver::resolve_references(Document& doc) const {
  const auto& lex = lexicon_.data();
  std::vector<Mention> added;
  int last_person = -1;
  // The person the previous sentence was about (its subject): "Protests followed Trump.
  // He has aroused criticism ... to succeed President Barack Obama. He has accused Mexico"
  // -- the second "he" is still Trump, not the last person named.
  int previous_subject = -1;
  std::map<graph::ActorKind, std::string> last_by_kind;
  std::set<std::string> actors_named;  // every actor named so far

  std::string last_actor;  // the latest country, organization or group named
  // "the country" is the latest country when it was named in this sentence or the one
  // before; further back, the story's country: the one named most often so far, its
  // people and officers included ("Kiir", "Juba" for South Sudan, not a "Kenya" named
  // once in passing).
  std::map<std::string, int> country_mentions;
  std::string last_government;  // the country of the latest "Syrian government", for "government forces"
  std::size_t last_country_sentence = 0;
  // "rebels in Sudan's Darfur region said the government ...": a country named in the
  // sentence, even as a place, is whose "government" it is.
  std::string country_named_here;
  // "the Committee" after "the High Negotiations Committee": the last word of a body's
  // name stands for it ("" when two bodies share that word).
  std::map<std::string, std::string> body_by_head;
  std::string last_plural;  // the latest "Russian officials", "Americans", armed group
  std::size_t last_plural_sentence = 0;
  std::uint32_t last_plural_end = 0;  // where that mention ends
  std::size_t sentence_number = 0;
  std::size_t next_mention = 0;
  for (const Sentence& sentence : doc.sentences) {
    country_named_here.clear();
    ClauseReader clause(doc, sentence, lex);
    // Remembers the mentions that end before token t as antecedents for what follows.
    auto remember_until = [&](std::uint32_t t, bool quoted) {
      for (; next_mention < doc.mentions.size() && doc.mentions[next_mention].end_token <= t; ++next_mention) {
        const Mention& m = doc.mentions[next_mention];
        if (!m.actor_id.empty()) actors_named.insert(m.actor_id);
        const ActorEntry* entry = m.actor_id.empty() ? nullptr : dictionary_.find_id(m.actor_id);
        const graph::ActorKind kind = entry != nullptr ? dictionary_.actor(*entry).kind : graph::ActorKind::Unknown;
        if ((kind == graph::ActorKind::Organization || kind == graph::ActorKind::ArmedGroup) &&
            m.form == MentionForm::Name && m.end_token >= m.first_token + 2 && !doc.tokens[m.first_token].in_quote &&
            is_capitalized(doc.token_text(m.end_token - 1))) {
          auto [it, fresh] = body_by_head.emplace(doc.token_keys[m.end_token - 1], m.actor_id);
          if (!fresh && it->second != m.actor_id) it->second.clear();
        }
        if (kind == graph::ActorKind::Country) {
          ++country_mentions[m.actor_id];
          const std::string& head = doc.token_keys[m.end_token - 1];
          if (head == "government" || head == "regime") last_government = m.actor_id;
          if (!doc.tokens[m.first_token].in_quote && m.form != MentionForm::Demonym) country_named_here = m.actor_id;
          // "Pena Nieto said ... the country": a country's officer keeps it current too.
          if (m.form == MentionForm::Person && !doc.tokens[m.first_token].in_quote) {
            last_by_kind[graph::ActorKind::Country] = m.actor_id;
            last_country_sentence = sentence_number;
          }
        }
        if (m.form == MentionForm::Person && m.person >= 0) {
          // '"... whether Assad is held accountable," he said': a name inside a quote is
          // not who "he" is outside it.
          if (!doc.tokens[m.first_token].in_quote || quoted) last_person = m.person;
        } else if (clause.is_party(static_cast<int>(next_mention)) && !doc.tokens[m.first_token].in_quote) {
          // Names inside a quote are the speaker's words, not the narrative's antecedents;
          // places are no antecedent of "the country" ("Rwanda's troops in Congo ... the country").
          if (entry != nullptr) {
            last_by_kind[kind] = m.actor_id;
            last_actor = m.actor_id;
            if (kind == graph::ActorKind::Country) last_country_sentence = sentence_number;
            const std::string& head = doc.token_keys[m.end_token - 1];
            if (m.form == MentionForm::People || kind == graph::ActorKind::ArmedGroup ||
                (head.ends_with("s") && lex.state_nouns.contains(head))) {
              last_plural = m.actor_id;
              last_plural_sentence = sentence_number;
              last_plural_end = m.end_token;
            }
          }
        }
      }
    };
    // The body of an officer named earlier in this sentence whose name ends in the word after
    // "the" at t ("World Bank" for "the bank"), or "".
    auto officer_body = [&](std::uint32_t t) -> std::string {
      for (std::uint32_t u = sentence.first_token; u < t; ++u) {
        const int m = clause.mention_at(u);
        if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].form != MentionForm::Person) continue;
        const ActorEntry* body = dictionary_.find_id(doc.mentions[static_cast<std::size_t>(m)].actor_id);
        if (body == nullptr || dictionary_.actor(*body).kind != graph::ActorKind::Organization) continue;
        const std::string& label = body->label;
        const std::string& head = doc.token_keys[t + 1];
        if (label.size() > head.size() && label[label.size() - head.size() - 1] == ' ' &&
            std::equal(head.begin(), head.end(), label.end() - static_cast<long>(head.size()),
                       [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
          return body->id;
        }
      }
      return "";
    };
    // The country the story names most, other than `besides`, or "".
    auto most_named_country = [&](const std::string& besides) {
      std::string id;
      int most = 0;
      for (const auto& [country, count] : country_mentions) {
        if (count > most && country != besides) most = count, id = country;
      }
      return id;
    };
    // The actor of the party that opens the sentence, when it ends before t, or "".
    auto subject_actor_before = [&](std::uint32_t t) -> std::string {
      const int subject = clause.mention_at(clause.skip_right(sentence.first_token));
      if (subject < 0 || doc.mentions[static_cast<std::size_t>(subject)].end_token > t || !clause.is_party(subject)) {
        return "";
      }
      return doc.mentions[static_cast<std::size_t>(subject)].actor_id;
    };
    // The country a description at `at` stands for ("the country", "the government"): the
    // latest named, or the story's most named when that was long ago; "the government" is
    // that of a country named in the same sentence, unless that country is the subject
    // acting on it ("Saudi Arabia blamed the strikes on the government").
    auto story_country = [&](bool government, std::uint32_t at) -> std::string {
      auto it = last_by_kind.find(graph::ActorKind::Country);
      if (it == last_by_kind.end()) return "";
      std::string id = last_country_sentence + 1 < sentence_number ? most_named_country("") : it->second;
      if (!government || country_named_here.empty()) return id;
      id = country_named_here;
      if (subject_actor_before(at) == id) {
        // (not in a clause of its own: "Flanagan told Reuters that the government will have to")
        for (std::uint32_t u = clause.skip_right(sentence.first_token); u < at; ++u) {
          if (clause.mention_at(u) >= 0) continue;  // the subject's own words
          if (doc.token_keys[u] == "that" || clause.match(lex.reporting_verbs, u) > 0 ||
              clause.match(lex.telling_verbs, u) > 0) {
            break;
          }
          if (clause.match(lex.cues, u) > 0) {
            const std::string other = most_named_country(id);
            return other.empty() ? id : other;
          }
        }
      }
      return id;
    };
    // A form of "be" among the auxiliaries from `at` to the verb: a passive.
    auto passive_after = [&](std::uint32_t at) {
      for (std::uint32_t u = at; u < clause.skip_right(at); ++u) {
        const std::string& word = doc.token_keys[u];
        if (word == "was" || word == "were" || word == "is" || word == "are" || word == "been" || word == "being") return true;
      }
      return false;
    };
    // "the OPEC member", "the OPEC nation": an organization's name at `at` followed by a
    // member noun; how many tokens that noun takes, or 0.
    auto member_description = [&](std::uint32_t at) -> std::uint32_t {
      const Mention& body = doc.mentions[static_cast<std::size_t>(clause.mention_at(at))];
      const ActorEntry* entry = dictionary_.find_id(body.actor_id);
      if (body.first_token != at || body.end_token >= sentence.end_token || entry == nullptr ||
          dictionary_.actor(*entry).kind != graph::ActorKind::Organization) {
        return 0;
      }
      auto member_noun = [&](std::uint32_t u) {
        const std::string& word = doc.token_keys[u];
        return word == "member" || word == "nation" || word == "state" || word == "country";
      };
      const std::uint32_t u = body.end_token;
      if (!member_noun(u)) return 0;
      return u + 1 < sentence.end_token && doc.token_keys[u] == "member" && member_noun(u + 1) ? 2 : 1;  // "member state"
    };
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      remember_until(t, doc.tokens[t].in_quote);
      if (int named = clause.mention_at(t); named >= 0) {
        // "the Lebanese militant group" after Hezbollah: the nation names the group's
        // home; the group is the latest one named.
        const Mention& nation = doc.mentions[static_cast<std::size_t>(named)];
        auto group = lex.descriptions.match(doc.token_keys, nation.end_token, sentence.end_token);
        auto it = last_by_kind.find(graph::ActorKind::ArmedGroup);
        if (nation.first_token == t && (nation.form == MentionForm::Demonym || nation.form == MentionForm::People) &&
            group.length > 0 && lex.description_kinds[static_cast<std::size_t>(group.tag)] == graph::ActorKind::ArmedGroup &&
            it != last_by_kind.end() && (doc.token_keys[t] == "the" || (t > sentence.first_token && doc.token_keys[t - 1] == "the"))) {
          Mention mention;
          mention.first_token = doc.token_keys[t] == "the" ? t : t - 1;
          mention.end_token = nation.end_token + static_cast<std::uint32_t>(group.length);
          mention.form = MentionForm::Description;
          mention.actor_id = it->second;
          t = mention.end_token - 1;
          added.push_back(std::move(mention));
        }
        continue;
      }
      const std::string& key = doc.token_keys[t];
      Mention mention;
      if ((key == "he" || key == "she") && last_person >= 0) {
        const bool opens = t == sentence.first_token || (t == sentence.first_token + 1 && doc.token_keys[t - 1] == "but");
        const int person = opens && previous_subject >= 0 ? previous_subject : last_person;
        mention.first_token = t;
        mention.end_token = t + 1;
        mention.form = MentionForm::Pronoun;
        mention.person = person;
        mention.actor_id = doc.persons[static_cast<std::size_t>(person)].represents;
        added.push_back(std::move(mention));
      } else if ((key == "his" || key == "her") && last_person >= 0 &&
                 !doc.persons[static_cast<std::size_t>(last_person)].represents.empty() &&
                 clause.match(lex.state_nouns, t + 1) > 0 && clause.mention_at(t + 1) < 0) {
        // "Bolivia's president spoke. His government accuses Chile ...": the person's state.
        mention.first_token = t;
        mention.end_token = t + 1 + static_cast<std::uint32_t>(clause.match(lex.state_nouns, t + 1));
        mention.form = MentionForm::Name;
        mention.actor_id = doc.persons[static_cast<std::size_t>(last_person)].represents;
        t = mention.end_token - 1;
        added.push_back(std::move(mention));
      } else if (key == "it" && !last_actor.empty() &&
                 (clause.match(lex.reporting_verbs, t + 1) > 0 ||
                  (t == sentence.first_token && clause.match(lex.cues, clause.skip_right(t + 1)) > 0 &&
                   !passive_after(t + 1)))) {
        // '"...," it said', "It has asked France to ...": a statement's "it" is the body that
        // issued it, the latest actor named outside a quote ("It was undermined by ..." is
        // something done to it, which may be anything).
        mention.first_token = t;
        mention.end_token = t + 1;
        mention.form = MentionForm::Pronoun;
        mention.actor_id = last_actor;
        added.push_back(std::move(mention));
      } else if (key == "they" && !last_plural.empty() && !doc.tokens[t].in_quote &&
                 last_plural_sentence + 1 >= sentence_number && !plural_noun_between(doc, lex, last_plural_end, t) &&
                 (clause.match(lex.reporting_verbs, clause.skip_right(t + 1)) > 0 ||
                  clause.match(lex.cues, clause.skip_right(t + 1)) > 0)) {
        // "Russian officials met ... They said ...": a plural named in this sentence or the
        // one before, when "they" says or does something.
        mention.first_token = t;
        mention.end_token = t + 1;
        mention.form = MentionForm::Pronoun;
        mention.actor_id = last_plural;
        added.push_back(std::move(mention));
      } else if (key == "the" && t + 1 < sentence.end_token && clause.mention_at(t + 1) < 0 &&
                 !is_capitalized(doc.token_text(t + 1)) && !(mention.actor_id = officer_body(t)).empty()) {
        // "Conable said the bank had been urging Brazil": an officer's "the bank" is his own body.
        mention.first_token = t;
        mention.end_token = t + 2;
        mention.form = MentionForm::Description;
        ++t;
        added.push_back(std::move(mention));
      } else if (key == "the" && t + 1 < sentence.end_token && is_capitalized(doc.token_text(t + 1)) &&
                 lex.context_names.match(doc.token_keys, t, sentence.end_token).length > 0) {
        // "the North" in a story that names either Korea: a name that needs its context.
        auto match = lex.context_names.match(doc.token_keys, t, sentence.end_token);
        const auto& entry = lex.context_name_actors[static_cast<std::size_t>(match.tag)];
        if (std::none_of(entry.begin(), entry.end(), [&](const std::string& id) { return actors_named.count(id) > 0; })) continue;
        mention.first_token = t;
        mention.end_token = t + static_cast<std::uint32_t>(match.length);
        mention.form = MentionForm::Name;
        mention.actor_id = entry.front();
        t = mention.end_token - 1;
        added.push_back(std::move(mention));
      } else if (key == "the" && t + 1 < sentence.end_token && clause.mention_at(t + 1) < 0 &&
                 is_capitalized(doc.token_text(t + 1)) && body_by_head.count(doc.token_keys[t + 1]) > 0 &&
                 !body_by_head[doc.token_keys[t + 1]].empty() &&
                 (t + 2 >= sentence.end_token || !is_capitalized(doc.token_text(t + 2)))) {
        mention.first_token = t;
        mention.end_token = t + 2;
        mention.form = MentionForm::Description;
        mention.actor_id = body_by_head[doc.token_keys[t + 1]];
        ++t;
        added.push_back(std::move(mention));
      } else if (key == "the" && t + 2 < sentence.end_token && clause.mention_at(t + 1) >= 0 &&
                 member_description(t + 1) > 0) {
        // "Ecuador ... The OPEC member has asked the organization to ...": a member of a body,
        // described by it, is the story's most named country.
        mention.actor_id = most_named_country("");
        if (mention.actor_id.empty()) continue;
        mention.first_token = t;
        mention.end_token = doc.mentions[static_cast<std::size_t>(clause.mention_at(t + 1))].end_token + member_description(t + 1);
        mention.form = MentionForm::Description;
        t = mention.end_token - 1;
        added.push_back(std::move(mention));
      } else if (key == "government" && t + 1 < sentence.end_token && clause.mention_at(t + 1) < 0 &&
                 (t == sentence.first_token || doc.token_keys[t - 1] != "the") &&
                 (doc.token_keys[t + 1] == "forces" || doc.token_keys[t + 1] == "troops")) {
        // "blaming the air strikes on government forces": the forces of the government named
        // last ("The Syrian government said ..."), else of the story's most named country that
        // is not the one blaming them.
        const std::string subject_actor = subject_actor_before(t);
        mention.actor_id = last_government.empty() ? most_named_country(subject_actor)
                           : last_government != subject_actor ? last_government
                                                               : std::string();
        if (mention.actor_id.empty()) continue;
        mention.first_token = t;
        mention.end_token = t + 2;
        mention.form = MentionForm::Description;
        ++t;
        added.push_back(std::move(mention));
      } else if (key == "the") {
        auto match = lex.descriptions.match(doc.token_keys, t + 1, sentence.end_token);
        if (match.length == 0 || clause.mention_at(t + 1) >= 0) continue;
        graph::ActorKind kind = lex.description_kinds[static_cast<std::size_t>(match.tag)];
        const std::uint32_t after = t + 1 + static_cast<std::uint32_t>(match.length);
        // "the government of President Assad" is named by what follows, not by the story.
        if (after + 1 < sentence.end_token && doc.token_keys[after] == "of" && clause.mention_at(after + 1) >= 0) continue;
        mention.first_token = t;
        mention.end_token = after;
        mention.form = MentionForm::Description;
        if (kind == graph::ActorKind::Person) {
          if (last_person < 0) continue;
          mention.person = last_person;
          mention.actor_id = doc.persons[static_cast<std::size_t>(last_person)].represents;
        } else {
          if (kind == graph::ActorKind::Country) {
            mention.actor_id = story_country(doc.token_keys[t + 1] == "government", t);
          } else if (auto it = last_by_kind.find(kind); it != last_by_kind.end()) {
            mention.actor_id = it->second;
          }
          if (mention.actor_id.empty()) continue;

          // "urged the country's leaders": the state noun after the description is its actor.
          const std::uint32_t owner_end = mention.end_token;
          if (owner_end + 1 < sentence.end_token && doc.token_keys[owner_end] == "'s" && clause.mention_at(owner_end + 1) < 0) {
            // "the country's prime minister" speaks for it too.
            bool former = false;
            if (std::size_t length = clause.match(lex.state_nouns, clause.skip_right(owner_end + 1))) {
              mention.end_token = clause.skip_right(owner_end + 1) + static_cast<std::uint32_t>(length);
            } else if (std::uint32_t role_end = role_end_at(doc, clause, lex, owner_end + 1, former); role_end > 0 && !former) {
              mention.end_token = role_end;
            }
          }
        }
        t = mention.end_token - 1;
        added.push_back(std::move(mention));
      }
    }
    remember_until(sentence.end_token, false);
    // This sentence's subject, for a "he" that opens the next one: a person or a resolved
    // "he" among its first words; none when the sentence is about something else.
    previous_subject = -1;
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token && t < sentence.first_token + 3; ++t) {
      if (doc.tokens[t].in_quote) break;
      int m = clause.mention_at(t);
      const Mention* named = m >= 0 ? &doc.mentions[static_cast<std::size_t>(m)] : nullptr;
      for (auto it = added.rbegin(); named == nullptr && it != added.rend() && it->first_token >= sentence.first_token; ++it) {
        if (it->first_token == t) named = &*it;
      }
      if (named != nullptr) {
        if (named->person >= 0) previous_subject = named->person;
        break;
      }
    }
    ++sentence_number;
  }
  for (auto& mention : added) put_mention(doc.mentions, std::move(mention));
}

void SpeakerResolver::attribute_speakers(Document& doc) const {
  const auto& lex = lexicon_.data();
  doc.attributions.clear();
  std::vector<int> speaker_of(doc.sentences.size(), -1);  // index into doc.attributions
  std::vector<bool> quoted(doc.sentences.size(), false);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    ClauseReader clause(doc, sentence, lex);
    int speaker = -1;
    std::vector<int> speakers;  // the whole subject list, when the speaker is one
    // "responding to a statement by Turkish spokesman Yalim Eralp that Ankara would ...": the
    // author of a statement whose content follows speaks, whoever responds to it.
    for (std::uint32_t t = sentence.first_token; speaker < 0 && t + 3 < sentence.end_token; ++t) {
      if (doc.tokens[t].in_quote || clause.match(lex.speech_nouns, t) == 0) continue;
      const std::uint32_t by = t + static_cast<std::uint32_t>(clause.match(lex.speech_nouns, t));
      if (doc.token_keys[by] != "by" && doc.token_keys[by] != "from") continue;
      const std::string& article = doc.token_keys[by + 1];
      const int author = clause.mention_at(article == "the" || article == "a" || article == "an" ? by + 2 : by + 1);
      if (author < 0 || !clause.is_party(author, true)) continue;
      const std::uint32_t that = doc.mentions[static_cast<std::size_t>(author)].end_token;
      if (that < sentence.end_token && doc.token_keys[that] == "that") speaker = author;
    }
    for (std::uint32_t t = sentence.first_token; speaker < 0 && t < sentence.end_token; ++t) {
      if (doc.tokens[t].in_quote || doc.token_text(t) == "\"") {
        quoted[s] = quoted[s] || doc.tokens[t].in_quote;
        continue;
      }
      std::size_t length = clause.match(lex.reporting_verbs, t);
      if (length == 0 || clause.mention_at(t) >= 0) continue;
      std::uint32_t after = t + static_cast<std::uint32_t>(length);
      // '..., said Cmdr. Gary Ross': titles before the name.
      while (after + 1 < sentence.end_token && doc.token_keys[after + 1] == "." && clause.mention_at(after) < 0 &&
             lex.abbreviations.contains(doc.token_keys[after])) {
        after += 2;
      }
      const std::string& before = t > sentence.first_token ? doc.token_keys[t - 1] : std::string();
      // '..., said a senior U.S. official': an article and rank words before the speaker.
      for (std::uint32_t u = after; u < sentence.end_token && u < after + 4 && clause.mention_at(u) < 0; ++u) {
        const std::string& word = doc.token_keys[u];
        if (word != "a" && word != "an" && word != "one" && word != "another" && clause.match(lex.role_modifiers, u) == 0) break;
        if (clause.mention_at(u + 1) >= 0) after = u + 1;
      }
      int m = clause.mention_at(after);
      // "..., saying Serbia has to ..." opens a clause: an -ing form never inverts.
      bool inverted = doc.token_keys[t] == "according" ||
                      (!doc.token_keys[t].ends_with("ing") && (before == "," || before == "\"" || t == sentence.first_token));
      // '..., said Mantytskiy.' inverts; "Blinken, the U.S. envoy, said Iran must stop"
      // does not: after an inverted speaker the clause ends.
      if (inverted && m >= 0) {
        std::vector<int> list = clause.is_party(m) ? clause.list_from(m) : std::vector<int>{m};
        std::uint32_t next = clause.skip_right(doc.mentions[static_cast<std::size_t>(list.back())].end_token);
        inverted = next >= sentence.end_token || lex.speaker_enders.contains(doc.token_keys[next]);
        if (inverted && next < sentence.end_token && doc.token_keys[next] == "'s") {
          // '..., said Russia's foreign minister.' inverts; "..., said Iran's missiles pose ..." does not.
          std::uint32_t owned = next + 1;
          while (std::size_t rank = clause.match(lex.role_modifiers, owned)) owned += static_cast<std::uint32_t>(rank);
          inverted = clause.match(lex.roles, owned) > 0 || clause.match(lex.state_nouns, owned) > 0;
        }
      }
      if (inverted && m >= 0 && doc.mentions[static_cast<std::size_t>(m)].first_token == after &&
          clause.is_party(m)) {
        speaker = m;
      } else {
        speakers = clause.subject_before(t);
        if (speakers.empty() && t > sentence.first_token && doc.token_keys[t - 1] == "to") {
          speakers = clause.subject_of_infinitive(t - 1);  // "The EC continued to insist that ..."
        }
        if (!speakers.empty()) speaker = speakers.front();
      }
      if (speaker >= 0) break;
    }
    if (speaker < 0) continue;
    const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
    speaker_of[s] = static_cast<int>(doc.attributions.size());
    Attribution attribution{static_cast<std::uint32_t>(s), m.actor_id, m.person, {}};
    // "..., it added." goes on with the body that spoke in the sentence before, not with a
    // name inside what it said.
    if (m.form == MentionForm::Pronoun && m.person < 0 && s > 0 && speaker_of[s - 1] >= 0 &&
        m.first_token > sentence.first_token && doc.token_keys[m.first_token - 1] == ",") {
      const Attribution& before = doc.attributions[static_cast<std::size_t>(speaker_of[s - 1])];
      if (!before.actor_id.empty() && before.person < 0) attribution.actor_id = before.actor_id;
    }
    // relations.md: a list distributes on either side, the speakers' too ("Brazil, Chile
    // and Peru said Bolivia must ...").
    for (std::size_t i = 1; i < speakers.size(); ++i) {
      const std::string& actor = doc.mentions[static_cast<std::size_t>(speakers[i])].actor_id;
      if (!actor.empty() && actor != m.actor_id) attribution.co_speakers.push_back(actor);
    }
    doc.attributions.push_back(std::move(attribution));
  }
  // A quote of several sentences names its speaker once: the paragraph's other quoted
  // sentences share it.
  for (std::size_t begin = 0, end = 0; begin < doc.sentences.size(); begin = end) {
    // One paragraph: its sentences are contiguous.
    int shared = -1;
    for (end = begin; end < doc.sentences.size() && doc.sentences[end].paragraph == doc.sentences[begin].paragraph;
         ++end) {
      if (shared < 0 && speaker_of[end] >= 0 && quoted[end]) shared = speaker_of[end];
    }
    if (shared < 0) continue;
    for (std::size_t s = begin; s < end; ++s) {
      if (speaker_of[s] >= 0 || !quoted[s]) continue;
      Attribution copy = doc.attributions[static_cast<std::size_t>(shared)];
      copy.sentence = static_cast<std::uint32_t>(s);
      speaker_of[s] = static_cast<int>(doc.attributions.size());
      doc.attributions.push_back(copy);
    }
  }
  std::sort(doc.attributions.begin(), doc.attributions.end(),
            [](const Attribution& a, const Attribution& b) { return a.sentence < b.sentence; });
}

void SpeakerResolver::resolve_first_person(Document& doc) const {
  std::vector<Mention> added;
  for (const Attribution& attribution : doc.attributions) {
    const Sentence& sentence = doc.sentences[attribution.sentence];
    ClauseReader clause(doc, sentence, lexicon_.data());
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      const std::string& key = doc.token_keys[t];
      if (!doc.tokens[t].in_quote || clause.mention_at(t) >= 0) continue;
      if (key != "we" && key != "i" && key != "us") continue;
      Mention mention;
      mention.first_token = t;
      mention.end_token = t + 1;
      mention.form = MentionForm::Pronoun;
      mention.person = attribution.person;
      mention.actor_id = attribution.actor_id;
      added.push_back(std::move(mention));
    }
  }
  for (auto& mention : added) put_mention(doc.mentions, std::move(mention));
}

}  // namespace ng::ingest
