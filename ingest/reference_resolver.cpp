#include "ingest/reference_resolver.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "ingest/clause_reader.hpp"
#include "ingest/person_finder.hpp"
#include "ingest/person_mentions.hpp"
#include "ingest/relation_lexicon_data.hpp"
#include "ingest/tokenizer.hpp"

namespace ng::ingest {
namespace {

// "Francis told bishops they must ...": a plural noun nearer than the plural actor is what
// "they" means, so the actor is not. Words in -s that are no nouns are passed over.
bool plural_noun_between(const Document& doc, const RelationLexicon::Data& lex, std::uint32_t from, std::uint32_t to) {
  static const char* const kNotNouns[] = {"has", "was", "is", "his", "its", "this", "us", "as", "does", "yes", "less"};
  for (std::uint32_t t = from; t < to; ++t) {
    const std::string& key = doc.token_keys[t];
    if (key.size() < 3 || !key.ends_with("s") || !std::islower(static_cast<unsigned char>(doc.token_text(t)[0]))) continue;
    if (std::find(std::begin(kNotNouns), std::end(kNotNouns), key) != std::end(kNotNouns)) continue;
    // (singulars that end in "s": "crisis", "status", "progress")
    if (key.ends_with("is") || key.ends_with("us") || key.ends_with("ss")) continue;
    if (lex.reporting_verbs.contains(key) || lex.cues.contains(key)) continue;
    return true;
  }
  return false;
}

// What the story has named so far, in reading order: the antecedents a later pronoun or
// description may take. It lives from the first sentence to the last.
struct Antecedents {
  std::string home;  // the dateline's country ("JAKARTA - ... Police confirmed")
  int last_person = -1;
  // Persons in the order they were last named: "the official" is the latest whose role
  // is an official, not a candidate named after him.
  std::vector<int> persons_named;
  std::size_t last_person_sentence = 0;  // where last_person was named
  // The persons as the narrative left them before a quote named someone: a "he" inside the
  // quote may be that one, a "he" after it is not ('"... whether Assad is held accountable,"
  // he said' is the speaker). Restored when the quote ends.
  struct Narrative {
    int last_person = -1;
    std::vector<int> persons_named;
    std::size_t last_person_sentence = 0;
  };
  std::optional<Narrative> before_quote;
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
  // The latest country named at all, a place included ("a bomb exploded in Jakarta"): whose
  // "Police" act there.
  std::string last_place_country;
  std::size_t last_place_sentence = 0;
  // "the Committee" after "the High Negotiations Committee": the last word of a body's
  // name stands for it ("" when two bodies share that word).
  std::map<std::string, std::string> body_by_head;
  // The country of the latest office named by its head ("The French Finance Ministry"):
  // "the ministry" after it is that one, not the country named last.
  std::map<std::string, std::string> office_by_head;
  std::string last_plural;  // the latest "Russian officials", "Americans", armed group
  std::size_t last_plural_sentence = 0;
  std::uint32_t last_plural_end = 0;  // where that mention ends
  std::size_t sentence_number = 0;
  std::size_t next_mention = 0;  // the first of doc.mentions not remembered yet

  // The country the story names most, other than `besides`, or "".
  std::string most_named_country(const std::string& besides) const {
    std::string id;
    int most = 0;
    for (const auto& [country, count] : country_mentions) {
      if (count > most && country != besides) most = count, id = country;
    }
    return id;
  }
};

// One sentence read token by token: the mentions it passes become antecedents, and each
// word that refers back is bound to one. What it resolves goes to `added`, which joins the
// document's mentions only after the last sentence, so that every ClauseReader sees the
// mentions the persons stage left.
class SentenceReferences {
 public:
  SentenceReferences(const Document& doc, const Sentence& sentence, const ActorDictionary& dictionary,
                     const RelationLexicon::Data& lex, Antecedents& seen, std::vector<Mention>& added)
      : doc_(doc), sentence_(sentence), dictionary_(dictionary), lex_(lex), seen_(seen), added_(added),
        clause_(doc, sentence, lex) {}

  void resolve() {
    for (std::uint32_t t = sentence_.first_token; t < sentence_.end_token; ++t) {
      remember_until(t, doc_.tokens[t].in_quote);
      if (int named = clause_.mention_at(t); named >= 0) {
        group_by_its_home(t, named);
        continue;
      }
      // The first rule whose wording stands at t decides, even when it then finds no
      // antecedent.
      if (personal_pronoun(t) || possessive_state(t) || statement_it(t) || plural_they(t) || officer_own_body(t) ||
          context_name(t) || body_by_last_word(t) || member_of_body(t) || government_forces(t)) {
        continue;
      }
      description(t);
    }
    remember_until(sentence_.end_token, false);
    seen_.previous_subject = subject_person();
    ++seen_.sentence_number;
  }

 private:
  // Is the key of token t `word`? Through a string_view, which compares the lengths first:
  // GCC 12's std::string == const char* calls strlen and compare() each time, and the rules
  // below ask about nearly every token.
  bool key_is(std::uint32_t t, std::string_view word) const { return std::string_view(doc_.token_keys[t]) == word; }

  // A resolved mention of [first, end), for the document once every sentence is read.
  void add(std::uint32_t first, std::uint32_t end, MentionForm form, std::string actor_id, int person = -1) {
    Mention mention;
    mention.first_token = first;
    mention.end_token = end;
    mention.form = form;
    mention.person = person;
    mention.actor_id = std::move(actor_id);
    added_.push_back(std::move(mention));
  }

  // Remembers the mentions that end before token t as antecedents for what follows.
  void remember_until(std::uint32_t t, bool quoted) {
    if (!quoted && seen_.before_quote) {
      seen_.last_person = seen_.before_quote->last_person;
      seen_.persons_named = std::move(seen_.before_quote->persons_named);
      seen_.last_person_sentence = seen_.before_quote->last_person_sentence;
      seen_.before_quote.reset();
    }
    for (; seen_.next_mention < doc_.mentions.size() && doc_.mentions[seen_.next_mention].end_token <= t;
         ++seen_.next_mention) {
      const Mention& m = doc_.mentions[seen_.next_mention];
      if (!m.actor_id.empty()) seen_.actors_named.insert(m.actor_id);
      const ActorEntry* entry = m.actor_id.empty() ? nullptr : dictionary_.find_id(m.actor_id);
      const graph::ActorKind kind = entry != nullptr ? dictionary_.actor(*entry).kind : graph::ActorKind::Unknown;
      if ((kind == graph::ActorKind::Organization || kind == graph::ActorKind::ArmedGroup) &&
          m.form == MentionForm::Name && m.end_token >= m.first_token + 2 && !doc_.tokens[m.first_token].in_quote &&
          is_capitalized(doc_.token_text(m.end_token - 1))) {
        auto [it, fresh] = seen_.body_by_head.emplace(doc_.token_keys[m.end_token - 1], m.actor_id);
        if (!fresh && it->second != m.actor_id) it->second.clear();
      }
      if (kind == graph::ActorKind::Country) {
        ++seen_.country_mentions[m.actor_id];
        if (!doc_.tokens[m.first_token].in_quote && m.form != MentionForm::Person) {
          seen_.last_place_country = m.actor_id;
          seen_.last_place_sentence = seen_.sentence_number;
        }
        const std::string_view head = doc_.token_keys[m.end_token - 1];
        if (head == "government" || head == "regime") seen_.last_government = m.actor_id;
        if (!doc_.tokens[m.first_token].in_quote && m.form != MentionForm::Person &&
            lex_.institution_heads.contains(doc_.token_keys[m.end_token - 1])) {
          seen_.office_by_head[doc_.token_keys[m.end_token - 1]] = m.actor_id;
        }
        if (!doc_.tokens[m.first_token].in_quote && m.form != MentionForm::Demonym) country_named_here_ = m.actor_id;
        // "Pena Nieto said ... the country": a country's officer keeps it current too.
        if (m.form == MentionForm::Person && !doc_.tokens[m.first_token].in_quote) {
          seen_.last_by_kind[graph::ActorKind::Country] = m.actor_id;
          seen_.last_country_sentence = seen_.sentence_number;
        }
      }
      // "NATO Secretary-General Jens Stoltenberg ... The alliance calls on": a body's officer
      // keeps the body current, as a country's officer keeps the country.
      if (m.form == MentionForm::Person && !doc_.tokens[m.first_token].in_quote &&
          (kind == graph::ActorKind::Organization || kind == graph::ActorKind::ArmedGroup)) {
        seen_.last_by_kind[kind] = m.actor_id;
      }
      if (m.form == MentionForm::Person && m.person >= 0) {
        // '"... whether Assad is held accountable," he said': a name inside a quote is
        // not who "he" is outside it.
        if (!doc_.tokens[m.first_token].in_quote || quoted) {
          if (doc_.tokens[m.first_token].in_quote && !seen_.before_quote) {
            seen_.before_quote =
                Antecedents::Narrative{seen_.last_person, seen_.persons_named, seen_.last_person_sentence};
          }
          seen_.last_person = m.person;
          seen_.last_person_sentence = seen_.sentence_number;
          std::erase(seen_.persons_named, m.person);
          seen_.persons_named.push_back(m.person);
        }
      } else if ((clause_.is_party(static_cast<int>(seen_.next_mention)) ||
                  // "the state of Brazil's economy ... urged the country": a country that owns
                  // something named is an antecedent too.
                  (kind == graph::ActorKind::Country && m.form == MentionForm::Name &&
                   clause_.is_possessive(static_cast<int>(seen_.next_mention)))) &&
                 !doc_.tokens[m.first_token].in_quote) {
        // Names inside a quote are the speaker's words, not the narrative's antecedents;
        // places are no antecedent of "the country" ("Rwanda's troops in Congo ... the country").
        if (entry != nullptr) {
          seen_.last_by_kind[kind] = m.actor_id;
          seen_.last_actor = m.actor_id;
          if (kind == graph::ActorKind::Country) seen_.last_country_sentence = seen_.sentence_number;
          const std::string_view head = doc_.token_keys[m.end_token - 1];
          if (m.form == MentionForm::People || kind == graph::ActorKind::ArmedGroup ||
              (head.ends_with("s") && lex_.state_nouns.contains(head))) {
            seen_.last_plural = m.actor_id;
            seen_.last_plural_sentence = seen_.sentence_number;
            seen_.last_plural_end = m.end_token;
          }
        }
      }
    }
  }

  // The body of an officer named earlier in this sentence whose name ends in the word after
  // "the" at t ("World Bank" for "the bank"), or "".
  std::string officer_body(std::uint32_t t) const {
    for (std::uint32_t u = sentence_.first_token; u < t; ++u) {
      const int m = clause_.mention_at(u);
      if (m < 0 || doc_.mentions[static_cast<std::size_t>(m)].form != MentionForm::Person) continue;
      const ActorEntry* body = dictionary_.find_id(doc_.mentions[static_cast<std::size_t>(m)].actor_id);
      if (body == nullptr || dictionary_.actor(*body).kind != graph::ActorKind::Organization) continue;
      const std::string& label = body->label;
      const std::string_view head = doc_.token_keys[t + 1];
      if (label.size() > head.size() && label[label.size() - head.size() - 1] == ' ' &&
          std::equal(head.begin(), head.end(), label.end() - static_cast<long>(head.size()),
                     [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
        return body->id;
      }
    }
    return "";
  }

  // The actor of the party that opens the sentence, when it ends before t, or "".
  std::string subject_actor_before(std::uint32_t t) const {
    const std::uint32_t first = clause_.skip_right(sentence_.first_token);
    const int subject = clause_.mention_at(first);
    if (subject < 0) {
      // "He urged the government ...": a subject resolved in this sentence ("he", "the
      // minister") is among the mentions added so far.
      for (auto it = added_.rbegin(); it != added_.rend() && it->first_token >= sentence_.first_token; ++it) {
        if (it->first_token == first && it->end_token <= t) return it->actor_id;
      }
      return "";
    }
    if (doc_.mentions[static_cast<std::size_t>(subject)].end_token > t || !clause_.is_party(subject)) return "";
    return doc_.mentions[static_cast<std::size_t>(subject)].actor_id;
  }

  // The country a description at `at` stands for ("the country", "the government"): the
  // latest named, or the story's most named when that was long ago; "the government" is
  // that of a country named in the same sentence. Neither is the subject acting on it
  // ("Saudi Arabia blamed the strikes on the government", "In Germany, ... Steinmeier
  // lauded the appointment in Kiev. He urged the government to ...", "Saudi Arabia
  // executed a cleric. Iran accused the kingdom ...").
  std::string story_country(bool government, std::uint32_t at) const {
    auto it = seen_.last_by_kind.find(graph::ActorKind::Country);
    if (it == seen_.last_by_kind.end()) return "";
    std::string id = seen_.last_country_sentence + 1 < seen_.sentence_number ? seen_.most_named_country("") : it->second;
    if (government && !country_named_here_.empty()) id = country_named_here_;
    // "Riyadh cut ties with Tehran. The kingdom has since accused Iran of ...": a description
    // that opens the sentence is not the party its own clause goes on to name.
    if (at <= clause_.subject_start()) {
      for (std::uint32_t u = at + 1; u < sentence_.end_token; ++u) {
        const int named = clause_.mention_at(u);
        if (named < 0 || doc_.tokens[u].in_quote != doc_.tokens[at].in_quote) continue;
        if (doc_.mentions[static_cast<std::size_t>(named)].actor_id == id && clause_.is_party(named, true) &&
            !clause_.is_possessive(named)) {
          const std::string other = other_country(id);
          return other.empty() ? id : other;
        }
        u = doc_.mentions[static_cast<std::size_t>(named)].end_token - 1;
      }
    }
    if (subject_actor_before(at) == id) {
      // (not in a clause of its own: "Flanagan told Reuters that the government will have to")
      for (std::uint32_t u = clause_.skip_right(sentence_.first_token); u < at; ++u) {
        if (clause_.mention_at(u) >= 0) continue;  // the subject's own words
        if (key_is(u, "that") || clause_.match(lex_.reporting_verbs, u) > 0 ||
            clause_.match(lex_.telling_verbs, u) > 0) {
          break;
        }
        if (clause_.match(lex_.cues, u) > 0) {
          const std::string other = seen_.most_named_country(id);
          return other.empty() ? id : other;
        }
      }
    }
    return id;
  }

  // A form of "be" among the auxiliaries from `at` to the verb: a passive.
  bool passive_after(std::uint32_t at) const {
    for (std::uint32_t u = at; u < clause_.skip_right(at); ++u) {
      const std::string_view word = doc_.token_keys[u];
      if (word == "was" || word == "were" || word == "is" || word == "are" || word == "been" || word == "being") return true;
    }
    return false;
  }

  // "the OPEC member", "the OPEC nation": an organization's name at `at` followed by a
  // member noun; how many tokens that noun takes, or 0.
  std::uint32_t member_description(std::uint32_t at) const {
    const Mention& body = doc_.mentions[static_cast<std::size_t>(clause_.mention_at(at))];
    const ActorEntry* entry = dictionary_.find_id(body.actor_id);
    if (body.first_token != at || body.end_token >= sentence_.end_token || entry == nullptr ||
        dictionary_.actor(*entry).kind != graph::ActorKind::Organization) {
      return 0;
    }
    auto member_noun = [&](std::uint32_t u) {
      const std::string_view word = doc_.token_keys[u];
      return word == "member" || word == "nation" || word == "state" || word == "country";
    };
    const std::uint32_t u = body.end_token;
    if (!member_noun(u)) return 0;
    return u + 1 < sentence_.end_token && key_is(u, "member") && member_noun(u + 1) ? 2 : 1;  // "member state"
  }

  // "the Lebanese militant group" after Hezbollah: the nation mentioned at t names the
  // group's home; the group is the latest one named.
  void group_by_its_home(std::uint32_t& t, int named) {
    const Mention& nation = doc_.mentions[static_cast<std::size_t>(named)];
    auto group = lex_.descriptions.match(doc_.token_keys, nation.end_token, sentence_.end_token);
    auto it = seen_.last_by_kind.find(graph::ActorKind::ArmedGroup);
    if (nation.first_token == t && (nation.form == MentionForm::Demonym || nation.form == MentionForm::People) &&
        group.length > 0 && lex_.description_kinds[static_cast<std::size_t>(group.tag)] == graph::ActorKind::ArmedGroup &&
        it != seen_.last_by_kind.end() &&
        (key_is(t, "the") || (t > sentence_.first_token && key_is(t - 1, "the")))) {
      // (and "the Palestinian militant group's leaders" speak for it)
      add(key_is(t, "the") ? t : t - 1, owned_office_end(nation.end_token + static_cast<std::uint32_t>(group.length)),
          MentionForm::Description, it->second);
      t = added_.back().end_token - 1;
    }
  }

  // "he"/"she": the latest person named, or the previous sentence's subject when the
  // pronoun opens the sentence; but "she" is the latest woman and "he" the latest person
  // who is not one, when the story names such a person.
  bool personal_pronoun(std::uint32_t t) {
    const std::string_view key = doc_.token_keys[t];
    if ((key != "he" && key != "she") || seen_.last_person < 0) return false;
    const bool opens = t == sentence_.first_token || (t == sentence_.first_token + 1 && key_is(t - 1, "but"));
    int person = opens && seen_.previous_subject >= 0 ? seen_.previous_subject : seen_.last_person;
    const bool female = key == "she";
    if (is_woman(person) != female) {
      for (auto it = seen_.persons_named.rbegin(); it != seen_.persons_named.rend(); ++it) {
        if (is_woman(*it) == female) {
          person = *it;
          break;
        }
      }
    }
    add(t, t + 1, MentionForm::Pronoun, doc_.persons[static_cast<std::size_t>(person)].represents, person);
    return true;
  }

  // A woman by her first name or title ("Angela Merkel", "Princess Elizabeth", "the
  // spokeswoman"); other persons are not known to be.
  bool is_woman(int person) const {
    const Person& named = doc_.persons[static_cast<std::size_t>(person)];
    const std::string first = token_key(std::string_view(named.name).substr(0, named.name.find(' ')));
    if (lex_.female_markers.contains(first)) return true;
    std::string_view role = named.role;
    for (std::size_t end = role.find(' '); !role.empty(); end = role.find(' ')) {
      if (lex_.female_markers.contains(token_key(role.substr(0, end)))) return true;
      role = end == std::string_view::npos ? std::string_view() : role.substr(end + 1);
    }
    return false;
  }

  // "Bolivia's president spoke. His government accuses Chile ...", "praised his country's
  // cooperation with": the person's state.
  bool possessive_state(std::uint32_t& t) {
    const std::string_view key = doc_.token_keys[t];
    if ((key != "his" && key != "her") || seen_.last_person < 0) return false;
    const std::string& represents = doc_.persons[static_cast<std::size_t>(seen_.last_person)].represents;
    std::size_t length = clause_.match(lex_.state_nouns, t + 1);
    if (const auto noun = lex_.descriptions.match(doc_.token_keys, t + 1, sentence_.end_token);
        length == 0 && noun.length > 0 && lex_.description_kinds[static_cast<std::size_t>(noun.tag)] == graph::ActorKind::Country) {
      length = noun.length;
    }
    if (represents.empty() || length == 0 || clause_.mention_at(t + 1) >= 0) return false;
    add(t, t + 1 + static_cast<std::uint32_t>(length), MentionForm::Name, represents);
    t = added_.back().end_token - 1;
    return true;
  }

  // '"...," it said', "It has asked France to ...": a statement's "it" is the body that
  // issued it, the latest actor named outside a quote ("It was undermined by ..." is
  // something done to it, which may be anything).
  bool statement_it(std::uint32_t t) {
    if (!key_is(t, "it") || seen_.last_actor.empty()) return false;
    // '"It should stop its tests," China said': a quote that opens the sentence opens it too.
    const bool opens = t == sentence_.first_token ||
                       (t == sentence_.first_token + 1 && doc_.token_text(sentence_.first_token) == "\"");
    if (clause_.match(lex_.reporting_verbs, t + 1) == 0 &&
        (!opens || clause_.match(lex_.cues, clause_.skip_right(t + 1)) == 0 || passive_after(t + 1))) {
      return false;
    }
    // "The United States, which ..., has called for ... in northern Syria. It has also urged
    // Ankara ...": an "It" that opens a sentence is the one the sentence before was about,
    // not Syria, named last.
    std::string actor = seen_.last_actor;
    if (opens) {
      if (const std::vector<int> subject = clause_.previous_subject(); subject.size() == 1) {
        actor = doc_.mentions[static_cast<std::size_t>(subject.front())].actor_id;
      }
    }
    add(t, t + 1, MentionForm::Pronoun, actor.empty() ? seen_.last_actor : actor);
    return true;
  }

  // "Russian officials met ... They said ...": a plural named in this sentence or the
  // one before, when "they" says or does something.
  bool plural_they(std::uint32_t t) {
    if (!key_is(t, "they") || seen_.last_plural.empty() || doc_.tokens[t].in_quote ||
        seen_.last_plural_sentence + 1 < seen_.sentence_number ||
        plural_noun_between(doc_, lex_, seen_.last_plural_end, t)) {
      return false;
    }
    if (clause_.match(lex_.reporting_verbs, clause_.skip_right(t + 1)) == 0 &&
        clause_.match(lex_.cues, clause_.skip_right(t + 1)) == 0) {
      return false;
    }
    add(t, t + 1, MentionForm::Pronoun, seen_.last_plural);
    return true;
  }

  // "Conable said the bank had been urging Brazil": an officer's "the bank" is his own body.
  bool officer_own_body(std::uint32_t& t) {
    if (!key_is(t, "the") || t + 1 >= sentence_.end_token || clause_.mention_at(t + 1) >= 0 ||
        is_capitalized(doc_.token_text(t + 1))) {
      return false;
    }
    std::string body = officer_body(t);
    if (body.empty()) return false;
    add(t, t + 2, MentionForm::Description, std::move(body));
    ++t;
    return true;
  }

  // "the North" in a story that names either Korea: a name that needs its context.
  bool context_name(std::uint32_t& t) {
    // (not "the South Korean foreign ministry", which names its country already)
    if (!key_is(t, "the") || t + 1 >= sentence_.end_token || !is_capitalized(doc_.token_text(t + 1)) ||
        clause_.mention_at(t + 1) >= 0) {
      return false;
    }
    auto match = lex_.context_names.match(doc_.token_keys, t, sentence_.end_token);
    if (match.length == 0) return false;
    const auto& entry = lex_.context_name_actors[static_cast<std::size_t>(match.tag)];
    if (std::none_of(entry.begin(), entry.end(), [&](const std::string& id) { return seen_.actors_named.count(id) > 0; })) {
      return true;
    }
    add(t, t + static_cast<std::uint32_t>(match.length), MentionForm::Name, entry.front());
    t = added_.back().end_token - 1;
    return true;
  }

  // "the Committee" after "the High Negotiations Committee": the body whose name ends in
  // that word, unless two bodies share it or more of a name follows.
  bool body_by_last_word(std::uint32_t& t) {
    if (!key_is(t, "the") || t + 1 >= sentence_.end_token || clause_.mention_at(t + 1) >= 0 ||
        !is_capitalized(doc_.token_text(t + 1))) {
      return false;
    }
    auto body = seen_.body_by_head.find(doc_.token_keys[t + 1]);
    if (body == seen_.body_by_head.end() || body->second.empty() ||
        (t + 2 < sentence_.end_token && is_capitalized(doc_.token_text(t + 2)))) {
      return false;
    }
    add(t, t + 2, MentionForm::Description, body->second);
    ++t;
    return true;
  }

  // "Ecuador ... The OPEC member has asked the organization to ...": a member of a body,
  // described by it, is the story's most named country.
  bool member_of_body(std::uint32_t& t) {
    if (!key_is(t, "the") || t + 2 >= sentence_.end_token) return false;
    const int body = clause_.mention_at(t + 1);
    if (body < 0) return false;
    const std::uint32_t member_words = member_description(t + 1);
    if (member_words == 0) return false;
    std::string country = seen_.most_named_country("");
    if (country.empty()) return true;
    add(t, doc_.mentions[static_cast<std::size_t>(body)].end_token + member_words, MentionForm::Description,
        std::move(country));
    t = added_.back().end_token - 1;
    return true;
  }

  // "blaming the air strikes on government forces": the forces of the government named
  // last ("The Syrian government said ..."), else of the story's most named country that
  // is not the one blaming them.
  bool government_forces(std::uint32_t& t) {
    if (!key_is(t, "government") || t + 1 >= sentence_.end_token || clause_.mention_at(t + 1) >= 0 ||
        (t != sentence_.first_token && key_is(t - 1, "the")) ||
        (!key_is(t + 1, "forces") && !key_is(t + 1, "troops"))) {
      return false;
    }
    const std::string subject_actor = subject_actor_before(t);
    std::string actor = seen_.last_government.empty()              ? seen_.most_named_country(subject_actor)
                        : seen_.last_government != subject_actor ? seen_.last_government
                                                                   : std::string();
    if (actor.empty()) return true;
    add(t, t + 2, MentionForm::Description, std::move(actor));
    ++t;
    return true;
  }

  // The latest person whose role holds the words [first, end) ("the official" after "A South
  // Korean foreign ministry official"), else the latest person when named in this sentence
  // or the one before ("Another diplomat said ... the diplomat said" is nobody named).
  int latest_person_in_role(std::uint32_t first, std::uint32_t end) const {
    std::string words;
    for (std::uint32_t u = first; u < end; ++u) words += (words.empty() ? "" : " ") + doc_.token_keys[u];
    for (auto it = seen_.persons_named.rbegin(); it != seen_.persons_named.rend(); ++it) {
      const std::string role = token_key(doc_.persons[static_cast<std::size_t>(*it)].role);  // lower case
      if ((" " + role + " ").find(" " + words + " ") != std::string::npos) return *it;
    }
    return seen_.last_person_sentence + 1 >= seen_.sentence_number ? seen_.last_person : -1;
  }

  // A word that only describes a country before its noun: a place's adjective ("Gulf",
  // "Baltic"), a compound ("oil-rich") or a participle or adjective of a few endings
  // ("isolated", "reclusive", "communist"); not "other", "same" or "neighbouring".
  bool describing_word(std::uint32_t u) const {
    if (clause_.mention_at(u) >= 0) return false;
    if (lex_.former_markers.contains(doc_.token_keys[u])) return true;  // "the former colony"
    const std::string_view word = doc_.token_keys[u];
    // ("the 15-member council")
    if (word.find('-') != std::string_view::npos && std::isdigit(static_cast<unsigned char>(word[0]))) return true;
    if (word.size() < 3 || !std::isalpha(static_cast<unsigned char>(word[0]))) return false;
    if (std::isupper(static_cast<unsigned char>(doc_.token_text(u)[0]))) return true;  // "the Cold War foe"
    if (word.size() < 4 || lex_.not_names.contains(word)) return false;
    return word.find('-') != std::string_view::npos || word.ends_with("ed") || word.ends_with("ive") ||
           word.ends_with("ist") || word.ends_with("ous") || word.ends_with("al");  // "the regional body"
  }

  // "the group", "the alliance", "the envoy", "the country": a description of the latest
  // actor of its kind (the latest person, the story's country).
  void description(std::uint32_t& t) {
    // "Police confirmed that ...": a few descriptions need no article. Not after a name or
    // adjective that owns them ("Indonesian police", "local police").
    if (!key_is(t, "the") && clause_.match(lex_.bare_descriptions, t) > 0 &&
        (t == sentence_.first_token || !std::isalpha(static_cast<unsigned char>(doc_.token_text(t - 1)[0])) ||
         lex_.reporting_verbs.contains(doc_.token_keys[t - 1]))) {
      // (only while a country is fresh: named in this sentence or the one before, as a party
      // or as the place of what happened)
      std::string actor;
      if (seen_.last_country_sentence + 1 >= seen_.sentence_number) actor = story_country(false, t);
      if (actor.empty() && seen_.last_place_sentence + 1 >= seen_.sentence_number) actor = seen_.last_place_country;
      if (actor.empty()) actor = seen_.home;  // else the police of the dateline's city
      if (actor.empty()) return;
      add(t, t + static_cast<std::uint32_t>(clause_.match(lex_.bare_descriptions, t)), MentionForm::Description, actor);
      t = added_.back().end_token - 1;
      return;
    }
    // "A foreign ministry spokesman said", "a government statement": an office with no
    // article of its own speaks like "the ministry" does.
    const bool indefinite = (key_is(t, "a") || key_is(t, "an")) && office_speaks_after(t + 1);
    if (!key_is(t, "the") && !indefinite) return;
    // "the isolated nation", "the Gulf kingdom", "the former Cold War foe": up to three
    // describing words before a country's noun.
    std::uint32_t noun = t + 1;
    // (a word that is itself a described noun ends the run: "the official")
    while (noun < t + 4 && noun + 1 < sentence_.end_token && describing_word(noun) &&
           lex_.descriptions.match(doc_.token_keys, noun, sentence_.end_token).length == 0) {
      ++noun;
    }
    auto match = lex_.descriptions.match(doc_.token_keys, noun, sentence_.end_token);
    if (match.length == 0 || clause_.mention_at(noun) >= 0) return;
    graph::ActorKind kind = lex_.description_kinds[static_cast<std::size_t>(match.tag)];
    // (a nation's, a body's or a group's noun only: "the Islamist group", "the Western
    // alliance"; "the Interior Ministry" is no described ministry, nor "the former minister")
    // ("the International Coffee Organisation" is a name the dictionary lacks, not a description)
    if (noun > t + 1 && (kind == graph::ActorKind::Person || clause_.match(lex_.state_nouns, noun) > 0 ||
                         clause_.match(lex_.institution_heads, noun) > 0 ||
                         (kind != graph::ActorKind::Country && is_capitalized(doc_.token_text(noun))))) {
      return;
    }
    const std::uint32_t after = noun + static_cast<std::uint32_t>(match.length);
    // "the government of President Assad" is named by what follows, not by the story.
    if (after + 1 < sentence_.end_token && key_is(after, "of") && clause_.mention_at(after + 1) >= 0) return;
    if (kind == graph::ActorKind::Person) {
      const int person = latest_person_in_role(t + 1, after);
      if (person < 0) return;
      add(t, after, MentionForm::Description, doc_.persons[static_cast<std::size_t>(person)].represents, person);
    } else {
      std::string actor;
      if (kind == graph::ActorKind::Country) {
        actor = story_country(key_is(t + 1, "government"), t);
        if (auto office = seen_.office_by_head.find(doc_.token_keys[after - 1]); office != seen_.office_by_head.end()) {
          actor = office->second;
        }
        // "the kingdom", "the Islamic Republic": the latest country whose name says so.
        if (const std::string_view head_noun = doc_.token_keys[after - 1];
            !actor.empty() && !dictionary_.named_with(actor, head_noun)) {
          if (std::string named = latest_named_with(head_noun, t); !named.empty()) actor = std::move(named);
        }
        // "The United Arab Emirates, a close ally of the kingdom, said": a description inside
        // an apposition is not the one the apposition describes.
        if (const int apposed = apposed_to(t); apposed >= 0 && doc_.mentions[static_cast<std::size_t>(apposed)].actor_id == actor) {
          if (const std::string other = other_country(actor); !other.empty()) actor = other;
        }
        // "Japan rebuked South Korea ..., the Foreign Ministry said": an office that closes
        // the sentence as its speaker is the active subject's.
        if (const std::uint32_t said = owned_office_end(after); t > sentence_.first_token && key_is(t - 1, ",") &&
                                                                said < sentence_.end_token &&
                                                                clause_.match(lex_.reporting_verbs, said) > 0) {
          if (const std::vector<int> subject = clause_.main_subject(false); subject.size() == 1) {
            const Mention& named = doc_.mentions[static_cast<std::size_t>(subject.front())];
            if ((named.form == MentionForm::Name || named.form == MentionForm::Capital) &&
                !passive_after(named.end_token) && is_country(named.actor_id)) {
              actor = named.actor_id;
            }
          }
        }
      } else if (clause_.match(lex_.named_descriptions, noun) > 0) {
        // "the bank", "the Fund": only a body the story named with that word, and not as a
        // modifier ("the bank committee" of creditor banks)
        if (after < sentence_.end_token && clause_.match(lex_.institution_heads, after) > 0) return;
        actor = latest_named_with(doc_.token_keys[after - 1], t, kind, std::numeric_limits<int>::max());
      } else if (auto it = seen_.last_by_kind.find(kind); it != seen_.last_by_kind.end()) {
        actor = it->second;
      }
      if (actor.empty()) return;
      // ("the foreign ministry spokesman said": the one who speaks for the office)
      std::uint32_t end = owned_office_end(after);
      if (end == after && end < sentence_.end_token &&
          (clause_.match(lex_.spokesman_roles, end) > 0 || key_is(end, "official") || key_is(end, "officials"))) {
        ++end;
      }
      add(t, end, MentionForm::Description, std::move(actor));
    }
    t = added_.back().end_token - 1;
  }

  // The country a description stands for when it cannot be `besides`: the previous
  // sentence's subject, else the one the story names most; "" when there is none.
  std::string other_country(const std::string& besides) const {
    const std::vector<int> before = clause_.previous_subject();
    if (before.size() == 1) {
      const std::string& id = doc_.mentions[static_cast<std::size_t>(before.front())].actor_id;
      if (id != besides && is_country(id)) return id;
    }
    return seen_.most_named_country(besides);
  }

  bool is_country(const std::string& id) const {
    const ActorEntry* entry = id.empty() ? nullptr : dictionary_.find_id(id);
    return entry != nullptr && dictionary_.actor(*entry).kind == graph::ActorKind::Country;
  }

  // The latest country (or actor of `kind`) named before t, in this sentence or the
  // `sentences_back` - 1 before, outside quotes, one of whose names holds `noun` ("Kingdom of
  // Saudi Arabia", "International Monetary Fund"); "" when none.
  std::string latest_named_with(std::string_view noun, std::uint32_t t,
                                graph::ActorKind kind = graph::ActorKind::Country, int sentences_back = 6) const {
    std::uint32_t since = sentence_.first_token;
    int sentences = 0;
    for (auto s = doc_.sentences.rbegin(); s != doc_.sentences.rend() && sentences < sentences_back; ++s) {
      if (s->first_token > sentence_.first_token) continue;
      since = s->first_token;
      ++sentences;
    }
    for (std::size_t m = doc_.mentions.size(); m-- > 0;) {
      const Mention& named = doc_.mentions[m];
      if (named.end_token > t) continue;
      if (named.first_token < since) break;
      if (named.actor_id.empty() || doc_.tokens[named.first_token].in_quote) continue;
      const ActorEntry* entry = dictionary_.find_id(named.actor_id);
      if (entry != nullptr && dictionary_.actor(*entry).kind == kind && dictionary_.named_with(named.actor_id, noun)) {
        return named.actor_id;
      }
    }
    return "";
  }

  // The mention an apposition holding t describes ("X, a close ally of the kingdom"), or -1.
  int apposed_to(std::uint32_t t) const {
    for (std::uint32_t u = t; u > sentence_.first_token + 1 && u + 8 > t; --u) {
      if (clause_.mention_at(u - 1) >= 0 || key_is(u - 1, "\"")) return -1;
      if (key_is(u - 1, ",")) return clause_.mention_ending_at(u - 1);
    }
    return -1;
  }

  // Whether an office at t ("foreign ministry", "government") is followed by its spokesman,
  // statement or officials: the words that make "a ministry" one that speaks.
  bool office_speaks_after(std::uint32_t t) const {
    while (t < sentence_.end_token && clause_.match(lex_.role_modifiers, t) > 0) ++t;
    const auto office = lex_.descriptions.match(doc_.token_keys, t, sentence_.end_token);
    if (office.length == 0 || clause_.mention_at(t) >= 0 ||
        lex_.description_kinds[static_cast<std::size_t>(office.tag)] != graph::ActorKind::Country ||
        clause_.match(lex_.institution_heads, t + static_cast<std::uint32_t>(office.length) - 1) == 0) {
      return false;
    }
    const std::uint32_t next = t + static_cast<std::uint32_t>(office.length);
    return next < sentence_.end_token &&
           (clause_.match(lex_.spokesman_roles, next) > 0 || clause_.match(lex_.speech_nouns, next) > 0 ||
            key_is(next, "official") || key_is(next, "officials") || key_is(next, "source") || key_is(next, "sources"));
  }

  // "urged the country's leaders", "the country's prime minister": the state noun or role
  // after a description ending at `end` speaks for it too; where the mention then ends.
  std::uint32_t owned_office_end(std::uint32_t end) const {
    if (end + 1 >= sentence_.end_token || !key_is(end, "'s") || clause_.mention_at(end + 1) >= 0) return end;
    bool former = false;
    if (std::size_t length = clause_.match(lex_.state_nouns, clause_.skip_right(end + 1))) {
      return clause_.skip_right(end + 1) + static_cast<std::uint32_t>(length);
    }
    if (std::uint32_t role_end = role_end_at(doc_, clause_, lex_, end + 1, former); role_end > 0 && !former) {
      return role_end;
    }
    return end;
  }

  // This sentence's subject, for a "he" that opens the next one: a person or a resolved
  // "he" among its first words; -1 when the sentence is about something else.
  int subject_person() const {
    const std::uint32_t start = std::max(sentence_.first_token, clause_.subject_start());
    for (std::uint32_t t = start; t < sentence_.end_token && t < start + 3; ++t) {
      if (doc_.tokens[t].in_quote) break;
      int m = clause_.mention_at(t);
      const Mention* named = m >= 0 ? &doc_.mentions[static_cast<std::size_t>(m)] : nullptr;
      for (auto it = added_.rbegin(); named == nullptr && it != added_.rend() && it->first_token >= sentence_.first_token;
           ++it) {
        if (it->first_token == t) named = &*it;
      }
      if (named != nullptr) return named->person >= 0 ? named->person : -1;
    }
    return -1;
  }

  const Document& doc_;
  const Sentence& sentence_;
  const ActorDictionary& dictionary_;
  const RelationLexicon::Data& lex_;
  Antecedents& seen_;
  std::vector<Mention>& added_;
  const ClauseReader clause_;
  // "rebels in Sudan's Darfur region said the government ...": a country named in the
  // sentence, even as a place, is whose "government" it is.
  std::string country_named_here_;
};

}  // namespace

void ReferenceResolver::run(Document& doc) const {
  Antecedents seen;
  seen.home = dateline_country(doc);
  std::vector<Mention> added;
  for (const Sentence& sentence : doc.sentences) {
    SentenceReferences(doc, sentence, dictionary_, lexicon_.data(), seen, added).resolve();
  }
  for (auto& mention : added) put_mention(doc.mentions, std::move(mention));
}

}  // namespace ng::ingest
