#include "ingest/statement_extractor.hpp"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <set>
#include <tuple>

#include "ingest/chunker.hpp"
#include "ingest/claim_patterns.hpp"
#include "ingest/clause_reader.hpp"
#include "ingest/noun_patterns.hpp"
#include "ingest/reading.hpp"
#include "ingest/relation_lexicon_data.hpp"
#include "ingest/story_acts.hpp"
#include "ingest/tokenizer.hpp"

namespace ng::ingest {
namespace {

using graph::RelationType;

// "China's assertiveness", "Japan's continued trade imbalance": a phrase in lower case at t
// that names none of the country's people or bodies that are not its state ("Syria's
// opposition", "Iran's main rebel groups", "Russia's people").
bool owned_by_state(const ClauseReader& clause, const Document& doc, const RelationLexicon::Data& lex, std::uint32_t t) {
  const std::uint32_t end = clause.sentence().end_token;
  if (t >= end || !std::islower(static_cast<unsigned char>(doc.token_text(t)[0])) || clause.ends_phrase(t)) return false;
  for (std::uint32_t u = t; u < end && u < t + 4 && !clause.ends_phrase(u) && clause.mention_at(u) < 0; ++u) {
    if (lex.non_state_modifiers.contains(doc.token_keys[u]) || lex.people_nouns.contains(doc.token_keys[u]) ||
        clause.match(lex.partitives, u) > 0) {
      return false;
    }
  }
  return true;
}

// relations.md: condemning an event names no target, unless the text blames an actor for
// it: "condemned an attack by Osgiliath soldiers", "denounced Israel's raid".
std::vector<int> blamed_for_event(const ClauseReader& clause, const Document& doc, const RelationLexicon::Data& lex,
                                  std::uint32_t object, bool any_possession = false) {
  const std::uint32_t end = clause.sentence().end_token;
  std::uint32_t t = clause.past_article(object);
  // "condemned the new UN resolution": adjectives before the act's author.
  for (std::uint32_t u = t; u < end && u < t + 2 && clause.mention_at(u) < 0; ++u) {
    // "criticized increased U.S. patrols": a participle right before the name is its adjective.
    const bool participle = clause.is_participle(u) && clause.mention_at(u + 1) >= 0;
    if (!std::islower(static_cast<unsigned char>(doc.token_text(u)[0])) || (clause.ends_phrase(u) && !participle) ||
        clause.match(lex.event_nouns, u) || clause.match(lex.act_nouns, u)) {
      break;
    }
    if (clause.mention_at(u + 1) >= 0) t = u + 1;
  }
  int owner = clause.mention_at(t);
  if (owner >= 0 && doc.mentions[static_cast<std::size_t>(owner)].first_token == t) {
    std::uint32_t after = doc.mentions[static_cast<std::size_t>(owner)].end_token;
    const Mention& m = doc.mentions[static_cast<std::size_t>(owner)];
    if (m.actor_id.empty()) return {};
    // "denounced Israel's raid", "attacked Japan's tight-fisted fiscal policy", "the
    // Philippines' decision"; and after a verb that can only criticize ("was critical of
    // China's assertiveness", not "attacked the government's supply route" or "regrets the
    // leader's death"), whatever it names as the actor's own.
    if (after + 1 < end && clause.is_possessive(owner) && m.form != MentionForm::Demonym &&
        (clause.match(lex.event_nouns, after + 1) || clause.act_follows(after + 1) ||
         (any_possession && owned_by_state(clause, doc, lex, after + 1)))) {
      return {owner};
    }
    // "criticized the Australian proposal", "condemned Russia's military action" (where
    // "Russia's military" is one name), "criticized U.S. naval patrols": an act the text
    // gives its author.
    if ((m.form == MentionForm::Demonym || m.form == MentionForm::Name) && clause.act_follows(after)) {
      return {owner};
    }
    // "condemned the US war in Iraq": a war its maker's name opens, in another place.
    if (m.form == MentionForm::Name && clause.match(lex.place_events, after) && clause.is_party(owner, true)) return {owner};
    return {};
  }
  for (std::uint32_t u = t; u < end && u < t + 4; ++u) {
    if (clause.mention_at(u) >= 0 || doc.token_keys[u] == ",") break;
    std::size_t length = clause.match(lex.event_nouns, u);
    if (length == 0) length = clause.match(lex.act_nouns, u);
    if (length > 0) {
      std::uint32_t by = u + static_cast<std::uint32_t>(length);
      while (by < end && clause.is_adverb(by)) ++by;  // "attacks primarily from"
      // "condemned the deal between the European Union and Turkey": an accord is its parties'.
      if (by + 1 < end && doc.token_keys[by] == "between" && clause.match(lex.accord_nouns, u) > 0) {
        return clause.parties_between(by + 1);
      }
      // "the drills staged by Seoul", "the raids carried out by", "the exercises being staged
      // by": a participle names the doer.
      if (by + 2 < end && doc.token_keys[by] == "being" && clause.is_participle(by + 1)) ++by;
      if (by + 1 < end && doc.token_keys[by] != "by" && clause.is_participle(by) && clause.mention_at(by) < 0) {
        ++by;
        if (by + 1 < end && clause.match(lex.verb_particles, by) > 0) ++by;
      }
      if (by < end && doc.token_keys[by] == "by") return clause.object_at(by + 1);
      // "denounced the presence of Turkish troops": a conduct of the state named after "of".
      if (by + 1 < end && doc.token_keys[by] == "of" && clause.match(lex.owned_acts, u) > 0) {
        const int m = clause.mention_at(clause.past_article(by + 1));
        if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].form == MentionForm::Name && clause.is_party(m, true))
          return {m};
      }
      // "blaming bomb attacks from the Russian side": from a state's side or forces, not
      // from a place ("rocket fire from Gaza").
      if (by + 1 < end && doc.token_keys[by] == "from") {
        const std::uint32_t named = clause.past_article(by + 1);
        int m = clause.mention_at(named);
        if (m >= 0 && !doc.mentions[static_cast<std::size_t>(m)].actor_id.empty() &&
            clause.match_ending(lex.state_nouns, doc.mentions[static_cast<std::size_t>(m)].end_token) > 0) {
          return {m};
        }
      }
      // "Japan condemned the launch": the launch the story named before, with its author.
      return story_act_author(doc, clause, lex, object);
    }
    // "criticised recent rises in West German interest rates": a change its nation's
    // adjective names, which is the nation's doing.
    if (std::size_t change = clause.match(lex.change_nouns, u); change > 0 && u + change + 1 < end &&
        doc.token_keys[u + change] == "in") {
      const int nation = clause.mention_at(static_cast<std::uint32_t>(u + change + 1));
      if (nation >= 0 && doc.mentions[static_cast<std::size_t>(nation)].form == MentionForm::Demonym &&
          !doc.mentions[static_cast<std::size_t>(nation)].actor_id.empty()) {
        return {nation};
      }
      break;
    }
  }
  return {};
}

// "Iran, which Washington has accused of ...": the object of the verb is the name the
// relative clause hangs on.
std::vector<int> relative_antecedent(const ClauseReader& clause, const Document& doc, const RelationLexicon::Data& lex,
                                     int subject, bool acts) {
  const std::uint32_t comma = clause.relative_comma(doc.mentions[static_cast<std::size_t>(subject)].first_token);
  if (comma == 0) return {};
  if (const int antecedent = clause.mention_ending_at(comma); clause.is_party(antecedent)) return {antecedent};
  // ("The Islamic State militants, whom Jordan has accused": the group its members are of)
  const std::size_t members = clause.match_ending(lex.member_nouns, comma);
  if (const int group = members > 0 ? clause.mention_ending_at(comma - static_cast<std::uint32_t>(members)) : -1;
      clause.is_party(group)) {
    return {group};
  }
  if (!acts) return {};
  // "returned under the accord, which the UNHCR has condemned": the act the story named.
  return act_ending_at(doc, clause, lex, comma);
}

// The cues of one sentence, read one at a time: each read_* finds the parties of one cue.
class SentenceReading {
 public:
  SentenceReading(const Document& doc, const Sentence& sentence, const RelationLexicon::Data& lex,
                  const Attribution* attribution)
      : doc_(doc), sentence_(sentence), lex_(lex), clause_(doc, sentence, lex), attribution_(attribution),
        claims_(doc, clause_, lex, attribution), end_(sentence.end_token) {}

  /// Every (reading, relation) of the sentence's cues.
  Readings read() const {
    Readings readings;
    for (std::uint32_t t = sentence_.first_token; t < end_; ++t) {
      if (clause_.mention_at(t) >= 0) continue;
      // "said Japan did not honor the agreement": a duty not kept is a failure.
      if (Reading broken = claims_.duty_not_kept(t); !broken.targets.empty()) {
        readings.emplace_back(std::move(broken), RelationType::Criticizes);
      }
      // "said it was an attack by Hamas": an epithet after a copula blames its author.
      if (clause_.match(lex_.epithets, t) > 0) {
        if (Reading reading = claims_.evaluation(t, true); !reading.targets.empty()) {
          readings.emplace_back(std::move(reading), RelationType::Criticizes);
        }
      }
      auto cue = lex_.cues.match(doc_.token_keys, t, end_);
      auto cue_end = t + static_cast<std::uint32_t>(cue.length);
      // "appealed on Saturday to Iran", "protested strongly against": a time or an adverb
      // between a verb and the particle of a verb's longer cue.
      // (only past an adverb or a day: "has yet to" is no "has to")
      const bool aside =
          cue.length <= 1 && t + 2 < end_ && (doc_.token_keys[t + 1] == "on" || clause_.is_adverb(t + 1));
      if (const std::uint32_t next = aside ? clause_.skip_right(t + 1) : t + 1; next > t + 1 && next < end_) {
        const std::vector<std::string> around = {doc_.token_keys[t], doc_.token_keys[next]};
        if (auto joined = lex_.cues.match(around, 0, 2);
            joined.length == 2 &&
            (cue_kind(joined.tag) == CueKind::Verb || cue_kind(joined.tag) == CueKind::VerbNeedsTo ||
             cue_kind(joined.tag) == CueKind::VerbOnAct)) {
          cue = joined;
          cue_end = next + 1;
        }
      }
      if (cue.length == 0) continue;
      // "called on Saturday for the EU to act": "on Saturday" is a time, and the cue is
      // "called for" around it.
      if (std::size_t time = cue.length >= 2 ? clause_.match(lex_.skippable, cue_end - 1) : 0; time >= 2) {
        const std::uint32_t next = cue_end - 1 + static_cast<std::uint32_t>(time);
        const std::vector<std::string> around = {doc_.token_keys[t], next < end_ ? doc_.token_keys[next] : ""};
        if (auto joined = lex_.cues.match(around, 0, 2); joined.length == 2) {
          cue = joined;
          cue_end = next + 1;
        } else {
          continue;  // "called on Saturday" alone calls on no one
        }
      }
      // "charged during the Council debate that Canada was ...": a verb whose cue ends in
      // "that", with a phrase of place or time between them.
      if (t + 3 < end_ && lex_.prepositions.contains(doc_.token_keys[t + 1])) {
        const std::vector<std::string> with_that = {doc_.token_keys[t], "that"};
        if (auto joined = lex_.cues.match(with_that, 0, 2); joined.length == 2) {
          for (std::uint32_t u = t + 2; u < end_ && u < t + 8; ++u) {
            if (doc_.token_keys[u] == "that") {
              cue = joined;
              cue_end = u + 1;
              break;
            }
            if (doc_.token_keys[u] == "," || clause_.match(lex_.cues, u) > 0 || clause_.match(lex_.reporting_verbs, u) > 0) break;
          }
        }
      }
      // 'which "calls upon" Iran to': the cue alone in quotes reads as if unquoted.
      if (t > first() && cue_end + 1 < end_ && doc_.token_keys[t - 1] == "\"" && doc_.token_keys[cue_end] == "\"") ++cue_end;
      const RelationType relation = cue_relation(cue.tag);
      const CueKind kind = cue_kind(cue.tag);
      Reading reading;
      switch (kind) {
        case CueKind::Verb:
        case CueKind::VerbNeedsTo:
        case CueKind::VerbOnAct:
        case CueKind::VerbNeedsComplement:
        case CueKind::TieVerb:
          reading = read_verb(t, cue_end, relation, kind);
          break;
        case CueKind::MutualVerb:
          // "Iran and Oman agreed to cooperate": the subjects with each other, never one alone;
          // "China and the U.S. have a responsibility to work together" asks them to.
          if (obliged_before(t)) break;
          // "Cuba and Norway had cooperated closely with Colombia": with a partner named after
          // the adverbs, a tie with it, not among the subjects.
          if (std::uint32_t with = clause_.skip_right(cue_end); with + 1 < end_ && doc_.token_keys[with] == "with") {
            reading = read_verb(t, with + 1, relation, CueKind::TieVerb);
            break;
          }
          reading = read_verb(t, cue_end, relation, CueKind::TieVerb);
          reading.targets = reading.sources.size() >= 2 ? reading.sources : std::vector<int>{};
          break;
        case CueKind::TieSupport:
          reading = read_ties(t, cue_end);
          if (!reading.targets.empty()) t = last_token_read_;
          break;
        case CueKind::Failure:
          reading = claims_.failure(t, cue_end);
          break;
        case CueKind::Claim:
          reading = claims_.claim(t, cue_end);
          // ("Saudi Arabia was to blame": the claim's words are not read again as a verb's)
          if (!reading.targets.empty()) t = cue_end - 1;
          break;
        case CueKind::Naming:
          if (is_passive(t, relation)) {
            reading = claims_.passive_naming(t, cue_end);
            break;
          }
          reading = claims_.naming(t, cue_end, verb_subjects(t, clause_.skip_left(static_cast<long>(t) - 1)));
          // "France considers Burkina Faso a key ally": an ally named is a tie, not a charge.
          if (reading.targets.empty()) {
            if (Reading ally = named_ally(t, cue_end); !ally.targets.empty()) {
              readings.emplace_back(std::move(ally), RelationType::HasTiesWith);
            }
          }
          break;
        case CueKind::Evaluation:
          reading = claims_.evaluation(t, false);
          break;
        case CueKind::Obligation:
          reading = claims_.obligation(t, cue_end);
          break;
        case CueKind::Necessity:
          reading = claims_.necessity(t, cue_end);
          break;
        case CueKind::Attack:
          reading = claims_.attack(t, cue_end);
          break;
      }
      if (reading.targets.empty() && reading.sources.size() >= 2 && kind != CueKind::Failure && kind != CueKind::Claim && kind != CueKind::Evaluation &&
          kind != CueKind::Obligation && kind != CueKind::Necessity && kind != CueKind::Attack && kind != CueKind::VerbNeedsComplement &&
          reciprocal_length(cue_end) > 0) {
        reading.targets = reading.sources;  // "The United States and China accuse each other"
      }
      if (relation == RelationType::Urges && (kind == CueKind::Verb || kind == CueKind::VerbNeedsTo) &&
          !reading.sources.empty() && !reading.targets.empty() && reading.targets.back() >= 0) {
        for (int also : also_asked(doc_.mentions[static_cast<std::size_t>(reading.targets.back())].end_token)) {
          reading.targets.push_back(also);
        }
      }
      if (!reading.sources.empty() && !reading.targets.empty()) readings.emplace_back(std::move(reading), relation);
    }
    for (auto& noun_reading : NounPatterns(doc_, clause_, lex_, attribution_).read()) {
      readings.push_back(std::move(noun_reading));
    }
    return readings;
  }

 private:
  // "called on Syria and Russia to halt their airstrikes and for Turkey to stop shelling": a
  // party the same verb asks after "and for", later in its clause.
  std::vector<int> also_asked(std::uint32_t from) const {
    for (std::uint32_t u = from; u + 3 < end_; ++u) {
      if (doc_.token_keys[u] == ";" || clause_.match(lex_.reporting_verbs, u) > 0 || clause_.match(lex_.cues, u) > 0) break;
      if (doc_.token_keys[u] != "and" || doc_.token_keys[u + 1] != "for") continue;
      std::vector<int> named = clause_.object_at(u + 2);
      if (named.empty()) break;
      const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(named.back())].end_token;
      return after < end_ && doc_.token_keys[after] == "to" ? named : std::vector<int>{};
    }
    return {};
  }

  // True when an obligation of the lexicon ("have a responsibility to", "need to") ends
  // right before the verb at t.
  bool obliged_before(std::uint32_t t) const {
    const long to = clause_.skip_left(static_cast<long>(t) - 1);
    if (to < first() || doc_.token_keys[static_cast<std::size_t>(to)] != "to") return false;
    return clause_.obligation_ending_at(static_cast<std::uint32_t>(to) + 1) > 0;
  }

  // SOURCE cue TARGET: "Moscow hit out at NATO", "asked Russia to withdraw", and the passive
  // "Russia was criticized by NATO".
  Reading read_verb(std::uint32_t t, std::uint32_t cue_end, RelationType relation, CueKind kind) const {
    Reading reading;
    long before = clause_.skip_left(static_cast<long>(t) - 1);
    // A participle right before "by" is passive too: "an attack, blamed by the government on ...".
    const bool passive = is_passive(t, relation) || (cue_end < end_ && doc_.token_keys[cue_end] == "by" && clause_.is_participle(t));
    if (passive) {
      if (kind == CueKind::VerbOnAct) return {};  // "was attacked by ISIS" is an attack, not criticism
      // "he was criticized during the campaign by Johnson": the source follows "by"; "This
      // was criticised by Medvedev": what the sentence before said its subject did.
      reading.targets = clause_.subject_before(t);
      // ("Moscow's decision to suspend a pact with Washington was criticised": the name before
      // the verb ends a phrase of the subject)
      auto in_phrase = [&](int m) {
        std::uint32_t at = doc_.mentions[static_cast<std::size_t>(m)].first_token;
        if (at > first() && doc_.token_keys[at - 1] == "the") --at;
        return clause_.after_preposition(m) || (at > first() && doc_.token_keys[at - 1] == "with");
      };
      if (relation == RelationType::Criticizes && reading.targets.size() == 1 && in_phrase(reading.targets.front())) {
        reading.targets.clear();
      }
      if (reading.targets.empty() && relation == RelationType::Criticizes) reading.targets = participle_head(t);
      // "Iraq's policies were blamed by the United States": the author of the act criticized.
      // ("Britain's refusal to impose sanctions on South Africa was criticised": the name at
      // the end is a place in the phrase)
      if (const int last = before > first() ? clause_.mention_ending_at(static_cast<std::uint32_t>(before) + 1) : -1;
          reading.targets.empty() && relation == RelationType::Criticizes && before > first() &&
          (last < 0 || in_phrase(last))) {
        reading.targets = claims_.act_author(before);
      }
      if (reading.targets.empty() && relation == RelationType::Criticizes) reading.targets = previous_doer(doc_, clause_, lex_);
      // "Iran was asked to ... by France", "Iran was asked by France to ..."; "a deal encouraged
      // by Cuba" asks nobody, nor does "was told by Seoul it planned to ...".
      bool to_follows = cue_end < end_ && doc_.token_keys[cue_end] == "to";
      std::uint32_t after_agent = cue_end;  // past "by X" when it comes right after the verb
      for (std::uint32_t u = cue_end; u < end_ && u < cue_end + 8 && doc_.token_keys[u] != ","; ++u) {
        if (doc_.token_keys[u] != "by") continue;
        reading.sources = clause_.object_at(u + 1);
        if (!reading.sources.empty()) {
          const std::uint32_t after =
              past_unnamed_members(doc_.mentions[static_cast<std::size_t>(reading.sources.back())].end_token);
          to_follows = to_follows || (after < end_ && doc_.token_keys[after] == "to");
          if (u == cue_end) after_agent = after;
        }
        break;
      }
      // "Indian troops were accused of violating the ceasefire on Sunday in a statement from
      // Pakistan's foreign ministry": the author of what said it, later in the clause.
      for (std::uint32_t u = cue_end; reading.sources.empty() && u + 1 < end_ && u < cue_end + 16; ++u) {
        if (doc_.token_keys[u] == "," || doc_.token_keys[u] == ";" || clause_.match(lex_.reporting_verbs, u) > 0) break;
        reading.sources = clause_.issued_by(u);
      }
      // "The attack was blamed on Islamic State by Turkey", "blamed by the government on
      // Islamic State": the one blamed follows "on" ("Iran was blamed by Egypt for" is Iran).
      if (relation == RelationType::Criticizes && doc_.token_keys[t].starts_with("blam")) {
        if (std::vector<int> blamed = blamed_on(after_agent); !blamed.empty()) reading.targets = std::move(blamed);
      }
      if (kind == CueKind::VerbNeedsTo && !to_follows) return {};
      if (kind == CueKind::VerbNeedsComplement && !clause_.match(lex_.complements, cue_end)) return {};  // "was held responsible by"
    } else {
      reading.sources = verb_subjects(t, before);
      // "Pakistan, long allied with the United States, ...": a participle of ties set off after
      // a name is that name's.
      if (reading.sources.empty() && relation == RelationType::HasTiesWith && before > first() &&
          doc_.token_keys[static_cast<std::size_t>(before)] == "," && doc_.token_keys[t].ends_with("ed")) {
        if (const int named = clause_.mention_ending_at(static_cast<std::uint32_t>(before)); clause_.is_party(named)) {
          reading.sources = clause_.list_until(named);
        }
      }
      reading.targets = verb_objects(t, cue_end, relation, kind, reading.sources);
      if (reading.targets.empty() && relation == RelationType::Urges && !reading.sources.empty() &&
          reading.sources.front() >= 0) {
        reading.targets = asked_as(reading.sources.front(), cue_end);
      }
      if (kind == CueKind::VerbNeedsComplement && reading.targets.empty()) return {};
    }
    if (clause_.undermined(t)) return {};
    return reading;
  }

  // "Syria, accused by Turkey of shelling ...", "Iranian missile platforms blamed by
  // Washington for ...": what a participle before "by" at t says something of, the party
  // before its comma or a nation's adjective on the noun right before it.
  std::vector<int> participle_head(std::uint32_t t) const {
    if (t + 1 >= end_ || doc_.token_keys[t + 1] != "by" || t < first() + 2) return {};
    if (doc_.token_keys[t - 1] == ",") {
      const int named = clause_.mention_ending_at(t - 1);
      return clause_.is_party(named) ? clause_.list_until(named) : std::vector<int>{};  // (not "in London,")
    }
    for (std::uint32_t u = t; u > first() && u + 4 > t; --u) {
      const int named = clause_.mention_ending_at(u);
      if (named >= 0) {
        const Mention& nation = doc_.mentions[static_cast<std::size_t>(named)];
        return nation.form == MentionForm::Demonym && !nation.actor_id.empty() && u < t ? std::vector<int>{named}
                                                                                         : std::vector<int>{};
      }
      // (a model's name may stand in the noun phrase: "Iranian Silkworm missile platforms")
      if (!std::isalpha(static_cast<unsigned char>(doc_.token_text(u - 1)[0])) || clause_.match(lex_.cues, u - 1) > 0 ||
          doc_.token_keys[u - 1] == "the" || doc_.token_keys[u - 1] == "a" || doc_.token_keys[u - 1] == "an") {
        break;
      }
    }
    return {};
  }

  // The subject of an active cue at t (`before`: the word left of its verb group): the
  // subject list, or the subject a participle, a purpose "to" or "in -ing" leaves implicit.
  std::vector<int> verb_subjects(std::uint32_t t, long before) const {
    std::vector<int> sources = clause_.subject_before(t);
    // "Libya, having restored relations with Britain, ...": a perfect participle's subject is
    // that of "having".
    if (sources.empty() && before >= first() && doc_.token_keys[static_cast<std::size_t>(before)] == "having") {
      return verb_subjects(static_cast<std::uint32_t>(before), clause_.skip_left(before - 1));
    }
    if (sources.empty() && doc_.token_text(t).ends_with("ing") && before >= first()) {
      // "..., accusing Turkey of ...", "by urging London to ...": the sentence's subject acts.
      const std::string& key = doc_.token_keys[static_cast<std::size_t>(before)];
      if (key == "by" || key == "while" || key == "after") {
        // "Australia called on China ..., and Beijing responded by accusing Canberra": the
        // subject of the clause "and" opened acts.
        for (long u = before - 1; sources.empty() && u > first(); --u) {
          if (doc_.token_keys[static_cast<std::size_t>(u)] != "and" ||
              doc_.token_keys[static_cast<std::size_t>(u - 1)] != ",")
            continue;
          if (const int named = clause_.mention_at(static_cast<std::uint32_t>(u + 1)); clause_.is_party(named)) {
            const std::vector<int> list = clause_.list_from(named);
            const std::uint32_t verb = doc_.mentions[static_cast<std::size_t>(list.back())].end_token;
            if (verb < static_cast<std::uint32_t>(before) &&
                std::islower(static_cast<unsigned char>(doc_.token_text(verb)[0])))
              sources = list;
          }
          break;
        }
      }
      if (key == ",") {
        // "Japan should face up to its history, China's foreign ministry said on Tuesday,
        // criticizing Koizumi's visits": after an attribution, its speaker acts.
        for (long u = before - 1; u > first(); --u) {
          const auto at = static_cast<std::uint32_t>(u);
          if (doc_.token_keys[at] == "," || doc_.token_keys[at] == "\"" || doc_.tokens[at].in_quote) break;
          // (a noun of saying is no verb: "rejected those claims, blaming")
          static const std::set<std::string_view> kDeterminers = {"the",  "a",   "an",  "those", "these", "this",
                                                                  "that", "his", "her", "its",   "their", "'s"};
          if (const std::size_t saying = clause_.match(lex_.reporting_verbs, at);
              saying > 0 && clause_.mention_at(at) < 0 && !kDeterminers.contains(doc_.token_keys[at - 1])) {
            sources = clause_.subject_before(at);
            if (sources.empty() && attribution_ != nullptr && !attribution_->actor_id.empty()) sources = {kSpeaker};
            break;
          }
        }
      }
      if (sources.empty() && (key == "," || key == "while" || key == "by" || key == "after")) {
        sources = clause_.main_subject();
        // "Carter's push came after France delivered a rebuke, demanding that ...": the
        // nearest clause subject before the comma acts.
        if (sources.empty() && key == ",") sources = clause_.clause_subject_before(static_cast<std::uint32_t>(before));
        // '"...," he said, urging Russia to ...': the speaker acts.
        if (sources.empty() && key == "," && attribution_ != nullptr && !attribution_->actor_id.empty()) {
          sources = {kSpeaker};
        }
      }
    }
    if (sources.empty() && doc_.token_text(t).ends_with("ing") && before > first()) {
      // "EC ministers issued a statement deploring ...", "a NATO statement condemning ...":
      // what is said acts for its author, or for the subject that issued it.
      if (const std::size_t noun = clause_.match_ending(lex_.speech_nouns, static_cast<std::uint32_t>(before + 1)); noun > 0) {
        auto start = static_cast<std::uint32_t>(before + 1 - static_cast<long>(noun));
        std::uint32_t owned = start;
        if (owned > sentence_.first_token + 1 && (doc_.token_keys[owned - 1] == "'s" || doc_.token_keys[owned - 1] == "'")) --owned;
        if (const int author = clause_.mention_ending_at(owned); clause_.is_party(author, true)) {
          sources = {author};
        } else {
          // back over the adjectives to the article ("a strongly worded statement")
          auto article = [&](std::uint32_t u) {
            return doc_.token_keys[u] == "a" || doc_.token_keys[u] == "an" || doc_.token_keys[u] == "the";
          };
          while (start > sentence_.first_token + 1 && start + 4 > before && clause_.mention_at(start - 1) < 0 &&
                 !article(start - 1) && std::islower(static_cast<unsigned char>(doc_.token_text(start - 1)[0]))) {
            --start;
          }
          if (start > sentence_.first_token + 1 && article(start - 1)) --start;
          // (one that issued it: not "vetoed a draft resolution condemning")
          const std::uint32_t verb = start - 1;
          if (start > sentence_.first_token + 1 && clause_.mention_at(verb) < 0 && clause_.match_ending(lex_.issuing_verbs, start) > 0) {
            sources = clause_.subject_before(verb + 1 - static_cast<std::uint32_t>(clause_.match_ending(lex_.issuing_verbs, start)));
          }
        }
      }
    }
    if (sources.empty() && doc_.token_text(t).ends_with("ing") && before >= first()) {
      // "Obama spent three days in London urging Britons to ...": after a place, the
      // sentence's subject acts, when it is a person (not "the meeting ... reached in Paris
      // calling for ...").
      const int place = clause_.mention_ending_at(static_cast<std::uint32_t>(before + 1));
      if (place >= 0 && clause_.after_preposition(place)) {
        sources = clause_.main_subject();
        if (sources.size() != 1 || doc_.mentions[static_cast<std::size_t>(sources.front())].form != MentionForm::Person) {
          sources.clear();
        }
      }
    }
    if (sources.empty() && doc_.token_text(t).ends_with("ing") && t == clause_.opening_token()) {
      // "Accusing Armenia of shelling villages, Azerbaijan said ...": the subject after the phrase.
      sources = clause_.main_subject();
    }
    if (sources.empty() && before >= first() && doc_.token_keys[static_cast<std::size_t>(before)] == "in" &&
        doc_.token_text(t).ends_with("ing")) {
      // "Egypt joined France in condemning Israel": the clause's subject, and whom it joined.
      sources = clause_.clause_subject_before(static_cast<std::uint32_t>(before));
      int joined = clause_.mention_ending_at(static_cast<std::uint32_t>(before));
      if (!sources.empty() && joined >= 0 && clause_.is_party(joined, true)) sources.push_back(joined);
    }
    if (sources.empty() && before >= first() && doc_.token_keys[static_cast<std::size_t>(before)] == "to") {
      sources = clause_.subject_of_infinitive(static_cast<std::uint32_t>(before));
    }
    if (sources.empty() && before > first() + 1 && doc_.token_keys[static_cast<std::size_t>(before)] == "for" &&
        doc_.token_text(t).ends_with("ing") && clause_.is_participle(static_cast<std::uint32_t>(before - 1)) &&
        clause_.match(lex_.passive_auxiliaries, static_cast<std::uint32_t>(before - 2)) > 0) {
      // "Biden was cheered for criticizing ...": the one praised or blamed did it.
      sources = clause_.subject_before(static_cast<std::uint32_t>(before - 2));
    }
    if (sources.empty() && before >= first() && attribution_ != nullptr && !attribution_->actor_id.empty() &&
        (doc_.token_keys[static_cast<std::size_t>(before)] == "and" || doc_.token_keys[static_cast<std::size_t>(before)] == "but")) {
      // "Merkel, under fire at home, said ... and also urged Turkey to ...": the speaker's second verb.
      sources = {kSpeaker};
    }
    return sources;
  }

  // The object of an active cue at t, for the subjects `sources`: the object list, or the
  // actor an object pronoun, a "that" clause, a naming, an event or "from" names. For a
  // verb that needs a complement ("held X responsible") an empty list when it is missing.
  std::vector<int> verb_objects(std::uint32_t t, std::uint32_t cue_end, RelationType relation, CueKind kind,
                                const std::vector<int>& sources) const {
    std::vector<int> targets;
    std::uint32_t object = cue_end;
    // "alleges that, in defiance of the agreement, Japan is ...": past an aside after "that".
    if (object + 2 < end_ && doc_.token_keys[object] == "," && doc_.token_keys[object - 1] == "that") {
      for (std::uint32_t u = object + 1; u < end_ && u < object + 14; ++u) {
        if (doc_.token_keys[u] != ",") continue;
        object = u + 1;
        break;
      }
    }
    bool needs_no_to = false;  // "requested that OPEC hold", "called for a Japanese effort": no "to" follows the one asked
    // "condemned as \"unfair\" a new UN resolution": the judgement before the object.
    if (relation == RelationType::Criticizes && object + 2 < end_ && doc_.token_keys[object] == "as") {
      std::uint32_t u = object + 1;
      if (doc_.token_keys[u] == "\"") ++u;
      if (u < end_ && claims_.is_evaluative(u)) {
        while (++u < end_ && (doc_.token_keys[u] == "\"" || claims_.is_evaluative(u) ||
                              (doc_.token_keys[u] == "and" && u + 1 < end_ && claims_.is_evaluative(u + 1)))) {
        }
        object = u;
      }
    }
    if (relation == RelationType::Urges && doc_.token_keys[t].starts_with("demand")) {
      // "X demanded that Y withdraw", "X demands Y pull out": a verb follows the name
      // ("demanded on Monday that": past a time).
      std::uint32_t past_time = clause_.skip_right(object);
      // ("demanded in a resolution on Saturday that": past what it was said in)
      if (past_time + 2 < end_ && doc_.token_keys[past_time] == "in") {
        for (std::uint32_t u = past_time + 1; u < end_ && u < past_time + 5; ++u) {
          if (const std::size_t noun = clause_.match(lex_.speech_nouns, u); noun > 0) {
            past_time = clause_.skip_right(u + static_cast<std::uint32_t>(noun));
            break;
          }
          const bool article = doc_.token_keys[u] == "a" || doc_.token_keys[u] == "an" || doc_.token_keys[u] == "the";
          if (clause_.mention_at(u) >= 0 || (!article && clause_.ends_phrase(u))) break;
        }
      }
      if (past_time > object && past_time < end_ && doc_.token_keys[past_time] == "that") object = past_time;
      if (object < end_ && doc_.token_keys[object] == "that") ++object;
      targets = asked_to_act(object);
    } else if (clause_.match(lex_.subjunctive_verbs, t) > 0 &&
               ((object < end_ && doc_.token_keys[object] == "that") || doc_.token_keys[object - 1] == "that")) {
      // "X insisted that Y halt the raids": a bare verb after Y asks it to act; "insisted
      // that Y has halted" is a claim, not a call.
      if (doc_.token_keys[object] == "that") ++object;
      std::vector<int> asked = asked_to_act(object);
      if (!asked.empty() && is_bare_verb(doc_.mentions[static_cast<std::size_t>(asked.back())].end_token)) {
        targets = asked;
        needs_no_to = true;
      }
    } else if (kind == CueKind::VerbNeedsComplement) {
      targets = clause_.object_at(object);  // "held Russia responsible": an adjective follows the name
    } else if (kind != CueKind::VerbOnAct) {
      // "urged the U.K. entry into the EMS" urges the entry, not the U.K.
      targets = clause_.head_object_at(object);
      if (targets.empty() && relation == RelationType::Urges && object > first() && doc_.token_keys[object - 1] == "for") {
        targets = nation_of_act_asked(object);
        needs_no_to = !targets.empty();
      }
    }
    if (kind == CueKind::VerbNeedsTo && !targets.empty() && !needs_no_to) {
      std::uint32_t after = past_unnamed_members(doc_.mentions[static_cast<std::size_t>(targets.back())].end_token);
      // "asked four countries, including Britain and China, for ...": past the list's closing comma.
      if (after + 1 < end_ && doc_.token_keys[after] == ",") {
        ++after;
        // "asked Turkey, its NATO ally, to open": past an apposition to its closing comma.
        for (std::uint32_t u = after; u < end_ && u < after + 8; ++u) {
          if (doc_.token_keys[u] == "," && u + 1 < end_ && doc_.token_keys[u + 1] == "to") {
            after = u + 1;
            break;
          }
          if (clause_.match(lex_.cues, u) > 0 || clause_.match(lex_.reporting_verbs, u) > 0 || doc_.token_keys[u] == "to") break;
        }
      }
      // "asked the UN on Tuesday to" (not "told the committee the U.S. has not called")
      if (const std::uint32_t skipped = clause_.skip_right(after); skipped < end_ && doc_.token_keys[skipped] == "to") after = skipped;
      // "pressed West Germany and Japan at last month's Louvre meeting to stimulate": a
      // phrase of place or occasion between the one asked and "to".
      if (after + 2 < end_ && (doc_.token_keys[after] == "at" || doc_.token_keys[after] == "during")) {
        for (std::uint32_t u = after + 1; u + 1 < end_ && u < after + 7; ++u) {
          if (doc_.token_keys[u] == "," || clause_.match(lex_.cues, u) > 0 ||
              clause_.match(lex_.reporting_verbs, u) > 0)
            break;
          if (doc_.token_keys[u] == "to" && clause_.mention_at(u + 1) < 0 &&
              std::islower(static_cast<unsigned char>(doc_.token_text(u + 1)[0]))) {
            after = u;
            break;
          }
        }
      }
      // "asked Russia to withdraw", "asked Japan for a loan", "pressed Obama for a role",
      // "pressed China on human rights".
      const bool on_topic = after < end_ && doc_.token_keys[after] == "on" && clause_.match(lex_.topic_verbs, t) > 0;
      if (after >= end_ || (doc_.token_keys[after] != "to" && doc_.token_keys[after] != "not" &&
                            doc_.token_keys[after] != "for" && !on_topic)) {
        targets.clear();
      }
    }
    if (kind == CueKind::VerbNeedsComplement) {
      // "held Russia responsible", "have held the other to blame": the complement follows the one held.
      std::uint32_t after = object;
      if (!targets.empty()) {
        after = doc_.mentions[static_cast<std::size_t>(targets.back())].end_token;
      } else if (std::uint32_t reciprocal = sources.size() >= 2 ? reciprocal_length(object) : 0) {
        targets = sources;
        after = object + reciprocal;
      }
      while (after < end_ && clause_.is_adverb(after)) ++after;  // "held Israel fully responsible"
      if (after >= end_ || !clause_.match(lex_.complements, after)) return {};
    }
    if (targets.empty() && !sources.empty() && kind != CueKind::VerbOnAct && object < end_ &&
        (doc_.token_keys[object] == "it" || doc_.token_keys[object] == "them" || doc_.token_keys[object] == "him" ||
         doc_.token_keys[object] == "her") &&
        clause_.mention_at(object) < 0) {
      // "Egypt, which has long criticized Israel, urged it to ...": an object pronoun is
      // the latest other party of the sentence; "him" or "her" the latest other person
      // ("Obama met Putin and urged him to ...").
      const int subject = sources.front();
      int antecedent = doc_.token_keys[object] == "him" || doc_.token_keys[object] == "her"
                           ? clause_.latest_person_before(t, subject)
                           : clause_.antecedent_before(t, subject);
      // "Ban spoke with Turkish President Erdogan. Ban urged him to ...": the latest other
      // person of the sentence before.
      if (antecedent < 0 && (doc_.token_keys[object] == "him" || doc_.token_keys[object] == "her")) {
        antecedent = person_of_sentence_before(subject);
      }
      // "Mexico's bishops ... exhorted them": a possessor is not what the pronoun stands for.
      if (antecedent >= 0 && clause_.is_possessive(antecedent)) antecedent = -1;
      if (antecedent >= 0 && (subject == kSpeaker || doc_.mentions[static_cast<std::size_t>(antecedent)].actor_id !=
                                                         doc_.mentions[static_cast<std::size_t>(subject)].actor_id)) {
        if (kind != CueKind::VerbNeedsTo || (object + 1 < end_ && doc_.token_keys[object + 1] == "to")) {
          // "met officials from Japan and Korea to urge them": "them" is the whole list.
          targets = doc_.token_keys[object] == "them" && clause_.is_party(antecedent, true) ? clause_.list_until(antecedent)
                                                                                         : std::vector<int>{antecedent};
        }
      }
      // "He hosted the prime ministers of Cambodia and Laos. He asked them to ...": with no
      // party before it, "them" is the pair the sentence before named besides the subject.
      if (targets.empty() && antecedent < 0 && doc_.token_keys[object] == "them" &&
          (kind != CueKind::VerbNeedsTo || (object + 1 < end_ && doc_.token_keys[object + 1] == "to"))) {
        std::vector<int> pair = clause_.pair_before(t, true);
        if (subject != kSpeaker) {
          std::erase_if(pair, [&](int m) {
            return doc_.mentions[static_cast<std::size_t>(m)].actor_id ==
                   doc_.mentions[static_cast<std::size_t>(subject)].actor_id;
          });
        }
        if (pair.size() == 2) targets = std::move(pair);
      }
      // "Iran launched a rocket. Japan condemned it as a provocation": with no party before
      // it, "it" is what the sentence before told of.
      if (targets.empty() && antecedent < 0 && relation == RelationType::Criticizes && doc_.token_keys[object] == "it") {
        targets = it_told_before(doc_, clause_, lex_, subject, t);
      }
    }
    if (targets.empty() && relation == RelationType::Criticizes && object + 2 < end_ &&
        doc_.token_keys[object] == "what") {
      // "denounced what it called Israeli aggression": the one the naming blames.
      auto naming = lex_.cues.match(doc_.token_keys, clause_.skip_right(object + 2), end_);
      if (naming.length > 0 && cue_kind(naming.tag) == CueKind::Naming) {
        targets = claims_.named_in(clause_.skip_right(object + 2) + static_cast<std::uint32_t>(naming.length));
      }
    }
    if (targets.empty() && relation == RelationType::Criticizes && doc_.token_keys[t].starts_with("question") &&
        object + 2 < end_ && (doc_.token_keys[object] == "whether" || doc_.token_keys[object] == "if")) {
      // "questioned whether Washington really wanted a deal": the one whose will is doubted.
      const std::uint32_t named = clause_.past_article(object + 1);
      const int doubted = clause_.mention_at(named);
      if (doubted >= 0 && doc_.mentions[static_cast<std::size_t>(doubted)].first_token == named &&
          clause_.is_party(doubted, true) && !clause_.is_possessive(doubted)) {
        targets = {doubted};
      }
    }
    if (targets.empty() && relation == RelationType::Criticizes && kind == CueKind::VerbOnAct && object + 3 < end_ &&
        doc_.token_keys[object] == "to") {
      // "protested to the United Nations over violations by the Turkish air force": past the
      // one told to the act, whose author is criticized (not the one told).
      if (std::vector<int> told = clause_.object_at(object + 1); !told.empty()) {
        const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(told.back())].end_token;
        if (after + 1 < end_ && (doc_.token_keys[after] == "over" || doc_.token_keys[after] == "about" ||
                                 doc_.token_keys[after] == "against" || doc_.token_keys[after] == "at")) {
          targets = blamed_for_event(clause_, doc_, lex_, after + 1);
        }
      }
    }
    if (targets.empty() && relation == RelationType::Criticizes && kind == CueKind::VerbOnAct && object < end_ &&
        !clause_.undermined(t) && takes_that_clause(t)) {
      // "complained Japan has no intention of ...", "regretted Israel had not replied": a clause
      // whose subject the complaint is about.
      if (const int named = clause_.mention_at(object);
          named >= 0 && doc_.mentions[static_cast<std::size_t>(named)].first_token == object && clause_.is_party(named, true)) {
        const std::vector<int> list = clause_.list_from(named);
        const std::uint32_t verb = doc_.mentions[static_cast<std::size_t>(list.back())].end_token;
        if (verb + 1 < end_ && clause_.mention_at(verb) < 0 &&
            (clause_.match(lex_.passive_auxiliaries, verb) > 0 || doc_.token_keys[verb] == "has" ||
             doc_.token_keys[verb] == "have" || doc_.token_keys[verb] == "had" || clause_.match(lex_.plans, verb) > 0)) {
          targets = list;
        }
      }
    }
    if (targets.empty() && relation == RelationType::Criticizes) {
      targets = blamed_for_event(clause_, doc_, lex_, object, kind == CueKind::Verb);
      // "complained about the blockade and U.S. support for dissidents": an act of a later
      // object in the list.
      for (std::uint32_t u = object; targets.empty() && u + 1 < end_ && u < object + 10; ++u) {
        if (doc_.token_keys[u] == "," || clause_.mention_at(u) >= 0 || clause_.match(lex_.cues, u) > 0) break;
        if (doc_.token_keys[u] == "and") {
          targets = blamed_for_event(clause_, doc_, lex_, u + 1, kind == CueKind::Verb);
          break;
        }
      }
    }
    if (targets.empty() && clause_.match(lex_.asking_from, t) > 0 && (object >= end_ || doc_.token_keys[object] != "to")) {
      // "requested a schedule from Minsk": the one asked follows "from".
      for (std::uint32_t u = object; u < end_ && u < object + 8; ++u) {
        if (clause_.mention_at(u) >= 0 || doc_.token_keys[u] == ",") break;
        if (doc_.token_keys[u] == "from") {
          targets = clause_.object_at(u + 1);
          break;
        }
      }
    }
    if (targets.empty() && relation == RelationType::Urges && kind != CueKind::VerbOnAct) {
      // "called for Security Council action", "urged NATO measures": the actor asked to act.
      std::uint32_t named = object < end_ && (doc_.token_keys[object] == "the" || doc_.token_keys[object] == "a") ? object + 1 : object;
      // "appealed for more U.S. investment": one adjective before the name.
      if (named + 1 < end_ && clause_.mention_at(named) < 0 && clause_.mention_at(named + 1) >= 0 &&
          std::islower(static_cast<unsigned char>(doc_.token_text(named)[0])) && !clause_.ends_phrase(named)) {
        ++named;
      }
      int m = clause_.mention_at(named);
      // (is_party() would refuse the name as the modifier of "action").
      // "demanded Russia's withdrawal": a possessor asked for its own act.
      const std::uint32_t act = m >= 0 ? doc_.mentions[static_cast<std::size_t>(m)].end_token +
                                             (clause_.is_possessive(m) ? 1 : 0)
                                       : 0;
      if (m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].first_token == named &&
          !doc_.mentions[static_cast<std::size_t>(m)].actor_id.empty() &&
          doc_.mentions[static_cast<std::size_t>(m)].form != MentionForm::Demonym && clause_.match(lex_.act_nouns, act)) {
        targets = {m};
      }
      // "appealed for greater effort by Japan to open its markets": the one asked acts after "by".
      for (std::uint32_t u = object; targets.empty() && m < 0 && u + 1 < end_ && u < object + 5; ++u) {
        if (clause_.mention_at(u) >= 0 || clause_.ends_phrase(u)) {
          if (u > object && doc_.token_keys[u] == "by") targets = clause_.object_at(u + 1);
          break;
        }
      }
      // "called for an (immediate) end to Russian air strikes": the author of an act to stop.
      auto stops_at = [&](std::uint32_t u) {
        return u + 2 < end_ && clause_.match(lex_.stopping_verbs, u) > 0 &&
               (doc_.token_keys[u + 1] == "to" || doc_.token_keys[u + 1] == "of");
      };
      for (std::uint32_t u = object; targets.empty() && m < 0 && u + 2 < end_ && u < object + 4; ++u) {
        if (stops_at(u)) {
          targets = blamed_for_event(clause_, doc_, lex_, u + 2);
          break;
        }
        const bool article = doc_.token_keys[u] == "a" || doc_.token_keys[u] == "an" || doc_.token_keys[u] == "the";
        if (clause_.mention_at(u) >= 0 || (clause_.ends_phrase(u) && !article)) break;
      }
      // "demanded the conclusion of a peace treaty ... and a halt to U.S. military exercises":
      // the act to stop may be a later object joined by "and".
      for (std::uint32_t u = object; targets.empty() && m < 0 && u + 4 < end_ && u < object + 20; ++u) {
        if (doc_.token_keys[u] == ";" || clause_.match(lex_.reporting_verbs, u) > 0 || clause_.match(lex_.cues, u) > 0) break;
        if (doc_.token_keys[u] == "and" && (doc_.token_keys[u + 1] == "a" || doc_.token_keys[u + 1] == "an") && stops_at(u + 2)) {
          targets = blamed_for_event(clause_, doc_, lex_, u + 4);
        }
      }
    }
    if (targets.empty() && !sources.empty() && sources.front() != kSpeaker) {
      targets = relative_antecedent(clause_, doc_, lex_, sources.front(), relation == RelationType::Criticizes);
    }
    if (targets.empty() && relation == RelationType::Criticizes && doc_.token_keys[t].starts_with("blam")) {
      targets = blamed_on(cue_end);
    }
    if (targets.empty() && relation == RelationType::Criticizes && kind == CueKind::Verb &&
        !sources.empty() && sources.front() != kSpeaker &&
        (cue_end >= end_ || doc_.token_keys[cue_end] == "as" || clause_.ends_phrase(cue_end)) &&
        clause_.relative_gap(sources.front())) {
      targets = clause_.opening_parties();  // "..., a move China condemned as provocative"
    }
    if (targets.empty()) targets = contacted_before(t);
    // "Colombia and the FARC signed an accord. Cuba and Norway called on both sides to ...":
    // the pair is not the ones who call on it; then it is the sentence before's subjects.
    if (object < end_ && clause_.match(lex_.pair_phrases, object) >= 2 && !sources.empty() &&
        sources.front() != kSpeaker) {
      auto actor_of = [&](int m) { return doc_.mentions[static_cast<std::size_t>(m)].actor_id; };
      const bool own = std::any_of(targets.begin(), targets.end(), [&](int m) {
        return std::any_of(sources.begin(), sources.end(),
                           [&](int s) { return s != kSpeaker && actor_of(s) == actor_of(m); });
      });
      if (own) {
        std::vector<int> before = clause_.previous_subject();
        const bool distinct =
            before.size() == 2 && actor_of(before[0]) != actor_of(before[1]) &&
            std::none_of(before.begin(), before.end(), [&](int m) {
              return std::any_of(sources.begin(), sources.end(), [&](int s) { return actor_of(s) == actor_of(m); });
            });
        targets = distinct ? before : std::vector<int>{};
      }
    }
    return targets;
  }

  // True when the verb at t with "that" after it is a cue ("complain that"), so that a
  // clause after it says what is wrong ("regretted Japan had been hit" does not).
  bool takes_that_clause(std::uint32_t t) const {
    // (the cues hold every inflection: "complained that")
    const std::vector<std::string> with_that = {doc_.token_keys[t], "that"};
    const auto cue = lex_.cues.match(with_that, 0, 2);
    return cue.length == 2 && cue_relation(cue.tag) == RelationType::Criticizes;
  }

  // "Obama phoned Putin to urge restraint", "Japan summoned China's ambassador to protest
  // the intrusion": the one a verb of contact reached, when the purpose's cue at t names no
  // party of its own.
  std::vector<int> contacted_before(std::uint32_t t) const {
    const long to = clause_.skip_left(static_cast<long>(t) - 1);
    if (to <= first() + 1 || doc_.token_keys[static_cast<std::size_t>(to)] != "to") return {};
    const long before = clause_.skip_left(to - 1);  // past "on Monday", "in recent weeks"
    if (before <= first()) return {};
    const int contacted = clause_.mention_ending_at(static_cast<std::uint32_t>(before + 1));
    if (contacted < 0 || doc_.mentions[static_cast<std::size_t>(contacted)].actor_id.empty()) return {};
    const std::vector<int> list = clause_.list_until(contacted);
    std::uint32_t start = doc_.mentions[static_cast<std::size_t>(list.front())].first_token;
    if (start > sentence_.first_token && doc_.token_keys[start - 1] == "the") --start;
    if (clause_.match_ending(lex_.contact_verbs, start) == 0) return {};
    return list;
  }

  // "has ties with", "restored full diplomatic relations with", "X and Y restored relations";
  // "have no ties" is no edge.
  Reading read_ties(std::uint32_t t, std::uint32_t cue_end) const {
    Reading reading;
    // "Iran has severed relations with", "had improved ties": "have" before a participle that
    // breaks ties or is a cue of its own is an auxiliary ("have ramped up ties" still has them).
    if (const std::string& verb = doc_.token_keys[t];
        (verb == "has" || verb == "have" || verb == "had") && cue_end < end_ &&
        (clause_.match(lex_.tie_breakers, cue_end) > 0 || clause_.match(lex_.cues, cue_end) > 0)) {
      return {};
    }
    // "signed a security agreement": a tie noun may start among the skipped adjectives.
    std::uint32_t noun = cue_end;
    std::size_t length = 0;
    std::uint32_t last = clause_.skip_right(cue_end);  // (also past quote marks: engaged in "close cooperation")
    // "boosted a decades-old friendship with", "continuous and stronger cooperation", "close
    // cultural and political ties": up to three other adjectives, which "and" may join.
    for (int adjectives = 0; adjectives < 4 && last + 1 < end_ && !clause_.match(lex_.tie_nouns, last) &&
                             clause_.mention_at(last) < 0 && std::islower(static_cast<unsigned char>(doc_.token_text(last)[0])) &&
                             (!clause_.ends_phrase(last) || ((adjectives >= 1 || last > cue_end) && doc_.token_keys[last] == "and"));
         ++adjectives) {
      last = clause_.skip_right(last + 1);  // (an "all-weather" friendship)
    }
    // "signed a treaty on border cooperation": an accord's "on" phrase names the tie.
    for (std::uint32_t accord = cue_end; accord <= last && accord < end_; ++accord) {
      const auto words = static_cast<std::uint32_t>(clause_.match(lex_.accord_nouns, accord));
      if (words == 0 || accord + words + 1 >= end_ || doc_.token_keys[accord + words] != "on") continue;
      for (std::uint32_t u = accord + words + 1; u < end_ && u < accord + words + 4; ++u) {
        if (clause_.match(lex_.tie_nouns, u) > 0) {
          last = u;
          break;
        }
        if (clause_.mention_at(u) >= 0 || !std::islower(static_cast<unsigned char>(doc_.token_text(u)[0]))) break;
      }
      break;
    }
    for (; noun <= last && noun < end_; ++noun) {
      if ((length = clause_.match(lex_.tie_nouns, noun)) > 0) break;
    }
    // "have overlapping claims, as well as close military ties with the United States": the
    // ties are the verb's second object.
    for (std::uint32_t u = cue_end; length == 0 && u + 3 < end_ && u < cue_end + 8; ++u) {
      // (a verb of saying ends the object, but "claims" here is a noun)
      const bool saying = clause_.match(lex_.reporting_verbs, u) > 0 && !doc_.token_keys[u].ends_with("s");
      if (clause_.mention_at(u) >= 0 || doc_.token_keys[u] == ";" || doc_.token_keys[u] == "." ||
          clause_.match(lex_.cues, u) > 0 || saying) {
        break;
      }
      const bool as_well_as = doc_.token_keys[u] == "as" && doc_.token_keys[u + 1] == "well" && doc_.token_keys[u + 2] == "as";
      if (!as_well_as && doc_.token_keys[u] != "and") continue;
      for (noun = u + (as_well_as ? 3 : 1); noun < end_ && noun < u + 7 && clause_.mention_at(noun) < 0; ++noun) {
        if ((length = clause_.match(lex_.tie_nouns, noun)) > 0) break;
        if (!std::islower(static_cast<unsigned char>(doc_.token_text(noun)[0]))) break;
      }
      if (length == 0) break;
    }
    if (length == 0) return {};
    std::uint32_t after = noun + static_cast<std::uint32_t>(length);
    after += static_cast<std::uint32_t>(clause_.match(lex_.accord_nouns, after));  // "a cooperation agreement with"
    // "a relationship both politically and economically with": adverbs before "with".
    for (std::uint32_t u = after; u < end_ && u < after + 5; ++u) {
      const bool joint = (doc_.token_keys[u] == "both" || doc_.token_keys[u] == "and") && u + 1 < end_ && clause_.is_adverb(u + 1);
      if (!joint && !clause_.is_adverb(u)) break;
      if (u + 1 < end_ && doc_.token_keys[u + 1] == "with") after = u + 1;
    }
    // "signed a cooperation agreement on Monday with": a time before "with".
    if (const std::uint32_t skipped = clause_.skip_right(after); skipped < end_ && doc_.token_keys[skipped] == "with") after = skipped;
    last_token_read_ = after - 1;
    reading.sources = clause_.subject_before(t);
    // "Turkey and Israel signed a deal to normalize relations": the parties to an accord
    // act in its infinitive.
    if (const long to = clause_.skip_left(static_cast<long>(t) - 1);
        reading.sources.empty() && to > static_cast<long>(first()) && doc_.token_keys[static_cast<std::size_t>(to)] == "to") {
      if (clause_.match_ending(lex_.accord_nouns, static_cast<std::uint32_t>(clause_.skip_left(to - 1) + 1)) > 0) {
        reading.sources = clause_.subject_of_infinitive(static_cast<std::uint32_t>(to));
      } else {
        // "the determination of the U.S. and West Germany to continue close cooperation"
        reading.sources = clause_.intent_owner(static_cast<std::uint32_t>(to));
      }
      // "Egypt, the first Arab country to establish relations with Israel, ...": the name an
      // apposition describes acts in the apposition's infinitive.
      for (long u = to - 1; reading.sources.empty() && u > static_cast<long>(first()) && u + 8 > to; --u) {
        const auto at = static_cast<std::uint32_t>(u);
        if (doc_.token_keys[at] == ",") {
          const std::string& article = doc_.token_keys[at + 1];
          const int named = clause_.mention_ending_at(at);
          if ((article == "the" || article == "a" || article == "an") && clause_.is_party(named))
            reading.sources = {named};
          break;
        }
        const int inside = clause_.mention_at(at);
        if (inside >= 0 && doc_.mentions[static_cast<std::size_t>(inside)].form != MentionForm::Demonym) break;
      }
    }
    // "ties with", "close ties to France" (not "agreed to intensify cooperation to implement").
    const bool to_party = after + 1 < end_ && doc_.token_keys[after] == "to" && !clause_.head_object_at(after + 1).empty();
    if (after < end_ && (doc_.token_keys[after] == "with" || to_party)) {
      // "seeking a partnership to boost a friendship with India", "..., forging ties with":
      // the subject a verb leaves implicit, as for the other verbs (not for ties among the
      // subjects, which need them named).
      if (reading.sources.empty()) reading.sources = verb_subjects(t, clause_.skip_left(static_cast<long>(t) - 1));
      reading.targets = clause_.head_object_at(after + 1);
    } else if (reading.sources.size() >= 2) {
      reading.targets = reading.sources;  // ties among the subjects
    }
    for (std::uint32_t u = cue_end; u < noun; ++u) {
      if (clause_.match(lex_.negations, u)) return {};
    }
    if (clause_.undermined(t)) return {};
    return reading;
  }

  // The latest person named outside quotes in the sentence before who is not `subject`'s
  // actor, or -1.
  int person_of_sentence_before(int subject) const {
    const std::string* own = subject >= 0 ? &doc_.mentions[static_cast<std::size_t>(subject)].actor_id : nullptr;
    std::uint32_t start = sentence_.first_token;
    for (const Sentence& s : doc_.sentences) {
      if (s.end_token == sentence_.first_token) start = s.first_token;
    }
    for (std::size_t m = doc_.mentions.size(); m-- > 0;) {
      const Mention& named = doc_.mentions[m];
      if (named.end_token > sentence_.first_token) continue;
      if (named.first_token < start) break;
      if (named.form == MentionForm::Person && !named.actor_id.empty() && !doc_.tokens[named.first_token].in_quote &&
          (own == nullptr || named.actor_id != *own)) {
        return static_cast<int>(m);
      }
    }
    return -1;
  }

  // "by the U.S. and other partners to ...", "asked the U.S. and its allies for ...",
  // "pressed the Syrian government and the opposition to attend": the end of the unnamed
  // members that may close a list at `after`.
  std::uint32_t past_unnamed_members(std::uint32_t after) const {
    // "and possibly some other European countries"
    std::uint32_t owner = clause_.unnamed_members_at(after);
    // "and the opposition": a conjunct that names no party
    if (owner == 0 && after + 2 < end_ && doc_.token_keys[after] == "and" && doc_.token_keys[after + 1] == "the" &&
        clause_.mention_at(after + 2) < 0) {
      owner = after + 1;
    }
    if (owner == 0) return after;
    const std::uint32_t start = after;
    after = owner + 1;
    while (after < end_ && after < start + 8 && !clause_.ends_phrase(after)) ++after;
    return after;
  }

  // "blamed the attack on the Islamic State": the one blamed follows "on"; so does the
  // author of an act ("blamed the tests on the U.S. decision not to join the freeze").
  std::vector<int> blamed_on(std::uint32_t cue_end) const {
    for (std::uint32_t u = cue_end; u < end_ && u < cue_end + 8; ++u) {
      if (doc_.token_keys[u] == "on") {
        std::vector<int> blamed = clause_.object_at(u + 1);
        if (blamed.empty()) blamed = blamed_for_event(clause_, doc_, lex_, u + 1);
        if (blamed.empty()) blamed = blamed_possessor(u + 1);
        return blamed;
      }
      if (clause_.mention_at(u) >= 0 || doc_.token_keys[u] == ",") break;
    }
    return {};
  }

  // "France considers Burkina Faso a key ally", "sees Egypt as its closest ally": the namer
  // and the one named are allies (not "considers the plan an ally of peace").
  Reading named_ally(std::uint32_t t, std::uint32_t cue_end) const {
    const int object = clause_.mention_at(cue_end);
    if (object < 0 || doc_.mentions[static_cast<std::size_t>(object)].first_token != cue_end || clause_.undermined(t)) {
      return {};
    }
    Reading reading;
    reading.targets = clause_.list_from(object);
    std::uint32_t u = doc_.mentions[static_cast<std::size_t>(reading.targets.back())].end_token;
    if (u < end_ && doc_.token_keys[u] == "as") ++u;
    // ("described China as Cambodia's closest ally": the possessor is whose ally)
    int possessor = u < end_ ? clause_.mention_at(u) : -1;
    if (possessor >= 0 && doc_.mentions[static_cast<std::size_t>(possessor)].first_token == u &&
        clause_.is_possessive(possessor) && clause_.is_party(possessor, true)) {
      u = doc_.mentions[static_cast<std::size_t>(possessor)].end_token;  // its "'s"
    } else if (possessor = -1;
               u >= end_ || (doc_.token_keys[u] != "a" && doc_.token_keys[u] != "an" && doc_.token_keys[u] != "its" &&
                             doc_.token_keys[u] != "their" && doc_.token_keys[u] != "our")) {
      return {};
    }
    for (std::uint32_t v = u + 1; v < end_ && v < u + 5; ++v) {
      if (clause_.match(lex_.ally_nouns, v) > 0) {
        const std::uint32_t after = v + static_cast<std::uint32_t>(clause_.match(lex_.ally_nouns, v));
        if (after < end_ && doc_.token_keys[after] == "of") return {};  // "an ally of Iran": whose ally is named
        reading.sources = possessor >= 0 ? std::vector<int>{possessor}
                                         : verb_subjects(t, clause_.skip_left(static_cast<long>(t) - 1));
        return reading;
      }
      // ('its "most trusted friend"': a quotation mark may open the phrase)
      const bool modifier = clause_.match(lex_.ally_modifiers, v) > 0 || clause_.is_adverb(v) ||
                            doc_.token_keys[v] == "\"" ||
                            (doc_.token_keys[v].size() > 4 && doc_.token_keys[v].ends_with("est"));
      if (!modifier) break;
    }
    return {};
  }

  // "blamed the tension on the United States' \"pivot\"": whatever the blame is put on, its
  // owner is blamed, unless it is a group of the state's own ("on Syria's opposition").
  std::vector<int> blamed_possessor(std::uint32_t t) const {
    t = clause_.past_article(t);
    const int owner = clause_.mention_at(t);
    if (owner < 0) return {};
    const Mention& named = doc_.mentions[static_cast<std::size_t>(owner)];
    if (named.first_token != t || named.actor_id.empty() || !clause_.is_possessive(owner) ||
        (named.form != MentionForm::Name && named.form != MentionForm::Capital)) {
      return {};
    }
    std::uint32_t owned = named.end_token + 1;
    if (owned < end_ && doc_.token_keys[owned] == "\"") ++owned;
    if (owned >= end_ || clause_.mention_at(owned) >= 0 || !std::islower(static_cast<unsigned char>(doc_.token_text(owned)[0])) ||
        lex_.non_state_modifiers.contains(doc_.token_keys[owned])) {
      return {};
    }
    return {owner};
  }

  // "was criticized", "has been urged": the cue's verb group is passive (the chunker).
  // "is allied with" is no passive: the ties are the subject's own.
  bool is_passive(std::uint32_t t, RelationType relation) const {
    if (relation == RelationType::HasTiesWith) return false;
    const VerbGroup* group = verb_group_at(doc_, t);
    return group != nullptr ? group->passive : read_verb_group(clause_, lex_, t, t + 1).passive;
  }

  // "The U.S. has not cut its deficit as Japan has urged": an "as" clause that ends with the
  // verb asks the subject of the clause it hangs on.
  std::vector<int> asked_as(int source, std::uint32_t cue_end) const {
    std::uint32_t as = doc_.mentions[static_cast<std::size_t>(source)].first_token;
    if (as > first() && doc_.token_keys[as - 1] == "the") --as;
    // The verb ends the clause ("as Japan has urged, ..."), unlike "as much as we are asking for".
    const bool last = cue_end >= end_ || !std::isalnum(static_cast<unsigned char>(doc_.token_keys[cue_end][0]));
    if (as <= first() + 1 || doc_.token_keys[as - 1] != "as" || !last) return {};
    std::vector<int> asked = clause_.clause_subject_before(as - 1);
    return asked.empty() ? clause_.main_subject() : asked;
  }

  // "each other", "one another", and "the other" when it stands alone ("Both X and Y held the
  // other to blame", not "the other members"): the length of the phrase at `at`, or 0.
  std::uint32_t reciprocal_length(std::uint32_t at) const {
    if (at + 1 >= end_) return 0;
    const std::string& first = doc_.token_keys[at];
    const std::string& second = doc_.token_keys[at + 1];
    if ((first == "each" && second == "other") || (first == "one" && second == "another")) return 2;
    const bool alone = at + 2 >= end_ || clause_.ends_phrase(at + 2) || clause_.match(lex_.complements, at + 2) ||
                       doc_.token_keys[at + 2] == "of";
    return first == "the" && second == "other" && alone ? 2 : 0;
  }

  // The one asked at `object` before its verb: "demanded that Israel withdraw". A verb that
  // is also a noun of events ("demands the United States arrest or extradite Gulen") makes
  // object_at read the name as its modifier; a bare verb with its object after it says not.
  std::vector<int> asked_to_act(std::uint32_t object) const {
    if (std::vector<int> asked = clause_.object_at(object); !asked.empty()) return asked;
    const std::uint32_t named = clause_.past_article(object);
    const int m = clause_.mention_at(named);
    if (m < 0 || doc_.mentions[static_cast<std::size_t>(m)].first_token != named ||
        doc_.mentions[static_cast<std::size_t>(m)].actor_id.empty() ||
        doc_.mentions[static_cast<std::size_t>(m)].form == MentionForm::Demonym) {
      return {};
    }
    const std::uint32_t verb = doc_.mentions[static_cast<std::size_t>(m)].end_token;
    const std::uint32_t next = verb + 1;
    const bool object_follows = next < end_ && (is_capitalized(doc_.token_text(next)) || doc_.token_keys[next] == "or" ||
                                                doc_.token_keys[next] == "and" || doc_.token_keys[next] == "the" ||
                                                doc_.token_keys[next] == "its" || doc_.token_keys[next] == "their");
    return is_bare_verb(verb) && object_follows ? std::vector<int>{m} : std::vector<int>{};
  }

  // A verb in its bare form at t: "(that Israel) halt", not "halts", "halted" or "has".
  // "appealed for a greater Japanese effort to open its markets": the nation whose act a call
  // for an act asks for (its adjective right before the act noun), or none.
  std::vector<int> nation_of_act_asked(std::uint32_t object) const {
    std::uint32_t u = object;
    if (u < end_ && (doc_.token_keys[u] == "a" || doc_.token_keys[u] == "an" || doc_.token_keys[u] == "the")) ++u;
    for (int adjectives = 0; adjectives < 2 && u < end_ && clause_.mention_at(u) < 0 &&
                             std::islower(static_cast<unsigned char>(doc_.token_text(u)[0])) &&
                             (!clause_.ends_phrase(u) || doc_.token_keys[u].ends_with("ed"));  // "increased"
         ++adjectives) {
      ++u;
    }
    const int nation = clause_.mention_at(u);
    if (nation < 0 || doc_.mentions[static_cast<std::size_t>(nation)].first_token != u ||
        doc_.mentions[static_cast<std::size_t>(nation)].form != MentionForm::Demonym ||
        doc_.mentions[static_cast<std::size_t>(nation)].actor_id.empty()) {
      return {};
    }
    return clause_.match(lex_.act_nouns, doc_.mentions[static_cast<std::size_t>(nation)].end_token) > 0 ? std::vector<int>{nation}
                                                                                                          : std::vector<int>{};
  }

  bool is_bare_verb(std::uint32_t t) const {
    if (t >= end_ || clause_.mention_at(t) >= 0) return false;
    const std::string& word = doc_.token_keys[t];
    if (!std::islower(static_cast<unsigned char>(doc_.token_text(t)[0])) || clause_.ends_phrase(t)) return false;
    if (word.ends_with("ed") || (word.ends_with("s") && !word.ends_with("ss")) || word.ends_with("ing")) return false;
    static const char* const kAuxiliaries[] = {"is", "was", "has", "had", "will", "would", "can", "could", "did", "does",
                                               "should", "must", "may", "might"};
    for (const char* auxiliary : kAuxiliaries) {
      if (word == auxiliary) return false;
    }
    return true;
  }

  long first() const { return static_cast<long>(sentence_.first_token); }

  const Document& doc_;
  const Sentence& sentence_;
  const RelationLexicon::Data& lex_;
  ClauseReader clause_;
  const Attribution* attribution_;
  ClaimPatterns claims_;  // after clause_, which it reads
  const std::uint32_t end_;
  mutable std::uint32_t last_token_read_ = 0;  // where read_ties stopped, so its words are not read again
};

}  // namespace

bool StatementExtractor::names_two_actors(const Document& doc) {
  // Every statement's ends are a mention's actor or a speaker's (add_statement), so these
  // are all the actors a statement can join.
  const std::string* first = nullptr;
  auto another = [&first](const std::string& id) {
    if (id.empty()) return false;
    if (first == nullptr) first = &id;
    return *first != id;
  };
  for (const Mention& m : doc.mentions) {
    if (another(m.actor_id)) return true;
  }
  for (const Attribution& a : doc.attributions) {
    if (another(a.actor_id)) return true;
    for (const std::string& id : a.co_speakers) {
      if (another(id)) return true;
    }
  }
  return false;
}

graph::Actor StatementExtractor::actor(const std::string& id) const {
  if (const ActorEntry* entry = dictionary_.find_id(id)) return dictionary_.actor(*entry);
  return graph::Actor{id, id, graph::ActorKind::Unknown};
}

void StatementExtractor::run(Document& doc) const {
  doc.statements.clear();
  if (!names_two_actors(doc)) return;
  std::size_t next_attribution = 0;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    while (next_attribution < doc.attributions.size() && doc.attributions[next_attribution].sentence < s) {
      ++next_attribution;
    }
    const Attribution* attribution =
        next_attribution < doc.attributions.size() && doc.attributions[next_attribution].sentence == s
            ? &doc.attributions[next_attribution]
            : nullptr;
    if (sentence.duplicate) continue;
    // relations.md: questions assert nothing.
    if (doc.token_text(sentence.end_token - 1) == "?" ||
        (sentence.end_token - sentence.first_token > 1 && doc.token_text(sentence.end_token - 2) == "?")) {
      continue;
    }
    for (const auto& [reading, relation] : SentenceReading(doc, sentence, lexicon_.data(), attribution).read()) {
      for (int source : reading.sources) {
        for (int target : reading.targets) {
          add_statement(doc, sentence, attribution, source, relation, target, nullptr);
          if (source != kSpeaker) continue;
          for (const std::string& co_speaker : attribution->co_speakers) {
            add_statement(doc, sentence, attribution, source, relation, target, &co_speaker);
          }
        }
      }
    }
  }

  // One statement per (sentence, source, relation, target); a title edge that the body
  // repeats is not counted twice.
  std::set<std::tuple<int, std::string, RelationType, std::string>> seen;
  std::set<std::tuple<std::string, RelationType, std::string>> in_body;
  for (const auto& st : doc.statements) {
    if (st.evidence.sentence >= 0) in_body.emplace(st.source.id, st.relation, st.target.id);
  }
  std::erase_if(doc.statements, [&](const graph::Statement& st) {
    if (!seen.emplace(st.evidence.sentence, st.source.id, st.relation, st.target.id).second) return true;
    return st.evidence.sentence < 0 && in_body.count({st.source.id, st.relation, st.target.id}) > 0;
  });
}

void StatementExtractor::add_statement(Document& doc, const Sentence& sentence, const Attribution* attribution,
                                       int source, graph::RelationType relation, int target,
                                       const std::string* co_speaker) const {
  assert(target != kSpeaker && "the speaker is only ever a source");
  const Mention* src = source != kSpeaker ? &doc.mentions[static_cast<std::size_t>(source)] : nullptr;
  const Mention& dst = doc.mentions[static_cast<std::size_t>(target)];
  const std::string& source_id = src ? src->actor_id : co_speaker ? *co_speaker : attribution->actor_id;
  if (source_id.empty() || dst.actor_id.empty() || source_id == dst.actor_id) return;  // relations.md: no self-edges
  graph::Statement statement;
  statement.source = actor(source_id);
  statement.relation = relation;
  statement.target = actor(dst.actor_id);
  if (graph::is_symmetric(relation) && statement.target.id < statement.source.id) {
    std::swap(statement.source, statement.target);
  }
  statement.evidence.doc = doc.id;
  statement.evidence.sentence = sentence.index;
  statement.evidence.text = std::string(doc.slice(sentence.span));
  statement.evidence.date = doc.date;
  // relations.md: the speaker is kept as evidence, also of claims about others.
  int person = src && src->person >= 0 ? src->person : (attribution && !co_speaker ? attribution->person : -1);
  if (person >= 0 && !doc.persons[static_cast<std::size_t>(person)].name.empty()) {
    const Person& speaker = doc.persons[static_cast<std::size_t>(person)];
    statement.evidence.speaker = speaker.name;
    if (!speaker.represents.empty()) statement.evidence.speaker_for = speaker.represents;
  }
  doc.statements.push_back(std::move(statement));
}

}  // namespace ng::ingest
