#include "ingest/person_finder.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "ingest/clause_reader.hpp"
#include "ingest/person_mentions.hpp"
#include "ingest/relation_lexicon_data.hpp"
#include "ingest/tokenizer.hpp"

namespace ng::ingest {
namespace {

// The index of the person called `name` (a nameless role is always a new person); a
// person found again keeps the actor first given, or takes this one when it had none.
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

// A word that can be part of a personal name: capitalised, not an initial or abbreviation,
// and not a word the lexicon reads as something else ("Minister", "Said", "In").
bool is_name_word(const Document& doc, std::uint32_t t, const RelationLexicon::Data& lex) {
  std::string_view text = doc.token_text(t);
  if (!is_capitalized(text) || text.size() < 2 || text.find('.') != std::string_view::npos) return false;
  const std::string& key = doc.token_keys[t];
  // ("Several Arab states": a quantifier opens no name)
  return !lex.not_names.contains(key) && !lex.prepositions.contains(key) && !lex.reporting_verbs.contains(key) &&
         !lex.roles.contains(key) && !lex.partitives.contains(key);
}

// "al-Muslat", "bin", "de": a particle inside a name ("Salim al-Muslat", "Staffan de Mistura"),
// never its first word. A particle of its own needs a name word after it.
bool is_name_particle(const Document& doc, std::uint32_t t, std::uint32_t end, const RelationLexicon::Data& lex) {
  const std::string_view key = doc.token_keys[t];
  // ("Miguel d'Escoto": an elided particle joined to a capitalized word)
  if (const std::string_view text = doc.token_text(t);
      text.size() > 3 && (text[1] == '\'' || (text.size() > 4 && text[2] == '\''))) {
    const std::size_t apostrophe = text.find('\'');
    if (std::islower(static_cast<unsigned char>(text[0])) &&
        std::isupper(static_cast<unsigned char>(text[apostrophe + 1])))
      return true;
  }
  if (const std::size_t hyphen = key.find('-'); hyphen != std::string_view::npos && hyphen + 1 < key.size()) {
    return lex.name_particles.contains(key.substr(0, hyphen)) && is_capitalized(doc.token_text(t).substr(hyphen + 1));
  }
  return lex.name_particles.contains(key) && t + 1 < end && is_name_word(doc, t + 1, lex);
}

// "N.D.": initials written as one word, each a capital and its dot.
bool initials(std::string_view text) {
  if (text.size() < 4 || text.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < text.size(); i += 2) {
    if (text[i] < 'A' || text[i] > 'Z' || text[i + 1] != '.') return false;
  }
  return true;
}

// "SU-27", "J-11": a model's designation, letters and a number, which may stand between a
// nation and its craft ("the Russian SU-27 fighter").
bool is_model(std::string_view key) {
  const std::size_t hyphen = key.find('-');
  return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < key.size() &&
         std::isalpha(static_cast<unsigned char>(key[0])) && std::isdigit(static_cast<unsigned char>(key[hyphen + 1]));
}

// "Ministry of Silly Walks", "Minister of Foreign Affairs": the capitalised words after
// "of" belong to the office, and after "on" or "for" when the office's own name is in
// capitals ("the U.N. Working Group on Arbitrary Detention"; not "officials on Monday").
// Returns the end of that phrase, or t when there is none.
std::uint32_t office_name_end(const Document& doc, const ClauseReader& clause, std::uint32_t t, std::uint32_t end) {
  if (t + 1 >= end) return t;
  const bool of = doc.token_keys[t] == "of";
  const bool on = (doc.token_keys[t] == "on" || doc.token_keys[t] == "for") && t > 0 &&
                  is_capitalized(doc.token_text(t - 1)) && clause.match(clause.lexicon().skippable, t) == 0 &&
                  clause.match(clause.lexicon().skippable, t + 1) == 0;
  if (!of && !on) return t;
  std::uint32_t u = t + 1;
  while (u < end && u < t + 6 && clause.mention_at(u) < 0 &&
         (is_capitalized(doc.token_text(u)) || (doc.token_keys[u] == "and" && u > t + 1))) {
    ++u;
  }
  if (u > t + 1 && doc.token_keys[u - 1] == "and") --u;
  return u > t + 1 ? u : t;
}

// "Minister for Aviation Michael Spicer", "Minister of Trade and Industry Paul Channon": a
// portfolio in capitals between the role and the name, which is its last two words.
std::uint32_t past_portfolio(const Document& doc, const ClauseReader& clause, std::uint32_t role_end) {
  const std::uint32_t end = clause.sentence().end_token;
  if (role_end + 3 >= end || (doc.token_keys[role_end] != "for" && doc.token_keys[role_end] != "of")) return role_end;
  std::uint32_t u = role_end + 1;
  while (u < end && u < role_end + 8 && clause.mention_at(u) < 0 &&
         (is_capitalized(doc.token_text(u)) ||
          (doc.token_keys[u] == "and" && u + 1 < end && is_capitalized(doc.token_text(u + 1))))) {
    ++u;
  }
  if (u - role_end - 1 < 3 || u >= end || clause.mention_at(u) >= 0 || doc.token_keys[u - 2] == "and" ||
      doc.token_keys[u - 3] == "and") {
    return role_end;
  }
  return u - 2;
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

// The end of a personal name of up to four words starting at t (t itself when none).
std::uint32_t name_end_at(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                          std::uint32_t t) {
  const std::uint32_t end = clause.sentence().end_token;
  std::uint32_t u = t;
  while (u < end && u < t + 5) {
    // "spokesman Ahmed Abu Zeid": a one-word name the dictionary knows for someone else ends
    // this person's name.
    if (const int known = clause.mention_at(u); known >= 0) {
      const Mention& named = doc.mentions[static_cast<std::size_t>(known)];
      if (u > t && named.form == MentionForm::Person && named.first_token == u && named.end_token == u + 1) ++u;
      break;
    }
    // "George W. Bush", "S. Jaishankar", "N. D. Tiwari": an initial and its dot before a word
    // of the name or another initial.
    if (u + 2 < end && is_initial(doc.token_text(u)) && doc.token_keys[u + 1] == "." &&
        (is_name_word(doc, u + 2, lex) || is_initial(doc.token_text(u + 2)))) {
      u += 2;
      continue;
    }
    // ("N.D. Tiwari": initials written as one word)
    if (u + 1 < end && initials(doc.token_text(u)) && is_name_word(doc, u + 1, lex)) {
      ++u;
      continue;
    }
    if (!is_name_word(doc, u, lex) && (u == t || !is_name_particle(doc, u, end, lex))) break;
    ++u;
  }
  return u;
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

// "TSE President Michio Takeuchi": the title of the person's first mention follows a
// capitalized word, the name of whatever body he heads ("President Alan Garcia" does not).
bool named_after_a_name(const Document& doc, int person) {
  for (const Mention& m : doc.mentions) {
    if (m.person != person) continue;
    return m.first_token > 0 && is_capitalized(doc.token_text(m.first_token - 1)) &&
           std::isalpha(static_cast<unsigned char>(doc.token_text(m.first_token - 1)[0]));
  }
  return false;
}

}  // namespace

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

void PersonFinder::run(Document& doc) const {
  join_state_nouns(doc);
  find_persons(doc);
  bind_offices_to_home(doc);
  find_other_names(doc);
  unbind_private_roles(doc);
  recall_surnames(doc);
}

// annotation.md: election candidates and opposition figures are never actors, whatever the
// dictionary says of them elsewhere ("Opposition candidate Viktor Yushchenko accused ...").
void PersonFinder::unbind_private_roles(Document& doc) const {
  const auto& lex = lexicon_.data();
  std::size_t next = 0;  // mentions are sorted: each sentence takes the next run of them
  for (const Sentence& sentence : doc.sentences) {
    for (; next < doc.mentions.size() && doc.mentions[next].first_token < sentence.end_token; ++next) {
      const Mention& named = doc.mentions[next];
      if (named.form == MentionForm::Person && named.person >= 0 && named.first_token >= sentence.first_token &&
          lex.private_roles.match_ending(doc.token_keys, sentence.first_token, named.first_token) > 0) {
        doc.persons[static_cast<std::size_t>(named.person)].represents.clear();
      }
    }
  }
  for (Mention& m : doc.mentions) {
    if (m.form == MentionForm::Person && m.person >= 0 && doc.persons[static_cast<std::size_t>(m.person)].represents.empty()) {
      m.actor_id.clear();
    }
  }
}

void PersonFinder::join_state_nouns(Document& doc) const {
  const auto& lex = lexicon_.data();
  std::size_t next = 0;  // mentions are sorted: each sentence takes the next run of them
  for (const Sentence& sentence : doc.sentences) {
    ClauseReader clause(doc, sentence, lex);
    for (; next < doc.mentions.size() && doc.mentions[next].first_token < sentence.end_token; ++next) {
      Mention& m = doc.mentions[next];
      if (m.first_token < sentence.first_token || m.end_token > sentence.end_token) continue;
      // "the Chinese move", "the Japanese plan": a people's name before an act noun is the
      // nation's adjective (not "the Chinese [people] move").
      if (m.form == MentionForm::People && doc.token_keys[m.first_token] == "the" && m.end_token == m.first_token + 2 &&
          clause.mention_at(m.end_token) < 0 && clause.match(lex.act_nouns, m.end_token) > 0) {
        m.form = MentionForm::Demonym;
        ++m.first_token;
      }
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
      // "The African Union's Peace and Security Council": a body named after a possessive is
      // the possessor's, even when its last words are another's name (the U.N.'s "Security
      // Council").
      if (after > m.end_token && m.form == MentionForm::Name && !m.actor_id.empty()) {
        for (std::uint32_t u = after; u < sentence.end_token && u < after + 5; ++u) {
          if (const int inner = clause.mention_at(u); inner >= 0) {
            Mention& body = doc.mentions[static_cast<std::size_t>(inner)];
            // ("China's Taiwan Affairs Office": a name that opens the body's capitalised name)
            std::uint32_t head = body.end_token;
            while (u == after && head < sentence.end_token && head < body.end_token + 3 &&
                   clause.mention_at(head) < 0 && is_capitalized(doc.token_text(head)) &&
                   !lex.institution_heads.contains(doc.token_keys[head])) {
              ++head;
            }
            if (u == after && head > body.end_token && head < sentence.end_token && clause.mention_at(head) < 0 &&
                is_capitalized(doc.token_text(head)) && lex.institution_heads.contains(doc.token_keys[head])) {
              body.actor_id = m.actor_id;
              body.end_token = head + 1;
              body.form = MentionForm::Name;
            } else if (u > after && body.first_token == u && body.form == MentionForm::Name &&
                       lex.institution_heads.contains(doc.token_keys[body.end_token - 1])) {
              body.actor_id = m.actor_id;
            }
            break;
          }
          if (!is_capitalized(doc.token_text(u)) && doc.token_keys[u] != "and") break;
        }
      }
      // "the U.S. Federal Bureau of Investigation", "Syria's National Defense Commission": a
      // named state body whose capitalised name ends in an institution word ("the EC's
      // executive Commission": after a possessive, a describing word may come first).
      std::uint32_t body = after;
      if (after > m.end_token && body + 1 < sentence.end_token && !is_capitalized(doc.token_text(body)) &&
          clause.mention_at(body) < 0 && !clause.ends_phrase(body) &&
          !lex.reporting_verbs.contains(doc.token_keys[body]) && is_capitalized(doc.token_text(body + 1)) &&
          lex.institution_heads.contains(doc.token_keys[body + 1])) {
        ++body;
      }
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
      // ("the South Korean unification ministry": after a nation's adjective too)
      if (length == 0 && (after > m.end_token || m.form == MentionForm::Demonym)) {
        // "Mexico's political leaders", "Poland's communist authorities": adjectives between
        // the possessive and the state noun (not "Syria's opposition leaders").
        std::uint32_t noun = clause.skip_right(after);
        for (int adjectives = 0;
             adjectives < 2 && noun + 1 < sentence.end_token && clause.mention_at(noun) < 0 &&
             clause.match(lex.state_nouns, noun) == 0 &&
             (std::islower(static_cast<unsigned char>(doc.token_text(noun)[0])) || is_model(doc.token_keys[noun]) ||
              doc.token_keys[noun].find('-') != std::string::npos) &&  // "Iraq's Shi'ite-led government"
             !lex.non_state_modifiers.contains(doc.token_keys[noun]) &&
             !clause.ends_phrase(noun);
             ++adjectives) {
          ++noun;
        }
        if ((length = clause.match(lex.state_nouns, noun)) > 0) after = noun;
      }
      // "the Russian SU-27 jet": a model's designation before the noun.
      if (length == 0 && after + 1 < sentence.end_token && clause.mention_at(after) < 0 &&
          is_model(doc.token_keys[after]) && (length = clause.match(lex.state_nouns, after + 1)) > 0) {
        ++after;
      }
      // "EC foreign ministers", "U.S. farm trade officials": portfolio words before the noun.
      // ("U.N. human rights experts": a modifier of two words)
      for (std::uint32_t noun = after; length == 0 && noun < after + 3 && noun + 1 < sentence.end_token;) {
        const std::size_t modifier = clause.mention_at(noun) < 0 ? clause.match(lex.role_modifiers, noun) : 0;
        if (modifier == 0) break;
        noun += static_cast<std::uint32_t>(modifier);
        if (noun < sentence.end_token && (length = clause.match(lex.state_nouns, noun)) > 0) after = noun;
      }
      // "U.S. and European officials": a region that names no actor shares the noun; the
      // officials are the actor's (the region is no party, relations.md).
      if (length == 0 && after == m.end_token && after + 2 < sentence.end_token && doc.token_keys[after] == "and" &&
          m.form != MentionForm::People && clause.mention_at(after + 1) < 0 && is_capitalized(doc.token_text(after + 1)) &&
          (length = clause.match(lex.state_nouns, after + 2)) > 0) {
        after += 2;
      }
      // "U.S. manufacturers and officials have charged": the officials speak for the actor
      // (the manufacturers for no one, relations.md).
      if (length == 0 && after == m.end_token && after + 2 < sentence.end_token && clause.mention_at(after) < 0 &&
          doc.token_keys[after].size() > 3 && doc.token_keys[after].ends_with("s") &&
          doc.token_keys[after + 1] == "and" && clause.mention_at(after + 2) < 0 &&
          clause.match(lex.people_nouns, after) == 0 && (length = clause.match(lex.state_nouns, after + 2)) > 0) {
        after += 2;
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

void PersonFinder::find_persons(Document& doc) const {
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
void PersonFinder::find_appositions(Document& doc, const Sentence& sentence) const {
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
             (is_name_word(doc, name_begin - 1, lex) ||
              (name_begin - 1 > sentence.first_token && is_name_particle(doc, name_begin - 1, end, lex) &&
               is_name_word(doc, name_begin - 2, lex)))) {
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
      // "a spokesman for the Syrian opposition's High Negotiation Committee (HNC)": the body
      // a possessor's phrase names.
      for (std::uint32_t owned = at; owned + 1 < end && owned < at + 4; ++owned) {
        if (doc.token_keys[owned] == "," || doc.token_keys[owned] == "of") break;
        if (doc.token_keys[owned] != "'s") continue;
        const int body = clause.mention_at(owned + 1);
        if (body >= 0 && doc.mentions[static_cast<std::size_t>(body)].first_token == owned + 1 &&
            doc.mentions[static_cast<std::size_t>(body)].form == MentionForm::Name) {
          m = body;
          at = owned + 1;
        }
        break;
      }
      auto names_no_actor = [&](std::uint32_t u) {
        int named = clause.mention_at(u);
        return named < 0 || doc.mentions[static_cast<std::size_t>(named)].actor_id.empty();
      };
      if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].first_token != at ||
          doc.mentions[static_cast<std::size_t>(m)].actor_id.empty()) {
        // ("Britain's minister for the Middle East": a region the office serves, once the
        // country is known)
        if ((link == "to" || link == "for") && represents.empty()) break;
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
      // ("Steffen Seibert, spokesman for German Chancellor Angela Merkel,": a spokesman speaks
      // for the person's actor)
      const bool voice = link == "for" && clause.match_ending(lex.spokesman_roles, role_end) > 0;
      if (represents.empty() && (link == "of" || link == "for" || link == "at" || (link == "in" && office)) &&
          (named.form != MentionForm::Person || voice)) {
        represents = named.actor_id;
      }
      stop = named.end_token;
      // ("spokesman for German Chancellor Angela Merkel,": the title and name the demonym opens)
      if (voice && named.form == MentionForm::Demonym) {
        while (stop + 1 < end && stop < named.end_token + 5 && is_capitalized(doc.token_text(stop))) {
          const int held = clause.mention_at(stop);
          if (held >= 0 && doc.mentions[static_cast<std::size_t>(held)].form != MentionForm::Person) break;
          stop = held >= 0 ? doc.mentions[static_cast<std::size_t>(held)].end_token : stop + 1;
        }
      }
      // "... Committee (HNC),": the body's acronym in brackets.
      if (stop + 3 < end && doc.token_keys[stop] == "(" && doc.token_keys[stop + 2] == ")") stop += 3;
      // "Cuba's top diplomat for U.S. affairs,": a portfolio a nation's adjective opens.
      if (!represents.empty() && named.actor_id != represents && (link == "for" || link == "to")) {
        for (std::uint32_t words = 0;
             words < 3 && stop + 1 < end && clause.mention_at(stop) < 0 &&
             std::islower(static_cast<unsigned char>(doc.token_text(stop)[0])) && !clause.ends_phrase(stop);
             ++words) {
          ++stop;
        }
      }
    }
    // "X, Yemen's foreign minister and the government's top delegate to the talks, said": a
    // second office joined by "and" goes on to the comma, the first one says whom X speaks for.
    if (stop + 2 < end && doc.token_keys[stop] == "and" && !represents.empty()) {
      for (std::uint32_t u = stop + 1; u < end && u < stop + 20; ++u) {
        const std::string& word = doc.token_keys[u];
        if (word == "\"" || word == ";" || word == "." || clause.match(lex.reporting_verbs, u) > 0 || clause.match(lex.cues, u) > 0) break;
        if (word == ",") {
          stop = u;
          break;
        }
      }
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
void PersonFinder::find_titled_persons(Document& doc, const Sentence& sentence, bool headline) const {
  const auto& lex = lexicon_.data();
  const std::uint32_t end = sentence.end_token;
  std::optional<ClauseReader> reader;
  for (std::uint32_t t = sentence.first_token; t < end; ++t) {
    if (!reader) reader.emplace(doc, sentence, lex);
    const ClauseReader& clause = *reader;
    int m = clause.mention_at(t);
    std::string represents;
    std::uint32_t role_start = t;
    bool after_whose = false;
    if (m >= 0) {
      const Mention& actor = doc.mentions[static_cast<std::size_t>(m)];
      if (actor.first_token != t || actor.form == MentionForm::Person || actor.form == MentionForm::Pronoun) {
        t = actor.end_token - 1;
        continue;
      }
      represents = actor.actor_id;
      role_start = actor.end_token;
      if (role_start < end && doc.token_keys[role_start] == "'s") ++role_start;
    } else if (const int owner =
                   doc.token_keys[t] == "whose" && t > sentence.first_token + 1 && doc.token_keys[t - 1] == ","
                       ? clause.mention_ending_at(t - 1)
                       : -1;
               owner >= 0 && !headline) {
      // "Brazil, whose foreign minister Jose Serra had called on": the officer of the one
      // "whose" stands for.
      const Mention& state = doc.mentions[static_cast<std::size_t>(owner)];
      if (state.form != MentionForm::Name && state.form != MentionForm::Capital) continue;
      represents = state.actor_id;
      role_start = t + 1;
      after_whose = true;
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
    role_end = past_portfolio(doc, clause, role_end);
    std::uint32_t name_end = name_end_at(doc, clause, lex, role_end);
    int known = clause.mention_at(role_end);
    int person = -1;
    if (name_end == role_end && known >= 0 && doc.mentions[static_cast<std::size_t>(known)].form == MentionForm::Person &&
        doc.mentions[static_cast<std::size_t>(known)].first_token == role_end) {
      person = doc.mentions[static_cast<std::size_t>(known)].person;
      name_end = doc.mentions[static_cast<std::size_t>(known)].end_token;
    }
    if (m < 0 && name_end == role_end) continue;  // "President" alone names nobody
    if (after_whose) t = role_start;              // (the officer's mention starts after "whose")
    // "one of Syria's chief allies": the role word is an adjective of the noun after it.
    if (name_end == role_end && (clause.match(lex.ally_nouns, role_end) > 0 || clause.match(lex.partner_nouns, role_end) > 0)) {
      t = doc.mentions[static_cast<std::size_t>(m)].end_token - 1;
      continue;
    }
    std::uint32_t mention_end = name_end == role_end ? office_name_end(doc, clause, role_end, end) : name_end;
    // "the Israeli prime minister's office said": the office speaks for the person's state.
    if (mention_end + 1 < end && doc.token_keys[mention_end] == "'s" && clause.mention_at(mention_end + 1) < 0) {
      if (const std::size_t office = clause.match(lex.state_nouns, mention_end + 1)) {
        mention_end += 1 + static_cast<std::uint32_t>(office);
      }
    }
    if (represents.empty() && name_end > role_end && name_end + 1 < end && doc.token_keys[name_end] == "of") {
      // "President Ahmed Hamdi of Egypt": the country after the name.
      const std::uint32_t at = doc.token_keys[name_end + 1] == "the" ? name_end + 2 : name_end + 1;
      const int country = clause.mention_at(at);
      if (country >= 0 && doc.mentions[static_cast<std::size_t>(country)].first_token == at &&
          doc.mentions[static_cast<std::size_t>(country)].form == MentionForm::Name) {
        represents = doc.mentions[static_cast<std::size_t>(country)].actor_id;
      }
    }
    // "Pakistan's acting U.N. representative Aneesuddin Ahmed", "Russia's NATO envoy": a
    // nation's delegate to a body speaks for the nation.
    if (m >= 0 && clause.match_ending(lex.delegate_roles, role_end) > 0) {
      std::uint32_t u = doc.mentions[static_cast<std::size_t>(m)].first_token;
      while (u > sentence.first_token + 1 && clause.mention_at(u - 1) < 0 && clause.match_ending(lex.role_modifiers, u) > 0) --u;
      int nation = u > sentence.first_token + 1 && doc.token_keys[u - 1] == "'s" ? clause.mention_ending_at(u - 1) : -1;
      // ("U.N. Libya envoy Martin Kobler", "U.S. Syria envoy": the one named before the place
      // sends the delegate)
      if (nation < 0 && u > sentence.first_token) nation = clause.mention_ending_at(u);
      if (nation >= 0 && !doc.mentions[static_cast<std::size_t>(nation)].actor_id.empty() &&
          doc.mentions[static_cast<std::size_t>(nation)].form != MentionForm::Person) {
        represents = doc.mentions[static_cast<std::size_t>(nation)].actor_id;
      }
    }
    if (former) represents.clear();
    std::string role(doc.slice({doc.tokens[role_start].span.begin, doc.tokens[role_end - 1].span.end}));
    if (person < 0) {
      std::string name = name_end > role_end
                             ? std::string(doc.slice({doc.tokens[role_end].span.begin, doc.tokens[name_end - 1].span.end}))
                             : std::string();
      person = add_person(doc, name, represents, role);
    } else if (doc.persons[static_cast<std::size_t>(person)].represents.empty() ||
               (!represents.empty() && m >= 0 &&
                (doc.mentions[static_cast<std::size_t>(m)].form == MentionForm::Name ||
                 (doc.mentions[static_cast<std::size_t>(m)].form == MentionForm::Demonym &&
                  lex.home_titles.contains(token_key(std::string_view(role).substr(role.rfind(' ') + 1))))))) {
      // "OPEC president Rilwanu Lukman", "South Korean Foreign Minister Ban Ki-moon": the body
      // or the nation's office the text names before the role wins over the dictionary's
      // affiliation (Nigeria's oil minister; the U.N.'s later secretary-general); a dateline's
      // capital does not, nor a nation's adjective on a role that is no office of state
      // ("Egyptian diplomat Mohamed ElBaradei").
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

// "ANKARA - Foreign Minister Vahit Halefoglu said ...": an office named without its
// country is the dateline's (or, undated, the lead's one party's).
void PersonFinder::bind_offices_to_home(Document& doc) const {
  const auto& lex = lexicon_.data();
  // (most documents have no titled person left unbound: then nothing is to be read)
  if (std::none_of(doc.persons.begin(), doc.persons.end(),
                   [](const Person& person) { return person.represents.empty() && is_capitalized(person.role); })) {
    return;
  }
  std::string home = dateline_country(doc);
  const bool dated = !home.empty();
  // "Egypt resumed negotiations with the IMF on Sunday. Prime Minister Atef Sidki said ...":
  // with no dateline, the one party the lead's main clause is about.
  for (const Sentence& sentence : doc.sentences) {
    if (!home.empty() || sentence.index < 0) continue;
    const std::vector<int> lead = ClauseReader(doc, sentence, lex).main_subject();
    if (lead.size() == 1) home = doc.mentions[static_cast<std::size_t>(lead.front())].actor_id;
    break;
  }
  if (home.empty()) return;
  for (std::size_t p = 0; p < doc.persons.size(); ++p) {
    Person& person = doc.persons[p];
    if (!person.represents.empty() || !is_capitalized(person.role)) continue;
    // (the lead's country only gives its own government's titles: a commissioner or an
    // envoy in its story is more often someone else's)
    const std::string_view role = person.role;
    const bool home_title = dated || lex.home_titles.contains(token_key(role.substr(role.rfind(' ') + 1)));
    if (!home_title) continue;
    if (holds_state_office(person.role, lex) || (lex.bare_state_titles.contains(token_key(person.role)) &&
                                                 !named_after_a_name(doc, static_cast<int>(p)))) {
      person.represents = home;
    }
  }
  for (Mention& m : doc.mentions) {
    if (m.form == MentionForm::Person && m.actor_id.empty() && m.person >= 0) {
      m.actor_id = doc.persons[static_cast<std::size_t>(m.person)].represents;
    }
  }
}

void PersonFinder::find_other_names(Document& doc) const {
  // "Michael Kugelman", "Donald Trump": a person we cannot bind to an actor is still a
  // person, so that a later "he" or "Trump" does not fall to someone else.
  const auto& lex = lexicon_.data();
  std::vector<Mention> added;
  for (const Sentence& sentence : doc.sentences) {
    if (is_title_case(doc, sentence)) continue;
    ClauseReader clause(doc, sentence, lex);
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (clause.mention_at(t) >= 0 || !is_name_word(doc, t, lex)) continue;
      // (not "the Foreign Office", nor "his National Day speech": a possessive opens no name)
      if (t > sentence.first_token && (doc.token_keys[t - 1] == "the" || is_capitalized(doc.token_text(t - 1)) ||
                                       doc.token_keys[t - 1] == "his" || doc.token_keys[t - 1] == "her" ||
                                       doc.token_keys[t - 1] == "its" || doc.token_keys[t - 1] == "their" ||
                                       doc.token_keys[t - 1] == "'s")) {
        continue;
      }
      // (nor "the Working Group on Arbitrary Detention": a title's words after its "of", "on")
      if (t > sentence.first_token + 1 && is_capitalized(doc.token_text(t - 2)) &&
          (doc.token_keys[t - 1] == "of" || doc.token_keys[t - 1] == "on" || doc.token_keys[t - 1] == "for" ||
           doc.token_keys[t - 1] == "and")) {
        continue;
      }
      std::uint32_t u = t;
      while (u < sentence.end_token && u < t + 4 && clause.mention_at(u) < 0 &&
             (is_name_word(doc, u, lex) || (u > t && is_name_particle(doc, u, sentence.end_token, lex)))) {
        ++u;
      }
      // (nor "Air Force One", "Supreme Court": a word of an office is no person's)
      bool office = false;
      for (std::uint32_t v = t; v < u; ++v) {
        office =
            office || lex.institution_heads.contains(doc.token_keys[v]) || lex.state_nouns.contains(doc.token_keys[v]);
      }
      if (office || u - t < 2 || u - t > 3 || (u < sentence.end_token && is_capitalized(doc.token_text(u)))) {
        t = u;
        continue;
      }
      std::string name(doc.slice({doc.tokens[t].span.begin, doc.tokens[u - 1].span.end}));
      // "Japan's chief cabinet secretary, Yoshihide Suga, said": a name set off after a role
      // is the role's holder, so that a later "Suga" speaks for Japan too.
      std::string represents;
      std::string role;
      if (const int title =
              t > sentence.first_token + 1 && doc.token_keys[t - 1] == "," ? clause.mention_ending_at(t - 1) : -1;
          title >= 0 && (u >= sentence.end_token || doc.token_keys[u] == ",")) {
        const Mention& held = doc.mentions[static_cast<std::size_t>(title)];
        if (held.form == MentionForm::Person && held.person >= 0 && !held.actor_id.empty() &&
            doc.persons[static_cast<std::size_t>(held.person)].name.empty()) {
          represents = held.actor_id;
          role = doc.persons[static_cast<std::size_t>(held.person)].role;
        }
        // "A spokesman for the African Union, Jacob Enoh Eben, said": a role for a body, then
        // the name of its holder.
        std::uint32_t link = held.first_token;
        if (link > sentence.first_token && doc.token_keys[link - 1] == "the") --link;
        if (represents.empty() && held.form == MentionForm::Name && !held.actor_id.empty() &&
            link > sentence.first_token + 1 &&
            (doc.token_keys[link - 1] == "for" || doc.token_keys[link - 1] == "of")) {
          if (const std::size_t words = std::max(clause.match_ending(lex.spokesman_roles, link - 1),
                                                 clause.match_ending(lex.roles, link - 1));
              words > 0) {
            represents = held.actor_id;
            role = std::string(doc.slice({doc.tokens[link - 1 - words].span.begin, doc.tokens[link - 2].span.end}));
          }
        }
      }
      Mention mention;
      mention.first_token = t;
      mention.end_token = u;
      mention.form = MentionForm::Person;
      mention.actor_id = represents;
      mention.person = add_person(doc, name, represents, role);
      added.push_back(std::move(mention));
      t = u;
    }
  }
  for (auto& mention : added) put_mention(doc.mentions, std::move(mention));
}

void PersonFinder::recall_surnames(Document& doc) const {
  std::unordered_map<std::string, int> by_surname;
  for (std::size_t i = 0; i < doc.persons.size(); ++i) {
    Person& person = doc.persons[i];
    // "Wang Yi", "Moon Jae-in": where the family name comes first, the story recalls it; so
    // does a two-word name whose given name follows in the Korean way, its second syllable
    // in lower case ("Ban Ki-moon", for the UN; not "Ahmed Abu-Zeid").
    const auto space = person.name.find(' ');
    const auto hyphen = space == std::string::npos ? std::string::npos : person.name.find('-', space);
    const bool hyphenated_given = hyphen != std::string::npos && person.name.find(' ', space + 1) == std::string::npos &&
                                  hyphen + 1 < person.name.size() &&
                                  std::islower(static_cast<unsigned char>(person.name[hyphen + 1]));
    if (space != std::string::npos &&
        (lexicon_.data().family_name_first.contains(token_key(person.represents)) || hyphenated_given)) {
      person.surname = person.name.substr(0, space);
    }
    // ("Kim Jong-un ... his grandfather, Kim Il-sung ... Mr. Kim": a later namesake who speaks
    // for no one does not take the family name from one who does)
    if (person.surname.empty()) continue;
    auto [it, fresh] = by_surname.emplace(token_key(person.surname), static_cast<int>(i));
    if (!fresh && (!person.represents.empty() || doc.persons[static_cast<std::size_t>(it->second)].represents.empty())) {
      it->second = static_cast<int>(i);
    }
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

}  // namespace ng::ingest
