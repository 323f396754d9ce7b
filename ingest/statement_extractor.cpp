#include "ingest/statement_extractor.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "ingest/clause_reader.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {
namespace {

using graph::RelationType;

// One party list found for a cue, as mention indices.
struct Reading {
  std::vector<int> sources;
  std::vector<int> targets;
};

// relations.md: condemning an event names no target, unless the text blames an actor for
// it: "condemned an attack by Osgiliath soldiers", "denounced Israel's raid".
std::vector<int> blamed_for_event(const ClauseReader& clause, const Document& doc, const RelationLexicon::Data& lex,
                                  std::uint32_t object) {
  const std::uint32_t end = clause.sentence().end_token;
  std::uint32_t t = object;
  if (t < end && (doc.token_keys[t] == "the" || doc.token_keys[t] == "a" || doc.token_keys[t] == "an")) ++t;
  int owner = clause.mention_at(t);
  if (owner >= 0 && doc.mentions[static_cast<std::size_t>(owner)].first_token == t) {
    std::uint32_t after = doc.mentions[static_cast<std::size_t>(owner)].end_token;
    const Mention& m = doc.mentions[static_cast<std::size_t>(owner)];
    if (after < end && doc.token_keys[after] == "'s" && clause.match(lex.event_nouns, after + 1) &&
        m.form != MentionForm::Demonym && !m.actor_id.empty()) {
      return {owner};
    }
    return {};
  }
  for (std::uint32_t u = t; u < end && u < t + 4; ++u) {
    if (clause.mention_at(u) >= 0 || doc.token_keys[u] == ",") break;
    if (std::size_t length = clause.match(lex.event_nouns, u)) {
      std::uint32_t by = u + static_cast<std::uint32_t>(length);
      if (by < end && doc.token_keys[by] == "by") return clause.object_at(by + 1);
      break;
    }
  }
  return {};
}

// "Iran, which Washington has accused of ...": the object of the verb is the name the
// relative clause hangs on.
std::vector<int> relative_antecedent(const ClauseReader& clause, const Document& doc, int subject) {
  std::uint32_t first = doc.mentions[static_cast<std::size_t>(subject)].first_token;
  std::uint32_t begin = clause.sentence().first_token;
  if (first < begin + 3) return {};
  const std::string& relative = doc.token_keys[first - 1];
  if ((relative != "which" && relative != "whom") || doc.token_keys[first - 2] != ",") return {};
  int antecedent = clause.mention_ending_at(first - 2);
  if (!clause.is_party(antecedent)) return {};
  return {antecedent};
}

}  // namespace

graph::Actor StatementExtractor::actor(const std::string& id) const {
  if (const ActorEntry* entry = dictionary_.find_id(id)) return dictionary_.actor(*entry);
  return graph::Actor{id, id, graph::ActorKind::Unknown};
}

void StatementExtractor::run(Document& doc) const {
  const auto& lex = lexicon_.data();
  doc.statements.clear();
  std::size_t next_attribution = 0;

  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    while (next_attribution < doc.attributions.size() && doc.attributions[next_attribution].sentence < s) {
      ++next_attribution;
    }
    const Attribution* attribution = next_attribution < doc.attributions.size() &&
                                             doc.attributions[next_attribution].sentence == s
                                         ? &doc.attributions[next_attribution]
                                         : nullptr;
    if (sentence.duplicate) continue;
    // relations.md: questions assert nothing.
    if (doc.token_text(sentence.end_token - 1) == "?" ||
        (sentence.end_token - sentence.first_token > 1 && doc.token_text(sentence.end_token - 2) == "?")) {
      continue;
    }
    ClauseReader clause(doc, sentence, lex);
    const std::uint32_t end = sentence.end_token;

    // Does anything between `from` and the cue at `cue` deny, negate, plan or suppose it?
    auto undermined = [&](long from, std::uint32_t cue) {
      // A denial or condition reaches the cue unless a new clause starts between them:
      // "Russia denied having ties" but "Moscow denies this and accuses Turkey".
      bool scoped = false;
      for (std::uint32_t t = sentence.first_token; t < cue; ++t) {
        const std::string& key = doc.token_keys[t];
        if (key == ";" || ((key == "and" || key == "but") && clause.mention_ending_at(t) < 0)) scoped = false;
        if (clause.match(lex.denials, t) || clause.match(lex.conditionals, t)) scoped = true;
      }
      if (scoped) return true;
      for (long t = std::max<long>(from, sentence.first_token); t < static_cast<long>(cue); ++t) {
        auto u = static_cast<std::uint32_t>(t);
        if (clause.mention_at(u) >= 0) continue;
        if (clause.match(lex.negations, u) || clause.match(lex.plans, u)) return true;
      }
      return false;
    };
    auto after_subject = [&](const std::vector<int>& subject, std::uint32_t cue) -> long {
      return subject.empty() ? static_cast<long>(cue) - 3
                             : static_cast<long>(doc.mentions[static_cast<std::size_t>(subject.back())].end_token);
    };

    std::vector<std::pair<Reading, RelationType>> readings;
    for (std::uint32_t t = sentence.first_token; t < end; ++t) {
      if (clause.mention_at(t) >= 0) continue;
      auto cue = lex.cues.match(doc.token_keys, t, end);
      if (cue.length == 0) continue;
      const RelationType relation = cue_relation(cue.tag);
      const CueKind kind = cue_kind(cue.tag);
      const auto cue_end = t + static_cast<std::uint32_t>(cue.length);
      Reading reading;
      switch (kind) {
        case CueKind::Verb:
        case CueKind::VerbNeedsTo:
        case CueKind::TieVerb: {
          // Passive: "Russia was criticized by NATO", "he was criticized during the
          // campaign by Johnson": the subject is the target; the source follows "by".
          long before = clause.skip_left(static_cast<long>(t) - 1);
          bool passive = false;
          if (doc.token_text(t).ends_with("ed") && relation != RelationType::HasTiesWith) {  // "is allied with"
            for (long u = std::max<long>(before + 1, sentence.first_token); u < static_cast<long>(t); ++u) {
              const std::string& key = doc.token_keys[static_cast<std::size_t>(u)];
              passive = passive || key == "was" || key == "were" || key == "been" || key == "is" || key == "are" ||
                        key == "being" || key == "be";
            }
          }
          if (passive) {
            reading.targets = clause.subject_before(t);
            for (std::uint32_t u = cue_end; u < end && u < cue_end + 8 && doc.token_keys[u] != ","; ++u) {
              if (doc.token_keys[u] == "by") {
                reading.sources = clause.object_at(u + 1);
                break;
              }
            }
          } else {
            reading.sources = clause.subject_before(t);
            if (reading.sources.empty() && doc.token_text(t).ends_with("ing") && before >= static_cast<long>(sentence.first_token)) {
              // "..., accusing Turkey of ...", "by urging London to ...": the sentence's subject acts.
              const std::string& key = doc.token_keys[static_cast<std::size_t>(before)];
              if (key == "," || key == "while" || key == "by" || key == "after") reading.sources = clause.main_subject();
            }
            std::uint32_t object = cue_end;
            if (relation == RelationType::Urges && doc.token_keys[t].starts_with("demand") && object < end &&
                doc.token_keys[object] == "that") {
              ++object;  // "X demanded that Y withdraw"
            }
            reading.targets = relation == RelationType::Urges ? clause.object_at(object) : clause.head_object_at(object);
            if (kind == CueKind::VerbNeedsTo && !reading.targets.empty()) {
              std::uint32_t after = doc.mentions[static_cast<std::size_t>(reading.targets.back())].end_token;
              if (after >= end || (doc.token_keys[after] != "to" && doc.token_keys[after] != "not")) {
                reading.targets.clear();
              }
            }
            if (reading.targets.empty() && relation == RelationType::Criticizes) {
              reading.targets = blamed_for_event(clause, doc, lex, object);
            }
            if (reading.targets.empty() && !reading.sources.empty()) {
              reading.targets = relative_antecedent(clause, doc, reading.sources.front());
            }
            if (reading.targets.empty() && relation == RelationType::Criticizes && doc.token_keys[t].starts_with("blam")) {
              // "blamed the attack on the Islamic State": the one blamed follows "on".
              for (std::uint32_t u = cue_end; u < end && u < cue_end + 8; ++u) {
                if (doc.token_keys[u] == "on") {
                  reading.targets = clause.object_at(u + 1);
                  break;
                }
                if (clause.mention_at(u) >= 0 || doc.token_keys[u] == ",") break;
              }
            }
          }
          if (undermined(after_subject(reading.sources, t), t)) reading = {};
          break;
        }
        case CueKind::TieSupport: {
          // "has ties with", "restored full diplomatic relations with", "have no ties".
          std::uint32_t noun = clause.skip_right(cue_end);
          std::size_t length = clause.match(lex.tie_nouns, noun);
          if (length == 0) break;
          std::uint32_t after = noun + static_cast<std::uint32_t>(length);
          reading.sources = clause.subject_before(t);
          if (after < end && doc.token_keys[after] == "with") {
            reading.targets = clause.head_object_at(after + 1);
          } else if (reading.sources.size() >= 2) {
            // "X and Y restored diplomatic relations": ties among the subjects.
            reading.targets = reading.sources;
          }
          bool negated = false;
          for (std::uint32_t u = cue_end; u < noun; ++u) negated = negated || clause.match(lex.negations, u) > 0;
          if (negated || undermined(after_subject(reading.sources, t), t)) reading = {};
          t = after - 1;
          break;
        }
        case CueKind::Failure:
        case CueKind::Obligation: {
          // relations.md: "He said that the U.S has failed", "Y should do Z" said by X.
          if (attribution == nullptr || attribution->actor_id.empty()) break;
          if (kind == CueKind::Failure) {
            bool auxiliary = t > sentence.first_token &&
                             (doc.token_keys[t - 1] == "has" || doc.token_keys[t - 1] == "have" ||
                              doc.token_keys[t - 1] == "had");
            bool infinitive = cue_end < end && doc.token_keys[cue_end] == "to";
            if (!auxiliary && !infinitive) break;
            // The subject noun phrase: back to the clause boundary; its first party that is
            // not a place ("the NATO mission in Afghanistan has failed" -> NATO).
            long p = static_cast<long>(t) - 1;
            if (auxiliary) --p;
            if (!auxiliary) {
              // "Japan failed to ...": without an auxiliary the subject must stand right there.
              p = clause.skip_left(p);
              int m = p >= static_cast<long>(sentence.first_token) ? clause.mention_ending_at(static_cast<std::uint32_t>(p + 1)) : -1;
              if (!clause.is_party(m)) break;
            }
            long boundary = p;
            while (boundary >= static_cast<long>(sentence.first_token) && boundary > p - 8) {
              const std::string& key = doc.token_keys[static_cast<std::size_t>(boundary)];
              if (clause.mention_at(static_cast<std::uint32_t>(boundary)) < 0 && (key == "that" || key == "," || key == "\"" || key == "and" || key == "but" || key == ";" ||
                  key == ":" || lex.reporting_verbs.contains(key))) {
                break;
              }
              --boundary;
            }
            for (long u = boundary + 1; u <= p; ++u) {
              int m = clause.mention_at(static_cast<std::uint32_t>(u));
              // "Iran's policy has failed" criticizes Iran (relations.md: "or its policy").
              bool owner = m >= 0 && clause.is_possessive(m) && !doc.mentions[static_cast<std::size_t>(m)].actor_id.empty() &&
                           doc.mentions[static_cast<std::size_t>(m)].form != MentionForm::Demonym;
              if (owner || clause.is_party(m)) {
                reading.targets = {m};
                break;
              }
            }
            if (!reading.targets.empty() && undermined(p, t)) reading = {};
          } else {
            // "ISIL must be defeated" urges nobody: the subject suffers the act.
            bool passive = cue_end + 1 < end && doc.token_keys[cue_end] == "be" &&
                           (doc.token_text(cue_end + 1).ends_with("ed") || doc.token_text(cue_end + 1).ends_with("en"));
            if (!passive) reading.targets = clause.subject_before(t);
          }
          if (!reading.targets.empty()) reading.sources = {-1};  // the speaker
          break;
        }
      }
      if (reading.targets.empty() && reading.sources.size() >= 2 && kind != CueKind::Failure &&
          kind != CueKind::Obligation) {
        // "The United States and China accuse each other": every one of them, of the others.
        std::uint32_t object = cue_end;
        if (object + 1 < end && ((doc.token_keys[object] == "each" && doc.token_keys[object + 1] == "other") ||
                                 (doc.token_keys[object] == "one" && doc.token_keys[object + 1] == "another"))) {
          reading.targets = reading.sources;
        }
      }
      if (!reading.sources.empty() && !reading.targets.empty()) readings.emplace_back(std::move(reading), relation);
    }

    for (const auto& [reading, relation] : readings) {
      for (int source : reading.sources) {
        for (int target : reading.targets) {
          const Mention* src = source >= 0 ? &doc.mentions[static_cast<std::size_t>(source)] : nullptr;
          const Mention& dst = doc.mentions[static_cast<std::size_t>(target)];
          std::string source_id = src ? src->actor_id : attribution->actor_id;
          if (source_id.empty() || dst.actor_id.empty() || source_id == dst.actor_id) continue;  // no self-edges
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
          int person = src && src->person >= 0 ? src->person : (attribution ? attribution->person : -1);
          if (person >= 0 && !doc.persons[static_cast<std::size_t>(person)].name.empty()) {
            statement.evidence.speaker = doc.persons[static_cast<std::size_t>(person)].name;
          }
          doc.statements.push_back(std::move(statement));
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

}  // namespace ng::ingest
