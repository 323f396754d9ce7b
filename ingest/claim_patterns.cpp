#include "ingest/claim_patterns.hpp"

#include <cctype>

#include "ingest/story_acts.hpp"

namespace ng::ingest {

ClaimPatterns::ClaimPatterns(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                             const Attribution* attribution)
    : doc_(doc), sentence_(clause.sentence()), clause_(clause), lex_(lex), attribution_(attribution),
      end_(clause.sentence().end_token) {}

// relations.md: "He said that the U.S has failed to ..." criticizes the U.S; so does
// "the NATO mission in Afghanistan has failed" (NATO, not the place) and "Iran's policy
// has failed". The source is the sentence's speaker.
Reading ClaimPatterns::failure(std::uint32_t t, std::uint32_t cue_end) const {
  const std::vector<int> speakers = claim_speakers(t);
  if (speakers.empty()) return {};
  // ('the OAS had "failed Latin America"': the auxiliary before the quote mark)
  const std::uint32_t before = t > sentence_.first_token + 1 && doc_.token_keys[t - 1] == "\"" ? t - 2 : t - 1;
  bool auxiliary = t > sentence_.first_token && (doc_.token_keys[before] == "has" ||
                                                 doc_.token_keys[before] == "have" || doc_.token_keys[before] == "had");
  // ('had "utterly failed" to abide': past the quote mark)
  const std::uint32_t after = clause_.skip_right(cue_end);
  bool infinitive = after < end_ && doc_.token_keys[after] == "to";
  if (!auxiliary && !infinitive) return {};  // "the failed coup"
  long p = static_cast<long>(t) - 1;
  if (auxiliary) {
    p = static_cast<long>(before) - 1;
  } else {
    // "Japan failed to ...": without an auxiliary the subject must stand right there.
    p = clause_.skip_left(p);
    int m = p >= first() ? clause_.mention_ending_at(static_cast<std::uint32_t>(p + 1)) : -1;
    if (!clause_.is_party(m)) return {};
  }
  Reading reading;
  reading.targets = claim_subject(p, false);
  if (reading.targets.empty() || clause_.undermined(t)) return {};
  // ("Canadian and Egyptian negotiators failed to conclude an agreement": a failure its own
  // speaker shares blames no one)
  if (speakers.size() == 1 && speakers.front() == kSpeaker && attribution_ != nullptr) {
    for (int target : reading.targets) {
      if (doc_.mentions[static_cast<std::size_t>(target)].actor_id == attribution_->actor_id) return {};
    }
  }
  reading.sources = speakers;
  return reading;
}

Reading ClaimPatterns::duty_not_kept(std::uint32_t t) const {
  const std::string& key = doc_.token_keys[t];
  if ((key != "not" && key != "n't" && key != "never") || t <= sentence_.first_token + 1 || t + 1 >= end_) return {};
  const std::string& auxiliary = doc_.token_keys[t - 1];
  // ("was not honoring": a form of "be" only before the -ing form; "was not respected" is passive)
  const bool be = auxiliary == "is" || auxiliary == "are" || auxiliary == "was" || auxiliary == "were";
  if (!be && auxiliary != "did" && auxiliary != "does" && auxiliary != "do" && auxiliary != "has" && auxiliary != "have" &&
      auxiliary != "had") {
    return {};
  }
  const std::uint32_t verb = clause_.skip_right(t + 1);
  if (verb >= end_ || clause_.match(lex_.keeping_verbs, verb) == 0 || (be && !doc_.token_keys[verb].ends_with("ing"))) return {};
  const std::vector<int> speakers = claim_speakers(t);
  if (speakers.empty() || clause_.undermined(t)) return {};
  Reading reading;
  reading.targets = claim_subject(static_cast<long>(t) - 2, false);
  if (!reading.targets.empty()) reading.sources = speakers;
  return reading;
}

// annotation.md: "an evaluative claim about a named actor or its act is criticism":
// "Turkey and Saudi Arabia were behind violations", "Moscow's bombing undermined the
// peace efforts", "Turkish shelling amounted to support for insurgents", said by the
// sentence's speaker.
Reading ClaimPatterns::claim(std::uint32_t t, std::uint32_t cue_end) const {
  const std::vector<int> speakers = claim_speakers(t);
  if (speakers.empty() || clause_.undermined(t)) return {};
  // "actions to undermine Israel" is a purpose; "warned Iran against exacerbating the
  // crisis", "kept Russia from violating", "people charged with violating" an act that
  // the clause does not say its subject did (but "continued to commit" is done).
  if (t > sentence_.first_token) {
    const std::string& before = doc_.token_keys[t - 1];
    const bool goes_on = before == "to" && t > sentence_.first_token + 1 &&
                         (doc_.token_keys[t - 2].starts_with("continu") || doc_.token_keys[t - 2] == "keep");
    if (!goes_on && (lex_.prepositions.contains(before) || before == "of" || before == "with" || before == "without")) return {};
  }
  // "Israel's policies had caused the latest wave of violence": a verb of causing blames only
  // with a harm in its object ("caused a stir" does not).
  if (clause_.match(lex_.harm_verbs, t) > 0) {
    bool harm = false;
    for (std::uint32_t u = cue_end; !harm && u < end_ && u < cue_end + 6; ++u) {
      const std::string& key = doc_.token_keys[u];
      if (key == "," || key == ";" || key == "and" || key == "but" || clause_.mention_at(u) >= 0) break;
      harm = clause_.match(lex_.harm_nouns, u) > 0;
    }
    if (!harm) return {};
  }
  Reading reading;
  // "the Airbus consortium is unfairly subsidized by Britain and France": the agents after
  // "by" are blamed, not the subject that suffers the act.
  if (t + 1 < end_ && clause_.is_participle(t + 1)) reading.targets = blamed_by(t);
  // "Japan was hurt by the rise of the yen": a claim verb in the passive blames only the agent.
  long before = static_cast<long>(t) - 1;
  while (before > first() && clause_.is_adverb(static_cast<std::uint32_t>(before))) --before;
  // (not the progressive: "is deliberately aggravating tensions")
  const bool agent_follows = cue_end < end_ && doc_.token_keys[cue_end] == "by";
  if (reading.targets.empty() && before >= first() && (agent_follows || clause_.is_participle(t)) &&
      !doc_.token_keys[t].ends_with("ing") && clause_.match(lex_.passive_auxiliaries, static_cast<std::uint32_t>(before)) > 0) {
    reading.targets = blamed_by(t);
    if (reading.targets.empty()) return {};
  }
  // "were financing and arming the terrorist groups": past a verb joined by "and".
  long subject_end = static_cast<long>(t) - 1;
  if (subject_end > first() + 1 && doc_.token_keys[static_cast<std::size_t>(subject_end)] == "and") {
    const auto verb = static_cast<std::uint32_t>(subject_end - 1);
    const std::string& word = doc_.token_keys[verb];
    if (clause_.mention_at(verb) < 0 && std::islower(static_cast<unsigned char>(doc_.token_text(verb)[0])) &&
        (word.ends_with("ing") || word.ends_with("ed"))) {
      subject_end = static_cast<long>(verb) - 1;
    }
  }
  if (reading.targets.empty()) reading.targets = claim_subject(clause_.skip_left(subject_end), true);
  if (reading.targets.empty()) reading.targets = duty_owner(cue_end);
  if (!reading.targets.empty()) reading.sources = speakers;
  return reading;
}

// "the proposed tax would violate EC obligations under the GATT": whose obligation a claim
// verb ending before cue_end breaks, when its subject names no party; the owner breaks it.
std::vector<int> ClaimPatterns::duty_owner(std::uint32_t cue_end) const {
  std::uint32_t u = cue_end;
  if (u < end_ && doc_.token_keys[u] == "the") ++u;
  const int owner = clause_.mention_at(u);
  if (owner < 0 || doc_.mentions[static_cast<std::size_t>(owner)].first_token != u ||
      doc_.mentions[static_cast<std::size_t>(owner)].actor_id.empty()) {
    return {};
  }
  std::uint32_t after = doc_.mentions[static_cast<std::size_t>(owner)].end_token;
  if (after < end_ && doc_.token_keys[after] == "'s") ++after;
  return clause_.match(lex_.duty_nouns, clause_.skip_right(after)) > 0 ? std::vector<int>{owner} : std::vector<int>{};
}

// "Abe said North Korea's missile capability is a \"direct and grave threat\"", "Peru's
// troop build-up was a violation of the accord": an evaluative word after a copula, the
// copula's subject criticized by the speaker, or the author the word names after "by"
// ("the blasts were an escalation by Ankara"); `by_only` takes only the latter.
Reading ClaimPatterns::evaluation(std::uint32_t t, bool by_only) const {
  const std::vector<int> speakers = claim_speakers(t);
  if (speakers.empty()) return {};
  if (!by_only) {
    if (Reading manner = judged_manner(t); !manner.targets.empty()) {
      manner.sources = speakers;
      return manner;
    }
    if (Reading act = judged_act_by(t); !act.targets.empty()) {
      act.sources = speakers;
      return act;
    }
  }
  long u = static_cast<long>(t) - 1;
  for (int words = 0; u >= first() && words < 8; ++words) {
    const auto at = static_cast<std::uint32_t>(u);
    const std::string& key = doc_.token_keys[at];
    // "is an example of extreme protectionism": a frame around the evaluation.
    if (std::size_t frame = clause_.match_ending(lex_.evaluation_frames, at + 1); frame > 0) {
      u -= static_cast<long>(frame);
      continue;
    }
    if (std::size_t link = clause_.match_ending(lex_.copulas, at + 1)) {
      const auto copula = static_cast<std::uint32_t>(u + 1 - static_cast<long>(link));
      if (clause_.undermined(copula)) return {};
      if (Reading said = said_of_what(copula); !said.targets.empty()) return said;
      Reading reading;
      reading.targets = blamed_by(t);
      if (reading.targets.empty() && !by_only) {
        reading.targets = claim_subject(clause_.skip_left(static_cast<long>(copula) - 1), true);
      }
      if (reading.targets.empty() && !by_only) reading.targets = judged_for(t);
      if (!reading.targets.empty()) reading.sources = speakers;
      return reading;
    }
    // "is designated a terrorist group": a participle after the copula makes it a passive
    // (but "was an unprecedented provocation": after an article it is an adjective).
    if (key.ends_with("ed") && !clause_.match(lex_.epithets, at) && !is_evaluative(at) &&
        !clause_.participle_adjective(at)) {
      return {};
    }
    // "was in violation of": "in" right before the evaluation.
    const bool filler = key == "\"" || key == "a" || key == "an" || key == "and" || clause_.is_adverb(at) ||
                        (key == "in" && at + 1 == t) ||
                        clause_.match(lex_.skippable, at) ||
                        (std::islower(static_cast<unsigned char>(doc_.token_text(at)[0])) && !clause_.ends_phrase(at));
    if (!filler || clause_.mention_at(at) >= 0) return {};
    --u;
  }
  return {};
}

// "not to give in to \"brutal pressure\" from the United States", "the illegal occupation by
// Israel": an act the speaker judges, its doer after "by" or "from". Only an act noun: "the
// illegal immigrants from Mexico" are no act of Mexico's.
Reading ClaimPatterns::judged_act_by(std::uint32_t t) const {
  std::uint32_t u = t + 1;
  while (u < end_ && u < t + 4 && (doc_.token_keys[u] == "\"" || doc_.token_keys[u] == "and" || is_evaluative(u))) ++u;
  const std::size_t act = u < end_ ? clause_.match(lex_.act_nouns, u) : 0;
  if (act == 0) return {};
  u += static_cast<std::uint32_t>(act);
  if (u < end_ && doc_.token_keys[u] == "\"") ++u;
  if (u + 1 >= end_ || (doc_.token_keys[u] != "by" && doc_.token_keys[u] != "from")) return {};
  Reading reading;
  reading.targets = clause_.object_at(u + 1);
  return reading;
}

// "the Pentagon said Russia had intercepted a U.S. aircraft in an \"unsafe and
// unprofessional\" way": an act done in a judged manner is its doer's fault. The doer is the
// subject of the nearest past verb before "in a ... way".
Reading ClaimPatterns::judged_manner(std::uint32_t t) const {
  auto filler = [&](std::uint32_t at) {
    const std::string& key = doc_.token_keys[at];
    return key == "\"" || key == "and" || clause_.is_adverb(at) || is_evaluative(at);
  };
  std::uint32_t after = t + 1;
  while (after < end_ && after < t + 5 && filler(after)) ++after;
  if (after >= end_ || (doc_.token_keys[after] != "way" && doc_.token_keys[after] != "manner" &&
                        doc_.token_keys[after] != "fashion")) {
    return {};
  }
  long in = static_cast<long>(t) - 1;
  while (in > static_cast<long>(first()) && in + 5 > static_cast<long>(t) && filler(static_cast<std::uint32_t>(in))) --in;
  if (in <= static_cast<long>(first()) || (doc_.token_keys[static_cast<std::size_t>(in)] != "a" &&
                                            doc_.token_keys[static_cast<std::size_t>(in)] != "an")) {
    return {};
  }
  if (doc_.token_keys[static_cast<std::size_t>(--in)] != "in") return {};
  Reading reading;
  for (long v = in - 1; v > static_cast<long>(first()) && v + 14 > in; --v) {
    const auto at = static_cast<std::uint32_t>(v);
    if (clause_.mention_at(at) >= 0 || !doc_.token_keys[at].ends_with("ed") ||
        !std::islower(static_cast<unsigned char>(doc_.token_text(at)[0]))) {
      continue;
    }
    reading.targets = clause_.subject_before(at);
    break;
  }
  return reading;
}

// annotation.md: condemning an event names no target unless the text blames an actor for
// it; a speaker who says who carried out or planned an attack blames them. The attack is the
// subject of the passive ("an attack officials said was probably planned by Islamic State")
// or the object of the active verb ("said the PKK carried out the bombing").
Reading ClaimPatterns::attack(std::uint32_t t, std::uint32_t cue_end) const {
  const std::vector<int> speakers = claim_speakers(t);
  if (speakers.empty() || clause_.undermined(t)) return {};
  if (t > sentence_.first_token && doc_.token_keys[t - 1] == "to") return {};  // "is looking to carry out attacks": an aim
  bool passive = false;
  for (long u = static_cast<long>(t) - 1; u >= static_cast<long>(first()) && u + 4 > static_cast<long>(t); --u) {
    const auto at = static_cast<std::uint32_t>(u);
    if (clause_.match(lex_.passive_auxiliaries, at) > 0) {
      passive = true;
      break;
    }
    if (!clause_.is_adverb(at) && clause_.match(lex_.skippable, at) == 0) break;
  }
  Reading reading;
  if (passive) {
    bool named = false;
    for (long u = static_cast<long>(t) - 1; !named && u >= static_cast<long>(first()) && u + 14 > static_cast<long>(t); --u) {
      if (doc_.token_keys[static_cast<std::size_t>(u)] == ";") break;
      named = clause_.match(lex_.attack_nouns, static_cast<std::uint32_t>(u)) > 0;
    }
    std::uint32_t by = cue_end;
    while (by + 1 < end_ && by < cue_end + 3 && doc_.token_keys[by] != "by") ++by;
    if (!named || by + 1 >= end_ || doc_.token_keys[by] != "by") return {};
    reading.targets = clause_.object_at(by + 1);
    // "carried out by members of Islamic State": the group.
    if (reading.targets.empty()) {
      if (const int group = clause_.members_of(by + 1); group >= 0) reading.targets = {group};
    }
  } else {
    bool named = false;
    for (std::uint32_t u = cue_end; !named && u < end_ && u < cue_end + 4 && clause_.mention_at(u) < 0; ++u) {
      named = clause_.match(lex_.attack_nouns, u) > 0;
    }
    if (!named) return {};
    reading.targets = claim_subject(clause_.skip_left(static_cast<long>(t) - 1), false);
  }
  if (!reading.targets.empty()) reading.sources = speakers;
  return reading;
}

// "Chinese jets carried out what the Pentagon said was an unsafe intercept": the one who
// says judges the act the clause's subject carried out, as with "what it termed".
Reading ClaimPatterns::said_of_what(std::uint32_t copula) const {
  const long said = clause_.skip_left(static_cast<long>(copula) - 1);
  if (said <= first() || clause_.match(lex_.reporting_verbs, static_cast<std::uint32_t>(said)) == 0) return {};
  const int namer = clause_.mention_ending_at(static_cast<std::uint32_t>(said));
  if (!clause_.is_party(namer)) return {};
  Reading reading;
  reading.targets = doer_of_what(doc_.mentions[static_cast<std::size_t>(namer)].first_token);
  if (!reading.targets.empty()) reading.sources = clause_.list_from(namer);
  return reading;
}

// "Washington employed what he termed ...", "carried out what the Pentagon said was ...":
// the subject of the acting verb before the "what" that opens the phrase at `namer` (the
// one who names or says), or of a verb of undoing ("to stop what"); empty when no such verb
// stands there ("welcomed what it called").
std::vector<int> ClaimPatterns::doer_of_what(std::uint32_t namer) const {
  if (namer > sentence_.first_token && doc_.token_keys[namer - 1] == "the") --namer;
  if (namer <= sentence_.first_token + 2 || doc_.token_keys[namer - 1] != "what") return {};
  const std::uint32_t what = namer - 1;
  if (const std::size_t acting = clause_.match_ending(lex_.acting_verbs, what); acting > 0) {
    return clause_.subject_before(what - static_cast<std::uint32_t>(acting));
  }
  // "urged Turkey to stop what it called interference", "demanded that Japan end what it
  // called provocations": the one asked to undo the act did it.
  const std::size_t undoing = clause_.match_ending(lex_.undoing_verbs, what);
  if (undoing == 0) return {};
  std::uint32_t verb = what - static_cast<std::uint32_t>(undoing);
  if (verb > sentence_.first_token && doc_.token_keys[verb - 1] == "to") --verb;
  return clause_.subject_before(verb);
}

// annotation.md: "calls X unfair", "called Peru's troop build-up a violation of the
// accord": a naming verb whose complement is an evaluation or an epithet. The one named
// is the object, the author of the object's act, the one the complement blames ("called
// it an abduction by the South"), or, when the object is the gap of a relative clause,
// the subject of the clause it hangs on ("drills, which the North called war moves").
std::vector<int> ClaimPatterns::named_in(std::uint32_t t) const {
  // The complement itself names the author: "Israeli aggression", "Norway's failure".
  for (std::uint32_t u = t; u < end_ && u < t + 6; ++u) {
    int m = clause_.mention_at(u);
    if (m < 0) {
      // "what it called hostile statements made by the United States": the author after "by".
      if (is_evaluative(u)) return blamed_by(u);
      if (clause_.ends_phrase(u) && !clause_.match(lex_.skippable, u) && doc_.token_keys[u] != "\"") return {};
      continue;
    }
    const Mention& named = doc_.mentions[static_cast<std::size_t>(m)];
    const std::uint32_t after = named.end_token + (clause_.is_possessive(m) ? 1 : 0);
    const bool judged = is_evaluative(clause_.skip_right(after)) || clause_.match(lex_.fault_nouns, clause_.skip_right(after)) ||
                        clause_.act_follows(after);
    // "what it called the Bush doctrine": a leader's act is his state's.
    if (named.actor_id.empty() || !judged) return {};
    return {m};
  }
  return {};
}

// How far a naming's complement may reach: "described North Korea's latest ballistic
// missile launches as a \"brazen and irresponsible act\"".
constexpr std::uint32_t kComplementWords = 20;

Reading ClaimPatterns::passive_naming(std::uint32_t t, std::uint32_t cue_end) const {
  if (clause_.undermined(t)) return {};
  bool judged = false;
  std::uint32_t by = cue_end;
  for (; by < end_ && by < cue_end + kComplementWords && doc_.token_keys[by] != "by"; ++by) {
    if (clause_.mention_at(by) >= 0 || doc_.token_keys[by] == "," || doc_.token_keys[by] == "that") return {};
    judged = judged || is_evaluative(by);
  }
  if (!judged || by >= end_ || doc_.token_keys[by] != "by") return {};
  Reading reading;
  reading.sources = clause_.object_at(by + 1);
  if (reading.sources.empty()) return {};
  reading.targets = clause_.subject_before(t);
  return reading;
}

Reading ClaimPatterns::naming(std::uint32_t t, std::uint32_t cue_end, std::vector<int> subjects) const {
  Reading reading;
  reading.sources = std::move(subjects);
  if (reading.sources.empty() || clause_.undermined(t)) return {};
  std::uint32_t evaluation = cue_end;
  int object = -1;
  // "sees ... as": only once "as" is read (the cue "see as" has read it)
  bool as = clause_.match(lex_.as_naming_verbs, t) == 0 || doc_.token_keys[cue_end - 1] == "as";
  for (; evaluation < end_ && evaluation < cue_end + kComplementWords; ++evaluation) {
    if (doc_.token_keys[evaluation] == "as") as = true;
    if (int m = clause_.mention_at(evaluation); m >= 0) {
      if (object < 0) object = m;
      evaluation = doc_.mentions[static_cast<std::size_t>(m)].end_token - 1;
      continue;
    }
    const std::string& key = doc_.token_keys[evaluation];
    // A verb of saying ends the complement, unless it is a noun: possessed ("China's claim") or
    // with its topic ("the Philippines claims of sovereignty").
    const bool saying = clause_.match(lex_.reporting_verbs, evaluation) > 0 && doc_.token_keys[evaluation - 1] != "'s" &&
                        (evaluation + 1 >= end_ || doc_.token_keys[evaluation + 1] != "of");
    if (key == "," || key == ";" || key == ":" || key == "that" || key == "which" || key == "who" || saying) {
      return {};
    }
    // "considers Egypt a key ally in the fight against terrorism": the complement is an ally.
    // (but "labeled its ally Washington as blind": the ally noun before the one named)
    if (object >= 0 && clause_.match(lex_.ally_nouns, evaluation) > 0) return {};
    if (as && is_evaluative(evaluation)) break;
    // "views the EC proposal as violating GATT rules": a claim verb's -ing form judges too.
    if (as && key.ends_with("ing")) {
      const auto claim = lex_.cues.match(doc_.token_keys, evaluation, end_);
      if (claim.length > 0 && cue_kind(claim.tag) == CueKind::Claim) break;
    }
  }
  if (evaluation >= end_ || evaluation >= cue_end + kComplementWords) return {};
  reading.targets = blamed_by(evaluation);
  // "describing the massacres of Armenians as genocide": those an attack was done to are
  // its victims, not the ones named for it.
  if (object >= 0) {
    const std::uint32_t at = doc_.mentions[static_cast<std::size_t>(object)].first_token;
    if (at > cue_end + 1 && doc_.token_keys[at - 1] == "of" &&
        (clause_.match_ending(lex_.attack_nouns, at - 1) > 0 || clause_.match_ending(lex_.act_nouns, at - 1) > 0)) {
      object = -1;
    }
  }
  if (reading.targets.empty() && object >= 0) {
    const Mention& named = doc_.mentions[static_cast<std::size_t>(object)];
    const bool author = (clause_.is_possessive(object) && named.form != MentionForm::Demonym) ||
                        ((named.form == MentionForm::Demonym || named.form == MentionForm::Name ||
                          named.form == MentionForm::People) &&
                         clause_.act_follows(named.end_token)) ||
                        (named.first_token > 0 && doc_.token_keys[named.first_token - 1] == "by");
    if (!named.actor_id.empty() && author) {
      // ("the deployment by South Korea and the United States": every author of a list)
      const bool by = named.first_token > 0 && doc_.token_keys[named.first_token - 1] == "by";
      reading.targets = by && clause_.is_party(object, true) ? clause_.list_from(object) : std::vector<int>{object};
    } else if (clause_.is_party(object, true)) {
      reading.targets = clause_.list_from(object);
    }
  }
  // "Abe called the launch \"absolutely unacceptable\"": the launch the story named before.
  if (reading.targets.empty() && object < 0) reading.targets = story_act_author(doc_, clause_, lex_, cue_end);
  // "told Turkey to withdraw, calling their presence a violation": the party "its" or
  // "their" stands for.
  if (reading.targets.empty() && object < 0 && cue_end + 1 < end_ &&
      (doc_.token_keys[cue_end] == "its" || doc_.token_keys[cue_end] == "their")) {
    reading.targets = pronoun_owner(cue_end);
  }
  // "North Korea launched a rocket on Sunday. Japan called it a grave provocation".
  if (reading.targets.empty() && object < 0 && cue_end < end_ &&
      (doc_.token_keys[cue_end] == "it" || doc_.token_keys[cue_end] == "this") && clause_.mention_at(cue_end) < 0) {
    reading.targets = it_told_before(doc_, clause_, lex_, reading.sources.front(), t);
  }
  const bool gap = object < 0 && !is_pronoun(cue_end);
  // "the OAS, which it deemed \"an instrument of imperialist domination\"": the name before
  // ", which" is the one named.
  if (reading.targets.empty() && gap) {
    const long before = clause_.skip_left(static_cast<long>(t) - 1);
    if (before > static_cast<long>(sentence_.first_token)) {
      auto namer = static_cast<std::uint32_t>(before);  // the namer's name or pronoun
      if (const int m = clause_.mention_at(namer); m >= 0) namer = doc_.mentions[static_cast<std::size_t>(m)].first_token;
      if (const std::uint32_t comma = clause_.relative_comma(namer); comma > 0) {
        if (const int named = clause_.mention_ending_at(comma); clause_.is_party(named)) reading.targets = {named};
      }
    }
  }
  // ("Argentina said the zone that Britain had declared was illegal": not across a verb of
  // saying, whose subject only reports the act)
  if (reading.targets.empty() && gap && clause_.relative_gap(reading.sources.front()) &&
      !saying_before(reading.sources.front())) {
    reading.targets = clause_.opening_parties();
  }
  // "Washington employed what he termed unfair trade practices": the doer of the act the
  // naming describes (not "Japan welcomed what it called ...").
  if (reading.targets.empty() && gap) {
    const int named = clause_.mention_ending_at(t);
    reading.targets = doer_of_what(named >= 0 ? doc_.mentions[static_cast<std::size_t>(named)].first_token : t - 1);
  }
  return reading;
}

// relations.md: "Y should / must / has to do Z", said by X about Y, is X urges Y.
Reading ClaimPatterns::obligation(std::uint32_t t, std::uint32_t cue_end) const {
  const std::vector<int> speakers = claim_speakers(t);
  if (speakers.empty()) return {};
  if (clause_.supposed(t)) return {};  // "Asked if the United States should ..."
  // '"... the group would have to suffer heavier losses ...," he said', "might have to": a
  // necessity supposed, not demanded (but "said Iran would need to" reports "will need to").
  for (std::uint32_t u = t; u > sentence_.first_token && u + 3 > t; --u) {
    if (clause_.match(lex_.hypothetical_modals, u - 1) > 0 ||
        (doc_.tokens[u - 1].in_quote && clause_.match(lex_.backshifted_modals, u - 1) > 0)) {
      return {};
    }
    if (!clause_.is_adverb(u - 1)) break;  // "would eventually have to"
  }
  // "A new GATT round is needed to halt ...": a passive "needed to" obliges no one.
  if (t > sentence_.first_token && clause_.match(lex_.copulas, t - 1) > 0) return {};
  // "the closest North Korea has to an ally": "has to" before a noun phrase obliges no one.
  if (doc_.token_keys[cue_end - 1] == "to") {
    const std::uint32_t verb = cue_end < end_ && doc_.token_keys[cue_end] == "\"" ? cue_end + 1 : cue_end;
    if (verb >= end_ || clause_.mention_at(verb) >= 0 || !std::islower(static_cast<unsigned char>(doc_.token_text(verb)[0])) ||
        doc_.token_keys[verb] == "a" || doc_.token_keys[verb] == "an" || doc_.token_keys[verb] == "the" ||
        doc_.token_keys[verb] == "its" || doc_.token_keys[verb] == "their") {
      return {};
    }
  }
  // "ISIL must be defeated" urges nobody: the subject suffers the act.
  if (cue_end + 1 < end_ && doc_.token_keys[cue_end] == "be" && clause_.is_participle(cue_end + 1)) return {};
  if (negated_before_that(t)) return {};
  Reading reading;
  reading.targets = clause_.subject_before(t);
  if (reading.targets.empty()) reading.targets = told_whom(t);
  // '"They have to close their borders," Assad said of Turkey and Saudi Arabia': the ones
  // the quote was said of.
  if (const long subject = clause_.skip_left(static_cast<long>(t) - 1);
      reading.targets.empty() && subject >= first() && doc_.tokens[static_cast<std::size_t>(subject)].in_quote &&
      (doc_.token_keys[static_cast<std::size_t>(subject)] == "they" ||
       doc_.token_keys[static_cast<std::size_t>(subject)] == "it")) {
    const std::uint32_t act = said_of_at(static_cast<std::uint32_t>(subject));
    const int named = act < end_ ? clause_.mention_at(act) : -1;
    if (named >= 0 && doc_.mentions[static_cast<std::size_t>(named)].first_token == act &&
        clause_.is_party(named, true)) {
      reading.targets = clause_.list_from(named);
    }
  }
  // "Valls said Russian bombing of civilians must stop": the author of an act that must stop is asked.
  if (reading.targets.empty() && clause_.match(lex_.stopping_verbs, clause_.skip_right(cue_end)) > 0) {
    reading.targets = claim_subject(clause_.skip_left(static_cast<long>(t) - 1), true);
  }
  if (!reading.targets.empty()) reading.sources = speakers;
  return reading;
}

// "Obstfeld said it was critical that China is clear about its strategy", "It is time for
// Iran to talk": an impersonal necessity asks the subject of the clause it opens. Only after
// "it" and a copula, with no negation or supposition between ("it would not be vital that").
Reading ClaimPatterns::necessity(std::uint32_t t, std::uint32_t cue_end) const {
  // "the time has come for Britain to act" needs no "it is".
  const bool come = t > sentence_.first_token && doc_.token_keys[t - 1] == "the" && cue_end >= t + 3 &&
                    doc_.token_keys[cue_end - 2] == "come";
  // "Kerry stressed the need for Iran to free the sailors": the need a speaker states is a
  // call; "the need for" anywhere else ("the need for reform was clear") asks no one.
  // ("The onus is on Pyongyang to return": a phrase with its own copula states the need itself)
  bool states_itself = false;
  for (std::uint32_t u = t; u < cue_end && !states_itself; ++u) states_itself = clause_.match(lex_.copulas, u) > 0;
  if (doc_.token_keys[t] == "the" && !states_itself) {
    // ("stressed to Brazil the need for", "emphasised in talks with Funaro the need for": a
    // phrase opened by a preposition may stand between)
    std::uint32_t said = t;
    for (std::uint32_t u = t; u > sentence_.first_token && u + 8 > t; --u) {
      if (doc_.token_keys[u - 1] == "," || doc_.token_keys[u - 1] == "\"") break;
      if (clause_.match_ending(lex_.reporting_verbs, u) > 0 &&
          (u == t || lex_.prepositions.contains(doc_.token_keys[u]))) {
        said = u;
        break;
      }
    }
    if (clause_.match_ending(lex_.reporting_verbs, said) == 0) return {};
    if (clause_.supposed(t) || negated_before_that(t)) return {};
    if (doc_.token_keys[cue_end - 1] != "to") return asked_by_necessity(t, cue_end);
    // "We've stressed to both parties the need to take steps": the ones it was stressed to.
    if (said == t || doc_.token_keys[said] != "to") return {};
    Reading reading;
    reading.targets = clause_.object_at(said + 1);
    if (reading.targets.empty()) return {};
    const std::size_t pair = clause_.match(lex_.pair_phrases, said + 1);  // (named in an earlier sentence)
    const std::uint32_t object_end = pair > 0
                                         ? said + 1 + static_cast<std::uint32_t>(pair)
                                         : doc_.mentions[static_cast<std::size_t>(reading.targets.back())].end_token;
    if (object_end != t) return {};
    reading.sources = claim_speakers(t);
    if (reading.sources.empty()) return {};
    return reading;
  }
  if (states_itself) return clause_.supposed(t) ? Reading{} : asked_by_necessity(t, cue_end);
  std::uint32_t it = t;
  while (!come && it > sentence_.first_token && it + 4 > t && doc_.token_keys[it - 1] != "it") --it;
  if (!come && (it == sentence_.first_token || doc_.token_keys[it - 1] != "it" || it == t)) return {};
  if (clause_.supposed(t)) return {};
  // "it is (now) time for", not "it is taking time for".
  bool copula = come;
  for (std::uint32_t u = it; !come && u < t; ++u) {
    if (clause_.match(lex_.negations, u) > 0 || clause_.match(lex_.hypothetical_modals, u) > 0) return {};
    if (clause_.match(lex_.copulas, u) > 0 || doc_.token_keys[u] == "'s") {
      copula = true;
    } else if (!copula || !(clause_.is_adverb(u) || clause_.match(lex_.skippable, u) > 0 || clause_.match(lex_.plans, u) > 0)) {
      return {};  // "will" of "it will be time for" is a plan word
    }
  }
  if (!copula) return {};
  return asked_by_necessity(t, cue_end);
}

bool ClaimPatterns::saying_before(int source) const {
  if (source < 0) return false;
  bool saying = false;
  for (std::uint32_t u = clause_.opening_token(); u < doc_.mentions[static_cast<std::size_t>(source)].first_token;
       ++u) {
    if (clause_.mention_at(u) < 0 && clause_.match(lex_.reporting_verbs, u) > 0) saying = true;
    // ("said ... weapons, an allegation Tehran dismissed as a lie": a phrase set off after
    // what was said names the saying itself)
    if (doc_.token_keys[u] == ",") saying = false;
  }
  return saying;
}

// The one a necessity at [t, cue_end) names, asked by the speaker: "time for Iran to talk",
// "critical that China is clear".
Reading ClaimPatterns::asked_by_necessity(std::uint32_t t, std::uint32_t cue_end) const {
  const std::vector<int> speakers = claim_speakers(t);
  if (speakers.empty()) return {};
  Reading reading;
  reading.targets = clause_.object_at(cue_end);
  if (reading.targets.empty()) return {};
  // The one named acts: a verb follows ("China is clear"), or "to" after "time for China".
  const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(reading.targets.back())].end_token;
  const bool infinitive = doc_.token_keys[cue_end - 1] == "for";
  if (after >= end_ || (infinitive ? doc_.token_keys[after] != "to" : !std::islower(static_cast<unsigned char>(doc_.token_text(after)[0])))) {
    return {};
  }
  reading.sources = speakers;
  return reading;
}

// Who makes the claim at t: the sentence's speaker, or the subject of a clause the claim
// hangs on with ", saying" ("The Syrian Foreign Ministry sent a letter ..., state
// television reported, saying the blasts were ...").
std::vector<int> ClaimPatterns::claim_speakers(std::uint32_t t) const {
  if (attribution_ != nullptr && !attribution_->actor_id.empty()) {
    // "Medvedev spoke moments after French Prime Minister Manuel Valls said Russian bombing
    // must stop": a verb of saying nearer the claim, with a subject of its own, says it
    // (not across a comma, nor past "a statement by France that").
    for (std::uint32_t u = t; u > sentence_.first_token; --u) {
      if (doc_.tokens[u - 1].in_quote || doc_.token_keys[u - 1] == ";" || doc_.token_keys[u - 1] == "," ||
          clause_.match(lex_.speech_nouns, u - 1) > 0) {
        break;
      }
      const std::size_t length = clause_.match_ending(lex_.reporting_verbs, u);
      if (length == 0 || clause_.mention_at(u - 1) >= 0) continue;
      std::vector<int> nearer = clause_.subject_before(u - static_cast<std::uint32_t>(length));
      if (!nearer.empty() && doc_.mentions[static_cast<std::size_t>(nearer.front())].actor_id != attribution_->actor_id) return nearer;
      break;
    }
    return {kSpeaker};
  }
  for (std::uint32_t u = t; u > sentence_.first_token + 1; --u) {
    const std::string& key = doc_.token_keys[u - 1];
    if (key == ";" || clause_.mention_at(u - 1) >= 0) continue;
    if (key.ends_with("ing") && doc_.token_keys[u - 2] == "," && clause_.match(lex_.reporting_verbs, u - 1)) {
      return clause_.main_subject();
    }
  }
  return {};
}

// "Japan has failed", "the U.S. is to blame": the party whose claim ends at token p, the
// first name or possessor after the clause's start ("that", a comma, a verb of saying).
// An act given by its author's adjective counts when `acts` ("Turkish shelling").
std::vector<int> ClaimPatterns::claim_subject(long p, bool acts) const {
  if (p < first()) return {};
  // "Russia, he said, bore responsibility": past a parenthetical attribution.
  if (doc_.token_keys[static_cast<std::size_t>(p)] == ",") {
    if (const std::uint32_t open = clause_.parenthetical_start(static_cast<std::uint32_t>(p));
        open < static_cast<std::uint32_t>(p)) {
      p = clause_.skip_left(static_cast<long>(open) - 1);
      if (p < first()) return {};
    }
  }
  // "the Saudis - not Iran, Russia or Assad - are the major obstacle": past an aside
  // between dashes to the subject before it.
  if (doc_.token_keys[static_cast<std::size_t>(p)] == "-" || doc_.token_keys[static_cast<std::size_t>(p)] == "--") {
    for (long open = p - 1; open > first() && open > p - 14; --open) {
      const std::string& key = doc_.token_keys[static_cast<std::size_t>(open)];
      if (key == "-" || key == "--") return claim_subject(open - 1, acts);
    }
  }
  if (p > first() + 1 && (doc_.token_keys[static_cast<std::size_t>(p)] == "which" ||
                          doc_.token_keys[static_cast<std::size_t>(p)] == "that") &&
      doc_.token_keys[static_cast<std::size_t>(p - 1)] == ",") {
    return relative_head(static_cast<std::uint32_t>(p - 1));
  }
  if (p > first() + 2 && doc_.token_keys[static_cast<std::size_t>(p)] == ",") {
    // "Syria's warring parties, particularly the government, were committing abuses": the
    // one an aside singles out.
    if (const int last = clause_.mention_ending_at(static_cast<std::uint32_t>(p)); clause_.is_party(last)) {
      const std::vector<int> named = clause_.list_until(last);
      const std::uint32_t start = doc_.mentions[static_cast<std::size_t>(named.front())].first_token;
      const std::uint32_t opener =
          start > sentence_.first_token && doc_.token_keys[start - 1] == "the" ? start - 1 : start;
      if (opener > sentence_.first_token + 1 && clause_.match_ending(lex_.list_introducers, opener) > 0 &&
          doc_.token_keys[opener - 1 - clause_.match_ending(lex_.list_introducers, opener)] == ",") {
        return named;
      }
    }
    // "two local militant groups, Ansar-al-Islam and JMB, are behind the violence": the
    // names set off by commas after a description are the subject.
    if (const int last = clause_.mention_ending_at(static_cast<std::uint32_t>(p)); clause_.is_party(last)) {
      const std::vector<int> named = clause_.list_until(last);
      const std::uint32_t start = doc_.mentions[static_cast<std::size_t>(named.front())].first_token;
      if (start > sentence_.first_token + 1 && doc_.token_keys[start - 1] == "," &&
          std::islower(static_cast<unsigned char>(doc_.token_text(start - 2)[0])) && clause_.mention_at(start - 2) < 0 &&
          !clause_.ends_phrase(start - 2)) {
        return named;
      }
    }
    // "JMB, an outlawed group that has pledged allegiance to Islamic State, was to blame":
    // the name before the apposition.
    for (long c = p - 1; c > first() && c > p - 20; --c) {
      if (doc_.token_keys[static_cast<std::size_t>(c)] != ",") continue;
      const std::string& article = doc_.token_keys[static_cast<std::size_t>(c + 1)];
      // "the island's tariffs, still ranging up to 60 pct, were unacceptable": a participle aside.
      auto participle = [&](long i) {
        const std::string& word = doc_.token_keys[static_cast<std::size_t>(i)];
        return word.size() > 4 && (word.ends_with("ing") || word.ends_with("ed")) && clause_.mention_at(static_cast<std::uint32_t>(i)) < 0;
      };
      if (participle(c + 1) || (c + 2 < p && (clause_.is_adverb(static_cast<std::uint32_t>(c + 1)) ||
                                              clause_.match(lex_.skippable, static_cast<std::uint32_t>(c + 1))) &&
                                participle(c + 2))) {
        return claim_subject(c - 1, acts);
      }
      // "a U.S. missile shield, which Washington says is defensive, is escalating tensions":
      // a relative clause aside.
      if (article == "which" || article == "who" || article == "where") return claim_subject(c - 1, acts);
      if (article != "a" && article != "an") break;
      long name_end = c;  // past a bracketed acronym: "Jamaat-ul-Mujahideen Bangladesh (JMB)"
      if (doc_.token_keys[static_cast<std::size_t>(name_end - 1)] == ")" && name_end > first() + 3 &&
          doc_.token_keys[static_cast<std::size_t>(name_end - 3)] == "(") {
        name_end -= 3;
      }
      const int named = clause_.mention_ending_at(static_cast<std::uint32_t>(name_end));
      if (clause_.is_party(named) && !inside_phrase(named)) return {named};
      break;
    }
    return {};
  }
  // 'refusal to accept the "1992 consensus" was': a mark of a short quoted phrase of words
  // after a lower-case word stands inside the subject.
  auto scare_quote = [&](long u) {
    if (doc_.token_keys[static_cast<std::size_t>(u)] != "\"") return false;
    auto closes = [&](long open, long close) {
      for (long v = open + 1; v < close; ++v) {
        if (!std::isalnum(static_cast<unsigned char>(doc_.token_keys[static_cast<std::size_t>(v)][0]))) return false;
      }
      return open > first() &&
             std::islower(static_cast<unsigned char>(doc_.token_text(static_cast<std::uint32_t>(open - 1))[0]));
    };
    for (long v = u - 2; v >= first() && v > u - 6; --v) {
      if (doc_.token_keys[static_cast<std::size_t>(v)] == "\"") return closes(v, u);
    }
    for (long v = u + 2; v <= p + 1 && v < u + 6 && v < static_cast<long>(end_); ++v) {
      if (doc_.token_keys[static_cast<std::size_t>(v)] == "\"") return closes(u, v);
    }
    return false;
  };
  // "Britain's decision to hold a public inquiry on the case was ...": the walk back may
  // pass an act's infinitive to reach its author.
  long reach = p - 8;
  // "NATO's deployment of troops near Russia's borders was": a longer subject that opens
  // with its owner's possessive.
  // (a verb of saying after a possessive is a noun: "Turkey's remarks")
  auto saying = [&](long u) {
    return lex_.reporting_verbs.contains(doc_.token_keys[static_cast<std::size_t>(u)]) &&
           !(u > first() && doc_.token_keys[static_cast<std::size_t>(u - 1)] == "'s");
  };
  for (long u = p - 1; u > p - 15 && u > static_cast<long>(clause_.after_dateline()); --u) {
    const std::string& key = doc_.token_keys[static_cast<std::size_t>(u)];
    if (scare_quote(u)) continue;
    if (key == "," || key == "that" || key == "\"" || saying(u)) break;
    // "said the detention of thousands of judges and teachers by Ankara after the coup was":
    // a subject that opens with an act and its "of" phrase (also after an attribution's
    // comma: "According to the spokesman, the deployment of the system by ... undermines").
    if (key == "the" && u + 2 < p && doc_.token_keys[static_cast<std::size_t>(u + 2)] == "of" &&
        clause_.match(lex_.act_nouns, static_cast<std::uint32_t>(u + 1)) > 0 && u > first() &&
        (doc_.token_keys[static_cast<std::size_t>(u - 1)] == "that" ||
         doc_.token_keys[static_cast<std::size_t>(u - 1)] == "," || saying(u - 1))) {
      reach = std::min(reach, u - 1);
      break;
    }
    if (key != "'s" && key != "'") continue;  // ("Indian troops' firing")
    const int owner = clause_.mention_ending_at(static_cast<std::uint32_t>(u));
    std::uint32_t start = owner >= 0 ? doc_.mentions[static_cast<std::size_t>(owner)].first_token : 0;
    // ("said the German parliament's resolution was": past the article)
    if (start > sentence_.first_token + 1 && doc_.token_keys[start - 1] == "the") --start;
    const std::string& before = start > sentence_.first_token ? doc_.token_keys[start - 1] : key;
    // (the owner opens the claim: after "that", a verb of saying or a comma, or the sentence)
    if (clause_.is_party(owner) && (start == clause_.after_dateline() || before == "that" || before == "said" ||
                                    before == "," || lex_.reporting_verbs.contains(before))) {
      reach = std::min(reach, static_cast<long>(start) - 1);
      break;
    }
  }
  // (the infinitive may stand further back than the plain reach: "the U.S. decision to impose
  // 100 pct tariffs on Japanese electronic goods was")
  for (long u = p; u > std::min(reach, p - 14) && u > first(); --u) {
    if (doc_.token_keys[static_cast<std::size_t>(u)] != "to") continue;
    // ("efforts by South Korea and Taiwan to strengthen their currencies were": the act's
    // author between the noun and its infinitive)
    long noun = u - 1;
    if (const int named = clause_.mention_ending_at(static_cast<std::uint32_t>(u)); clause_.is_party(named, true)) {
      noun = static_cast<long>(doc_.mentions[static_cast<std::size_t>(clause_.list_until(named).front())].first_token) - 1;
      if (noun > first() && doc_.token_keys[static_cast<std::size_t>(noun)] == "the") --noun;
      if (noun > first() && (doc_.token_keys[static_cast<std::size_t>(noun)] == "by" || doc_.token_keys[static_cast<std::size_t>(noun)] == "of")) {
        --noun;
      } else {
        continue;
      }
    }
    if (noun >= first() && clause_.match(lex_.act_nouns, static_cast<std::uint32_t>(noun)) > 0) reach = std::min(reach, noun - 4);
  }
  long boundary = p;
  bool passed_relative = false;
  while (boundary >= first() && boundary > reach) {
    if (scare_quote(boundary)) {
      --boundary;
      continue;
    }
    const std::string& key = doc_.token_keys[static_cast<std::size_t>(boundary)];
    // "and" joins clauses, except between adjectives: "North Korea nuclear and missile capability".
    const auto next = static_cast<std::uint32_t>(boundary + 1);
    const bool joins_words = (next < end_ && std::islower(static_cast<unsigned char>(doc_.token_text(next)[0])) &&
                              !clause_.ends_phrase(next) && doc_.token_keys[next] != "the") ||
                             // ("efforts by Japan and Taiwan were": a list of names)
                             (clause_.mention_ending_at(static_cast<std::uint32_t>(boundary)) >= 0 && clause_.mention_at(next) >= 0);
    const bool relative = acts && key == "that" && relative_that(boundary);
    // ("the governments of Venezuela, Cuba and Bolivia": a comma between names joins a list)
    const bool list_comma = key == "," && clause_.mention_ending_at(static_cast<std::uint32_t>(boundary)) >= 0 &&
                            clause_.mention_at(next) >= 0 && clause_.list_from(clause_.mention_at(next)).size() >= 2;
    // ("because Syrian government attacks were violating": a conjunction opens the clause;
    // not before a gerund: "attempt to keep access while curbing immigration amounted to")
    const bool conjunction = clause_.match(lex_.clause_conjunctions, static_cast<std::uint32_t>(boundary)) > 0 &&
                             !(next < end_ && doc_.token_keys[next].ends_with("ing"));
    if (clause_.mention_at(static_cast<std::uint32_t>(boundary)) < 0 && !relative && !list_comma &&
        (key == "that" || key == "," || key == "\"" || ((key == "and" || key == "but") && !joins_words) || key == ";" ||
         key == ":" || conjunction || saying(boundary))) {
      break;
    }
    passed_relative = passed_relative || relative;
    --boundary;
  }
  for (long u = boundary + 1; u <= p; ++u) {
    // "no OPEC member violated", "neither Congress nor the administration wants to undermine".
    if (clause_.match(lex_.negations, static_cast<std::uint32_t>(u))) return {};
  }
  // "A Turkish member of the Islamic State group was responsible": the group is blamed.
  if (acts) {
    if (const int group = clause_.members_of(static_cast<std::uint32_t>(boundary + 1));
        group >= 0 && doc_.mentions[static_cast<std::size_t>(group)].end_token <= static_cast<std::uint32_t>(p + 1)) {
      return {group};
    }
  }
  int last = passed_relative ? -1 : clause_.mention_ending_at(static_cast<std::uint32_t>(p + 1));
  if (clause_.is_party(last)) {
    std::vector<int> list = clause_.list_until(last);  // "Turkey and Saudi Arabia were behind"
    // "Turkish shelling of northern Syria amounted to": the head's author, below, not the place
    // (nor a list whose first name is in a phrase: "the governments of Venezuela, Cuba and").
    const std::uint32_t opens = doc_.mentions[static_cast<std::size_t>(list.front())].first_token;
    const bool goes_on = opens > sentence_.first_token + 1 && doc_.token_keys[opens - 1] == "," &&
                         clause_.mention_ending_at(opens - 1) >= 0;
    if (!inside_phrase(list.front()) && !goes_on) return list;
  }
  for (long u = boundary + 1; u <= p; ++u) {
    int m = clause_.mention_at(static_cast<std::uint32_t>(u));
    if (m < 0) continue;
    const Mention& named = doc_.mentions[static_cast<std::size_t>(m)];
    // "hoped GATT would find the U.S. retaliation had violated": a name with a verb group of
    // its own is the subject of another clause.
    // (but "efforts by Japan to open its markets were": the act's author and its infinitive)
    const std::uint32_t by = named.first_token > sentence_.first_token + 1 ? named.first_token - 1 : 0;
    const bool author_of_act = by > 0 && (doc_.token_keys[by] == "by" || doc_.token_keys[by] == "of") &&
                               clause_.match_ending(lex_.act_nouns, by) > 0;
    // ("the U.S. plan to end subsidies is unrealistic": after an article, "plan" is the noun;
    // so is "plans" that a plural verb of its own follows: "said U.S. plans to impose tariffs
    // were unjustified")
    const std::string& plan = doc_.token_keys[named.end_token];
    const std::string& verb = p + 1 < static_cast<long>(end_) ? doc_.token_keys[static_cast<std::size_t>(p + 1)] : plan;
    const bool noun_plan =
        (plan == "plan" || plan == "plans") &&
        ((named.first_token > sentence_.first_token && doc_.token_keys[named.first_token - 1] == "the") ||
         (plan == "plans" && (verb == "were" || verb == "are")));
    if (named.end_token <= static_cast<std::uint32_t>(p) && clause_.match(lex_.plans, named.end_token) > 0 &&
        !author_of_act && !noun_plan) {
      u = named.end_token;
      continue;
    }
    // "A Su-34 plane belonging to the Russian air force violated ...": the owner acts.
    std::uint32_t owned = named.first_token;
    if (owned > sentence_.first_token + 2 && doc_.token_keys[owned - 1] == "the") --owned;
    if (acts && owned > sentence_.first_token + 2 && clause_.is_party(m, true) &&
        clause_.match_ending(lex_.ownership_phrases, owned) > 0) {
      return {m};
    }
    // The claim is about the head of the subject, not a name inside a phrase of it ("the
    // dispute between the United States and West Germany was responsible").
    // "the recent statements from Israel were paranoid", "the attacks by Turkey were": the
    // author of what the head names.
    if (acts && named.first_token > sentence_.first_token + 1) {
      std::uint32_t prep = named.first_token - 1;
      if (doc_.token_keys[prep] == "the") --prep;
      // ("the farm policies of the European Community": "of" after a noun of conduct only;
      // "the occupation of Iraq" is not Iraq's)
      const bool of_owner = doc_.token_keys[prep] == "of" && clause_.match_ending(lex_.owned_acts, prep) > 0;
      // ("the governments of Venezuela, Cuba and Bolivia were spreading falsehoods": the states)
      const std::size_t state = doc_.token_keys[prep] == "of" ? clause_.match_ending(lex_.state_nouns, prep) : 0;
      std::uint32_t state_start = prep - static_cast<std::uint32_t>(state);
      if (state_start > sentence_.first_token && doc_.token_keys[state_start - 1] == "the") --state_start;
      const bool of_state = state > 0 && static_cast<long>(state_start) <= boundary + 1;
      // ("the detention of thousands of judges by Ankara was": "by" after the act's "of" phrase)
      std::uint32_t head = static_cast<std::uint32_t>(boundary + 1);
      while (head < prep &&
             (doc_.token_keys[head] == "the" || doc_.token_keys[head] == "a" || doc_.token_keys[head] == "an"))
        ++head;
      const bool act_head = doc_.token_keys[prep] == "by" && head + 1 < prep && doc_.token_keys[head + 1] == "of" &&
                            clause_.match(lex_.act_nouns, head) > 0;
      // ("the blockade imposed by Saudi Arabia was": a participle of authorship before "by")
      const bool authored = doc_.token_keys[prep] == "by" && prep > head + 1 &&
                            clause_.match(lex_.author_participles, prep - 1) > 0 &&
                            clause_.match_ending(lex_.act_nouns, prep - 1) > 0;
      if (of_state && clause_.is_party(m, true)) return clause_.list_from(m);
      if ((doc_.token_keys[prep] == "from" || doc_.token_keys[prep] == "by" || of_owner) && !named.actor_id.empty() &&
          named.form != MentionForm::Demonym &&
          (clause_.match_ending(lex_.speech_nouns, prep) > 0 || clause_.match_ending(lex_.act_nouns, prep) > 0 ||
           act_head || authored)) {
        return clause_.is_party(m, true) ? clause_.list_from(m) : std::vector<int>{m};
      }
    }
    // ("the occupation of Iraq by the United States was": on to the author after "by")
    if (acts && named.end_token < static_cast<std::uint32_t>(p) && doc_.token_keys[named.end_token] == "by") {
      u = named.end_token;
      continue;
    }
    // ("said on Friday the U.S. policy was": past a time phrase after the clause's start)
    const long opens = static_cast<long>(clause_.skip_right(static_cast<std::uint32_t>(boundary + 1))) - 1;
    if (acts && (inside_phrase(m) || static_cast<long>(named.first_token) > opens + 3)) return {};
    // "Talks with the United States have failed": the failure is the talks', not the name's;
    // "the government of Iraq has failed" is Iraq's.
    if (!acts && inside_phrase(m)) {
      std::uint32_t before = named.first_token - 1;
      if (before > sentence_.first_token && doc_.token_keys[before] == "the") --before;
      if (doc_.token_keys[before] != "of") return {};
    }
    const bool owner = clause_.is_possessive(m) && !named.actor_id.empty() && named.form != MentionForm::Demonym;
    // "the Israel action was a violation": a name before an act noun is its author too.
    const bool author = acts && !named.actor_id.empty() &&
                        (named.form == MentionForm::Demonym ||
                         // ("the Chinese move": the people's name reads as the nation's adjective)
                         ((named.form == MentionForm::Name || named.form == MentionForm::People) &&
                          clause_.match(lex_.act_nouns, named.end_token) > 0));
    if (owner || author || clause_.is_party(m)) return {m};
  }
  // "He said the two countries had failed": the story's pair.
  if (const auto pair = static_cast<std::uint32_t>(boundary + 1);
      pair <= static_cast<std::uint32_t>(p) &&
      clause_.match(lex_.pair_phrases, pair) == static_cast<std::size_t>(p + 1 - pair)) {
    if (std::vector<int> two = clause_.pair_before(pair); two.size() == 2) return two;
  }
  // "the launches were provocative": an act the story named before, with its author; also
  // the act a gerund takes ("Forcing the launch is a clear violation").
  if (!acts) return {};
  auto at = static_cast<std::uint32_t>(boundary + 1);
  // "Abe told reporters the launch was", "told a news conference the launch was": past the
  // one told.
  if (boundary >= first() && clause_.match(lex_.telling_verbs, static_cast<std::uint32_t>(boundary)) > 0) {
    for (std::uint32_t told = at; told < at + 4 && told + 2 < end_; ++told) {
      if (clause_.mention_at(told) >= 0 || !std::islower(static_cast<unsigned char>(doc_.token_text(told)[0]))) break;
      const std::string& next = doc_.token_keys[told + 1];
      if (next == "the" || next == "this" || next == "these") {
        at = told + 1;
        break;
      }
    }
  }
  // '"This is a gross violation," Abadi said of the Turkish troop deployment': what the
  // speaker said it of.
  if ((doc_.token_keys[at] == "this" || doc_.token_keys[at] == "it" || doc_.token_keys[at] == "these") &&
      doc_.tokens[at].in_quote) {
    if (std::vector<int> of = said_of(at); !of.empty()) return of;
  }
  // "told Turkey to withdraw, saying its presence was a violation": the party "its" stands for.
  if (at < static_cast<std::uint32_t>(p) && (doc_.token_keys[at] == "its" || doc_.token_keys[at] == "their")) {
    return pronoun_owner(at);
  }
  if (at + 2 < end_ && doc_.token_keys[at].ends_with("ing") && clause_.mention_at(at) < 0) {
    if (const std::size_t doing = clause_.match(lex_.acting_verbs, at); doing > 0) at += static_cast<std::uint32_t>(doing);
  }
  return story_act_author(doc_, clause_, lex_, at);
}

// '"This is a violation," X said of the Turkish troop deployment', '..., referring to
// Russia's annexation of Crimea': the author of the act named after the quote that holds
// `t`, by its possessive or its nation's adjective; empty when none.
std::vector<int> ClaimPatterns::said_of(std::uint32_t t) const {
  const std::uint32_t act = said_of_at(t);
  const int named = act < end_ ? clause_.mention_at(act) : -1;
  if (named < 0 || doc_.mentions[static_cast<std::size_t>(named)].first_token != act ||
      doc_.mentions[static_cast<std::size_t>(named)].actor_id.empty()) {
    return {};
  }
  const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(named)].end_token;
  if (clause_.is_possessive(named) || clause_.act_follows(after)) return {named};
  // ("the U.S. Navy destroyer's patrol": the owner of a thing whose act it is)
  if (after + 1 < end_ && std::islower(static_cast<unsigned char>(doc_.token_text(after)[0])) &&
      doc_.token_keys[after + 1] == "'s") {
    return {named};
  }
  return {};
}

// "a U.S. drone strike that killed the Taliban leader violated": a relative "that" at t after
// an act, with its verb right after, is inside a claim's subject; not "our position that the
// concessions were" (a clause of its own), nor "warned Washington against moves that
// infringe" (an act after a preposition, which nobody did yet).
bool ClaimPatterns::relative_that(long t) const {
  const auto at = static_cast<std::uint32_t>(t);
  const std::size_t act = clause_.match_ending(lex_.act_nouns, at);
  if (act == 0 || t < first() + static_cast<long>(act) + 1 || at + 1 >= end_) return false;
  const std::string& before_act = doc_.token_keys[at - act - 1];
  const std::string& next = doc_.token_keys[at + 1];
  return !lex_.prepositions.contains(before_act) && clause_.mention_at(at + 1) < 0 &&
         std::islower(static_cast<unsigned char>(doc_.token_text(at + 1)[0])) && !clause_.ends_phrase(at + 1) &&
         next != "the" && next != "a" && next != "its";
}

// The party the possessive pronoun at t stands for: the latest one before it that is no place
// ("the observers in Ukraine had ..., calling their verdict" is the observers').
std::vector<int> ClaimPatterns::pronoun_owner(std::uint32_t t) const {
  int owner = clause_.antecedent_before(t);
  while (owner >= 0 && !clause_.is_party(owner)) {
    owner = clause_.antecedent_before(doc_.mentions[static_cast<std::size_t>(owner)].first_token);
  }
  return owner >= 0 ? std::vector<int>{owner} : std::vector<int>{};
}

// Where the phrase that a quote opening at t was said of starts ("said of the Turkish troop
// deployment", "referring to"), past its article; end_ when none follows the quote.
std::uint32_t ClaimPatterns::said_of_at(std::uint32_t t) const {
  std::uint32_t u = t;
  while (u < end_ && doc_.tokens[u].in_quote) ++u;
  std::uint32_t act = end_;
  for (; u + 1 < end_; ++u) {
    const std::string& key = doc_.token_keys[u];
    if ((key == "of" || key == "about") && clause_.match_ending(lex_.reporting_verbs, u) > 0) {
      act = u + 1;
    } else if ((key == "referring" || key == "speaking") &&
               (doc_.token_keys[u + 1] == "to" || doc_.token_keys[u + 1] == "of")) {
      act = u + 2;
    }
    if (act < end_) break;
  }
  if (act < end_ && doc_.token_keys[act] == "the") ++act;
  return act;
}

// ", which threatens ...": the party the relative clause after the comma at `comma` is
// about: the name just before it, or the owner of the act it names ("North Korea's
// pursuit of nuclear weapons, which ...").
std::vector<int> ClaimPatterns::relative_head(std::uint32_t comma) const {
  int named = clause_.mention_ending_at(comma);
  if (clause_.is_party(named) && !inside_phrase(named)) return {named};
  for (std::uint32_t u = comma; u > sentence_.first_token + 1 && u + 6 > comma; --u) {
    const std::string& key = doc_.token_keys[u - 1];
    if (key == "'s") {
      int owner = clause_.mention_ending_at(u - 1);
      const bool author = owner >= 0 && !doc_.mentions[static_cast<std::size_t>(owner)].actor_id.empty() &&
                          doc_.mentions[static_cast<std::size_t>(owner)].form != MentionForm::Demonym;
      return author ? std::vector<int>{owner} : std::vector<int>{};
    }
    if (clause_.mention_at(u - 1) >= 0 || (key != "of" && !std::islower(static_cast<unsigned char>(key[0])))) break;
  }
  // "should call off the launch, which is a violation": the act the story named, by its doer.
  return act_ending_at(doc_, clause_, lex_, comma);
}

// "the dispute between the United States and West Germany": a name after a preposition,
// or joined by "and" to a name after one, is inside a phrase that modifies another head.
bool ClaimPatterns::inside_phrase(int mention) const {
  if (clause_.after_preposition(mention)) return true;
  const std::uint32_t begin = doc_.mentions[static_cast<std::size_t>(mention)].first_token;
  if (begin <= sentence_.first_token) return false;  // the sentence's first word opens no phrase of another head
  // "talks with the United States" (after a noun; "..., with Russia accusing" opens a clause).
  std::uint32_t with = begin - 1;
  if (with > sentence_.first_token + 1 && doc_.token_keys[with] == "the") --with;
  if (with > sentence_.first_token && doc_.token_keys[with] == "with" && doc_.token_keys[with - 1] != ",") return true;
  // "of northern Syria": one adjective between the preposition and the name.
  if (begin >= sentence_.first_token + 2 && clause_.mention_at(begin - 1) < 0 &&
      std::islower(static_cast<unsigned char>(doc_.token_text(begin - 1)[0])) &&
      (doc_.token_keys[begin - 2] == "of" || lex_.prepositions.contains(doc_.token_keys[begin - 2]))) {
    return true;
  }
  // "Britain's decision to expel 23 Russian diplomats was": the object of an infinitive.
  std::uint32_t verb = begin - 1;
  while (verb > sentence_.first_token + 1 && verb + 3 > begin &&
         (std::isdigit(static_cast<unsigned char>(doc_.token_keys[verb][0])) || doc_.token_keys[verb] == "the")) {
    --verb;
  }
  if (verb > sentence_.first_token && doc_.token_keys[verb - 1] == "to" && clause_.mention_at(verb) < 0 &&
      std::islower(static_cast<unsigned char>(doc_.token_text(verb)[0])) && !clause_.ends_phrase(verb)) {
    return true;
  }
  // "between the EC and the United States": the second name of a list inside a phrase.
  std::uint32_t joint = begin - 1;
  if (joint > sentence_.first_token + 1 && doc_.token_keys[joint] == "the") --joint;
  if (begin < sentence_.first_token + 2 || doc_.token_keys[joint] != "and") return false;
  int before = clause_.mention_ending_at(joint);
  return before >= 0 && clause_.after_preposition(before);
}

// "an escalation by the regimes in Riyadh and Doha", "an abduction of its workers by the
// South": the parties an evaluative noun at t gives its author, after "by".
std::vector<int> ClaimPatterns::blamed_by(std::uint32_t t) const {
  // Between the noun and "by": an "of" phrase or a participle ("an attack carried out
  // by"), not another noun ("a terrorist group by Turkey" is Turkey's designation).
  const std::uint32_t next = t + 1;
  // An evaluative adjective may come with its noun: "hostile statements made by Reagan".
  const bool noun_then_by = next + 1 < end_ && std::islower(static_cast<unsigned char>(doc_.token_text(next)[0])) &&
                            !clause_.ends_phrase(next) &&
                            (doc_.token_keys[next + 1] == "by" || clause_.is_participle(next + 1) ||
                             doc_.token_keys[next + 1] == "about" || doc_.token_keys[next + 1] == "against");
  const bool linked = next < end_ && (doc_.token_keys[next] == "by" || doc_.token_keys[next] == "of" ||
                                      doc_.token_keys[next].ends_with("ed") || clause_.match(lex_.epithets, next) ||
                                      doc_.token_keys[next] == "\"" || noun_then_by);
  if (!linked) return {};
  for (std::uint32_t u = next; u < end_ && u < t + 12; ++u) {
    const std::string& key = doc_.token_keys[u];
    // "statements about the Soviet Union made by Reagan": the topic is not the author.
    if (const int topic = clause_.mention_at(u); topic >= 0 && u > next &&
        (doc_.token_keys[u - 1] == "about" || doc_.token_keys[u - 1] == "against" ||
         (doc_.token_keys[u - 1] == "the" && (doc_.token_keys[u - 2] == "about" || doc_.token_keys[u - 2] == "against")))) {
      u = doc_.mentions[static_cast<std::size_t>(topic)].end_token - 1;
      continue;
    }
    // ("a breach of the Minsk agreements by the Russian side": a name that modifies a noun)
    if (const int modifier = clause_.mention_at(u); modifier >= 0 && u > next && doc_.token_keys[u - 1] == "the") {
      const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(modifier)].end_token;
      if (after < end_ && std::islower(static_cast<unsigned char>(doc_.token_text(after)[0])) &&
          !clause_.ends_phrase(after)) {
        u = after - 1;
        continue;
      }
    }
    if (key == "," || key == ";" || clause_.mention_at(u) >= 0) return {};
    if (key != "by") continue;
    if (std::vector<int> agents = clause_.object_at(u + 1); !agents.empty()) return agents;
    // "by the hostile regimes in Riyadh": a state noun placed in a capital.
    for (std::uint32_t v = u + 1; v + 1 < end_ && v < u + 7; ++v) {
      if (clause_.mention_at(v) >= 0 ||
          (clause_.ends_phrase(v) && !clause_.match(lex_.skippable, v) && doc_.token_keys[v] != "and")) {
        break;  // ("the hostile and extremist regimes in ...")
      }
      if (clause_.match(lex_.state_nouns, v) && (doc_.token_keys[v + 1] == "in" || doc_.token_keys[v + 1] == "of")) {
        return clause_.object_at(v + 2);
      }
    }
    return {};
  }
  return {};
}

// "it is not reasonable for the U.S. to demand ...", "it was irresponsible of China to
// send ...": the one whose act the evaluation at t judges, after "for" or "of" and before "to";
// "it is unacceptable that the United States has not ...": the subject of the clause after.
std::vector<int> ClaimPatterns::judged_for(std::uint32_t t) const {
  for (std::uint32_t u = t + 1; u + 1 < end_ && u < t + 4; ++u) {
    if (doc_.token_keys[u] == "that") {
      std::vector<int> judged = clause_.object_at(u + 1);
      if (judged.empty()) return {};
      const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(judged.back())].end_token;
      // ("that the United States was excluded": a passive is done to them)
      if (after + 1 < end_ && clause_.match(lex_.passive_auxiliaries, after) > 0 && clause_.is_participle(after + 1))
        return {};
      return after < end_ && std::islower(static_cast<unsigned char>(doc_.token_text(after)[0])) &&
                     !lex_.prepositions.contains(doc_.token_keys[after]) && doc_.token_keys[after] != "and"
                 ? judged
                 : std::vector<int>{};
    }
    if (doc_.token_keys[u] != "for" && doc_.token_keys[u] != "of") continue;
    std::vector<int> judged = clause_.object_at(u + 1);
    if (judged.empty()) return {};
    std::uint32_t after = doc_.mentions[static_cast<std::size_t>(judged.back())].end_token;
    return after < end_ && doc_.token_keys[after] == "to" ? judged : std::vector<int>{};
  }
  return {};
}

bool ClaimPatterns::is_evaluative(std::uint32_t t) const {
  return clause_.evaluation_at(t) > 0 || clause_.match(lex_.epithets, t) > 0;
}

bool ClaimPatterns::is_pronoun(std::uint32_t t) const {
  const std::string& key = doc_.token_keys[t];
  return key == "it" || key == "this" || key == "that" || key == "them" || key == "these" || key == "those";
}

// "We can never accept that Greece should ...": the clause of the obligation at t is the
// object of a negated verb.
bool ClaimPatterns::negated_before_that(std::uint32_t t) const {
  for (std::uint32_t u = t; u > sentence_.first_token && u + 10 > t; --u) {
    if (doc_.token_keys[u - 1] == "," || doc_.token_keys[u - 1] == ";") return false;
    if (doc_.token_keys[u - 1] != "that") continue;
    for (std::uint32_t v = u - 1; v > sentence_.first_token && v + 4 > u - 1; --v) {
      if (clause_.match(lex_.negations, v - 1)) return true;
    }
    return false;
  }
  return false;
}

// "Egypt told Ethiopia on Monday it should delay ...", "Francis told Mexico's leaders
// that they must ...": a pronoun subject of the obligation is the one told.
std::vector<int> ClaimPatterns::told_whom(std::uint32_t t) const {
  long p = clause_.skip_left(static_cast<long>(t) - 1);
  if (p < first() || clause_.mention_at(static_cast<std::uint32_t>(p)) >= 0) return {};
  // "warned Tokyo its promised economic package must ...": the subject's owner was told.
  for (long u = p; u >= first() && u > p - 6; --u) {
    const std::string& key = doc_.token_keys[static_cast<std::size_t>(u)];
    if (key == "its" || key == "their") {
      p = u;
      break;
    }
    const auto at = static_cast<std::uint32_t>(u);
    if (clause_.mention_at(at) >= 0 ||
        (clause_.ends_phrase(at) && !clause_.match(lex_.skippable, at) && key != "in" && key != "of")) {
      break;
    }
  }
  const std::string& pronoun = doc_.token_keys[static_cast<std::size_t>(p)];
  if (pronoun != "it" && pronoun != "they" && pronoun != "its" && pronoun != "their") return {};
  for (long u = p - 1; u >= first() && u > p - 12; --u) {
    const auto at = static_cast<std::uint32_t>(u);
    if (doc_.token_keys[at] == "," || doc_.token_keys[at] == ";") break;
    const std::size_t verb = clause_.mention_at(at) < 0 ? clause_.match(lex_.telling_verbs, at) : 0;
    if (verb == 0) continue;
    std::uint32_t object = at + static_cast<std::uint32_t>(verb);
    std::vector<int> told = clause_.object_at(object);
    if (told.empty()) {
      int owner = clause_.mention_at(object);  // "told Mexico's political leaders"
      if (owner >= 0 && clause_.is_possessive(owner)) told = {owner};
    }
    return told;
  }
  return {};
}

}  // namespace ng::ingest
