#pragma once
// The compiled form of a RelationLexicon, read by the speaker and relation stages.

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/actor_kind.hpp"
#include "graph/relation_type.hpp"
#include "ingest/phrase_set.hpp"
#include "ingest/relation_lexicon.hpp"

namespace ng::ingest {

/// How a relation cue finds its parties.
enum class CueKind {
  Verb,         // SOURCE cue TARGET ("Moscow hit out at NATO")
  VerbNeedsTo,  // SOURCE cue TARGET to ... ("asked Russia to withdraw")
  TieSupport,   // SOURCE verb [adjectives] tie-noun with TARGET ("has ties with")
  TieVerb,      // SOURCE cue TARGET for ties ("cooperates with")
  Failure,      // speaker says TARGET has failed
  Obligation,   // speaker says TARGET should / must ...
  Claim,        // speaker says TARGET (or its act) was behind / violated / is to blame
  Evaluation,   // speaker says TARGET (or its act) is a threat / unjustified / a violation
  VerbOnAct,    // SOURCE cue TARGET's act ("attacked Japan's fiscal policy"), never TARGET itself
  VerbNeedsComplement,  // SOURCE cue TARGET complement ("held Russia responsible")
  Naming,               // SOURCE cue TARGET evaluation ("called Peru's build-up a violation")
  MutualVerb,           // SOURCES cue, with each other ("Iran and Oman agreed to cooperate")
  Necessity,            // speaker says it is essential that TARGET ... / time for TARGET to ...
  Attack,               // speaker says TARGET carried out / planned an attack (or it was by TARGET)
};

/// Tags of the `cues` PhraseSet: relation * kCueKinds + kind.
constexpr int kCueKinds = static_cast<int>(CueKind::Attack) + 1;  // the last kind
constexpr int cue_tag(graph::RelationType relation, CueKind kind) {
  return static_cast<int>(relation) * kCueKinds + static_cast<int>(kind);
}
constexpr graph::RelationType cue_relation(int tag) { return static_cast<graph::RelationType>(tag / kCueKinds); }
constexpr CueKind cue_kind(int tag) { return static_cast<CueKind>(tag % kCueKinds); }

/// A relation a noun states with its arguments (lexicon/patterns.json): where its source may
/// stand and what introduces its target. "Chile's accusations against Peru": the source is
/// the possessor, "against" introduces the target.
struct NounPattern {
  graph::RelationType relation = graph::RelationType::Criticizes;
  bool from_possessor = false;  // "Chile's accusations", "its appeal"
  bool from_subject = false;    // "Kerry repeated accusations": the subject of the verb it is the object of
  bool from_agent = false;      // "a call by Kenya for ...": after "by"
  bool from_giver = false;      // "came under criticism from Egypt": after a verb of receiving and "from"
  bool reciprocal = false;      // "Peru and Chile traded accusations": the subjects, of each other
  bool asks_act = false;        // the target is followed by what it is to do ("to reopen")
  PhraseSet targets;            // "against", "that": what introduces the target
};

struct RelationLexicon::Data {
  PhraseSet cues;
  PhraseSet verb_heads;  // the verbs among the cues and the verbs of receiving: chunker.hpp
  PhraseSet tie_nouns;
  PhraseSet accord_nouns;       // "a cooperation agreement with": what may follow a tie noun
  PhraseSet asking_from;        // "requested a schedule from Minsk": the one asked follows "from"
  PhraseSet subjunctive_verbs;  // "insisted that Israel halt": a bare verb after the one asked
  PhraseSet stopping_verbs;     // "Russian bombing must stop": the act's author is asked
  PhraseSet topic_verbs;        // "pressed China on human rights": the one pressed, on a topic
  PhraseSet as_naming_verbs;    // "sees NATO's plans as hostile": a naming only with "as"
  PhraseSet irregular_participles;  // "held", "kept": past forms without "-ed"
  PhraseSet complements;        // what must follow the object of a VerbNeedsComplement: "responsible"
  PhraseSet evaluations;  // the evaluative words, whatever cue tag their form carries
  PhraseSet epithets;  // what a naming verb's complement may be besides an evaluation: "abduction"
  // Noun patterns (noun_patterns.hpp).
  PhraseSet pattern_nouns;                   // tag: the index of its NounPattern ("accusations", "appeal")
  std::vector<NounPattern> noun_patterns;    // lexicon/patterns.json
  PhraseSet fault_nouns;                     // "Tokyo's failure": criticism of the possessor
  PhraseSet possessed_faults;  // "North Korea's threat": a fault only with its possessor named ("North Korean threats" is not)
  PhraseSet ally_nouns;                      // "ally", "allies"
  PhraseSet nominal_ties;                    // tie nouns that state ties without a verb ("ties between")
  PhraseSet ally_modifiers;                  // "key", "staunch", "two": words between owner and noun
  PhraseSet tie_modifiers;                   // "closest", "strategic": a partner so named is a tie
  PhraseSet tie_breakers;                    // "cut", "sever": no ties after them
  PhraseSet reciprocal_verbs;                // "traded accusations": the subjects accuse each other
  PhraseSet copulas;                         // "China is the North's main ally"
  PhraseSet verb_particles;                  // "stepped up pressure"
  PhraseSet reporting_verbs;
  PhraseSet telling_verbs;
  PhraseSet voicing_verbs;    // "a call ... was issued by the EU": its agent made it
  PhraseSet arriving_verbs;   // "criticism came swiftly from Japan": who it came from made it
  PhraseSet receiving_verbs;  // "came under criticism from", "faced calls from"  // "told Ethiopia it should": the one told is the one urged
  PhraseSet negations;
  PhraseSet denials;
  PhraseSet plans;
  PhraseSet conditionals;
  PhraseSet list_introducers;
  PhraseSet state_nouns;
  PhraseSet institution_heads;  // "Bureau", "Commission": the last word of a state body's name
  PhraseSet people_nouns;
  PhraseSet speech_nouns;  // "a statement from X said": what an author issues
  PhraseSet partitives;  // "some Cubans", "many Americans": private persons, not the state  // "British voters": a demonym with these is the people
  PhraseSet event_nouns;
  PhraseSet act_nouns;  // what an actor does and may be criticized for: "the Australian proposal"
  PhraseSet prepositions;
  PhraseSet speaker_enders;  // what may follow an inverted speaker: ", said Mantytskiy, ..."
  PhraseSet comma_adverbs;  // "Turkey has meanwhile, upbraided": a comma after these stays in the verb group
  PhraseSet subordinators;  // prepositions that also open a clause: "after France delivered"
  PhraseSet pair_phrases;   // "both", "the two sides": the story's two parties
  PhraseSet conflict_pair_phrases;  // "the warring sides": a pair the story's two leading actors may be
  PhraseSet list_references;  // "those countries": the list of parties just named
  PhraseSet party_plurals;    // "The three countries accused": the noun a number of parties may take
  PhraseSet clause_conjunctions;  // "because Syrian attacks were violating": opens a claim's clause
  PhraseSet place_events;  // "the Iraq war" is a place's; "the US war in Iraq" its maker's
  PhraseSet ownership_phrases;  // "a plane belonging to the Russian air force violated": the owner acts
  PhraseSet spokesman_roles;    // "A spokesman for the ministry said": the body after "for" speaks
  PhraseSet female_markers;     // first names and titles of women ("Angela", "Mrs", "spokeswoman"): whom "she" means
  PhraseSet family_name_first;  // actor ids whose people put the family name first: "Wang Yi" is "Wang"
  PhraseSet general_acts;  // "the move", "the decision": any act, the one the sentence before told of
  PhraseSet member_nouns;  // "members of Islamic State": the group acts through them
  PhraseSet author_participles;  // "the U.S.-led invasion": the name before the hyphen is the act's author
  PhraseSet evaluation_frames;  // "is an example of (extreme protectionism)": words between a copula and its evaluation
  /// "the launch" after "fired a missile": other words (nouns, or verbs by their base form)
  /// that name the same act as the noun.
  std::unordered_map<std::string, std::vector<std::string>> kindred_acts;
  PhraseSet attack_nouns;  // "the bombing was carried out by": violence whose doer is blamed
  PhraseSet change_nouns;  // "rises in West German interest rates": a change the nation's adjective names
  PhraseSet acting_verbs;  // "Washington employed what he termed unfair practices": the subject does the act
  PhraseSet duty_nouns;  // "would violate EC obligations": the owner of the duty breaks it
  PhraseSet hedges;  // "alleged unfair practices": a charge the speaker reports, not makes
  PhraseSet bare_state_titles;  // "LIMA - President Alan Garcia": a state office when the whole role
  PhraseSet trade_modifiers;  // "its biggest trading partner": a tie of trade, no edge
  PhraseSet name_particles;  // "Salim al-Muslat", "Staffan de Mistura": lower-case words inside a name
  PhraseSet hypothetical_modals;  // "Italy might have to abandon ...": a necessity supposed, not demanded
  PhraseSet backshifted_modals;   // "said Iran would need to": reported speech's "will"; supposed only in a quote
  PhraseSet membership_phrases;  // "Hezbollah, one of Syria's closest allies": one member of the group that follows
  PhraseSet partner_nouns;    // "the Americans and our Arab partners must": only the named member acts
  PhraseSet skippable;
  PhraseSet passive_auxiliaries;  // "was", "been": a participle after one is a passive ("was criticized")
  PhraseSet contact_verbs;  // "phoned Putin to urge": the one reached is the one a purpose asks
  PhraseSet intent_nouns;  // "the determination of X to", "X's readiness to": X acts in the infinitive
  PhraseSet keeping_verbs;  // "did not honor the accord": a duty not kept is a failure
  PhraseSet harm_verbs;     // "Israel's policies caused the violence": a claim only with a harm noun after it
  PhraseSet harm_nouns;     // ... "violence", "a recession", "massacres"
  PhraseSet trailing_conditions;  // "would restore relations ... only if": a plan on a condition after it
  PhraseSet undoing_verbs;  // "urged Turkey to stop what it called interference": the one asked to undo an act did it
  PhraseSet home_titles;     // "Prime Minister X" in a story without a dateline: a title (by its last word) of the lead country's government
  PhraseSet private_roles;   // "opposition candidate Viktor Yushchenko": a title that makes its bearer speak for no state
  PhraseSet delegate_roles;  // "Pakistan's U.N. ambassador": a nation's delegate to a body speaks for the nation
  PhraseSet owned_acts;  // "the policies of the EC": nouns of conduct whose "of" names the one who acts
  PhraseSet issuing_verbs;  // "issued a statement condemning": who issued what is said speaks through it
  PhraseSet joining_phrases;  // "Britain, along with France, urged": the one named after them acts too
  PhraseSet gerund_leads;  // "kept calling", "was heard calling": the gerund's subject is the verb group's
  PhraseSet not_adverbs;  // words in -ly that are no adverbs: "ally", "family"
  PhraseSet roles;
  PhraseSet role_modifiers;
  PhraseSet state_roles;  // role words only a state's officers hold: "minister", "ambassador"
  PhraseSet non_state_modifiers;  // "opposition leader": the person speaks for no state
  PhraseSet former_markers;
  PhraseSet not_names;  // capitalised words that never start or make a person's name
  PhraseSet descriptions;  // tag: index into description_kinds
  PhraseSet named_descriptions;  // "the bank", "the Fund": a body the story named with that word
  PhraseSet bare_descriptions;  // descriptions that need no "the": "Police said ..."
  std::vector<graph::ActorKind> description_kinds;
  PhraseSet context_names;  // "the North": tag indexes context_name_actors
  std::vector<std::vector<std::string>> context_name_actors;  // the actor, then the ids that must be named first
  std::vector<std::string> furniture;        // whole lines, lower-case
  std::vector<std::string> credit_prefixes;  // line starts, lower-case
  PhraseSet abbreviations;                   // "Mr", "Gen": a dot after them ends no sentence
  PhraseSet sentence_starters;               // words after "U.S." that show a new sentence
};

/// The inflected forms of a verb lemma or phrase: "urge" -> urge, urges, urged, urging;
/// "call on" -> call on, calls on, called on, calling on.
std::vector<std::string> inflect_verb(const std::string& lemma);

}  // namespace ng::ingest
