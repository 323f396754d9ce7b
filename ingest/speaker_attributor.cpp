#include "ingest/speaker_attributor.hpp"

#include <algorithm>

#include "ingest/clause_reader.hpp"
#include "ingest/person_mentions.hpp"
#include "ingest/relation_lexicon_data.hpp"

namespace ng::ingest {

void SpeakerAttributor::run(Document& doc) const {
  attribute_speakers(doc);
  resolve_first_person(doc);
}

void SpeakerAttributor::attribute_speakers(Document& doc) const {
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
      // "repeated the U.S. position that Assad had to step down", "China's view that": the
      // name that owns the statement.
      if (doc.token_keys[by] == "that" && t > sentence.first_token + 1) {
        const std::uint32_t owned = doc.token_keys[t - 1] == "'s" ? t - 1 : t;
        const int owner = clause.mention_ending_at(owned);
        if (owner >= 0 && !doc.mentions[static_cast<std::size_t>(owner)].actor_id.empty() &&
            doc.mentions[static_cast<std::size_t>(owner)].form != MentionForm::Demonym) {
          speaker = owner;
          break;
        }
      }
      const std::vector<int> authors = clause.issued_by(t);
      if (authors.empty()) continue;
      std::uint32_t that = doc.mentions[static_cast<std::size_t>(authors.back())].end_token;
      // "a recommendation from the International Monetary Fund (IMF) that": past its acronym.
      if (that + 3 < sentence.end_token && doc.token_keys[that] == "(" && doc.token_keys[that + 2] == ")") that += 3;
      if (that < sentence.end_token && doc.token_keys[that] == "that") speaker = authors.front();
    }
    for (std::uint32_t t = sentence.first_token; speaker < 0 && t < sentence.end_token; ++t) {
      if (doc.tokens[t].in_quote || doc.token_text(t) == "\"") {
        quoted[s] = quoted[s] || doc.tokens[t].in_quote;
        continue;
      }
      std::size_t length = clause.match(lex.reporting_verbs, t);
      if (length == 0 || clause.mention_at(t) >= 0) continue;
      std::uint32_t after = t + static_cast<std::uint32_t>(length);
      // "IRNA quoted him as saying that OPEC should ...": the one quoted speaks.
      if (doc.token_keys[t].starts_with("quot") && after + 2 < sentence.end_token) {
        const int quoted_one = clause.mention_at(after);
        if (quoted_one >= 0 && doc.mentions[static_cast<std::size_t>(quoted_one)].first_token == after &&
            clause.is_party(quoted_one, true)) {
          const std::uint32_t as = doc.mentions[static_cast<std::size_t>(quoted_one)].end_token;
          if (as + 1 < sentence.end_token && doc.token_keys[as] == "as" && clause.match(lex.reporting_verbs, as + 1) > 0) {
            speaker = quoted_one;
            break;
          }
        }
      }
      // '..., said Cmdr. Gary Ross': titles before the name.
      while (after + 1 < sentence.end_token && doc.token_keys[after + 1] == "." && clause.mention_at(after) < 0 &&
             lex.abbreviations.contains(doc.token_keys[after])) {
        after += 2;
      }
      // "according to a statement from Egypt's foreign ministry": the one who issued it.
      if (doc.token_keys[t] == "according" && after < sentence.end_token) {
        if (const std::vector<int> issuers = clause.issued_by(clause.past_article(after)); !issuers.empty()) {
          after = doc.mentions[static_cast<std::size_t>(issuers.front())].first_token;
        }
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

void SpeakerAttributor::resolve_first_person(Document& doc) const {
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
