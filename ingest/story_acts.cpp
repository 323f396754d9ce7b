#include "ingest/story_acts.hpp"

#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

namespace ng::ingest {
namespace {

// How far back the story may have named the act: the lead and the paragraphs after it.
constexpr std::size_t kSentencesBack = 8;

bool is_lower_word(const Document& doc, std::uint32_t t) {
  const std::string_view text = doc.token_text(t);
  return !text.empty() && std::islower(static_cast<unsigned char>(text[0]));
}

// The act noun that ends the definite phrase opening at t ("the launch", "these annual
// drills"), or 0 when t opens none, or one whose author the sentence names itself ("the U.S.
// drills", "the launch by", "the launch of a satellite").
std::uint32_t definite_act(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                           std::uint32_t t) {
  const std::uint32_t end = clause.sentence().end_token;
  if (t >= end) return 0;
  // "Sunday's launch", "last month's test": a time's possessive is as definite as "the".
  if (t + 2 < end && doc.token_keys[t] == "last") ++t;
  if (t + 2 < end && doc.token_keys[t + 1] == "'s" && clause.mention_at(t) < 0 &&
      (lex.not_names.contains(doc.token_keys[t]) || doc.token_keys[t] == "week" || doc.token_keys[t] == "month" ||
       doc.token_keys[t] == "year" || doc.token_keys[t] == "yesterday")) {
    ++t;
  } else if (doc.token_keys[t] != "the" && doc.token_keys[t] != "this" && doc.token_keys[t] != "these") {
    return 0;
  }
  for (std::uint32_t u = t + 1; u < end && u < t + 4; ++u) {
    if (clause.mention_at(u) >= 0) return 0;
    if (clause.match(lex.act_nouns, u) == 1 || clause.match(lex.accord_nouns, u) == 1) {
      const std::uint32_t after = u + 1;
      if (after < end && (doc.token_keys[after] == "by" || doc.token_keys[after] == "between" ||
                          doc.token_keys[after] == "of" || doc.token_keys[after] == "'s")) {
        return 0;
      }
      return u;
    }
    if (!is_lower_word(doc, u) || (clause.ends_phrase(u) && !clause.participle_adjective(u))) return 0;
  }
  return 0;
}

// The noun's other number ("launch"/"launches", "drill"/"drills").
bool same_noun(std::string_view key, std::string_view noun) {
  auto plural_of = [](std::string_view plural, std::string_view singular) {
    return (plural.size() == singular.size() + 1 && plural.starts_with(singular) && plural.ends_with("s")) ||
           (plural.size() == singular.size() + 2 && plural.starts_with(singular) && plural.ends_with("es"));
  };
  return key == noun || plural_of(key, noun) || plural_of(noun, key);
}

// The past of the verb the noun names ("launched", "tested", "moved"; "annexed" for the
// annexation, "deployed" for the deployment, "seized" for the seizure, "escalated" for the
// escalation, "proposed" for the proposal).
bool verb_of_noun(std::string_view key, std::string_view noun) {
  if (noun.ends_with("es") && noun.size() > 4 && (noun.ends_with("ches") || noun.ends_with("shes"))) noun.remove_suffix(2);
  else if (noun.ends_with("s") && !noun.ends_with("ss")) noun.remove_suffix(1);
  auto past_of = [&](std::string_view stem) {
    if (stem.size() < 3) return false;
    if (stem.ends_with("e")) return key.size() == stem.size() + 1 && key.starts_with(stem) && key.ends_with("d");
    return key.size() == stem.size() + 2 && key.starts_with(stem) && key.ends_with("ed");
  };
  if (past_of(noun)) return true;
  for (const std::string_view suffix : {"ation", "ment", "ure", "al", "ion"}) {  // ("execution": "executed")
    if (!noun.ends_with(suffix)) continue;
    const std::string_view stem = noun.substr(0, noun.size() - suffix.size());
    if (past_of(stem) || (suffix == "ation" && key.size() == stem.size() + 4 && key.starts_with(stem) && key.ends_with("ated"))) {
      return true;
    }
  }
  return false;
}

// Who did the act named at `named` (a noun, or the verb it comes from) in the sentence `c`
// reads.
std::vector<int> author_in(const Document& doc, const ClauseReader& c, const RelationLexicon::Data& lex, std::uint32_t named,
                           bool verb) {
  if (verb) return c.subject_before(named);
  const std::uint32_t first = c.sentence().first_token;
  const std::uint32_t end = c.sentence().end_token;
  const std::uint32_t after = named + 1;
  if (after + 1 < end && doc.token_keys[after] == "by") return c.object_at(after + 1);  // "drills by Seoul"
  // "drills between Seoul and Washington", "the accord between the EU and Turkey"
  if (after + 1 < end && doc.token_keys[after] == "between") return c.parties_between(after + 1);
  // Back over the adjectives ("annual military drills") to a possessor ("North Korea's
  // launch"), names that modify the act ("North Korean launch", "U.S. and South Korean
  // drills") or a verb of doing whose object it was ("began annual military drills").
  std::uint32_t u = named;
  while (u > first + 1 && u + 4 > named && c.mention_at(u - 1) < 0 && is_lower_word(doc, u - 1) &&
         !lex.prepositions.contains(doc.token_keys[u - 1]) && doc.token_keys[u - 1] != "of" &&
         doc.token_keys[u - 1] != "the" && doc.token_keys[u - 1] != "a" && doc.token_keys[u - 1] != "an" &&
         c.match(lex.copulas, u - 1) == 0 && c.match(lex.reporting_verbs, u - 1) == 0 &&
         c.match_ending(lex.acting_verbs, u) == 0) {
    --u;
  }
  if (u > first + 1 && doc.token_keys[u - 1] == "'s") {
    const int owner = c.mention_ending_at(u - 1);
    if (owner >= 0 && !doc.mentions[static_cast<std::size_t>(owner)].actor_id.empty()) return {owner};
    return {};
  }
  if (const int modifier = c.mention_ending_at(u); modifier >= 0) {
    // "the Paris attacks", "the Istanbul bombing": a city before an attack is its place.
    if (c.match(lex.attack_nouns, named) > 0) return {};
    std::vector<int> names;
    for (int m = modifier; m >= 0;) {
      const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
      if (mention.actor_id.empty() || mention.form == MentionForm::Capital) return {};
      names.insert(names.begin(), m);
      std::uint32_t joint = mention.first_token;
      if (joint > first + 1 && doc.token_keys[joint - 1] == "the") --joint;
      if (joint <= first + 1 || (doc.token_keys[joint - 1] != "and" && doc.token_keys[joint - 1] != "-")) break;
      m = c.mention_ending_at(joint - 1);
    }
    return names;
  }
  std::uint32_t v = u;
  if (v > first + 1 && (doc.token_keys[v - 1] == "the" || doc.token_keys[v - 1] == "a" || doc.token_keys[v - 1] == "an")) --v;
  if (const std::size_t doing = c.match_ending(lex.acting_verbs, v); doing > 0) {
    return c.subject_before(v - static_cast<std::uint32_t>(doing));
  }
  return {};
}


}  // namespace

// "urged Turkey to withdraw its troops, calling the deployment a violation": a definite act
// at t in a participle that explains a call to undo something is the act of the one called
// on ("urged", "appealed to", "called on" right before the name, "to" and the verb after it;
// or "demanded that" before it and the verb right after).
std::vector<int> asked_to_undo(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                               std::uint32_t t) {
  const std::uint32_t first = clause.sentence().first_token;
  std::uint32_t comma = 0;
  for (std::uint32_t u = t; u > first + 1 && u + 4 > t && comma == 0; --u) {
    if (doc.token_keys[u - 1] == ",") comma = u - 1;
  }
  if (comma == 0 || !doc.token_keys[comma + 1].ends_with("ing")) return {};
  for (std::uint32_t verb = first + 2; verb < comma; ++verb) {
    if (clause.match(lex.undoing_verbs, verb) == 0) continue;
    // ("urged Turkey to withdraw", "demanded that Turkey withdraw", "said Turkey must withdraw")
    const bool infinitive = doc.token_keys[verb - 1] == "to";
    const auto obligation = static_cast<std::uint32_t>(clause.obligation_ending_at(verb));
    const int asked = clause.mention_ending_at(infinitive ? verb - 1 : verb - obligation);
    if (!clause.is_party(asked)) continue;
    if (obligation > 0 && !clause.undermined(verb - obligation)) return clause.list_until(asked);
    std::vector<int> list = clause.list_until(asked);
    std::uint32_t named = doc.mentions[static_cast<std::size_t>(list.front())].first_token;
    if (!infinitive) {
      if (named < first + 2 || doc.token_keys[named - 1] != "that") continue;
      --named;
    }
    for (std::uint32_t length = 1; length <= 3 && named >= first + length; ++length) {
      const auto cue = lex.cues.match(doc.token_keys, named - length, named);
      // (a cue may read on past the name's start: "demanded that")
      if (cue.length >= length && cue_relation(cue.tag) == graph::RelationType::Urges) return list;
    }
  }
  return {};
}

std::vector<int> story_act_author(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                                  std::uint32_t t) {
  const std::uint32_t noun = definite_act(doc, clause, lex, t);
  if (noun == 0) return {};
  const std::string_view key = doc.token_keys[noun];
  // The words that may have named the act: the noun itself and its kin ("the launch" after
  // "fired a missile").
  std::vector<std::string_view> names{key};
  for (const auto& [kin_of, kin] : lex.kindred_acts) {
    if (!same_noun(key, kin_of)) continue;
    names.insert(names.end(), kin.begin(), kin.end());
  }
  const auto here = static_cast<std::size_t>(&clause.sentence() - doc.sentences.data());
  for (std::size_t back = 0; back <= kSentencesBack && back <= here; ++back) {
    const Sentence& sentence = doc.sentences[here - back];
    const std::uint32_t last = back == 0 ? t : sentence.end_token;
    std::optional<ClauseReader> earlier;  // read only where the act is named
    for (std::uint32_t u = last; u > sentence.first_token; --u) {
      std::string_view word = doc.token_keys[u - 1];
      // "test-fired", "test-launched": a compound verb names the act by its last part.
      if (const std::size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos && hyphen > 0) {
        word.remove_prefix(hyphen + 1);
      }
      bool as_noun = false;
      bool as_verb = false;
      for (const std::string_view name : names) {
        as_noun = as_noun || same_noun(word, name);
        as_verb = as_verb || verb_of_noun(word, name);
      }
      if (!as_noun && !as_verb) continue;
      if (back > 0 && !earlier) earlier.emplace(doc, sentence, lex);
      // A naming that gives no author ("The rocket was launched ...") leaves the search to
      // the one before.
      std::vector<int> author = author_in(doc, back == 0 ? clause : *earlier, lex, u - 1, !as_noun);
      if (!author.empty()) return author;
    }
  }
  if (std::vector<int> asked = asked_to_undo(doc, clause, lex, t); !asked.empty()) return asked;
  // "Russia annexed Crimea. The United States called the move illegal": a word for any act
  // is the act the sentence before told of, by its subject; past sentences whose subject is
  // no party ("Several soldiers were killed during the assault, they added").
  if (clause.match(lex.general_acts, noun) == 0) return {};
  for (std::size_t back = 1; back <= 3 && back <= here; ++back) {
    const ClauseReader earlier(doc, doc.sentences[here - back], lex);
    if (std::vector<int> subject = earlier.main_subject(); !subject.empty()) return subject;
    // (a sentence that names a party may be about it without it as the subject: stop there)
    for (std::uint32_t u = doc.sentences[here - back].first_token; u < doc.sentences[here - back].end_token; ++u) {
      if (earlier.is_party(earlier.mention_at(u))) return {};
    }
  }
  return {};
}


std::vector<int> act_ending_at(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                               std::uint32_t end) {
  for (std::uint32_t u = end; u > clause.sentence().first_token && u + 4 > end; --u) {
    const std::string& key = doc.token_keys[u - 1];
    if (key == "the" || key == "this" || key == "these") return story_act_author(doc, clause, lex, u - 1);
    if (clause.mention_at(u - 1) >= 0 || clause.ends_phrase(u - 1)) break;
  }
  return {};
}

std::vector<int> it_told_before(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex, int subject,
                                std::uint32_t verb) {
  if (subject < 0) return {};
  const Mention& named = doc.mentions[static_cast<std::size_t>(subject)];
  if (named.first_token > clause.subject_start() + 1) return {};
  for (std::uint32_t u = named.end_token; u < verb; ++u) {
    const std::string& key = doc.token_keys[u];
    if (!clause.is_adverb(u) && clause.match(lex.skippable, u) == 0 && clause.match(lex.plans, u) == 0 && key != "has" &&
        key != "have" && key != "had") {
      return {};
    }
  }
  return clause.previous_subject();
}

std::vector<int> previous_doer(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex) {
  const Sentence& sentence = clause.sentence();
  const std::uint32_t first = sentence.first_token;
  if (first + 1 >= sentence.end_token || (doc.token_keys[first] != "this" && doc.token_keys[first] != "that") ||
      clause.mention_at(first + 1) >= 0 || std::isupper(static_cast<unsigned char>(doc.token_text(first + 1)[0]))) {
    return {};
  }
  // "This was", "This has been": the pronoun is the subject, not a determiner ("This move").
  const std::string& next = doc.token_keys[first + 1];
  if (!lex.passive_auxiliaries.contains(next) && next != "has" && next != "had") return {};
  return clause.previous_subject();
}

}  // namespace ng::ingest
