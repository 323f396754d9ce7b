#include "ingest/noun_patterns.hpp"

#include <algorithm>
#include <cctype>

namespace ng::ingest {

using graph::RelationType;

Readings NounPatterns::read() const {
  Readings out;
  for (std::uint32_t t = clause_.sentence().first_token; t < end_; ++t) {
    if (clause_.mention_at(t) >= 0) continue;
    if (std::size_t length = clause_.match(lex_.ally_nouns, t)) {
      read_ally(t, t + static_cast<std::uint32_t>(length), out, false);
    } else if (key(t) == "partners" && clause_.match(lex_.partner_nouns, t) > 0) {
      read_ally(t, t + 1, out, true);
    } else if ((length = clause_.match(lex_.nominal_ties, t))) {
      read_tie_noun(t, t + static_cast<std::uint32_t>(length), out);
    } else if (auto noun = lex_.pattern_nouns.match(doc_.token_keys, t, end_); noun.length > 0) {
      read_argument_noun(t, t + static_cast<std::uint32_t>(noun.length),
                         lex_.noun_patterns[static_cast<std::size_t>(noun.tag)], out);
    } else if ((length = clause_.match(lex_.fault_nouns, t))) {
      read_fault(t, t + static_cast<std::uint32_t>(length), out);
    } else if ((length = clause_.match(lex_.possessed_faults, t))) {
      // "North Korea's threat": only with its possessor named.
      // (not a threat the possessor faces: "Japan's threat from Chinese missiles")
      const std::uint32_t after = t + static_cast<std::uint32_t>(length);
      if (const Owner owner = owner_before(t);
          owner.possessor >= 0 && owner.pronoun < 0 && (after >= end_ || (key(after) != "from" && key(after) != "of"))) {
        read_fault(t, t + static_cast<std::uint32_t>(length), out);
      }
    } else if ((length = clause_.match(lex_.act_nouns, t))) {
      // A speaker's judgement, or the sentence subject's of an act its owner is named for
      // ("China urged Japan to end its unfair trade practices"); not a name that modifies
      // an opening subject ("U.S. chip makers").
      bool owned = false;
      const int author = judged_author(t, &owned);
      if (author < 0) continue;
      if (attribution_ == nullptr || attribution_->actor_id.empty()) {
        // The subject judges only when it is a party, not a name that modifies it ("U.S.
        // semiconductor makers had complained ... Japan's unfair trade practices").
        const std::vector<int> subject = clause_.main_subject();
        if (!owned || subject.empty()) continue;
        const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(subject.back())].end_token;
        if (!clause_.ends_phrase(after) && clause_.match(lex_.cues, after) == 0) continue;
      }
      read_fault(t, t + static_cast<std::uint32_t>(length), out, author);
    }
  }
  return out;
}

std::uint32_t NounPatterns::tie_before_and(std::uint32_t joint) const {
  const int named = clause_.mention_ending_at(joint);
  if (named < 0) return 0;
  std::uint32_t with = doc_.mentions[static_cast<std::size_t>(named)].first_token;
  if (with > clause_.sentence().first_token && key(with - 1) == "the") --with;
  if (with <= clause_.sentence().first_token + 1 || (key(with - 1) != "with" && key(with - 1) != "to")) return 0;
  const std::size_t tie = clause_.match_ending(lex_.nominal_ties, with - 1);
  return tie > 0 ? with - 1 - static_cast<std::uint32_t>(tie) : 0;
}

NounPatterns::Owner NounPatterns::owner_before(std::uint32_t head) const {
  Owner owner;
  const std::uint32_t first = clause_.sentence().first_token;
  std::uint32_t u = head;
  // Other lower-case words ("an urgent appeal") count as adjectives only when a
  // determiner or possessor closes the phrase within two of them; else they may be a verb.
  std::uint32_t before_adjectives = 0;
  int adjectives = 0;
  // "NATO ally Turkey" names a membership, but "NATO voiced criticism" names the owner.
  const bool ally = clause_.match(lex_.ally_nouns, head) > 0;
  bool closed = false;  // a determiner or possessor opens the phrase
  for (int words = 0; u > first && words < 5; ++words) {
    const std::uint32_t p = u - 1;
    const std::string& word = key(p);
    if (word == "'s" || word == "'") {
      int possessor = clause_.mention_ending_at(p);
      if (clause_.is_party(possessor, true)) {
        owner.possessor = possessor;
        u = doc_.mentions[static_cast<std::size_t>(possessor)].first_token;
        if (u > first && key(u - 1) == "the") --u;
        // "a key Philippines' ally": an article and its adjectives before the possessor.
        std::uint32_t v = u;
        while (v > first + 1 && v + 3 > u && clause_.mention_at(v - 1) < 0 && key(v - 1) != "a" && key(v - 1) != "an" &&
               (clause_.match_ending(lex_.ally_modifiers, v) > 0 || clause_.match_ending(lex_.skippable, v) > 0 ||
                (key(v - 1).size() > 4 && key(v - 1).ends_with("est")))) {
          --v;
        }
        if (v > first && (key(v - 1) == "a" || key(v - 1) == "an")) u = v - 1;
      } else if (std::size_t pair = clause_.match_ending(lex_.pair_phrases, p); pair > 0) {
        owner.pair = true;  // "the two countries' relationship"
        u = p - static_cast<std::uint32_t>(pair);
      } else if (p >= first + 2 && key(p - 2) == "the" && (key(p - 1) == "countries" || key(p - 1) == "nations")) {
        owner.pair = true;  // "the countries' relationship"
        u = p - 2;
      }
      closed = true;
      break;
    }
    if (word == "our" && doc_.tokens[p].in_quote) {
      owner.speaker = true;  // annotation.md: "we" inside a quote is the speaker's actor
      u = p;
      closed = true;
      break;
    }
    // "our alliance and ties with": two tie nouns share the owner and the argument.
    if (word == "and" && p > first) {
      if (std::size_t tie = clause_.match_ending(lex_.nominal_ties, p); tie > 0) {
        u = p - static_cast<std::uint32_t>(tie);
        continue;
      }
    }
    // "its alliance with the United States and (its) ties with China": the second tie noun
    // has the first one's owner.
    const bool owned_again = (word == "its" || word == "their") && p > first;
    if (const std::uint32_t joint = owned_again ? p - 1 : p; key(joint) == "and") {
      if (const std::uint32_t tie = tie_before_and(joint); tie > 0) {
        u = tie;
        continue;
      }
    }
    if (word == "its" || word == "their") {
      owner.possessor = clause_.antecedent_before(p);

      // "Bahrain and Sudan cut ties with Iran, following the lead of their ally Saudi
      // Arabia": "their" stands for a list rather than a single name after it.
      if (word == "their") {
        for (std::uint32_t v = p; v > first; --v) {
          const int named = clause_.mention_ending_at(v);
          if (named < 0 || !clause_.is_party(named, true)) continue;
          if (clause_.list_until(named).size() >= 2) {
            owner.possessor = named;
            break;
          }
          v = doc_.mentions[static_cast<std::size_t>(named)].first_token + 1;
        }
      }
      owner.pronoun = p;
      u = p;
      closed = true;
      break;
    }
    // "North Korea, whose main allies are the Soviet Union and China": the name before it.
    if (word == "whose" && p > first + 1 && key(p - 1) == ",") {
      const int named = clause_.mention_ending_at(p - 1);
      // (a tie noun only among a list: "Egypt, whose relations with Iraq are tense" says how
      // they are, which annotation.md leaves optional)
      const bool owns = clause_.is_party(named, true) && (ally || clause_.list_until(named).size() >= 2);
      owner.possessor = owns ? named : -1;
      owner.pronoun = p;
      u = p;
      closed = true;
      break;
    }
    if (word == "his" || word == "her") {
      owner.possessor = clause_.latest_person_before(p);  // "Assad and his allies Russia and Iran"
      owner.pronoun = p;
      u = p;
      closed = true;
      break;
    }
    if (word == "a" || word == "an" || word == "the") {
      u = p;
      closed = true;
      break;
    }
    // "South Korea are close allies": a copula ends the noun phrase ("are" is also skippable).
    if (clause_.match_ending(lex_.copulas, u) > 0) break;
    // "The two countries traded accusations": a pair is a subject, not adjectives of the noun.
    if (clause_.match_ending(lex_.pair_phrases, u) >= 2) break;
    if (word == "two" && u != head && p > first && key(p - 1) == "the") break;  // "The two traded barbs"
    // "NATO ally Turkey" says Turkey is in NATO, not whose ally it is: the lexicon lists
    // such names among the modifiers.
    const bool modifier = clause_.match_ending(lex_.skippable, u) > 0 ||
                          ((ally || clause_.mention_at(p) < 0) && clause_.match_ending(lex_.ally_modifiers, u) > 0) ||
                          (word.size() > 4 && word.ends_with("est")) || clause_.is_adverb(p) ||
                          // "Tokyo's alleged failure": whoever acts on it makes the charge
                          clause_.match_ending(lex_.hedges, u) > 0;
    if (modifier && ally && clause_.mention_at(p) >= 0) owner.membership = true;
    // ("Washington's closest Middle East ally": a region's name, which names no actor)
    if (const int region = clause_.mention_at(p);
        ally && !modifier && std::isupper(static_cast<unsigned char>(doc_.token_text(p)[0])) &&
        (region < 0 || doc_.mentions[static_cast<std::size_t>(region)].actor_id.empty())) {
      u = region >= 0 ? doc_.mentions[static_cast<std::size_t>(region)].first_token : p;
      continue;
    }
    if (int m = clause_.mention_at(p); m >= 0 && !modifier) {
      if (adjectives > 0) break;  // "The United States piled pressure": no name inside the phrase
      const Mention& named = doc_.mentions[static_cast<std::size_t>(m)];
      // "its Lebanese ally" names the ally's nation, not whose ally it is; "a close American
      // ally", with no possessor, names whose (checked once the phrase's start is known).
      if (owner.inner >= 0 || named.actor_id.empty() || named.form == MentionForm::Person ||
          (named.form == MentionForm::Demonym && !ally)) {
        break;
      }
      owner.inner = m;  // "a key U.S. ally", "NATO ally Turkey"
      u = named.first_token;
      continue;
    }
    // "no diplomatic ties", "a former ally"; "its biggest trading partner" is trade, which
    // annotation.md leaves optional.
    if (clause_.match_ending(lex_.negations, u) > 0 || clause_.match_ending(lex_.former_markers, u) > 0 ||
        (ally && clause_.match(lex_.partner_nouns, head) > 0 && clause_.match_ending(lex_.trade_modifiers, u) > 0)) {
      owner.negated = true;
      u = p;
      continue;
    }
    if (!modifier && (clause_.ends_phrase(p) || word == "with")) break;
    if (!modifier) {
      const bool word_like = std::islower(static_cast<unsigned char>(doc_.token_text(p)[0])) &&
                             std::isalpha(static_cast<unsigned char>(doc_.token_text(p)[0]));
      if (!word_like || adjectives == 2 || clause_.ends_phrase(p) || clause_.match(lex_.cues, p)) break;
      if (adjectives++ == 0) before_adjectives = u;
    }
    u = p;
  }
  if (adjectives > 0 && !closed) u = before_adjectives;  // nothing closed the phrase: the words may be a verb
  owner.start = u;
  // "Syria and its Russian ally bombed": a lone ally joined to its owner by "and", named by
  // nothing after it, is the nation its adjective names.
  const std::uint32_t next = head + 1;
  const bool lone_ally =
      key(head) == "ally" && owner.pronoun >= 0 && u > first && key(u - 1) == "and" &&
      (next >= end_ ||
       (clause_.mention_at(next) < 0 && !(key(next) == "," && next + 1 < end_ && clause_.mention_at(next + 1) >= 0)));
  if (owner.inner >= 0 && doc_.mentions[static_cast<std::size_t>(owner.inner)].form == MentionForm::Demonym &&
      !lone_ally && (owner.possessor >= 0 || owner.pronoun >= 0 || owner.speaker || key(u) != "a")) {
    owner.inner = -1;  // "its Lebanese ally", "our Arab allies", "Arab allies": the ally's nation
  }
  return owner;
}

// '"... our Republic of Korea and Japanese allies," it said': the nations named between the
// speaker's "our" and the ally noun at `head` are the speaker's allies.
Reading NounPatterns::our_named_allies(std::uint32_t head) const {
  if (attribution_ == nullptr || attribution_->actor_id.empty()) return {};
  const std::uint32_t first = clause_.sentence().first_token;
  std::vector<int> nations;
  for (std::uint32_t u = head; u > first && u + 10 > head;) {
    const std::uint32_t p = u - 1;
    if (const int m = clause_.mention_ending_at(u); m >= 0) {
      const Mention& named = doc_.mentions[static_cast<std::size_t>(m)];
      if (named.actor_id.empty() || named.form == MentionForm::Person || named.form == MentionForm::Pronoun) return {};
      nations.insert(nations.begin(), m);
      u = named.first_token;
      continue;
    }
    if (key(p) == "our" && doc_.tokens[p].in_quote && !nations.empty()) {
      Reading reading;
      reading.sources = {kSpeaker};
      reading.targets = std::move(nations);
      return reading;
    }
    if (key(p) != "and" && key(p) != ",") return {};
    u = p;
  }
  return {};
}

// Where the predicate or apposition that holds the noun phrase at `start` begins: "one of
// America's closest allies", "two of Washington's allies", "a friend and our ally".
std::uint32_t NounPatterns::predicate_start(std::uint32_t start) const {
  const std::uint32_t first = clause_.sentence().first_token;
  // "China is reclusive North Korea's only ally": an adjective of the possessor (not the
  // verb of "Egypt is fighting an Islamic State affiliate").
  if (start > first + 2 && std::islower(static_cast<unsigned char>(doc_.token_text(start - 1)[0])) &&
      !key(start - 1).ends_with("ing") && !clause_.ends_phrase(start - 1) && clause_.mention_at(start - 1) < 0 &&
      clause_.match_ending(lex_.copulas, start - 1) > 0) {
    return start - 1;
  }
  if (std::size_t length = clause_.match_ending(lex_.membership_phrases, start); length > 0 && start > first + length) {
    return start - static_cast<std::uint32_t>(length);
  }
  if (start > first + 2 && key(start - 1) == "and") {
    for (std::uint32_t u = start - 1; u > first + 1 && u + 5 > start; --u) {
      // (a name may open the first conjunct: "is a NATO member and a key U.S. ally")
      const bool modifier = u >= first + 3 && (key(u - 2) == "a" || key(u - 2) == "an");
      // "Russia, a permanent member and the closest ally of Syria": two phrases apposed.
      if (key(u - 1) == "," && (key(u) == "a" || key(u) == "an" || key(u) == "the")) return u;
      if ((clause_.mention_at(u - 1) >= 0 && !modifier) || key(u - 1) == ",") break;
      // The first conjunct is a noun phrase too: "is a friend and", not "is rich and".
      if (clause_.match_ending(lex_.copulas, u) > 0) return key(u) == "a" || key(u) == "an" || key(u) == "the" ? u : start;
    }
  }
  return start;
}

// Back from t over one-word adverbs ("also", "still", "now") to where a copula may end.
std::uint32_t NounPatterns::past_adverbs(std::uint32_t t) const {
  const std::uint32_t first = clause_.sentence().first_token;
  while (t > first + 1 && clause_.match_ending(lex_.copulas, t) == 0 &&
         (clause_.is_adverb(t - 1) || clause_.match_ending(lex_.skippable, t) == 1)) {
    --t;
  }
  return t;
}

void NounPatterns::read_ally(std::uint32_t head, std::uint32_t after, Readings& out, bool mutual_only) const {
  if (Reading ours = our_named_allies(head); !ours.sources.empty()) {
    out.emplace_back(std::move(ours), RelationType::HasTiesWith);
    return;
  }
  const Owner owner = owner_before(head);
  if (owner.negated || clause_.undermined(owner.start)) return;
  std::vector<int> owners;
  if (owner.speaker && attribution_ != nullptr && !attribution_->actor_id.empty()) {
    owners = {kSpeaker};  // "Japan is a friend and our ally," Baldrige said.
  } else if (owner.possessor >= 0) {
    owners = owner.pronoun >= 0 && key(static_cast<std::uint32_t>(owner.pronoun)) == "their" ? clause_.list_until(owner.possessor)
                                                                                            : std::vector<int>{owner.possessor};
  } else if (owner.inner >= 0) {
    owners = {owner.inner};
  } else if (after < end_ && (key(after) == "of" || key(after) == "for")) {
    owners = clause_.object_at(after + 1);  // "an ally of Japan", "a key partner for the EU"
  }
  std::vector<int> members;
  bool named_after = false;  // the ally is named right after the noun: "ally Russia"
  bool copular = false;      // "X is a key ally"
  const std::uint32_t first = clause_.sentence().first_token;
  // "fight South Korea and the United States as the two allies began drills": the pair
  // named last, as a list of two or as the story's two parties.
  if (clause_.match(lex_.pair_phrases, owner.start) == after - owner.start) {
    std::vector<int> pair;
    for (std::uint32_t u = owner.start; pair.empty() && u > first; --u) {
      if (const int m = clause_.mention_ending_at(u); clause_.is_party(m, true)) pair = clause_.list_until(m);
    }
    if (pair.size() != 2) pair = clause_.pair_before(owner.start, false);
    if (pair.size() == 2 && owners.empty()) {
      owners = {pair[0]};
      members = {pair[1]};
    } else if (pair.size() == 2 && key(after) == "of") {
      members = pair;  // "Tokyo and Seoul held talks. The two allies of Washington agreed ..."
    }
  }
  const std::uint32_t phrase = predicate_start(owner.start);
  // ("Syria, long Iran's closest Arab ally,": an adverb may open the apposition)
  const std::uint32_t set_off = past_adverbs(phrase);
  if (set_off > first + 1 && (key(set_off - 1) == "," || clause_.is_spaced_dash(set_off - 1)) &&
      key(owner.start) != "whose") {
    // "Greece, Cyprus's closest ally, ...", "Hezbollah, one of Syria's allies", "Egypt - a key
    // U.S. ally in the region -": the apposition names an ally of the owner.
    int named = clause_.mention_ending_at(set_off - 1);
    if (clause_.is_party(named, true)) members = clause_.list_until(named);
    // ("ties between Seoul and Japan, its two biggest allies": a list after a preposition)
    for (bool lone = members.size() == 1; lone && !members.empty();) {
      std::uint32_t at = doc_.mentions[static_cast<std::size_t>(members.front())].first_token;
      if (at > first && key(at - 1) == "the") --at;
      // ("A, B and C": one "and", next to the last name, then commas)
      const bool joint = at > first + 1 && (key(at - 1) == "," || (key(at - 1) == "and" && members.size() == 1));
      const int before = joint ? clause_.mention_ending_at(at - 1) : -1;
      lone = joint && clause_.is_party(before, true);
      if (lone) members.insert(members.begin(), before);
    }
    if (!members.empty() && owner.pronoun >= 0) {
      // "Seoul and Japan, its two biggest allies": "its" stands for a name before the list,
      // not a place ("keep its troops in Iraq alongside the United States, its closest ally").
      int before = clause_.antecedent_before(doc_.mentions[static_cast<std::size_t>(members.front())].first_token);
      while (before >= 0 && clause_.after_preposition(before)) {
        before = clause_.antecedent_before(doc_.mentions[static_cast<std::size_t>(before)].first_token);
      }
      owners = before >= 0 ? std::vector<int>{before} : std::vector<int>{};
    }
  } else if (owner.start > first + 1 && key(owner.start - 1) == "and" && owner.pronoun >= 0 && owner.inner >= 0) {
    // "Seoul and its U.S. ally": the one before "and" is the ally of the name inside; "the
    // Soviet Union and its Warsaw Pact allies Poland and Hungary": of the names after.
    int named = clause_.mention_ending_at(owner.start - 1);
    std::vector<int> listed = after < end_ ? clause_.object_at(after) : std::vector<int>{};
    if (clause_.is_party(named, true)) members = {named}, owners = listed.empty() ? std::vector<int>{owner.inner} : listed;
  } else if (std::uint32_t be = past_adverbs(phrase); be > first + 1 && clause_.match_ending(lex_.copulas, be) > 0) {
    copular = true;
    // "China is the North's main ally", "Britain is one of America's closest allies", "Tehran is
    // also a key ally of Assad".
    members = clause_.subject_before(be - static_cast<std::uint32_t>(clause_.match_ending(lex_.copulas, be)));
    // ("China said Pakistan was its closest ally": "its" is not the subject's own)
    if (owner.pronoun >= 0 && owners.size() == 1 && members.size() == 1 &&
        doc_.mentions[static_cast<std::size_t>(owners.front())].actor_id ==
            doc_.mentions[static_cast<std::size_t>(members.front())].actor_id) {
      const int before =
          clause_.antecedent_before(doc_.mentions[static_cast<std::size_t>(members.front())].first_token);
      owners = before >= 0 ? std::vector<int>{before} : std::vector<int>{};
    }
  } else if (phrase > first && key(phrase - 1) == "as" && (owner.possessor >= 0 || !owners.empty()) &&
             (after >= end_ || key(after) == "," || key(after) == ".") &&
             !(phrase > first + 1 && (key(phrase - 2) == "such" || key(phrase - 2) == "well"))) {
    // "As North Korea's main ally, China ...", "China, as the North's main ally, ...", "China
    // has a responsibility as the North's main ally.": the ally is the one the phrase is said of.
    if (phrase - 1 == clause_.after_dateline()) {
      if (after + 1 < end_ && key(after) == ",") members = clause_.object_at(after + 1);
    } else if (phrase > first + 2 && key(phrase - 2) == ",") {
      if (const int named = clause_.mention_ending_at(phrase - 2); clause_.is_party(named, true)) {
        members = clause_.list_until(named);
      }
    } else {
      members = clause_.clause_subject_before(phrase - 1);
    }
  } else if (owner.possessor >= 0 && owner.inner >= 0) {
    // "Moscow gave its Damascus allies ...": the name inside is the possessor's ally; but
    // "its Warsaw Pact allies Poland, Hungary and Bulgaria" names them after the noun.
    members = after < end_ ? clause_.object_at(after) : std::vector<int>{};
    if (members.empty()) members = {owner.inner};
  }
  for (std::uint32_t u = head; members.empty() && u > first + 2 && u + 4 > head; --u) {
    // "Kuwait has the support of Saudi Arabia and other Gulf allies": the name before "and
    // other" is an ally of the sentence's subject, or of the one named after "of".
    if (key(u - 1) != "other" || key(u - 2) != "and") continue;
    const int named = clause_.mention_ending_at(u - 2);
    if (!clause_.is_party(named, true)) break;
    members = clause_.list_until(named);
    if (owners.empty()) owners = clause_.main_subject();
    std::erase_if(owners, [&](int m) {
      return doc_.mentions[static_cast<std::size_t>(m)].end_token > doc_.mentions[static_cast<std::size_t>(members.front())].first_token;
    });
    break;
  }
  if (members.empty() && owner.pronoun >= 0 && key(static_cast<std::uint32_t>(owner.pronoun)) == "whose" && after < end_) {
    // "whose main allies are the Soviet Union and China": the names after the copula.
    if (const std::size_t be = clause_.match(lex_.copulas, after); be > 0) members = clause_.object_at(after + static_cast<std::uint32_t>(be));
  }
  if (members.empty() && after < end_) {
    // "its ally Russia", "NATO ally Turkey", "its ally, the Philippines". Right after the
    // noun a verb may follow the name ("Syria and its ally Russia sent troops"); after a
    // comma the name must end its phrase ("For Britain's closest ally, EU membership ...").
    members = key(after) == "," ? clause_.head_object_at(after + 1) : clause_.object_at(after);
    named_after = !members.empty();
  }
  for (std::uint32_t u = after; members.empty() && u < end_ && u < after + 8; ++u) {
    // "U.S. allies in the Middle East including Israel and Saudi Arabia", "allies of
    // Washington in the Middle East, including Israel".
    if ((key(u) == "," && !(u + 1 < end_ && clause_.match(lex_.list_introducers, u + 1))) || clause_.match(lex_.cues, u) ||
        clause_.match(lex_.reporting_verbs, u)) {
      break;
    }
    if (std::size_t length = clause_.match(lex_.list_introducers, u)) {
      members = clause_.object_at(u + static_cast<std::uint32_t>(length));
    }
  }
  const bool mutual = owner.membership && members.size() >= 2;  // "NATO allies Turkey and Britain"
  if (named_after && owners.empty() && owner.possessor < 0 && owner.pronoun < 0 && owner.inner < 0 && !mutual &&
      key(owner.start) != "a" && key(owner.start) != "an" && key(owner.start) != "the") {
    // "Assad, backed ... by big power ally Russia, is ...": a bare "ally X" is the ally of
    // the sentence's subject, unless the subject is the phrase's own modifier ("NATO ally").
    owners = clause_.main_subject();
    std::erase_if(owners, [&](int m) {
      return doc_.mentions[static_cast<std::size_t>(m)].end_token > owner.start ||
             std::find(members.begin(), members.end(), m) != members.end();
    });
  }
  if (named_after && owners.empty() && mutual) owners = members;  // allies of each other
  // "The United States and South Korea are allies", "Britain and the United States,
  // longtime allies, ...": the subjects, or the list in apposition, are allies of each other.
  // ("close allies since the Korean War,": the apposition may go on to its closing comma)
  bool apposed = false;
  for (std::uint32_t u = after; phrase > first + 1 && key(phrase - 1) == "," && u < end_ && u < after + 8; ++u) {
    if (key(u) == ",") {
      apposed = true;
      break;
    }
    if (clause_.match(lex_.cues, u) > 0 || clause_.match(lex_.reporting_verbs, u) > 0 || clause_.match(lex_.copulas, u) > 0) break;
  }
  if (owners.empty() && members.size() >= 2 && owner.possessor < 0 && owner.inner < 0 && !owner.speaker &&
      owner.pronoun < 0 && owner.start > first + 1 && (clause_.match_ending(lex_.copulas, owner.start) > 0 || apposed) &&
      key(head).ends_with("s")) {
    owners = members;
  }
  // '"Britain will remain a close partner," Merkel said': a bare ally noun after a copula,
  // in a quote, is the speaker's (outside a quote, "Turkey is a key ally" says not whose).
  if (owners.empty() && copular && !members.empty() && doc_.tokens[head].in_quote && attribution_ != nullptr &&
      !attribution_->actor_id.empty() && (key(owner.start) == "a" || key(owner.start) == "an")) {
    owners = {kSpeaker};
  }
  // "Georgia was one of NATO's closest partners": a partner of an owner only when the
  // phrase says how close ("its EC partners" are the other members).
  bool close = false;
  for (std::uint32_t u = owner.start; mutual_only && u < head && !close; ++u)
    close = clause_.match(lex_.tie_modifiers, u) > 0;
  if (members.empty() || owners.empty() || (mutual_only && owners != members && !close)) return;
  // ("South Korea and Japan, both major trade partners": partners in trade, of someone else)
  for (std::uint32_t u = owner.start; mutual_only && u < head; ++u) {
    if (clause_.match(lex_.trade_modifiers, u) > 0 || key(u) == "both") return;
  }
  Reading reading;
  reading.sources = std::move(members);
  reading.targets = std::move(owners);
  // The speaker can only be a source (ties are symmetric).
  if (reading.targets.front() == kSpeaker) std::swap(reading.sources, reading.targets);
  out.emplace_back(std::move(reading), RelationType::HasTiesWith);
}

void NounPatterns::read_tie_noun(std::uint32_t head, std::uint32_t after, Readings& out) const {
  if (after < end_ && key(after) == "\"") ++after;  // its "special relationship" with
  // "the first economic cooperation project between China and Chile": the tie noun
  // modifies an accord or project whose parties follow.
  if (const std::size_t accord = after < end_ ? clause_.match(lex_.accord_nouns, after) : 0; accord > 0) {
    after += static_cast<std::uint32_t>(accord);
  } else if (after < end_ && (key(after) == "project" || key(after) == "projects" || key(after) == "program" ||
                              key(after) == "programme")) {
    ++after;
  }
  if (after >= end_) return;
  const Owner owner = owner_before(head);
  if (owner.negated || clause_.undermined(owner.start)) return;
  // "cut ties with", "severed its relations with": never has-ties-with.
  for (std::uint32_t u = owner.start; u > clause_.sentence().first_token && u + 4 > owner.start; --u) {
    if (clause_.match_ending(lex_.tie_breakers, u) > 0) return;
  }
  Reading reading;
  if (auto [first, second] = hyphen_pair_before(head); first >= 0) {
    // "the U.S.-Japan alliance", "U.S.-Chinese cooperation".
    reading.sources = {first};
    reading.targets = {second};
    out.emplace_back(std::move(reading), RelationType::HasTiesWith);
    return;
  }
  // "Diplomatic relations were established between Israel and Mauritania": a passive
  // between the noun and its parties (not "relations were severed between").
  if (const std::uint32_t verb = clause_.skip_right(after); verb > after && verb + 2 < end_ &&
                                                            key(verb + 1) == "between" && clause_.is_participle(verb) &&
                                                            clause_.match(lex_.tie_breakers, verb) == 0) {
    after = verb + 1;
  }
  if (key(after) == "between") {
    // "the deepening ties between Brazil and Angola": ties among the list.
    reading.sources = clause_.object_at(after + 1);
    if (reading.sources.size() < 2) return;
    reading.targets = reading.sources;
  } else if (key(after) == "with" || (key(after) == "to" && !clause_.head_object_at(after + 1).empty())) {
    // "ties with", "close ties to France" (not "cooperation to implement the deal").
    // "Britain's special relationship with the United States", "our ties with Canada".
    int source = owner.possessor >= 0 ? owner.possessor : owner.inner;
    if (owner.speaker && attribution_ != nullptr && !attribution_->actor_id.empty()) {
      reading.sources = {kSpeaker};
    } else if (source >= 0) {
      reading.sources = {source};
    } else {
      reading.sources = supported_by(owner.start);
      // "Iranian officials said that relations with Damascus were strategic": ties that open
      // what a speaker says, with no owner named, are the speaker's.
      const std::uint32_t first = clause_.sentence().first_token;
      if (reading.sources.empty() && owner.start > first && attribution_ != nullptr &&
          !attribution_->actor_id.empty() && !doc_.tokens[owner.start].in_quote &&
          (key(owner.start - 1) == "that" || clause_.match_ending(lex_.reporting_verbs, owner.start) > 0)) {
        reading.sources = {kSpeaker};
      }
      if (reading.sources.empty()) return;
    }
    reading.targets = clause_.head_object_at(after + 1);
    // "Argentina and Brazil have deepened their cooperation with a new set of protocols":
    // "with" names no party; "their" ties stand among the list.
    // (not "their relations with the island": a definite object may be a party unnamed)
    if (reading.targets.empty() && owner.pronoun >= 0 && key(static_cast<std::uint32_t>(owner.pronoun)) == "their" &&
        owner.possessor >= 0 && after + 1 < end_ && (key(after + 1) == "a" || key(after + 1) == "an")) {
      const std::vector<int> list = clause_.list_until(owner.possessor);
      if (list.size() >= 2) reading.sources = reading.targets = list;
    }
    // "Saudi Arabia's alliance with the United States rests on oil": a possessed tie that is
    // the subject, its verb right after the name (not "ties with U.S. companies have grown").
    if (reading.targets.empty() && owner.possessor >= 0) {
      const std::vector<int> named = clause_.object_at(after + 1);
      const std::uint32_t verb = named.empty() ? end_ : doc_.mentions[static_cast<std::size_t>(named.back())].end_token;
      if (verb + 1 < end_ && (key(verb).ends_with("s") || key(verb).ends_with("ed")) &&
          clause_.mention_at(verb + 1) < 0 && std::islower(static_cast<unsigned char>(doc_.token_text(verb)[0])) &&
          (lex_.prepositions.contains(key(verb + 1)) || key(verb + 1) == "back")) {
        reading.targets = named;
      }
    }
  } else if (owner.pronoun >= 0 && (key(static_cast<std::uint32_t>(owner.pronoun)) == "their" ||
                                     key(static_cast<std::uint32_t>(owner.pronoun)) == "whose")) {
    // "Japan and the United States praised their alliance": among the list "their" stands
    // for ("India and Japan, whose security cooperation has deepened"); "Both sides praised
    // their cooperation": among the pair the subject stands for.
    reading.sources = owner.possessor >= 0 ? clause_.list_until(owner.possessor) : clause_.main_subject(true);
    if (reading.sources.size() < 2) return;
    reading.targets = reading.sources;
  } else if (owner.pair) {
    // "the countries' special relationship": between the two parties just named.
    reading.sources = clause_.pair_before(owner.start);
    if (reading.sources.size() < 2) return;
    reading.targets = reading.sources;
  }
  if (reading.sources.empty() || reading.targets.empty()) return;
  // "relations between Washington and Tehran were severed"; but "Ties between Cairo and
  // Moscow, frozen since 1981, were restored": an aside between commas is passed.
  std::uint32_t last = doc_.mentions[static_cast<std::size_t>(reading.targets.back())].end_token;
  for (std::uint32_t u = last; u < end_ && u < last + 4; ++u) {
    if (key(u) == "," && u == last) {
      std::uint32_t close = u + 1;
      while (close < end_ && close < u + 7 && key(close) != ",") ++close;
      // (only when what follows restores them: not "..., severed in 1980, have not been restored")
      const auto restored =
          close + 1 < end_ ? lex_.cues.match(doc_.token_keys, clause_.skip_right(close + 1), end_) : PhraseSet::Match{};
      if (close < end_ && key(close) == "," && restored.length > 0 && cue_kind(restored.tag) == CueKind::TieSupport)
        break;
    }
    if (clause_.match(lex_.tie_breakers, u)) return;
  }
  out.emplace_back(std::move(reading), RelationType::HasTiesWith);
}

Reading NounPatterns::received_from(const Owner& owner, std::uint32_t from) const {
  const std::uint32_t first = clause_.sentence().first_token;
  // "from the United States", or a name inside the phrase: "is under U.S. pressure to",
  // "faced strong U.S. criticism".
  const bool named_after = from + 1 < end_ && key(from) == "from";
  const bool named_inside = owner.inner >= 0 && !named_after;
  if ((!named_after && !named_inside) || owner.possessor >= 0 || owner.start <= first) return {};
  long verb = clause_.skip_left(static_cast<long>(owner.start) - 1);
  // "came under growing pressure": back over the adjectives that did not close the phrase.
  for (int adjectives = 0; adjectives < 2 && verb > static_cast<long>(first) &&
                           clause_.match_ending(lex_.receiving_verbs, static_cast<std::uint32_t>(verb + 1)) == 0 &&
                           clause_.mention_at(static_cast<std::uint32_t>(verb)) < 0 &&
                           std::islower(static_cast<unsigned char>(doc_.token_text(static_cast<std::uint32_t>(verb))[0])) &&
                           !clause_.ends_phrase(static_cast<std::uint32_t>(verb));
       ++adjectives) {
    verb = clause_.skip_left(verb - 1);
  }
  if (verb <= static_cast<long>(first)) return {};
  const auto v = static_cast<std::uint32_t>(verb);
  const std::size_t receiving = clause_.match_ending(lex_.receiving_verbs, v + 1);
  if (receiving == 0 || clause_.undermined(v + 1 - static_cast<std::uint32_t>(receiving))) return {};
  Reading reading;
  reading.targets = clause_.subject_before(v + 1 - static_cast<std::uint32_t>(receiving));
  // "Israel's decision to build 300 homes drew sharp criticism from the State Department":
  // the owner of the act that opens the sentence.
  if (reading.targets.empty()) {
    const std::uint32_t start = clause_.after_dateline();
    const int author = clause_.mention_at(start);
    if (author >= 0 && doc_.mentions[static_cast<std::size_t>(author)].first_token == start &&
        clause_.is_possessive(author) && !doc_.mentions[static_cast<std::size_t>(author)].actor_id.empty() &&
        clause_.match(lex_.act_nouns,
                      clause_.skip_right(doc_.mentions[static_cast<std::size_t>(author)].end_token + 1)) > 0) {
      reading.targets = {author};
    }
  }
  reading.sources = named_after ? clause_.object_at(from + 1) : std::vector<int>{owner.inner};
  if (reading.targets.empty()) reading.sources.clear();
  return reading;
}

std::vector<int> NounPatterns::supported_by(std::uint32_t start) const {
  // "Italy has large investments, as well as close security ties with Tunisia": the tie
  // noun is a second object of a support verb ("has") whose subject holds the ties.
  const std::uint32_t first = clause_.sentence().first_token;
  bool joined = false;
  for (std::uint32_t u = start; u > first && u + 10 > start; --u) {
    const std::uint32_t p = u - 1;
    if (clause_.mention_at(p) >= 0 || key(p) == ";" || key(p) == "that" || clause_.match(lex_.reporting_verbs, p)) break;
    joined = joined || key(p) == "as" || key(p) == "and";
    auto cue = lex_.cues.match(doc_.token_keys, p, end_);
    if (cue.length > 0 && cue_kind(cue.tag) == CueKind::TieSupport) {
      return joined && !clause_.undermined(p) ? clause_.subject_before(p) : std::vector<int>{};
    }
  }
  return {};
}

std::pair<int, int> NounPatterns::hyphen_pair_before(std::uint32_t head) const {
  const std::uint32_t first = clause_.sentence().first_token;
  std::uint32_t u = head;
  // Back over up to two adjectives: "the U.S.-Japan security alliance".
  for (int adjectives = 0; u > first && adjectives < 2 && clause_.mention_at(u - 1) < 0 &&
                           std::islower(static_cast<unsigned char>(doc_.token_text(u - 1)[0]));
       ++adjectives) {
    --u;
  }
  const int second = clause_.mention_ending_at(u);
  if (second < 0) return {-1, -1};
  const std::uint32_t dash = doc_.mentions[static_cast<std::size_t>(second)].first_token;
  if (dash <= first || key(dash - 1) != "-") return {-1, -1};
  const int one = clause_.mention_ending_at(dash - 1);
  if (one < 0) return {-1, -1};
  const Mention& a = doc_.mentions[static_cast<std::size_t>(one)];
  const Mention& b = doc_.mentions[static_cast<std::size_t>(second)];
  if (a.actor_id.empty() || b.actor_id.empty() || a.actor_id == b.actor_id || a.form == MentionForm::Person ||
      b.form == MentionForm::Person) {
    return {-1, -1};
  }
  return {one, second};
}

void NounPatterns::read_argument_noun(std::uint32_t head, std::uint32_t after, const NounPattern& pattern,
                                      Readings& out) const {
  const RelationType relation = pattern.relation;
  const Owner owner = owner_before(head);
  if (owner.negated || clause_.undermined(owner.start)) return;
  Reading reading;
  bool reciprocal = false;
  if (Reading received = pattern.from_giver ? received_from(owner, clause_.skip_right(after)) : Reading{};
      !received.sources.empty()) {
    // "Israel came under criticism from Egypt", "faced calls from Egypt to ...", "is under
    // U.S. pressure to ...".
    const std::uint32_t named_end = doc_.mentions[static_cast<std::size_t>(received.sources.back())].end_token;
    const std::uint32_t next = clause_.skip_right(named_end < after ? after : named_end);
    if (pattern.asks_act && (next >= end_ || key(next) != "to")) return;
    out.emplace_back(std::move(received), relation);
    return;
  }
  // Who owns the noun; false when the phrase can be no one's (an agent after "by" may still name one).
  auto read_owner = [&]() {
    if (owner.possessor >= 0) {
      if (!pattern.from_possessor) return false;
      reading.sources = clause_.list_until(owner.possessor);  // "Chile's accusations"
      return true;
    }
    // "Japan said the U.S. complaint against EC subsidies was unfounded": a name among the
    // modifiers owns it, not the subject of the verb the phrase is an object of (and a
    // presupposed complaint is optional, annotation.md: none is read).
    if (owner.inner >= 0 && !doc_.mentions[static_cast<std::size_t>(owner.inner)].actor_id.empty()) return false;
    if (owner.start <= clause_.sentence().first_token) return true;
    if (!pattern.from_subject) return false;
    // The noun is the object of a verb whose subject speaks: "Kerry reiterated accusations
    // that ...", "The United States stepped up pressure on China to ...".
    long verb = clause_.skip_left(static_cast<long>(owner.start) - 1);
    if (verb > static_cast<long>(clause_.sentence().first_token) && clause_.match(lex_.verb_particles, static_cast<std::uint32_t>(verb))) --verb;
    if (verb <= static_cast<long>(clause_.sentence().first_token)) return false;
    const auto v = static_cast<std::uint32_t>(verb);
    if (key(v) == "to" && clause_.match(lex_.reciprocal_verbs, v + 1) > 0) {
      // "prompting China and Taiwan to trade accusations": the ones named before the
      // infinitive trade them.
      const int last = clause_.mention_ending_at(v);
      if (!clause_.is_party(last, true)) return false;
      reading.sources = clause_.list_until(last);
      reciprocal = true;
    } else {
      if (!std::islower(static_cast<unsigned char>(doc_.token_text(v)[0])) || clause_.match(lex_.prepositions, v) ||
          clause_.undermined(v)) {
        return false;
      }
      reading.sources = clause_.subject_before(v);
      // "Ukraine levelled fresh accusations against": an adjective the phrase left open
      // stands between the verb and the noun.
      if (reading.sources.empty() && v > clause_.sentence().first_token + 1 && v + 1 == owner.start &&
          std::islower(static_cast<unsigned char>(doc_.token_text(v - 1)[0])) && !clause_.match(lex_.prepositions, v - 1) &&
          !clause_.undermined(v - 1)) {
        reading.sources = clause_.subject_before(v - 1);
      }
      reciprocal = clause_.match_ending(lex_.reciprocal_verbs, v + 1) > 0;
    }
    return true;
  };
  const bool owned = read_owner();
  std::uint32_t u = clause_.skip_right(after);  // (past a quote that closes the phrase: '"strong indignation" at')
  // "criticism by the United States of Germany": the author right after the noun.
  std::vector<int> agent;
  if (u + 1 < end_ && key(u) == "by" && pattern.from_agent) {
    agent = clause_.head_object_at(u + 1);
    if (!agent.empty()) u = clause_.skip_right(doc_.mentions[static_cast<std::size_t>(agent.back())].end_token);
  }
  const bool that_clause = u < end_ && key(u) == "that";  // "its demand that Washington extradite"
  if (u < end_ && clause_.match(pattern.targets, u)) {
    reading.targets = clause_.object_at(u + 1);
    // "criticism of China's human rights record": criticism of an act is of its author.
    const std::uint32_t named = u + 1 < end_ && key(u + 1) == "the" ? u + 2 : u + 1;
    const int owner_named = clause_.mention_at(named);
    // ("is_party" would refuse the owner of "China's decision", as it refuses the country in
    // "Afghanistan's internal affairs": here the noun is what the owner did.)
    if (reading.targets.empty() && relation == RelationType::Criticizes && owner_named >= 0 &&
        doc_.mentions[static_cast<std::size_t>(owner_named)].first_token == named && clause_.is_possessive(owner_named) &&
        !doc_.mentions[static_cast<std::size_t>(owner_named)].actor_id.empty() &&
        doc_.mentions[static_cast<std::size_t>(owner_named)].form != MentionForm::Demonym) {
      reading.targets = {owner_named};
    }
    // "criticism of West German economic policies": a nation's adjective before its act.
    if (reading.targets.empty() && relation == RelationType::Criticizes && owner_named >= 0 &&
        doc_.mentions[static_cast<std::size_t>(owner_named)].first_token == named &&
        doc_.mentions[static_cast<std::size_t>(owner_named)].form == MentionForm::Demonym &&
        !doc_.mentions[static_cast<std::size_t>(owner_named)].actor_id.empty() &&
        clause_.act_follows(doc_.mentions[static_cast<std::size_t>(owner_named)].end_token)) {
      reading.targets = {owner_named};
    }
  }
  // "Calls were made by France and Germany on Thursday for Iran to halt", "Germany's criticism
  // of Poland was echoed on Tuesday by France", "criticism of Germany voiced by the United
  // States": the one who voiced the phrase, after its verb.
  if (agent.empty() && pattern.from_agent) {
    const std::uint32_t phrase_end =
        reading.targets.empty() ? after : doc_.mentions[static_cast<std::size_t>(reading.targets.back())].end_token;
    std::uint32_t past = end_;
    if (std::vector<int> voiced = voiced_by(phrase_end, past); !voiced.empty()) {
      if (reading.targets.empty() && past < end_ && clause_.match(pattern.targets, past)) {
        reading.targets = clause_.object_at(past + 1);
      }
      if (owner.possessor >= 0 && owned) {
        reading.sources.insert(reading.sources.end(), voiced.begin(), voiced.end());
      } else {
        agent = std::move(voiced);
      }
    }
  }
  if (!agent.empty()) {
    reading.sources = agent;
  } else if (!owned) {
    return;
  }
  if (pattern.asks_act && !reading.targets.empty()) {
    // "pressure on China to rein in": a call names what the target is to do.
    std::uint32_t next = clause_.skip_right(doc_.mentions[static_cast<std::size_t>(reading.targets.back())].end_token);
    // (after "that", the bare verb of what it is to do: "that Washington extradite")
    const bool bare_verb = that_clause && next < end_ && std::islower(static_cast<unsigned char>(doc_.token_text(next)[0])) &&
                           !clause_.ends_phrase(next) && !key(next).ends_with("s") && !key(next).ends_with("ed") &&
                           clause_.match(lex_.plans, next) == 0 && clause_.match(lex_.copulas, next) == 0;
    if (next >= end_ || (key(next) != "to" && !bare_verb)) return;
  }
  if (reading.targets.empty() && reading.sources.size() >= 2 && reciprocal && pattern.reciprocal) {
    reading.targets = reading.sources;  // "Peru and Chile traded accusations"
  }
  if (reading.sources.empty() || reading.targets.empty()) return;
  out.emplace_back(std::move(reading), relation);
}

std::vector<int> NounPatterns::voiced_by(std::uint32_t from, std::uint32_t& after) const {
  // The first passive (or verb of arriving) of the noun phrase's clause decides, up to a comma,
  // a verb of saying or a word that opens another clause ("as", "when"). A relation verb's
  // word may be the phrase's noun ("missile launch", "war crimes suspects").
  if (from < end_ && key(from) == "'s") ++from;  // "criticism of Germany's policies voiced by"
  bool reduced = true;  // only up to four lower-case words of the phrase so far: "policies voiced by"
  for (std::uint32_t u = from; u < end_ && u < from + 24; ++u) {
    if (key(u) == "," || key(u) == ";" || clause_.match(lex_.reporting_verbs, u) > 0 ||
        clause_.match(lex_.subordinators, u) > 0 || clause_.match(lex_.clause_conjunctions, u) > 0) {
      break;
    }
    std::uint32_t by = reduced && u + 1 < end_ && key(u) == "by" ? u : 0;  // where "by" or "from" stands
    reduced = reduced && u < from + 4 && clause_.mention_at(u) < 0 &&
              std::islower(static_cast<unsigned char>(doc_.token_text(u)[0])) &&
              clause_.match(lex_.passive_auxiliaries, u) == 0 && clause_.match(lex_.copulas, u) == 0;
    // "came from", also past adverbs and a time: "came swiftly from", "came on Monday from".
    if (const std::uint32_t next = clause_.skip_right(u + 1); next < end_) {
      const std::vector<std::string> around = {key(u), key(next)};
      if (lex_.arriving_verbs.match(around, 0, 2).length == 2) by = next;
    }
    if (by == 0 && clause_.match(lex_.passive_auxiliaries, u) > 0) {
      // "were repeated on Thursday by", "was issued by"; another verb ends the search.
      const std::uint32_t verb = clause_.skip_right(u + 1);
      if (verb < end_ && !clause_.is_participle(verb)) continue;  // "that Kuwait was aiding Iraq"
      if (verb >= end_ || clause_.match(lex_.voicing_verbs, verb) == 0) break;
      by = clause_.skip_right(verb + static_cast<std::uint32_t>(clause_.match(lex_.voicing_verbs, verb)));
      if (by >= end_ || key(by) != "by") break;
    }
    if (by == 0) continue;
    std::vector<int> agent = clause_.head_object_at(by + 1);
    if (agent.empty()) {
      // "by the European Union's foreign policy chief, Federica Mogherini": the officer's body.
      const std::uint32_t named = by + 1 < end_ && key(by + 1) == "the" ? by + 2 : by + 1;
      const int owner = clause_.mention_at(named);
      if (owner >= 0 && doc_.mentions[static_cast<std::size_t>(owner)].first_token == named &&
          clause_.is_possessive(owner) && clause_.is_party(owner, true)) {
        std::uint32_t v = doc_.mentions[static_cast<std::size_t>(owner)].end_token + 1;
        while (v < end_ && v < named + 6 && clause_.match(lex_.roles, v) == 0 && clause_.mention_at(v) < 0 &&
               std::islower(static_cast<unsigned char>(doc_.token_text(v)[0]))) {
          ++v;
        }
        if (v < end_ && clause_.match(lex_.roles, v) > 0) agent = {owner};
      }
    }
    if (!agent.empty()) after = clause_.skip_right(doc_.mentions[static_cast<std::size_t>(agent.back())].end_token);
    return agent;
  }
  return {};
}

// "Japan's unfair trade practices", "unfair Japanese trade practices": an evaluative
// adjective inside the phrase of an act noun at `head` makes the act a fault of its author,
// the possessor or a name among the modifiers. The author's mention, or -1. Only adjectives
// may stand between ("Japan fought unfair practices" blames no one), and no hedge ("alleged
// unfair practices" is someone else's charge).
int NounPatterns::judged_author(std::uint32_t head, bool* owned) const {
  const std::uint32_t first = clause_.sentence().first_token;
  // A word of the phrase: lower case, and not one that ends it (the lexicon's skippable
  // words include the adjectives of ties: "trade", "military").
  auto adjective = [&](std::uint32_t p) {
    const bool skippable = clause_.match(lex_.skippable, p) > 0 && clause_.match(lex_.copulas, p) == 0 &&
                           key(p) != "the" && key(p) != "a" && key(p) != "an";
    const bool determiner = key(p) == "its" || key(p) == "their" || key(p) == "the" || key(p) == "a" || key(p) == "an";
    return std::islower(static_cast<unsigned char>(doc_.token_text(p)[0])) && (skippable || !clause_.ends_phrase(p)) &&
           clause_.match(lex_.hedges, p) == 0 && !determiner;
  };
  bool judged = false;
  std::uint32_t u = head;  // back over the adjectives before the noun
  // ("its reckless and relentless pursuit": two adjectives joined)
  // ('its "hostile policy"': a quotation mark inside the phrase)
  for (int words = 0;
       u > first + 1 && words < 5 &&
       (adjective(u - 1) || (key(u - 1) == "and" && words > 0 && adjective(u - 2)) || key(u - 1) == "\"");
       ++words) {
    --u;  // (before the test: once judged, the walk still goes on to the possessor)
    judged = judged || clause_.evaluation_at(u) == 1;
  }
  if (u > first + 1 && key(u - 1) == "'s") {
    const int possessor = clause_.mention_ending_at(u - 1);
    if (owned != nullptr) *owned = true;
    return judged && clause_.is_party(possessor, true) ? possessor : -1;
  }
  // '"... the DPRK's resources are channeled into its reckless pursuit of weapons," Power
  // said': the party "its" stands for.
  if (judged && u > first + 1 && (key(u - 1) == "its" || key(u - 1) == "their")) {
    if (owned != nullptr) *owned = true;
    return clause_.antecedent_before(u - 1);
  }
  // The name inside comes after the judging adjective: "unfair Japanese trade practices",
  // not "Japan fought unfair practices".
  const int author = clause_.mention_ending_at(u);
  if (author < 0 || doc_.mentions[static_cast<std::size_t>(author)].actor_id.empty()) return -1;
  u = doc_.mentions[static_cast<std::size_t>(author)].first_token;
  judged = false;
  for (int words = 0; !judged && u > first && words < 2 && adjective(u - 1); ++words) judged = clause_.evaluation_at(--u) == 1;
  if (u > first && clause_.match(lex_.hedges, u - 1) > 0) return -1;
  return judged ? author : -1;
}

// "what Baghdad hailed as", "what Tokyo calls": the party that names the phrase starting at
// `start`, or -1.
int NounPatterns::namer_of_what(std::uint32_t start) const {
  const std::uint32_t first = clause_.sentence().first_token;
  std::uint32_t verb_end = start;
  if (verb_end > first && key(verb_end - 1) == "as") --verb_end;
  for (std::uint32_t length = 1; length <= 3 && verb_end > first + length; ++length) {
    const std::uint32_t verb = verb_end - length;
    auto cue = lex_.cues.match(doc_.token_keys, verb, verb_end);
    if (cue.length != length || cue_kind(cue.tag) != CueKind::Naming) continue;
    const int namer = clause_.mention_ending_at(verb);
    if (namer < 0 || !clause_.is_party(namer, true)) return -1;
    const std::uint32_t named = doc_.mentions[static_cast<std::size_t>(namer)].first_token;
    return named > first && key(named - 1) == "what" ? namer : -1;
  }
  return -1;
}

void NounPatterns::read_fault(std::uint32_t head, std::uint32_t after, Readings& out, int author) const {
  // "what it sees as Tokyo's failure to ...", "Russia's own crimes", "continued
  // belligerence by Ethiopia": the possessor (or the one after "by") is blamed, by the
  // sentence's speaker or its main subject.
  const Owner owner = owner_before(head);
  if (owner.negated || clause_.undermined(head)) return;
  Reading reading;
  if (author >= 0) {
    reading.targets = {author};
  } else if (owner.possessor >= 0 && owner.pronoun < 0) {
    reading.targets = {owner.possessor};
  } else if (after + 1 < end_ && key(after) == "by") {
    reading.targets = clause_.object_at(after + 1);
  } else if (after + 1 < end_ && key(after) == "of" && key(owner.start) == "the") {
    reading.targets = clause_.head_object_at(after + 1);  // "through the fault of Turkey"
  } else if (attribution_ != nullptr && !attribution_->actor_id.empty()) {
    // '"... in the face of continued Russian aggression," he said': a speaker's fault whose
    // author's adjective stands before it (one other adjective may come between).
    for (std::uint32_t u = head; u > clause_.sentence().first_token && u + 3 > head; --u) {
      // (or a state noun joined to it: "Iranian military provocations")
      const int m = clause_.mention_ending_at(u);
      const MentionForm form = m >= 0 ? doc_.mentions[static_cast<std::size_t>(m)].form : MentionForm::Person;
      if ((form == MentionForm::Demonym || (form == MentionForm::Name && u == head)) &&
          !doc_.mentions[static_cast<std::size_t>(m)].actor_id.empty()) {
        // "any U.S. interference would meet a strong response" is a warning of what may come.
        const std::uint32_t first_word = doc_.mentions[static_cast<std::size_t>(m)].first_token;
        if (first_word == clause_.sentence().first_token || key(first_word - 1) != "any") reading.targets = {m};
        break;
      }
      if (m >= 0 || !std::islower(static_cast<unsigned char>(doc_.token_text(u - 1)[0])) || clause_.ends_phrase(u - 1)) break;
    }
  }
  if (reading.targets.empty()) return;
  if (const int namer = namer_of_what(owner.start); namer >= 0) {
    reading.sources = {namer};  // "celebrations of what Baghdad hailed as Iran's failure"
  } else if (attribution_ != nullptr && !attribution_->actor_id.empty()) {
    reading.sources = {kSpeaker};
  } else {
    reading.sources = clause_.main_subject();
  }
  if (reading.sources.empty()) return;
  out.emplace_back(std::move(reading), RelationType::Criticizes);
}

}  // namespace ng::ingest
