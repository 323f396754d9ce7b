#include "ingest/clause_reader.hpp"

#include <algorithm>
#include <cctype>

#include "ingest/chunker.hpp"
#include "ingest/clause_builder.hpp"
#include "ingest/person_mentions.hpp"
#include "ingest/tokenizer.hpp"

namespace ng::ingest {
namespace {

bool is_list_joint(std::string_view key) { return key == "," || key == "and" || key == "or" || key == "&"; }

// How long a phrase between commas may be and still stand aside from its clause: "Jack
// Straw, touring a sprawling desert camp housing 40,000 displaced people from the troubled
// western Darfur region, urged ...".
constexpr long kAsideWords = 18;

}  // namespace

ClauseReader::ClauseReader(const Document& doc, const Sentence& sentence, const RelationLexicon::Data& lexicon)
    : doc_(doc), sentence_(sentence), lex_(lexicon) {
  const std::size_t tokens = sentence.end_token - sentence.first_token;
  if (tokens <= kInlineTokens) {
    mention_of_token_ = short_sentence_.data();
    std::fill_n(mention_of_token_, tokens, -1);
  } else {
    long_sentence_.assign(tokens, -1);
    mention_of_token_ = long_sentence_.data();
  }
  auto first = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), sentence.first_token,
                                [](const Mention& m, std::uint32_t t) { return m.end_token <= t; });
  for (auto it = first; it != doc.mentions.end() && it->first_token < sentence.end_token; ++it) {
    for (std::uint32_t t = std::max(it->first_token, sentence.first_token); t < it->end_token && t < sentence.end_token;
         ++t) {
      mention_of_token_[t - sentence.first_token] = static_cast<int>(it - doc.mentions.begin());
    }
  }
}

int ClauseReader::mention_ending_at(std::uint32_t t) const {
  if (t == 0) return -1;
  int m = mention_at(t - 1);
  return m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].end_token == t ? m : -1;
}

std::size_t ClauseReader::evaluation_at(std::uint32_t t) const {
  const auto cue = lex_.cues.match(doc_.token_keys, t, sentence_.end_token);
  if (cue.length > 0 && cue_kind(cue.tag) == CueKind::Evaluation) return cue.length;
  return match(lex_.evaluations, t);
}

std::size_t ClauseReader::match(const PhraseSet& set, std::uint32_t t) const {
  return set.match(doc_.token_keys, t, sentence_.end_token).length;
}

std::size_t ClauseReader::match_ending(const PhraseSet& set, std::uint32_t t) const {
  return set.match_ending(doc_.token_keys, sentence_.first_token, t);
}

bool ClauseReader::is_party(int index, bool after_cue) const {
  if (index < 0) return false;
  const Mention& m = doc_.mentions[static_cast<std::size_t>(index)];
  if (m.actor_id.empty() || m.form == MentionForm::Demonym) return false;
  // annotation.md: private persons are never a party: "Some Cubans blame ...", "around
  // 300,000 Syrians live".
  if (m.form == MentionForm::People && m.first_token > sentence_.first_token &&
      (match_ending(lex_.partitives, m.first_token) > 0 ||
       std::isdigit(static_cast<unsigned char>(doc_.token_text(m.first_token - 1)[0])))) {
    return false;
  }
  if (m.form == MentionForm::Name || m.form == MentionForm::Capital || m.form == MentionForm::People) {
    // relations.md: "the Iraq war", "Afghanistan's internal affairs" name no party; but
    // "the US war in Iraq" names its maker, when the place follows.
    std::uint32_t next = m.end_token;
    if (next < sentence_.end_token && doc_.token_keys[next] == "'s") ++next;
    if (const std::size_t event = match(lex_.event_nouns, next); event > 0) {
      std::uint32_t place = next + static_cast<std::uint32_t>(event);
      if (place + 1 >= sentence_.end_token || match(lex_.place_events, next) == 0 ||
          (doc_.token_keys[place] != "in" && doc_.token_keys[place] != "on" && doc_.token_keys[place] != "against")) {
        return false;
      }
      if (doc_.token_keys[++place] == "the" && place + 1 < sentence_.end_token) ++place;
      const int where = mention_at(place);
      if (where < 0 || doc_.mentions[static_cast<std::size_t>(where)].actor_id == m.actor_id) return false;
    }
    // relations.md: "hostages held in Iraq": a country after a preposition is a place.
    if (m.first_token > sentence_.first_token && !after_cue) {
      // Back over "the", and over one word between "the" and the name: "in the eastern Congo".
      std::uint32_t before = m.first_token - 1;
      if (before > sentence_.first_token + 1 && doc_.token_keys[before - 1] == "the" && mention_at(before) < 0 &&
          std::islower(static_cast<unsigned char>(doc_.token_text(before)[0]))) {
        --before;
      }
      if (doc_.token_keys[before] == "the" && before > sentence_.first_token) --before;
      // "the Democratic Republic of Congo (DRC)": the acronym is what the name before it is.
      if (doc_.token_keys[before] == "(" && before > sentence_.first_token) {
        int named = mention_ending_at(before);
        if (named >= 0 && named != index) return is_party(named, after_cue);
      }
      const std::string& key = doc_.token_keys[before];
      // "a statement from NATO", "officials from Russia": the author or the offices' state, no place.
      if (key == "from" && (match_ending(lex_.speech_nouns, before) > 0 || offices_ending_at(before, true))) return true;
      // "a day after France delivered a rebuke": "after" opens a clause there, no place.
      if (key != "with" && key != "of" && key != "by" && key != "on" && key != "at" && key != "to" &&
          key != "against" && key != "for" && lex_.prepositions.contains(key) && !lex_.subordinators.contains(key)) {
        return false;
      }
    }
  }
  return true;
}

bool ClauseReader::is_adverb(std::uint32_t t) const {
  const std::string& key = doc_.token_keys[t];
  return key.size() >= 5 && key.ends_with("ly") && std::islower(static_cast<unsigned char>(doc_.token_text(t)[0])) &&
         !lex_.not_adverbs.contains(key);
}

// A state noun or role that ends right before `end` ("the foreign minister of", "officials
// from"); with `plural`, only a plural one (a single "ambassador from X" may be anyone's: a
// defendant, a visitor).
bool ClauseReader::offices_ending_at(std::uint32_t end, bool plural) const {
  if (end <= sentence_.first_token || (plural && !doc_.token_keys[end - 1].ends_with("s"))) return false;
  return match_ending(lex_.state_nouns, end) > 0 || match_ending(lex_.roles, end) > 0;
}

int ClauseReader::members_of(std::uint32_t t) const {
  const std::uint32_t end = sentence_.end_token;
  if (t < end && (doc_.token_keys[t] == "a" || doc_.token_keys[t] == "an" || doc_.token_keys[t] == "the")) ++t;
  // One modifier: a nation's adjective ("a Turkish member") or another adjective ("senior
  // members"); not a noun or verb that makes the members someone's object ("attacks on
  // members of ...").
  if (t < end && match(lex_.member_nouns, t) == 0) {
    const int named = mention_at(t);
    if (named >= 0 && (doc_.mentions[static_cast<std::size_t>(named)].form == MentionForm::Demonym ||
                       match(lex_.member_nouns, doc_.mentions[static_cast<std::size_t>(named)].end_token) > 0)) {
      t = doc_.mentions[static_cast<std::size_t>(named)].end_token;  // "a Turkish member", "a U.S. member"
    } else if (named < 0 && (t == sentence_.first_token || std::islower(static_cast<unsigned char>(doc_.token_text(t)[0]))) &&
               !ends_phrase(t) && !doc_.token_keys[t].ends_with("ing") && !doc_.token_keys[t].ends_with("s")) {
      ++t;  // "senior members", "Two members"
    }
  }
  const std::size_t noun = t < end ? match(lex_.member_nouns, t) : 0;
  if (noun == 0) return -1;
  std::uint32_t of = t + static_cast<std::uint32_t>(noun);
  if (of + 1 >= end || doc_.token_keys[of] != "of") return -1;
  const std::uint32_t named = doc_.token_keys[of + 1] == "the" ? of + 2 : of + 1;
  const int m = mention_at(named);
  return m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].first_token == named &&
                 !doc_.mentions[static_cast<std::size_t>(m)].actor_id.empty()
             ? m
             : -1;
}

bool ClauseReader::after_preposition(int index) const {
  std::uint32_t t = doc_.mentions[static_cast<std::size_t>(index)].first_token;
  if (t > sentence_.first_token && doc_.token_keys[t - 1] == "the") --t;
  if (t <= sentence_.first_token) return false;
  const std::string& key = doc_.token_keys[t - 1];
  return key == "of" || lex_.prepositions.contains(key);
}

bool ClauseReader::is_possessive(int index) const {
  std::uint32_t next = doc_.mentions[static_cast<std::size_t>(index)].end_token;
  // ("Indian troops' firing": a plural's bare apostrophe)
  return next < sentence_.end_token &&
         (doc_.token_keys[next] == "'s" ||
          (doc_.token_keys[next] == "'" && doc_.token_keys[next - 1].ends_with("s") && next + 1 < sentence_.end_token &&
           std::islower(static_cast<unsigned char>(doc_.token_text(next + 1)[0]))));
}

long ClauseReader::skip_left(long t) const {
  const long first = sentence_.first_token;
  while (t >= first) {
    if (doc_.token_keys[static_cast<std::size_t>(t)] == "\"") {  // Wang "urged the United States ..."
      --t;
      continue;
    }
    // "Turkey has meanwhile, upbraided ...": a comma after an adverb stands in the verb group.
    if (doc_.token_keys[static_cast<std::size_t>(t)] == "," && t > first + 1 &&
        (lex_.comma_adverbs.contains(doc_.token_keys[static_cast<std::size_t>(t - 1)]) ||
         is_adverb(static_cast<std::uint32_t>(t - 1))) &&
        mention_at(static_cast<std::uint32_t>(t - 1)) < 0 &&
        (mention_at(static_cast<std::uint32_t>(t - 2)) >= 0 || match(lex_.skippable, static_cast<std::uint32_t>(t - 2)) > 0)) {
      --t;
      continue;
    }
    if (doc_.token_keys[static_cast<std::size_t>(t)] == ")") {  // "The European Community (EC) accused"
      long open = t - 1;
      while (open >= first && open > t - 5 && doc_.token_keys[static_cast<std::size_t>(open)] != "(") --open;
      if (open >= first && doc_.token_keys[static_cast<std::size_t>(open)] == "(") {
        t = open - 1;
        continue;
      }
    }
    // "A Chinese official criticized": a word that ends a name is no skippable adjective.
    if (mention_at(static_cast<std::uint32_t>(t)) >= 0) break;
    // "have since restored ties": "since" after an auxiliary is an adverb of the verb group.
    if (doc_.token_keys[static_cast<std::size_t>(t)] == "since" && t > first &&
        (doc_.token_keys[static_cast<std::size_t>(t - 1)] == "have" || doc_.token_keys[static_cast<std::size_t>(t - 1)] == "has" ||
         doc_.token_keys[static_cast<std::size_t>(t - 1)] == "had")) {
      --t;
      continue;
    }
    std::size_t length = match_ending(lex_.skippable, static_cast<std::uint32_t>(t + 1));
    if (length == 0 && is_adverb(static_cast<std::uint32_t>(t))) length = 1;
    // "Putin and Obama had agreed to intensify cooperation", "Russia will press": a plan
    // belongs to the verb group. A lone "to" does not ("sent envoys to Iran to press").
    if (length == 0) {
      length = match_ending(lex_.plans, static_cast<std::uint32_t>(t + 1));
      if (length == 1 && doc_.token_keys[static_cast<std::size_t>(t)] == "to") length = 0;
    }
    // "agreed on Tuesday to expand": a day inside a plan.
    if (length == 0 && doc_.token_keys[static_cast<std::size_t>(t)] == "to") {
      const std::size_t time = match_ending(lex_.skippable, static_cast<std::uint32_t>(t));
      if (const long verb = t - static_cast<long>(time) - 1; time > 0 && verb >= first) {
        const std::vector<std::string> plan = {doc_.token_keys[static_cast<std::size_t>(verb)], "to"};
        if (lex_.plans.match(plan, 0, 2).length == 2) length = time + 2;
      }
    }
    // "kept calling", "was heard calling": a verb that leads a gerund right after it.
    if (length == 0 && static_cast<std::size_t>(t) + 1 < sentence_.end_token &&
        doc_.token_keys[static_cast<std::size_t>(t + 1)].ends_with("ing")) {
      length = match_ending(lex_.gerund_leads, static_cast<std::uint32_t>(t + 1));
    }
    if (length == 0) break;
    t -= static_cast<long>(length);
  }
  return t;
}

bool ClauseReader::is_spaced_dash(std::uint32_t t) const {
  const std::string& key = doc_.token_keys[t];
  if (key != "-" && key != "--") return false;
  // ("Saudi-led", "U.S.-Japan": a hyphen joins words; a dash stands between spaces)
  const std::uint32_t begin = doc_.tokens[t].span.begin.value;
  const std::uint32_t end = doc_.tokens[t].span.end.value;
  return begin > 0 && end < doc_.text.size() && doc_.text[begin - 1] == ' ' && doc_.text[end] == ' ';
}

std::uint32_t ClauseReader::skip_right(std::uint32_t t) const {
  while (t < sentence_.end_token) {
    std::size_t length = match(lex_.skippable, t);
    if (length == 0 && is_adverb(t)) length = 1;
    // 'had "failed Latin America"', 'what it called Russia\'s "creeping annexation"': a quote
    // mark inside the clause, as skip_left passes it.
    if (length == 0 && doc_.token_keys[t] == "\"" && t + 1 < sentence_.end_token) length = 1;
    if (length == 0) break;
    t += static_cast<std::uint32_t>(length);
  }
  return t;
}

std::vector<int> ClauseReader::list_leftwards(int last) const {
  // relations.md: "X, Y and Z enjoy ties with W". A list closes with "and" or "or"; commas
  // alone ("..., Iran must comply") join nothing.
  std::vector<int> list{last};
  long t = static_cast<long>(doc_.mentions[static_cast<std::size_t>(last)].first_token) - 1;
  const long first = sentence_.first_token;
  auto key = [&](long i) -> const std::string& { return doc_.token_keys[static_cast<std::size_t>(i)]; };
  // What may stand before a name of the list: "the", "the opposition's", and a person's own
  // country ("Germany's Merkel and France's Hollande").
  auto skip_determiner = [&](long& at, int member) {
    if (at >= first + 2 && key(at) == "'s" && key(at - 2) == "the" && mention_at(static_cast<std::uint32_t>(at - 1)) < 0 &&
        std::islower(static_cast<unsigned char>(doc_.token_text(static_cast<std::uint32_t>(at - 1))[0]))) {
      at -= 2;
    }
    if (const int owner = at > first && key(at) == "'s" ? mention_ending_at(static_cast<std::uint32_t>(at)) : -1;
        owner >= 0 && doc_.mentions[static_cast<std::size_t>(member)].form == MentionForm::Person &&
        doc_.mentions[static_cast<std::size_t>(owner)].actor_id == doc_.mentions[static_cast<std::size_t>(member)].actor_id) {
      at = static_cast<long>(doc_.mentions[static_cast<std::size_t>(owner)].first_token) - 1;
    }
    if (at >= first && key(at) == "the") --at;
    // "Germany and its ally France urged": the apposed noun stands between list members.
    if (const long own = own_allies_start(at); own >= 0) at = own - 1;
  };
  skip_determiner(t, last);
  bool closed = false;
  while (t >= first && is_list_joint(key(t))) {
    if (key(t) != ",") closed = true;
    if (!closed) break;
    long u = t - 1;
    if (u >= first && key(u) == ",") --u;  // "X, Y, and Z"
    if (u >= first && key(u) == "the") --u;
    if (u < first) break;
    int m = mention_ending_at(static_cast<std::uint32_t>(u + 1));
    if (!is_party(m)) break;
    list.push_back(m);
    t = static_cast<long>(doc_.mentions[static_cast<std::size_t>(m)].first_token) - 1;
    skip_determiner(t, m);
  }
  std::reverse(list.begin(), list.end());
  return list;
}

// "The founding members of Mercosur, Brazil, Argentina and Uruguay, accused ...", "The Gulf
// states - Saudi Arabia, Kuwait and Oman - appealed ...": a list set off after a plural noun
// names who acts; "Washington and its Asian allies, Japan and South Korea, said": with the
// one they are allies of. `close` is the comma or dash that ends the list.
std::vector<int> ClauseReader::apposed_list_ending_at(std::uint32_t close) const {
  const std::string& mark = doc_.token_keys[close];
  if (mark != "," && mark != "-" && mark != "--") return {};
  const int last = mention_ending_at(close);
  if (!is_party(last)) return {};
  std::vector<int> named = list_leftwards(last);
  auto start_of = [&](int m) {
    const std::uint32_t begin = doc_.mentions[static_cast<std::size_t>(m)].first_token;
    return begin > sentence_.first_token && doc_.token_keys[begin - 1] == "the" ? begin - 1 : begin;
  };
  // ("The founding members of Mercosur, Brazil, ...": the list reading joins the body whose
  // members are named to them; the apposition starts after it)
  auto of_members = [&](int body) {
    const std::uint32_t of = start_of(body);
    return of > sentence_.first_token + 1 && doc_.token_keys[of - 1] == "of" &&
           match_ending(lex_.member_nouns, of - 1) > 0;
  };
  if (named.size() >= 3 && of_members(named.front())) named.erase(named.begin());
  // ("The foreign ministers of France and Germany, Ayrault and Steinmeier, said": persons set
  // off after what they are named for speak, whatever stands before them)
  auto person = [&](int m) { return doc_.mentions[static_cast<std::size_t>(m)].form == MentionForm::Person; };
  std::size_t persons = 0;
  while (persons < named.size() && person(named[named.size() - 1 - persons])) ++persons;
  const bool people = persons >= 2;
  if (people) named.erase(named.begin(), named.end() - static_cast<long>(persons));
  const std::uint32_t opener = start_of(named.front());
  if (named.size() < 2 || opener < sentence_.first_token + 2 || doc_.token_keys[opener - 1] != mark) return {};
  if (people) return named;
  std::uint32_t head = opener - 2;
  if (const int body = mention_ending_at(head + 1); body >= 0 && of_members(body)) head = start_of(body) - 2;
  const std::string& noun = doc_.token_keys[head];
  if (mention_at(head) >= 0 || noun.size() < 4 || !noun.ends_with('s') ||
      !std::islower(static_cast<unsigned char>(noun[0])) || ends_phrase(head)) {
    return {};
  }
  // The noun phrase's start, past up to four modifiers: not inside a prepositional phrase
  // ("leaders of the most hardline among the rebel groups, Islamic State and Nusra,"); its
  // owner before "and its" joins the list ("its Asian allies").
  std::uint32_t start = head;
  auto inside = [&](std::uint32_t u) {
    const std::string& word = doc_.token_keys[u];
    return std::isalnum(static_cast<unsigned char>(word[0])) && word != "and" && word != "or" && word != "of" &&
           !lex_.prepositions.contains(word);
  };
  while (start > sentence_.first_token && start + 5 > head && inside(start - 1)) --start;
  std::vector<int> subject;
  const std::string& before = start > sentence_.first_token ? doc_.token_keys[start - 1] : doc_.token_keys[start];
  if ((doc_.token_keys[start] == "its" || doc_.token_keys[start] == "their") && before == "and") {
    if (const int owner = mention_ending_at(start - 1); is_party(owner)) subject = list_leftwards(owner);
  } else if (start > sentence_.first_token && lex_.prepositions.contains(before)) {
    return {};
  }
  subject.insert(subject.end(), named.begin(), named.end());
  return subject;
}

std::vector<int> ClauseReader::list_rightwards(int first_mention) const {
  std::vector<int> list{first_mention};
  std::vector<bool> comma_only;  // per joint: a bare comma, which a closing "and" must follow
  std::size_t comma_and = 0;      // members before the first ", and" (0: none yet)
  std::uint32_t t = doc_.mentions[static_cast<std::size_t>(first_mention)].end_token;
  while (t < sentence_.end_token) {
    std::uint32_t u = t;
    std::size_t joint = 0;
    bool bare = true;
    while (u < sentence_.end_token && is_list_joint(doc_.token_keys[u]) && joint < 2) {
      bare = bare && doc_.token_keys[u] == ",";
      ++u, ++joint;
    }
    // "affiliate the Nusra Front, and the Syrian government and Moscow have said": an "and"
    // after ", and" shows the comma opened a new clause, whose list is not this one.
    if (joint == 2 && doc_.token_keys[t] == "," && comma_and == 0) {
      comma_and = list.size();
    } else if (joint == 1 && !bare && comma_and > 0) {
      list.resize(comma_and);
      comma_only.resize(comma_and - 1);
      t = doc_.mentions[static_cast<std::size_t>(list.back())].end_token;
      break;
    }
    if (joint == 0 && u + 2 < sentence_.end_token && doc_.token_keys[u] == "as" && doc_.token_keys[u + 1] == "well" &&
        doc_.token_keys[u + 2] == "as") {
      u += 3, joint = 1, bare = false;
    }
    if (joint == 0) break;
    int m = mention_at(u);
    if ((m < 0 || doc_.mentions[static_cast<std::size_t>(m)].first_token != u) && u < sentence_.end_token &&
        doc_.token_keys[u] == "the") {
      m = mention_at(++u);
      // "Russia, Iran and the Iranian-backed Hezbollah militia": a short modifier before the name.
      for (std::uint32_t v = u; (m < 0 || doc_.mentions[static_cast<std::size_t>(m)].form == MentionForm::Demonym) &&
                                v < sentence_.end_token && v < u + 4;) {
        if (m >= 0) {
          v = doc_.mentions[static_cast<std::size_t>(m)].end_token;
        } else if (doc_.token_keys[v].find('-') != std::string::npos ||
                   (std::islower(static_cast<unsigned char>(doc_.token_text(v)[0])) && !ends_phrase(v))) {
          ++v;
        } else {
          break;
        }
        m = mention_at(v);
        u = v;
      }
    }
    if (m < 0 || doc_.mentions[static_cast<std::size_t>(m)].first_token != u || !is_party(m)) break;
    // ("relations with Iran, and we will continue": a pronoun opens a clause of its own)
    if (doc_.mentions[static_cast<std::size_t>(m)].form == MentionForm::Pronoun) break;
    list.push_back(m);
    comma_only.push_back(bare);
    t = doc_.mentions[static_cast<std::size_t>(m)].end_token;
  }
  // "Britain, China and possibly some other countries": unnamed members close the list too.
  const bool closed_by_others = unnamed_members_at(t) > 0;
  while (!closed_by_others && !comma_only.empty() && comma_only.back()) {  // "hit out at NATO, the U.S. said"
    comma_only.pop_back();
    list.pop_back();
  }
  return list;
}

std::uint32_t ClauseReader::unnamed_members_at(std::uint32_t t) const {
  if (t + 1 >= sentence_.end_token || doc_.token_keys[t] != "and") return 0;
  // Hedges and quantifiers may come first: "and possibly some other countries".
  std::uint32_t owner = t + 1;
  while (owner + 1 < sentence_.end_token && owner < t + 4) {
    const std::size_t hedge = is_adverb(owner) ? 1 : match(lex_.partitives, owner);
    if (hedge == 0) break;
    owner += static_cast<std::uint32_t>(hedge);
  }
  if (owner >= sentence_.end_token) return 0;
  const std::string& word = doc_.token_keys[owner];
  return word == "other" || word == "its" || word == "their" ? owner : 0;
}

std::uint32_t ClauseReader::parenthetical_start(std::uint32_t comma) const {
  if (comma <= sentence_.first_token + 2 || comma >= sentence_.end_token || doc_.token_keys[comma] != ",") return comma;
  std::uint32_t open = comma - 1;
  while (open > sentence_.first_token && open + 10 > comma && doc_.token_keys[open] != ",") --open;
  if (doc_.token_keys[open] != "," || open + 2 >= comma || doc_.tokens[open + 1].in_quote) return comma;
  // The aside opens with who says it and says it within a few words.
  const std::string& who = doc_.token_keys[open + 1];
  const bool speaker = who == "he" || who == "she" || who == "they" || who == "it" || who == "we" || who == "the" ||
                       (mention_at(open + 1) >= 0 &&
                        doc_.mentions[static_cast<std::size_t>(mention_at(open + 1))].first_token == open + 1);
  if (!speaker) return comma;
  for (std::uint32_t u = open + 2; u < comma && u < open + 7; ++u) {
    if (match(lex_.reporting_verbs, u) > 0 && mention_at(u) < 0) return open;
  }
  return comma;
}

std::vector<int> ClauseReader::subject_before(std::uint32_t t) const {
  if (const Clause* stored = clause_at(doc_, t)) return stored->subjects;  // read once by the clauses stage
  long p = skip_left(static_cast<long>(t) - 1);
  const long first = sentence_.first_token;
  // "Russia, he said, bore responsibility": the subject before a parenthetical attribution.
  if (p > first + 2 && doc_.token_keys[static_cast<std::size_t>(p)] == ",") {
    if (const std::uint32_t open = parenthetical_start(static_cast<std::uint32_t>(p));
        open < static_cast<std::uint32_t>(p)) {
      p = skip_left(static_cast<long>(open) - 1);
    }
  }
  // "Iran - which Washington accuses of ... - said", "Saudi Arabia - a close ally of the United
  // States - urged": the subject before an aside set off by dashes, as by commas.
  // (not a list set off after a plural: "six nations - Britain, Canada ... - pledged")
  if (p > first + 2 && is_spaced_dash(static_cast<std::uint32_t>(p)) &&
      apposed_list_ending_at(static_cast<std::uint32_t>(p)).empty()) {
    for (long open = p - 2; open > first && open + kAsideWords > p; --open) {
      if (doc_.token_keys[static_cast<std::size_t>(open)] == ";" ||
          doc_.token_keys[static_cast<std::size_t>(open)] == ".")
        break;
      if (!is_spaced_dash(static_cast<std::uint32_t>(open))) continue;
      p = skip_left(open - 1);
      break;
    }
  }
  // "Obama met Xi and both called for ..." ("both" is skippable), "with each side blaming
  // the other": the pair is the story's two latest parties.
  for (long u = static_cast<long>(t); u > std::max(p, first); --u) {
    std::size_t length = match_ending(lex_.pair_phrases, static_cast<std::uint32_t>(u));
    const long start = u - static_cast<long>(length);
    // (not "the agreement between the two countries calls for"; but "since the two countries
    // established relations": a subordinator opens a clause)
    if (length > 0 && start >= first && (start > p || u == p + 1) &&
        (start == first || !lex_.prepositions.contains(doc_.token_keys[static_cast<std::size_t>(start - 1)]) ||
         lex_.subordinators.contains(doc_.token_keys[static_cast<std::size_t>(start - 1)]))) {
      return pair_before(static_cast<std::uint32_t>(start));
    }
  }
  // "Relations between Ankara and Moscow soured. The two have traded barbs": "the two" alone,
  // right before the verb group, is a pair ("met the two men" is not); "The six agreed",
  // "all three said": the parties of that number.
  // ("The three countries accused": the number may take a plural noun of parties)
  const long numbered_from = p > first && match(lex_.party_plurals, static_cast<std::uint32_t>(p)) > 0 ? p - 2 : p - 1;
  for (long u = std::max(numbered_from, first); u + 1 < static_cast<long>(t); ++u) {
    if (u > first && lex_.prepositions.contains(doc_.token_keys[static_cast<std::size_t>(u - 1)])) continue;
    if (std::size_t count = 0; numbered_at(static_cast<std::uint32_t>(u), count)) {
      return numbered_parties(static_cast<std::uint32_t>(u), count);
    }
  }
  if (p < first) return {};
  // "Saudi Oil Minister Hisham Nazer, whose government has pressed Kuwait", "Steinmeier,
  // whose country has ties with Russia": the state of the one "whose" stands for.
  std::size_t state_words = match_ending(lex_.state_nouns, static_cast<std::uint32_t>(p + 1));
  bool after_whose = false;  // "whose" up to three words before p
  for (long u = p - 1; u >= first && u > p - 4 && !after_whose; --u)
    after_whose = doc_.token_keys[static_cast<std::size_t>(u)] == "whose";
  if (state_words == 0 && after_whose) {
    const auto noun =
        lex_.descriptions.match(doc_.token_keys, static_cast<std::size_t>(p), static_cast<std::size_t>(p + 1));
    // ("Nasrallah, whose group is Iran's closest ally": a person's group is his actor too)
    if (noun.length == 1) state_words = 1;
  }
  if (state_words > 0 && p + 1 >= first + static_cast<long>(state_words) + 2 &&
      mention_at(static_cast<std::uint32_t>(p)) < 0) {
    auto whose = static_cast<std::uint32_t>(p + 1 - static_cast<long>(state_words) - 1);
    // ("Iraq, whose Shi'ite-led government has": past up to two words that describe it)
    for (int words = 0; words < 2 && whose > sentence_.first_token + 2 && doc_.token_keys[whose] != "whose" &&
                        mention_at(whose) < 0 && !ends_phrase(whose);
         ++words) {
      --whose;
    }
    if (doc_.token_keys[whose] == "whose" && whose > sentence_.first_token + 1 && doc_.token_keys[whose - 1] == ",") {
      const int owner = mention_ending_at(whose - 1);
      if (!is_party(owner)) return {};
      // ("Iran and Iraq, whose Shi'ite-led governments maintain close ties": all of the list)
      return doc_.token_keys[static_cast<std::size_t>(p)].ends_with("s") ? list_leftwards(owner)
                                                                         : std::vector<int>{owner};
    }
  }
  if (std::vector<int> apposed = apposed_list_ending_at(static_cast<std::uint32_t>(p)); !apposed.empty())
    return apposed;
  // "The West, particularly France, considers ...": the parties an aside singles out from a
  // group that is no party ("The EU, including France, urged" is the EU's).
  if (doc_.token_keys[static_cast<std::size_t>(p)] == ",") {
    if (const int last = mention_ending_at(static_cast<std::uint32_t>(p)); is_party(last)) {
      const std::vector<int> named = list_until(last);
      std::uint32_t opener = doc_.mentions[static_cast<std::size_t>(named.front())].first_token;
      if (opener > sentence_.first_token && doc_.token_keys[opener - 1] == "the") --opener;
      const std::size_t intro = match_ending(lex_.list_introducers, opener);
      const std::uint32_t comma = opener - static_cast<std::uint32_t>(intro) - 1;
      if (intro > 0 && comma > sentence_.first_token && doc_.token_keys[comma] == "," &&
          !is_party(mention_ending_at(comma))) {
        return named;
      }
    }
  }
  // "A Kremlin statement criticized", "a European Commission report said", "NATO's
  // statement said": the author of what is said speaks.
  if (const std::size_t noun = match_ending(lex_.speech_nouns, static_cast<std::uint32_t>(p + 1)); noun > 0 && p + 1 > first + static_cast<long>(noun)) {
    std::uint32_t end = static_cast<std::uint32_t>(p + 1 - static_cast<long>(noun));
    if (doc_.token_keys[end - 1] == "'s" || doc_.token_keys[end - 1] == "'") --end;
    const int author = mention_ending_at(end);
    // (not is_party: "statement" is also the act of "the Kremlin statement angered Kiev")
    if (author >= 0 && !doc_.mentions[static_cast<std::size_t>(author)].actor_id.empty() &&
        doc_.mentions[static_cast<std::size_t>(author)].form != MentionForm::Demonym &&
        doc_.mentions[static_cast<std::size_t>(author)].form != MentionForm::People) {
      const std::uint32_t start = doc_.mentions[static_cast<std::size_t>(author)].first_token;
      // ("a draft European Commission report", "a new UN resolution": up to two adjectives)
      std::uint32_t opening = start;
      while (opening > sentence_.first_token + 1 && start - opening < 2 && mention_at(opening - 1) < 0 &&
             std::islower(static_cast<unsigned char>(doc_.token_text(opening - 1)[0])) && !ends_phrase(opening - 1)) {
        --opening;
      }
      const std::string& article = start > sentence_.first_token ? doc_.token_keys[opening - 1] : doc_.token_keys[start];
      if (start == sentence_.first_token || article == "a" || article == "an" || article == "the" || article == ",") return {author};
    }
    // "Egypt issued a statement on Monday. The statement urged Israel to stop": the one
    // that issued what "the" points back to.
    if (author < 0 && doc_.token_keys[end - 1] == "the" && end - 1 == subject_start()) {
      if (const int issuer = speech_issuer(doc_.token_keys[static_cast<std::size_t>(p)]); issuer >= 0) return {issuer};
    }
  }
  // "EC foreign ministers meeting in Brussels called on": a participle and the place it
  // names stand between the subject and its verb.
  if (p > first + 2) {
    long u = p;
    if (const int place = mention_ending_at(static_cast<std::uint32_t>(p + 1)); place >= 0) {
      u = static_cast<long>(doc_.mentions[static_cast<std::size_t>(place)].first_token) - 1;
    } else {
      while (u > first && is_capitalized(doc_.token_text(static_cast<std::uint32_t>(u)))) --u;
    }
    if (u > first && doc_.token_keys[static_cast<std::size_t>(u)] == "the") --u;
    if (u < p && u > first + 1 && lex_.prepositions.contains(doc_.token_keys[static_cast<std::size_t>(u)]) &&
        doc_.token_keys[static_cast<std::size_t>(u - 1)].ends_with("ing") && mention_at(static_cast<std::uint32_t>(u - 1)) < 0) {
      const int subject = mention_ending_at(static_cast<std::uint32_t>(u - 1));
      if (is_party(subject)) return list_leftwards(subject);
    }
  }
  // "the PYD, which Ankara says has close links to the PKK": "Ankara says" stands aside, and
  // the relative pronoun before it is the subject.
  if (match(lex_.reporting_verbs, static_cast<std::uint32_t>(p)) > 0 && p > first + 1) {
    const int reporter = mention_ending_at(static_cast<std::uint32_t>(p));
    if (reporter >= 0) {
      const std::uint32_t named = doc_.mentions[static_cast<std::size_t>(reporter)].first_token;
      if (named > sentence_.first_token && (doc_.token_keys[named - 1] == "which" || doc_.token_keys[named - 1] == "who")) {
        return subject_before(named);
      }
    }
  }
  const std::string& key = doc_.token_keys[static_cast<std::size_t>(p)];
  if ((key == "it" || key == "they") && mention_at(static_cast<std::uint32_t>(p)) < 0 &&
      static_cast<std::uint32_t>(p) + 2 < t && doc_.token_keys[static_cast<std::size_t>(p + 1)] == "(") {
    // '"They (the Kuwaitis) have asked Britain ...": the bracket says who.
    const int named = mention_at(static_cast<std::uint32_t>(p + 2) + (doc_.token_keys[static_cast<std::size_t>(p + 2)] == "the" ? 1U : 0U));
    if (is_party(named, true)) return list_rightwards(named);
  }
  if (key == "they" && mention_at(static_cast<std::uint32_t>(p)) < 0 &&
      !doc_.tokens[static_cast<std::size_t>(p)].in_quote) {
    // "Washington and Beijing have disagreements. They have close coordination": a "They"
    // that opens the sentence is the list the sentence before opened with; "while X and Y
    // differ, they have": the list a concession opened with.
    std::vector<int> list;
    if (p == first) {
      list = previous_subject();
    } else if (doc_.token_keys[static_cast<std::size_t>(p - 1)] == ",") {
      for (long u = p - 2; u >= first; --u) {
        const std::string& word = doc_.token_keys[static_cast<std::size_t>(u)];
        if (word != "while" && word != "although" && word != "though") continue;
        list = object_at(static_cast<std::uint32_t>(u + 1));
        if (!list.empty() &&
            doc_.mentions[static_cast<std::size_t>(list.front())].first_token != static_cast<std::uint32_t>(u + 1)) {
          list.clear();
        }
        break;
      }
    }
    if (list.size() >= 2) return list;
  }
  if ((key == "it" || key == "they") && p > first && mention_at(static_cast<std::uint32_t>(p)) < 0) {
    const std::string& joint = doc_.token_keys[static_cast<std::size_t>(p - 1)];
    if (joint == "and" || joint == "but") return main_subject();  // "Moscow complained that ..., and it called for ..."
    // "Russia said it had urged Iran ...": "it" after a verb of saying is who says it;
    // "..., after it accused Tokyo of ...": after a subordinator, the sentence's subject.
    // "it" stands for one party, "they" for any.
    long said = p - 1;
    if (joint == "that" && said > first) --said;
    said = skip_left(said);  // ("said on Friday it had asked")
    std::vector<int> subject;
    if (std::size_t length = match_ending(lex_.reporting_verbs, static_cast<std::uint32_t>(said + 1))) {
      subject = subject_before(static_cast<std::uint32_t>(said + 1 - static_cast<long>(length)));
    } else if ((lex_.subordinators.contains(joint) || joint == "what" || joint == "which") &&
               !doc_.tokens[static_cast<std::size_t>(p)].in_quote) {
      // "..., at what it called ...", "the OAS, which it deemed ...": the sentence's subject names it
      subject = main_subject();
    } else if (joint == "that" && key == "it" && said > first && doc_.token_keys[static_cast<std::size_t>(said)] == "but") {
      // "believed China had the tools ..., but that it needed to stick to its agenda": the
      // party of the "that" clause before.
      const int before = antecedent_before(static_cast<std::uint32_t>(p));
      if (before >= 0) subject = {before};
    }
    if (key == "it" && subject.size() > 1) subject.clear();
    return subject;
  }
  if ((key == "who" || key == "which" || key == "that") && mention_at(static_cast<std::uint32_t>(p)) < 0) {
    // "Stoltenberg, who called on Russia ...": the relative pronoun stands for the noun before
    // ("The WHO urged" names the organization).
    long q = p - 1;
    const bool comma = q >= first && doc_.token_keys[static_cast<std::size_t>(q)] == ",";
    if (comma) --q;
    int m = q >= first ? mention_ending_at(static_cast<std::uint32_t>(q + 1)) : -1;
    if (m < 0 && q > first) {
      // "Security Council Resolution 2231, which calls upon Iran": what is said (perhaps
      // numbered) speaks for its author.
      const long noun = std::isdigit(static_cast<unsigned char>(doc_.token_keys[static_cast<std::size_t>(q)][0])) ? q - 1 : q;
      if (const std::size_t length = noun > first ? match_ending(lex_.speech_nouns, static_cast<std::uint32_t>(noun + 1)) : 0;
          length > 0) {
        const int author = mention_ending_at(static_cast<std::uint32_t>(noun + 1 - static_cast<long>(length)));
        if (author >= 0 && !doc_.mentions[static_cast<std::size_t>(author)].actor_id.empty() &&
            doc_.mentions[static_cast<std::size_t>(author)].form != MentionForm::Demonym &&
            doc_.mentions[static_cast<std::size_t>(author)].form != MentionForm::People) {
          return {author};
        }
      }
    }
    if (m < 0 && q >= first) {
      // "trade between the two nations, which have enjoyed warm ties": the story's pair.
      if (std::size_t pair = match_ending(lex_.pair_phrases, static_cast<std::uint32_t>(q + 1)); pair >= 2) {
        return pair_before(static_cast<std::uint32_t>(q + 1 - static_cast<long>(pair)));
      }
    }
    if (m < 0 && !comma) {
      // "Washington is among Western powers that say Assad must go": the one among them.
      for (long a = q; a > first + 1 && a + 6 > q && doc_.token_keys[static_cast<std::size_t>(a)] != ","; --a) {
        if (doc_.token_keys[static_cast<std::size_t>(a)] != "among") continue;
        if (const std::size_t be = match_ending(lex_.copulas, static_cast<std::uint32_t>(a)); be > 0) {
          return subject_before(static_cast<std::uint32_t>(a - static_cast<long>(be)));
        }
        break;
      }
    }
    if (m < 0 && !comma) {
      // "JMB, an outlawed group that has pledged ...", "Hezbollah, the Lebanese guerrilla group
      // that has close ties with Iran": the apposition's noun stands for the name before it
      // (and before its acronym in brackets); a nation's adjective may modify the noun.
      long c = q;
      auto adjective = [&](long u) {
        const int named = mention_at(static_cast<std::uint32_t>(u));
        // ("the Lebanese guerrilla group": read as the people, it still modifies the noun)
        return named < 0 || doc_.mentions[static_cast<std::size_t>(named)].form == MentionForm::Demonym ||
               (doc_.mentions[static_cast<std::size_t>(named)].form == MentionForm::People &&
                doc_.mentions[static_cast<std::size_t>(named)].end_token <= static_cast<std::uint32_t>(q));
      };
      while (c > first && c > q - 6 && doc_.token_keys[static_cast<std::size_t>(c)] != "," && adjective(c)) --c;
      const bool apposition = c > first && doc_.token_keys[static_cast<std::size_t>(c)] == "," &&
                              (doc_.token_keys[static_cast<std::size_t>(c + 1)] == "a" ||
                               doc_.token_keys[static_cast<std::size_t>(c + 1)] == "an" ||
                               doc_.token_keys[static_cast<std::size_t>(c + 1)] == "the");
      if (apposition) {
        long e = c;
        if (doc_.token_keys[static_cast<std::size_t>(e - 1)] == ")") {
          while (e > first && doc_.token_keys[static_cast<std::size_t>(e - 1)] != "(") --e;
          --e;
        }
        int named = e > first ? mention_ending_at(static_cast<std::uint32_t>(e)) : -1;
        return is_party(named) ? std::vector<int>{named} : std::vector<int>{};
      }
    }
    // "a peace deal for Colombia that was encouraged": a restrictive clause after a name
    // inside a prepositional phrase belongs to the noun that phrase modifies.
    // ("friction with the U.S. and the EC who have put pressure on": "who" is the names')
    if (!is_party(m) || (!comma && after_preposition(m) && key != "who")) return {};
    // "the PYD and YPG, which Ankara says have close links to the PKK": the whole list.
    return comma || key == "who" ? list_leftwards(m) : std::vector<int>{m};
  }
  int m = mention_ending_at(static_cast<std::uint32_t>(p + 1));
  if (m < 0 && static_cast<std::uint32_t>(p) + 2 < t && doc_.token_keys[static_cast<std::size_t>(p + 1)] == "(") {
    // "The United Nations refugee agency (UNHCR) urged ...": the name in brackets acts.
    const int named = mention_at(static_cast<std::uint32_t>(p + 2));
    if (is_party(named) && doc_.mentions[static_cast<std::size_t>(named)].first_token == static_cast<std::uint32_t>(p + 2) &&
        doc_.token_keys[doc_.mentions[static_cast<std::size_t>(named)].end_token] == ")") {
      return {named};
    }
  }
  // "UN High Commissioner for Refugees Ruud Lubbers said": a person's name of two or three
  // words right after a body's title (the body's name) speaks for the body.
  if (m < 0 && p > first + 2 && is_capitalized(doc_.token_text(static_cast<std::uint32_t>(p)))) {
    long name = p;
    // (not a company's name: "United States Steel Corp urged")
    bool company = false;
    while (name > first && p - name < 3 && mention_at(static_cast<std::uint32_t>(name - 1)) < 0 &&
           is_capitalized(doc_.token_text(static_cast<std::uint32_t>(name - 1))) &&
           !lex_.not_names.contains(doc_.token_keys[static_cast<std::size_t>(name - 1)])) {
      company = company || lex_.abbreviations.contains(doc_.token_keys[static_cast<std::size_t>(name - 1)]) ||
                lex_.non_state_modifiers.contains(doc_.token_keys[static_cast<std::size_t>(name - 1)]);
      --name;
    }
    if (company || lex_.abbreviations.contains(doc_.token_keys[static_cast<std::size_t>(p)]) ||
        lex_.not_names.contains(doc_.token_keys[static_cast<std::size_t>(p)])) {
      name = p;
    }
    const int title = name > first ? mention_ending_at(static_cast<std::uint32_t>(name)) : -1;
    if (p > name && title >= 0 && is_party(title) && doc_.mentions[static_cast<std::size_t>(title)].form == MentionForm::Name &&
        doc_.mentions[static_cast<std::size_t>(title)].end_token >= doc_.mentions[static_cast<std::size_t>(title)].first_token + 2) {
      return {title};
    }
  }
  // "the senior NATO commander in Europe has said", "the Iranian embassy in London said":
  // the one placed speaks, not the place (a place no actor names is one capitalised word).
  if (m >= 0 || (p > first + 1 && is_capitalized(doc_.token_text(static_cast<std::uint32_t>(p))))) {
    std::uint32_t in = m >= 0 ? doc_.mentions[static_cast<std::size_t>(m)].first_token : static_cast<std::uint32_t>(p);
    if (in > sentence_.first_token + 1 && doc_.token_keys[in - 1] == "the") --in;
    if (in > sentence_.first_token + 1 && doc_.token_keys[in - 1] == "in") {
      const int placed = mention_ending_at(in - 1);
      if (placed >= 0 && is_party(placed) &&
          (m < 0 ||
           doc_.mentions[static_cast<std::size_t>(placed)].actor_id !=
               doc_.mentions[static_cast<std::size_t>(m)].actor_id ||
           doc_.mentions[static_cast<std::size_t>(m)].form == MentionForm::Capital) &&
          (doc_.mentions[static_cast<std::size_t>(placed)].form == MentionForm::Person ||
           match_ending(lex_.roles, in - 1) > 0 || match_ending(lex_.state_nouns, in - 1) > 0)) {
        return {placed};
      }
    }
  }
  // "The Foreign Ministry in Beijing said": a state body placed in its capital is the state's.
  if (m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].form == MentionForm::Capital &&
      !doc_.mentions[static_cast<std::size_t>(m)].actor_id.empty()) {
    const std::uint32_t named = doc_.mentions[static_cast<std::size_t>(m)].first_token;
    const std::uint32_t in = named - 1;
    // (not "the Russian embassy in Kiev", a body its own name places)
    if (named > sentence_.first_token + 1 && doc_.token_keys[in] == "in" && mention_ending_at(in) < 0 &&
        (match_ending(lex_.state_nouns, in) > 0 || match_ending(lex_.institution_heads, in) > 0)) {
      return {m};
    }
  }
  if (is_party(m)) {
    std::vector<int> list = list_leftwards(m);
    long joint = static_cast<long>(doc_.mentions[static_cast<std::size_t>(list.front())].first_token) - 1;
    if (joint >= first && doc_.token_keys[static_cast<std::size_t>(joint)] == "the") --joint;
    // "Neither Britain nor France urged ...": a subject denied does not act.
    if (joint >= first && doc_.token_keys[static_cast<std::size_t>(joint)] == "nor") return {};
    if (joint >= first && is_list_joint(doc_.token_keys[static_cast<std::size_t>(joint)]) &&
        doc_.token_keys[static_cast<std::size_t>(joint)] != "," &&
        mention_ending_at(static_cast<std::uint32_t>(joint)) >= 0) {
      return {};  // "between Tokyo and Washington should ...": the list is inside a phrase
    }
    // "Supporters of Ivory Coast's president criticized ...": a name inside a phrase that
    // modifies some other head is not the subject; "the government of Iraq" still is.
    long before = static_cast<long>(doc_.mentions[static_cast<std::size_t>(list.front())].first_token) - 1;
    if (before >= first && doc_.token_keys[static_cast<std::size_t>(before)] == "the") --before;
    if (before >= first) {
      const std::string& word = doc_.token_keys[static_cast<std::size_t>(before)];
      auto head = static_cast<std::uint32_t>(before);
      // "leaders of Spain", "officials from Russia and China": the office's state.
      bool of_office = (word == "of" || word == "from") && offices_ending_at(head, word == "from");
      // "a statement from the Committee said": the author of what is said speaks; so does the
      // body a spokesman speaks for ("A spokesman for the State Department said").
      // ("A report released on Wednesday by U.N. investigators accused": past its participle)
      std::uint32_t said_at = head;
      if (word == "by" && before > first + 1) {
        const long verb = skip_left(before - 1);
        if (verb > first && mention_at(static_cast<std::uint32_t>(verb)) < 0 &&
            is_participle(static_cast<std::uint32_t>(verb))) {
          said_at = static_cast<std::uint32_t>(verb);
        }
      }
      bool of_statement =
          ((word == "from" || word == "by") && before > first && match_ending(lex_.speech_nouns, said_at) > 0) ||
          (word == "for" && before > first && match_ending(lex_.spokesman_roles, head) > 0);
      // "Canada's ambassador to the United Nations said": the officer speaks, not the body;
      // "President Hosni Mubarak of Egypt urged": the person, for the country after "of".
      if ((word == "to" || word == "at" || word == "in" || word == "of") && before > first) {
        int officer = mention_ending_at(head);
        if (officer >= 0 && is_party(officer) &&
            (doc_.mentions[static_cast<std::size_t>(officer)].form == MentionForm::Person ||
             (doc_.mentions[static_cast<std::size_t>(officer)].form == MentionForm::Description &&
              match_ending(lex_.roles, head) > 0))) {
          return {officer};  // (also "The kingdom's ambassador to the United Nations said")
        }
      }
      if ((word == "of" && !of_office) ||
          (lex_.prepositions.contains(word) && !lex_.subordinators.contains(word) && !of_statement && !of_office)) {
        return {};
      }
      // "the attacks in Turkey, Iraq and Saudi Arabia appear to": a list whose first name,
      // a place after a preposition, is no party, is all inside the phrase; but the comma
      // that closes an opening phrase ("After talks in Tokyo, Japan and India urged") ends it.
      if (word == "," && before > first && list.size() >= 2 && head + 1 != subject_start()) {
        const int previous = mention_ending_at(head);
        if (previous >= 0 && after_preposition(previous)) return {};
      }
      // "a complaint with the GATT challenging ...": "with" after a noun makes the name its
      // complement; only after a comma or at the start does it open a clause ("..., with
      // Russia accusing Turkey").
      if (word == "with" && before > first && doc_.token_keys[static_cast<std::size_t>(before - 1)] != ",") return {};
    }
    return list;
  }
  if (key == ",") {
    // "the U.N. envoy for Syria, Staffan de Mistura, called on ...": a person in apposition
    // between commas is the subject.
    int named = mention_ending_at(static_cast<std::uint32_t>(p));
    if (named >= 0 && doc_.mentions[static_cast<std::size_t>(named)].form == MentionForm::Person) {
      std::uint32_t begin = doc_.mentions[static_cast<std::size_t>(named)].first_token;
      // "Blinken, the U.S. Secretary of State, said": the apposed role speaks.
      if (begin > sentence_.first_token + 1 && doc_.token_keys[begin - 1] == "the" && doc_.token_keys[begin - 2] == "," &&
          is_party(named)) {
        return {named};
      }
      if (begin > sentence_.first_token && doc_.token_keys[begin - 1] == ",") {
        // "the UN envoy for Syria, Paul Roux, called ...": the role before speaks for him,
        // also over what the dictionary says of him ("The OPEC president, Rilwanu Lukman").
        for (std::uint32_t u = begin - 1; u > sentence_.first_token && u + 6 > begin; --u) {
          int role = mention_at(u - 1);
          if (role < 0) continue;
          const Mention& office = doc_.mentions[static_cast<std::size_t>(role)];
          // ("The kingdom's ambassador to the United Nations, Abdallah al-Mouallimi, told": a
          // description of the officer too)
          if ((office.form == MentionForm::Person && !office.actor_id.empty() && office.person >= 0 &&
               doc_.persons[static_cast<std::size_t>(office.person)].name.empty()) ||
              (office.form == MentionForm::Description && is_party(role) &&
               match_ending(lex_.roles, office.end_token) > 0)) {
            return {role};
          }
          u = office.first_token + 1;
        }
        if (is_party(named)) return {named};
      }
    }
    // "Arnor's foreign minister, in remarks published on Monday, urged ...": a phrase
    // between commas that opens with a preposition or adverb stands aside.
    for (long c = p - 1; c >= first && c > p - 20; --c) {
      if (doc_.token_keys[static_cast<std::size_t>(c)] != ",") continue;
      auto opener = static_cast<std::uint32_t>(c + 1);
      // "the Committee, which brings together ..., said": a relative clause stands aside.
      if ((doc_.token_keys[opener] == "which" || doc_.token_keys[opener] == "who" ||
           doc_.token_keys[opener] == "whose" || doc_.token_keys[opener] == "where") &&
          !doc_.tokens[opener].in_quote) {
        int before = mention_ending_at(static_cast<std::uint32_t>(c));
        if (!is_party(before)) return {};
        // ("Iran summoned the Swiss envoy, who represents ..., accusing Washington": an object
        // does not act in a participle after its relative clause; the sentence's subject does)
        std::vector<int> list = list_leftwards(before);
        if (doc_.token_keys[t].ends_with("ing") && static_cast<long>(t) == p + 1 &&
            past_article(subject_start()) != doc_.mentions[static_cast<std::size_t>(list.front())].first_token) {
          return {};
        }
        return list;
      }
      if (c < p - kAsideWords) break;
      // "Egypt's foreign minister, speaking after talks in Cairo, urged ...": a participle
      // opens a phrase that stands aside too.
      const std::string& open_word = doc_.token_keys[opener];
      // "the ministry, headed by José Serra, a former senator, criticized ...": an apposition
      // to a person who speaks for no party is part of the aside before it.
      if (open_word == "a" || open_word == "an") {
        const int head = mention_ending_at(static_cast<std::uint32_t>(c));
        if (head >= 0 && doc_.mentions[static_cast<std::size_t>(head)].form == MentionForm::Person && !is_party(head)) continue;
      }
      // "Britain, along with France, urged ...", "Britain, as well as France, urged": the one
      // named in the aside acts too.
      if (const std::size_t joining = match(lex_.joining_phrases, opener);
          joining > 0 && opener + joining < static_cast<std::uint32_t>(p)) {
        const int before = mention_ending_at(static_cast<std::uint32_t>(c));
        if (!is_party(before)) break;
        std::vector<int> list = list_leftwards(before);
        // ("Britain, along with other nations, urged": the aside names no one)
        if (std::vector<int> with = object_at(opener + static_cast<std::uint32_t>(joining));
            !with.empty() && doc_.mentions[static_cast<std::size_t>(with.back())].end_token == static_cast<std::uint32_t>(p)) {
          list.insert(list.end(), with.begin(), with.end());
        }
        return list;
      }
      // ("bound by a 1951 treaty": an irregular participle too)
      const bool participle = mention_at(opener) < 0 &&
                              ((open_word.size() > 4 && (open_word.ends_with("ing") || open_word.ends_with("ed"))) ||
                               match(lex_.irregular_participles, opener) > 0);
      // "Britain, France's closest ally, urged", "Britain, like France, urged", "China, as the
      // North's main ally, must", "Vietnam and the United States, former enemies, now have": an
      // apposition or comparison stands aside.
      const int opening = mention_at(opener);
      const bool possessor = opening >= 0 && doc_.mentions[static_cast<std::size_t>(opening)].first_token == opener &&
                             is_possessive(opening);
      const bool apposed =
          possessor || open_word == "like" || open_word == "unlike" || open_word == "as" ||
          (opening < 0 && (lex_.former_markers.contains(open_word) || match(lex_.ally_modifiers, opener) > 0));
      if (!lex_.prepositions.contains(open_word) && !match(lex_.skippable, opener) && !participle && !apposed) break;
      if (open_word == "from") {
        // "Foreign leaders, from Obama to Xi, have called on ...": the range's ends act.
        const int from = mention_at(opener + 1);
        const std::uint32_t to = from >= 0 ? doc_.mentions[static_cast<std::size_t>(from)].end_token : opener;
        const int until = to + 1 < static_cast<std::uint32_t>(p) && doc_.token_keys[to] == "to" ? mention_at(to + 1) : -1;
        if (is_party(from) && is_party(until) &&
            doc_.mentions[static_cast<std::size_t>(until)].end_token == static_cast<std::uint32_t>(p)) {
          return {from, until};
        }
      }
      int before = mention_ending_at(static_cast<std::uint32_t>(c));
      if (is_party(before)) return list_leftwards(before);
      // ("A Turkish official in Ankara, speaking ..., accused": the one the place follows)
      if (before >= 0) return subject_before(static_cast<std::uint32_t>(c));
      break;
    }
  }
  // "Saudi Arabia and its Gulf Arab allies accused Iran": the named member acts; "Japan and
  // its U.S. ally urged": so does a single ally named by its nation.
  if (const long own = own_allies_start(p); own > first + 1 && doc_.token_keys[static_cast<std::size_t>(own - 1)] == "and") {
    int member = mention_ending_at(static_cast<std::uint32_t>(own - 1));
    if (is_party(member)) {
      std::vector<int> list = list_leftwards(member);
      const int ally = mention_at(static_cast<std::uint32_t>(p - 1));
      if (ally >= 0 && !doc_.mentions[static_cast<std::size_t>(ally)].actor_id.empty() &&
          doc_.mentions[static_cast<std::size_t>(ally)].form != MentionForm::Person &&
          static_cast<long>(doc_.mentions[static_cast<std::size_t>(ally)].first_token) > own &&
          match(lex_.ally_nouns, static_cast<std::uint32_t>(p)) > 0 &&
          !doc_.token_keys[static_cast<std::size_t>(p)].ends_with("s")) {
        list.push_back(ally);
      }
      return list;
    }
  }
  // "Mexican lawmakers and experts claimed": the party that opens a subject joined to people
  // who stand for no one.
  if (p > first + 1 && key.size() > 3 && key.ends_with("s") && mention_at(static_cast<std::uint32_t>(p)) < 0 &&
      std::islower(static_cast<unsigned char>(doc_.token_text(static_cast<std::uint32_t>(p))[0])) &&
      doc_.token_keys[static_cast<std::size_t>(p - 1)] == "and") {
    const int named = mention_ending_at(static_cast<std::uint32_t>(p - 1));
    if (is_party(named) && doc_.mentions[static_cast<std::size_t>(named)].first_token <= subject_start() + 1) {
      return list_leftwards(named);
    }
  }
  // A second verb of the same subject: "He declared ... and urged ...", "Moscow hit out at
  // NATO and said ...". A subject list would end in a name, not in "and". Not after a
  // clause with a subject of its own: "The U.S. is not involved, and this is not and should
  // not become a problem" ("..., but he has pushed ... and improved ties" is the same one).
  if (key == "and" || key == "but") {
    for (long u = p - 1; u > first + 1; --u) {
      const std::string& joint = doc_.token_keys[static_cast<std::size_t>(u)];
      if ((joint != "and" && joint != "but") || doc_.token_keys[static_cast<std::size_t>(u - 1)] != "," || u + 1 >= p) continue;
      const std::string& opener = doc_.token_keys[static_cast<std::size_t>(u + 1)];
      const bool person = opener == "he" || opener == "she" || opener == "it" || opener == "they" || opener == "we";
      if (lex_.sentence_starters.contains(opener) && !person) return {};
    }
    // "The EU said Ankara had failed to act and must reverse ...": an obligation joined to a
    // reported clause has that clause's subject.
    if (const auto cue = lex_.cues.match(doc_.token_keys, static_cast<std::size_t>(p + 1), sentence_.end_token);
        cue.length > 0 && cue_kind(cue.tag) == CueKind::Obligation) {
      for (long u = p - 1; u > first; --u) {
        if (doc_.tokens[static_cast<std::size_t>(u)].in_quote) break;
        const std::size_t saying = match(lex_.reporting_verbs, static_cast<std::uint32_t>(u));
        if (saying == 0) continue;
        auto named_at = static_cast<std::uint32_t>(u + static_cast<long>(saying));
        // ("told a news conference in Baghdad that Iran ...": past the one told, to "that")
        for (std::uint32_t v = named_at;
             v < sentence_.end_token && v < named_at + 8 && doc_.token_keys[named_at] != "that"; ++v) {
          if (doc_.token_keys[v] == "," || (mention_at(v) >= 0 && doc_.token_keys[v - 1] != "in")) break;
          if (doc_.token_keys[v] == "that") named_at = v;
        }
        if (named_at < sentence_.end_token && doc_.token_keys[named_at] == "that") ++named_at;
        if (named_at < sentence_.end_token && doc_.token_keys[named_at] == "the") ++named_at;
        const int named = mention_at(named_at);
        if (named >= 0 && doc_.mentions[static_cast<std::size_t>(named)].first_token == named_at && is_party(named)) {
          return list_rightwards(named);
        }
        break;
      }
    }
    return main_subject();
  }
  return members_before(p);
}

// "World leaders including Obama, Xi and NATO allies have urged", "Several countries,
// including France and Germany, have urged", "France and other European nations urged":
// a plural subject whose named members act. p is the last token of the subject.
long ClauseReader::own_allies_start(long p) const {
  const long first = sentence_.first_token;
  std::size_t ally = p >= first ? match_ending(lex_.ally_nouns, static_cast<std::uint32_t>(p + 1)) : 0;
  if (ally == 0 && p >= first) ally = match_ending(lex_.partner_nouns, static_cast<std::uint32_t>(p + 1));
  if (ally == 0) return -1;
  // Back over the modifiers ("Gulf Arab"; a nation's adjective may be a mention) to "its".
  auto modifier = [&](long i) {
    const int named = mention_at(static_cast<std::uint32_t>(i));
    const std::string& word = doc_.token_keys[static_cast<std::size_t>(i)];
    // ("its U.S. ally": a name too)
    return (named < 0 || doc_.mentions[static_cast<std::size_t>(named)].form == MentionForm::Demonym ||
            doc_.mentions[static_cast<std::size_t>(named)].form == MentionForm::Name ||
            doc_.mentions[static_cast<std::size_t>(named)].actor_id.empty()) &&
           word != "and" && word != "its" && word != "their" && word != "our" &&
           std::isalpha(static_cast<unsigned char>(word[0]));
  };
  long q = p - static_cast<long>(ally);
  while (q > first && q > p - 5 && modifier(q)) --q;
  if (q < first) return -1;
  const std::string& owner = doc_.token_keys[static_cast<std::size_t>(q)];
  // "our partners" in a quote are the speaker's.
  const bool ours = owner == "our" && doc_.tokens[static_cast<std::size_t>(q)].in_quote;
  return owner == "its" || owner == "their" || ours ? q : -1;
}

std::vector<int> ClauseReader::members_before(long p) const {
  const long first = sentence_.first_token;
  auto key = [&](long i) -> const std::string& { return doc_.token_keys[static_cast<std::size_t>(i)]; };
  for (long u = p; u >= first && u > p - 30; --u) {
    int m = mention_at(static_cast<std::uint32_t>(u));
    if (m >= 0) {
      u = doc_.mentions[static_cast<std::size_t>(m)].first_token;
      continue;
    }
    const std::string& word = key(u);
    if (word == "other" && u >= first + 2) {  // "France and (the) other nations"
      long joint = key(u - 1) == "the" ? u - 2 : u - 1;
      int before = joint > first && key(joint) == "and" ? mention_ending_at(static_cast<std::uint32_t>(joint)) : -1;
      if (!is_party(before)) return {};
      std::vector<int> list = list_leftwards(before);
      // "groups supported by Turkey, Saudi Arabia and other states": the list is inside a phrase.
      long v = static_cast<long>(doc_.mentions[static_cast<std::size_t>(list.front())].first_token) - 1;
      while (v >= first && (key(v) == "," || key(v) == "the" || mention_at(static_cast<std::uint32_t>(v)) >= 0)) --v;
      if (v >= first && lex_.prepositions.contains(key(v))) return {};
      return list;
    }
    if (std::size_t length = match(lex_.list_introducers, static_cast<std::uint32_t>(u))) {
      // The members follow; a plural head that starts the clause comes before ("World
      // leaders", "Several countries,"), not a phrase of a preposition ("backed by powers").
      long head = u - 1;
      if (head >= first && key(head) == ",") --head;
      if (head < first || !key(head).ends_with("s") || mention_at(static_cast<std::uint32_t>(head)) >= 0) return {};
      long start = head;
      while (start > first && start > head - 3 && mention_at(static_cast<std::uint32_t>(start - 1)) < 0 &&
             std::isalpha(static_cast<unsigned char>(key(start - 1)[0])) && !lex_.prepositions.contains(key(start - 1)) &&
             key(start - 1) != "and") {
        --start;
      }
      if (start > first && key(start - 1) != ",") return {};
      auto begin = static_cast<std::uint32_t>(u) + static_cast<std::uint32_t>(length);
      if (begin < sentence_.end_token && key(begin) == "the") ++begin;
      int member = mention_at(begin);
      if (member < 0 || doc_.mentions[static_cast<std::size_t>(member)].first_token != begin || !is_party(member)) return {};
      return list_rightwards(member);
    }
    const bool inside = word == "," || word == "and" || word == "the" ||
                        (std::isalpha(static_cast<unsigned char>(word[0])) && !lex_.prepositions.contains(word) &&
                         !match(lex_.reporting_verbs, static_cast<std::uint32_t>(u)) && word != "that" && word != "which" &&
                         word != "who");
    if (!inside) return {};
  }
  return {};
}

bool ClauseReader::ends_phrase(std::uint32_t t) const {
  if (t >= sentence_.end_token) return true;
  // A string_view, so that each comparison below checks the length first instead of calling
  // strlen (GCC 12's std::string == const char*): this runs for most tokens.
  const std::string_view key = doc_.token_keys[t];
  if (key == "-") return false;  // "the U.S.-based cleric": the name modifies what follows
  if (key.size() == 1 && !std::isalnum(static_cast<unsigned char>(key[0]))) return true;
  static constexpr std::string_view kClauseWords[] = {"and",  "or",    "but",  "nor",     "not",   "who",
                                                      "which", "that", "as",   "because", "when",  "while",
                                                      "amid", "until", "despite", "whose", "where", "'s"};
  for (const std::string_view word : kClauseWords) {
    if (key == word) return true;
  }
  // "its ally France urged Russia": a relation verb in the past tense ends the name's phrase;
  // so does a copula ("ties with Russia remain strong").
  const bool past_cue = key.ends_with("ed") && match(lex_.cues, t) > 0;
  return lex_.prepositions.contains(key) || match(lex_.skippable, t) > 0 || match(lex_.reporting_verbs, t) > 0 ||
         key == "of" || is_adverb(t) || past_cue || match(lex_.copulas, t) > 0;
}

std::vector<int> ClauseReader::previous_subject() const {
  const auto here = static_cast<std::size_t>(&sentence_ - doc_.sentences.data());
  if (here == 0) return {};
  return ClauseReader(doc_, doc_.sentences[here - 1], lex_).main_subject();
}

std::uint32_t ClauseReader::relative_comma(std::uint32_t subject) const {
  const std::uint32_t begin = sentence_.first_token;
  if (subject > begin && doc_.token_keys[subject - 1] == "the") --subject;  // "which the U.N. agency condemned"
  if (subject < begin + 3) return 0;
  const std::string& relative = doc_.token_keys[subject - 1];
  return (relative == "which" || relative == "whom") && doc_.token_keys[subject - 2] == "," ? subject - 2 : 0;
}

std::vector<int> ClauseReader::parties_between(std::uint32_t t) const {
  if (t < sentence_.end_token && doc_.token_keys[t] == "the") ++t;
  const int party = mention_at(t);
  if (party < 0 || doc_.mentions[static_cast<std::size_t>(party)].first_token != t ||
      doc_.mentions[static_cast<std::size_t>(party)].actor_id.empty()) {
    return {};
  }
  std::vector<int> parties = list_rightwards(party);
  return parties.size() >= 2 ? parties : std::vector<int>{};
}

std::vector<int> ClauseReader::head_object_at(std::uint32_t t) const {
  std::vector<int> list = object_at(t);
  if (list.empty()) return list;
  std::uint32_t after = doc_.mentions[static_cast<std::size_t>(list.back())].end_token;
  if (after <= sentence_.first_token) return list;  // "urged both sides": a pair the story named
  // ("the International Coffee Organisation (ICO) meeting": past the bracketed acronym)
  if (after + 1 < sentence_.end_token && doc_.token_keys[after] == ")") ++after;
  return ends_phrase(after) || acts_in_participle(after) ? list : std::vector<int>{};
}

// "complained of Russian jets flying into Turkish airspace": a participle that goes on to a
// preposition, an article or a name makes the name before it the doer, not a modifier of a
// noun ("the U.S. bombing of", "U.S. trading partners").
bool ClauseReader::acts_in_participle(std::uint32_t t) const {
  if (t + 1 >= sentence_.end_token || !doc_.token_keys[t].ends_with("ing") || match(lex_.act_nouns, t) > 0 ||
      match(lex_.event_nouns, t) > 0 || doc_.token_keys[t + 1] == "of") {
    return false;
  }
  const std::string& next = doc_.token_keys[t + 1];
  return lex_.prepositions.contains(next) || next == "the" || next == "a" || next == "an" || mention_at(t + 1) >= 0;
}

std::vector<int> ClauseReader::object_list(int first_mention) const {
  // "ties with U.S. ally South Korea": a name before an ally noun says whose ally the object
  // is (the ally reader reads that tie); the object is the name after it.
  const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(first_mention)].end_token;
  if (const std::size_t ally = after < sentence_.end_token ? match(lex_.ally_nouns, after) : 0; ally > 0) {
    const auto named_at = after + static_cast<std::uint32_t>(ally);
    const int named = mention_at(named_at);
    if (named >= 0 && doc_.mentions[static_cast<std::size_t>(named)].first_token == named_at) first_mention = named;
  }
  if (!is_party(first_mention, true) || is_possessive(first_mention)) return {};
  return list_rightwards(first_mention);
}

std::vector<int> ClauseReader::pair_before(std::uint32_t t, bool besides_subject) const {
  return parties_before(t, 2, besides_subject);
}

// "all three" counts back over the parties named last; "both" must find exactly two.
std::vector<int> ClauseReader::parties_before(std::uint32_t t, std::size_t count, bool besides_subject) const {
  // annotation.md: "both sides" is resolved from the story when it has two parties. The
  // sentence's own two parties come first ("Obama met Xi and both called for ..."), then
  // the document's, when only two actors have been named before.
  auto latest_two = [&](std::uint32_t from, bool sentence_only, std::uint32_t until,
                        const std::vector<int>& others = {}) -> std::vector<int> {
    std::vector<int> found;  // latest mention of each distinct actor, newest first
    auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), until,
                               [](const Mention& m, std::uint32_t u) { return m.end_token <= u; });
    while (it != doc_.mentions.begin()) {
      --it;
      if (it->first_token < from) break;
      const int index = static_cast<int>(it - doc_.mentions.begin());
      // A pronoun only repeats a party (and may be misread): the names count.
      const bool party = it->form != MentionForm::Pronoun &&
                         (sentence_only ? is_party(index) && !doc_.tokens[it->first_token].in_quote
                                        : !it->actor_id.empty() && it->form != MentionForm::Demonym);
      if (!party) continue;
      bool seen = false;
      for (int other : others) seen = seen || doc_.mentions[static_cast<std::size_t>(other)].actor_id == it->actor_id;
      for (int f : found) seen = seen || doc_.mentions[static_cast<std::size_t>(f)].actor_id == it->actor_id;
      if (!seen) found.push_back(index);
      if (found.size() > count) {
        if (count == 2) return {};
        found.pop_back();
        break;
      }
    }
    if (found.size() != count) return {};
    std::reverse(found.begin(), found.end());
    return found;
  };
  std::vector<int> pair = latest_two(sentence_.first_token, true, t);
  // "Iran met officials of Egypt and Turkey and accused both of meddling": the two besides
  // the sentence's subject, when the pair is what the subject acts on.
  if (pair.empty() && besides_subject) {
    if (std::vector<int> subject = main_subject(); !subject.empty()) {
      pair = latest_two(sentence_.first_token, true, t, subject);
    }
  }
  // "Fighting flared between Ethiopia and Eritrea. Washington urged both sides": the two
  // parties of the sentence before, before those of the whole story.
  if (pair.empty()) {
    std::uint32_t previous = sentence_.first_token;
    for (const Sentence& other : doc_.sentences) {
      if (other.end_token <= sentence_.first_token && other.index >= 0) previous = other.first_token;
    }
    if (previous < sentence_.first_token) pair = latest_two(previous, false, sentence_.first_token);
  }
  if (pair.empty()) pair = latest_two(0, false, t);
  // "Fighting between Armenia and Azerbaijan flared ... Putin urged the warring sides": in a
  // story of more parties, the pair it last named as two joined by "and".
  if (pair.empty() && count == 2 && t < sentence_.end_token && !doc_.tokens[t].in_quote) pair = story_pair(t);
  return pair;
}

std::vector<int> ClauseReader::story_pair(std::uint32_t t) const {
  const auto here = static_cast<std::size_t>(&sentence_ - doc_.sentences.data());
  // Who speaks to the sides before they are named is not one of them ("Russia urged both sides").
  std::vector<std::string> speakers;
  for (auto m = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), sentence_.first_token,
                                 [](const Mention& x, std::uint32_t u) { return x.first_token < u; });
       m != doc_.mentions.end() && m->end_token <= t; ++m) {
    if (!m->actor_id.empty()) speakers.push_back(m->actor_id);
  }
  auto speaks = [&](const Mention& m) { return std::find(speakers.begin(), speakers.end(), m.actor_id) != speakers.end(); };
  // In this sentence the pair stands before the phrase, so only its subject speaks to it ("Syria
  // said Turkey and Saudi Arabia were arming terrorists, and accused both governments").
  std::vector<std::string> own_subject;
  for (int m : main_subject(false)) own_subject.push_back(doc_.mentions[static_cast<std::size_t>(m)].actor_id);
  std::vector<int> joined;  // the latest plain "X and Y"
  // This sentence before the phrase first ("acrimony between France and West Germany, with
  // each side blaming the other"), then the six before it.
  for (std::size_t back = 0; back <= 6 && back <= here; ++back) {
    const Sentence& earlier = doc_.sentences[here - back];
    const ClauseReader reader(doc_, earlier, lex_);
    // (not the pair an earlier "Both sides" stands for: that would search the story again)
    const std::vector<int> subject = back == 0 ? std::vector<int>{} : reader.main_subject(false);
    for (std::uint32_t u = back == 0 ? t : earlier.end_token; u > earlier.first_token + 2; --u) {
      // Two sides set against each other: "between X and Y", or "X and Y" as the subject.
      const int second = reader.mention_ending_at(u);
      if (second < 0 || doc_.tokens[u - 1].in_quote) continue;
      const Mention& y = doc_.mentions[static_cast<std::size_t>(second)];
      const std::uint32_t joint = y.first_token > earlier.first_token && doc_.token_keys[y.first_token - 1] == "the"
                                      ? y.first_token - 1
                                      : y.first_token;
      const int first = joint > earlier.first_token && doc_.token_keys[joint - 1] == "and" ? reader.mention_ending_at(joint - 1) : -1;
      if (first < 0) continue;
      const Mention& x = doc_.mentions[static_cast<std::size_t>(first)];
      if (x.actor_id.empty() || y.actor_id.empty() || x.actor_id == y.actor_id || x.form == MentionForm::Demonym ||
          y.form == MentionForm::Demonym) {
        continue;
      }
      const bool between = x.first_token > earlier.first_token && doc_.token_keys[x.first_token - 1] == "between";
      const bool subjects = subject.size() == 2 && subject.front() == first && subject.back() == second;
      if (between || subjects) return {first, second};
      // "detained by the United Kingdom and Sweden. ... called on both countries": a pair that
      // does not end a longer list and holds no one who speaks to it.
      const std::uint32_t before = x.first_token > earlier.first_token && doc_.token_keys[x.first_token - 1] == "the"
                                       ? x.first_token - 1
                                       : x.first_token;
      const bool listed = before > earlier.first_token && (doc_.token_keys[before - 1] == "," || doc_.token_keys[before - 1] == "and");
      const bool goes_on = y.end_token < earlier.end_token && (doc_.token_keys[y.end_token] == "and" || doc_.token_keys[y.end_token] == "or" ||
                                                              (doc_.token_keys[y.end_token] == "," && reader.mention_at(y.end_token + 1) >= 0));
      const bool addressed =
          back == 0 ? std::find(own_subject.begin(), own_subject.end(), x.actor_id) == own_subject.end() &&
                          std::find(own_subject.begin(), own_subject.end(), y.actor_id) == own_subject.end()
                    : !speaks(x) && !speaks(y);
      if (joined.empty() && !listed && !goes_on && addressed) joined = {first, second};
    }
  }
  // Sides in conflict are the two the story set against each other, or its two leading
  // actors; "both countries" may be any two it just named together.
  if (match(lex_.conflict_pair_phrases, t) > 0) return dominant_pair(speakers);
  return joined;
}

// "A new wave of fighting broke out in Nagorno-Karabakh ... (Azeri, Armenian, Baku, Armenia
// named again and again) ... Putin urged the warring sides": when two actors clearly lead what
// the story said before, they are its sides.
std::vector<int> ClauseReader::dominant_pair(const std::vector<std::string>& speakers) const {
  struct Count {
    std::string actor;
    int mentions = 0;
    int latest = -1;
  };
  std::vector<Count> counts;  // in order of first appearance, so ties break the same way every run
  // The lead and the paragraphs after it set the story's sides; later sentences bring in
  // mediators and others ("Russia, a key mediator, ... Putin ... Lavrov ...").
  constexpr std::size_t kLeadSentences = 8;
  std::uint32_t until = sentence_.first_token;
  for (const Sentence& s : doc_.sentences) {
    if (s.index >= static_cast<int>(kLeadSentences)) {
      until = std::min(until, s.first_token);
      break;
    }
  }
  for (std::size_t m = 0; m < doc_.mentions.size() && doc_.mentions[m].end_token <= until; ++m) {
    const Mention& mention = doc_.mentions[m];
    if (mention.actor_id.empty() || mention.form == MentionForm::Pronoun ||
        std::find(speakers.begin(), speakers.end(), mention.actor_id) != speakers.end()) {
      continue;
    }
    auto it = std::find_if(counts.begin(), counts.end(), [&](const Count& c) { return c.actor == mention.actor_id; });
    if (it == counts.end()) it = counts.insert(counts.end(), Count{mention.actor_id});
    ++it->mentions;
    it->latest = static_cast<int>(m);
  }
  std::stable_sort(counts.begin(), counts.end(), [](const Count& a, const Count& b) { return a.mentions > b.mentions; });
  if (counts.size() < 2 || counts[1].mentions < 3) return {};
  if (counts.size() > 2 && counts[2].mentions * 2 > counts[1].mentions) return {};
  return {std::min(counts[0].latest, counts[1].latest), std::max(counts[0].latest, counts[1].latest)};
}

std::vector<int> ClauseReader::object_at(std::uint32_t t) const {
  if (t >= sentence_.end_token) return {};  // a verb that ends the sentence has no object
  if (const Clause* stored = clause_ending_at(doc_, t)) return stored->objects;  // read once by the clauses stage
  // "urged both sides to": a pair phrase of two words or more ("both" alone may modify a noun).
  if (std::size_t length = match(lex_.pair_phrases, t); length >= 2) return pair_before(t, true);
  // "urging those countries to ...": the latest list of parties in the sentence.
  if (match(lex_.list_references, t) > 0) {
    for (std::uint32_t u = t; u > sentence_.first_token; --u) {
      const int m = mention_ending_at(u);
      if (m < 0 || !is_party(m)) continue;
      std::vector<int> list = list_until(m);
      return list.size() >= 2 ? list : std::vector<int>{};
    }
    return {};
  }
  // "accuses both of": "both" alone, before a preposition or the clause's end.
  if (doc_.token_keys[t] == "both" &&
      (t + 1 >= sentence_.end_token || doc_.token_keys[t + 1] == "of" || lex_.prepositions.contains(doc_.token_keys[t + 1]) ||
       !std::isalnum(static_cast<unsigned char>(doc_.token_keys[t + 1][0])))) {
    return pair_before(t, true);
  }
  // "accusing all three of ...": the parties of that number ("urged the two leaders" is no pair).
  if (std::size_t count = 0; numbered_at(t, count) && count > 2) return numbered_parties(t, count);
  int described = mention_at(t);  // "the group", which starts with its article
  if (described >= 0 && doc_.mentions[static_cast<std::size_t>(described)].first_token == t) {
    return object_list(described);
  }
  std::uint32_t p = t;
  while (p < sentence_.end_token) {
    const std::string& key = doc_.token_keys[p];
    if (key == "the" || key == "a" || key == "an" || key == "both" || key == "fellow" || key == "neighbouring" ||
        key == "neighboring" || key == "its" || key == "their" || key == "his" || key == "her" || key == "our") {
      ++p;
    } else {
      break;
    }
  }
  int m = mention_at(p);
  if (m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].first_token == p &&
      !doc_.mentions[static_cast<std::size_t>(m)].actor_id.empty()) {
    // "urged Syria's neighbours": the object is the neighbours, not Syria; but "Syria's
    // president" holds Syria's office and stands for it.
    bool former = false;
    if (is_possessive(m) && doc_.mentions[static_cast<std::size_t>(m)].form != MentionForm::Demonym &&
        role_end_at(doc_, *this, lex_, doc_.mentions[static_cast<std::size_t>(m)].end_token + 1, former) > 0 && !former) {
      return {m};
    }
    return object_list(m);
  }
  if (p > t) {
    if (int office = office_holder_of(p); office >= 0) return object_list(office);
  }
  // "called on non-OPEC producers Norway and Britain to", "Arab neighbours Syria and Iran": a
  // plural noun, perhaps with one modifier, that the names after it make up.
  if (p == t && m < 0) {
    for (std::uint32_t noun = p; noun < p + 2 && noun + 1 < sentence_.end_token; ++noun) {
      const std::string& word = doc_.token_keys[noun];
      if (mention_at(noun) >= 0 || (!std::islower(static_cast<unsigned char>(doc_.token_text(noun)[0])) && noun > p) ||
          !std::isalpha(static_cast<unsigned char>(word[0])) || ends_phrase(noun))
        break;
      const int named = mention_at(noun + 1);
      if (word.size() > 3 && word.ends_with("s") && !word.ends_with("ss") && named >= 0 &&
          doc_.mentions[static_cast<std::size_t>(named)].first_token == noun + 1 && is_party(named) &&
          !is_possessive(named)) {
        std::vector<int> list = list_rightwards(named);
        if (list.size() >= 2) return list;
        break;
      }
    }
  }
  // "its Sunni Muslim rival Saudi Arabia": a short description before the name.
  if (p > t && (doc_.token_keys[p - 1] == "its" || doc_.token_keys[p - 1] == "their" || doc_.token_keys[p - 1] == "the" ||
                doc_.token_keys[p - 1] == "his" || doc_.token_keys[p - 1] == "her" || doc_.token_keys[p - 1] == "our")) {
    for (std::uint32_t u = p; u < sentence_.end_token && u < p + 4; ++u) {
      int named = mention_at(u);
      if (named >= 0 && doc_.mentions[static_cast<std::size_t>(named)].actor_id.empty()) {
        u = doc_.mentions[static_cast<std::size_t>(named)].end_token - 1;  // "Sunni Muslim" names no actor
        continue;
      }
      if (named >= 0) {
        if (u > p && doc_.mentions[static_cast<std::size_t>(named)].first_token == u && is_party(named) &&
            !is_possessive(named)) {
          return list_rightwards(named);
        }
        break;
      }
      // "ties with its neighbour, the Soviet Union.": the name in apposition after a comma,
      // when it ends there ("urged its neighbour, Pakistan said," names no one).
      if (doc_.token_keys[u] == "," && u > p && doc_.token_keys[p - 1] != "the" && u + 2 < sentence_.end_token) {
        const std::uint32_t v = doc_.token_keys[u + 1] == "the" ? u + 2 : u + 1;
        const int apposed = mention_at(v);
        if (apposed < 0 || doc_.mentions[static_cast<std::size_t>(apposed)].first_token != v || !is_party(apposed)) break;
        const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(apposed)].end_token;
        const bool ends = after >= sentence_.end_token || doc_.token_keys[after] == "," || doc_.token_keys[after] == "." ||
                          doc_.token_keys[after] == ";" || doc_.token_keys[after] == "to" ||
                          lex_.prepositions.contains(doc_.token_keys[after]);
        if (ends) return {apposed};
        break;
      }
      if (!std::isalpha(static_cast<unsigned char>(doc_.token_keys[u][0])) || lex_.prepositions.contains(doc_.token_keys[u]) ||
          doc_.token_keys[u] == "and" || doc_.token_keys[u] == "of" || doc_.token_keys[u] == "with") {
        break;
      }
    }
  }
  // "ten countries including X, Y and Z", "at least four countries, including X and Y,": the
  // named members are the parties.
  for (std::uint32_t u = p; u < sentence_.end_token && u < p + 6; ++u) {
    const bool comma_before_list = doc_.token_keys[u] == "," && u + 1 < sentence_.end_token && match(lex_.list_introducers, u + 1);
    if (comma_before_list) continue;
    if (mention_at(u) >= 0 || doc_.token_keys[u] == "," || doc_.token_keys[u] == "to") break;
    if (std::size_t length = match(lex_.list_introducers, u)) {
      std::uint32_t start = u + static_cast<std::uint32_t>(length);
      if (start < sentence_.end_token && doc_.token_keys[start] == "the") ++start;
      int first = mention_at(start);
      // (not "including Ivory Coast's neighbours")
      if (first >= 0 && doc_.mentions[static_cast<std::size_t>(first)].first_token == start && is_party(first) &&
          !is_possessive(first)) {
        return list_rightwards(first);
      }
      break;
    }
  }
  return {};
}

// "criticized the head of Unasur", "urged the foreign minister of Iran to", "encouraged the
// government of Bangladesh to": an actor's office, or who holds it, stands for the actor, as
// a speaker does (relations.md). The actor's mention after "of", for the role or state noun
// at p; not "the former head of".
int ClauseReader::office_holder_of(std::uint32_t p) const {
  const std::uint32_t end = sentence_.end_token;
  bool former = false;
  std::uint32_t of = role_end_at(doc_, *this, lex_, p, former);
  if (former) return -1;
  if (of == 0 && match(lex_.state_nouns, p) > 0) of = p + static_cast<std::uint32_t>(match(lex_.state_nouns, p));  // "the government of Bangladesh"
  if (of == 0 || of + 1 >= end || doc_.token_keys[of] != "of") return -1;
  for (std::uint32_t at = of + 1; at <= of + 2 && at < end; ++at) {
    const int owner = mention_at(at);
    if (owner >= 0 && doc_.mentions[static_cast<std::size_t>(owner)].first_token == at && is_party(owner) &&
        !is_possessive(owner)) {
      return owner;
    }
    if (doc_.token_keys[at] != "the") break;
  }
  return -1;
}

bool ClauseReader::is_participle(std::uint32_t t) const {
  const std::string& word = doc_.token_keys[t];
  return word.ends_with("ed") || word.ends_with("en") || match(lex_.irregular_participles, t) > 0;
}

bool ClauseReader::inverted_condition() const {
  const std::uint32_t t = sentence_.first_token;
  if (t + 2 >= sentence_.end_token) return false;
  const std::string& opener = doc_.token_keys[t];
  if (opener != "should" && opener != "were" && opener != "had") return false;
  const std::uint32_t named = doc_.token_keys[t + 1] == "the" ? t + 2 : t + 1;
  // (a question, "Should Iran stop?", ends in its mark instead of going on after a comma)
  bool comma = false;
  for (std::uint32_t u = named; u < sentence_.end_token && !comma; ++u) comma = doc_.token_keys[u] == ",";
  return mention_at(named) >= 0 && comma;
}

bool ClauseReader::undermined(std::uint32_t cue) const {
  if (const Clause* stored = clause_at(doc_, cue)) return stored->undermined;
  return denied(cue) || supposed(cue) || asked(cue) || group_undermines(cue);
}

bool ClauseReader::group_undermines(std::uint32_t cue) const {
  // The chunker stored the group of each verb; a noun pattern's start has none stored.
  const VerbGroup* group = verb_group_at(doc_, cue);
  const VerbGroup read = group != nullptr ? *group : read_verb_group(*this, lex_, cue, cue + 1);
  if (read.negated) return true;
  // "Moscow would restore relations with Israel only if it accepted a conference": a plan on
  // a condition that follows it.
  for (std::uint32_t u = cue; read.planned && u + 1 < sentence_.end_token; ++u) {
    if (match(lex_.trailing_conditions, u) > 0) return true;
  }
  return false;
}

// The "and" at t joins the cue's own verb ("... and accuses both"), not a gerund.
bool ClauseReader::joins_cue(std::uint32_t t, std::uint32_t cue) const {
  return skip_right(t + 1) == cue && !doc_.token_keys[cue].ends_with("ing");
}

// True when a phrase of `set` stands before the cue in the same clause: "Russia denied
// having ties", but not "Moscow denies this and accuses Turkey" or "Asked whether ..., Hua
// said Washington should ..." (a new verb of saying starts a new clause).
bool ClauseReader::in_scope_of(const PhraseSet& set, std::uint32_t cue) const {
  bool scoped = false;
  std::uint32_t scope_end = 0;  // where the phrase that opened the scope ends
  for (std::uint32_t t = sentence_.first_token; t < cue; ++t) {
    const std::string& key = doc_.token_keys[t];
    // "if the U.S. believes the decision was unjustified": a verb of saying whose subject
    // alone follows the phrase stays in its scope.
    auto own_subject_only = [&] {
      std::uint32_t u = scope_end;
      if (u < t && doc_.token_keys[u] == "the") ++u;
      const int named = u < t ? mention_at(u) : -1;
      return named >= 0 && doc_.mentions[static_cast<std::size_t>(named)].end_token == t;
    };
    // "and" after a name may join a list ("denied Iran and Iraq ..."), but not when the
    // cue's own verb follows it: "dismisses the South as a puppet of the United States and
    // accuses both ..." ("denied having ties and cooperating with": a gerund stays in scope).
    if (key == ";" || ((key == "and" || key == "but") && (mention_ending_at(t) < 0 || joins_cue(t, cue))) ||
        (mention_at(t) < 0 && match(lex_.reporting_verbs, t) && !(scoped && own_subject_only()))) {
      scoped = false;
    }
    const std::size_t length = match(set, t);
    if (length == 0) continue;
    // ("urged Turkey to withdraw its troops, calling the deployment illegal", "demanded that
    // Turkey withdraw": the one asked to withdraw, not the speaker, would do it; but "said
    // that Turkey denied" reports a denial)
    // ("said Turkey must withdraw": so is the one an obligation binds)
    const auto obligation = static_cast<std::uint32_t>(obligation_ending_at(t));
    const bool infinitive = t > sentence_.first_token + 1 && doc_.token_keys[t - 1] == "to";
    const int doer = infinitive ? mention_ending_at(t - 1) : mention_ending_at(t - obligation);
    const std::uint32_t doer_start = doer >= 0 ? doc_.mentions[static_cast<std::size_t>(doer)].first_token : 0;
    const bool called_on =
        doer >= 0 && (infinitive || obligation > 0 ||
                      (doer_start > sentence_.first_token && doc_.token_keys[doer_start - 1] == "that" &&
                       !key.ends_with("ed") && !key.ends_with("s") && !key.ends_with("ing")));
    if (!called_on) {
      scoped = true;
      scope_end = t + static_cast<std::uint32_t>(length);
    }
  }
  return scoped;
}

std::size_t ClauseReader::obligation_ending_at(std::uint32_t t) const {
  // (the longest obligation of the lexicon: "has the responsibility to")
  constexpr std::uint32_t kObligationWords = 7;
  for (std::uint32_t words = 1; words <= kObligationWords && t >= sentence_.first_token + words; ++words) {
    const auto duty = lex_.cues.match(doc_.token_keys, t - words, t);
    if (duty.length == words && cue_kind(duty.tag) == CueKind::Obligation) return words;
  }
  return 0;
}

// annotation.md: a question states nothing ('"Will Washington condemn the strikes?" a
// reporter asked'): a question mark after the cue, in its quote when it is quoted.
bool ClauseReader::asked(std::uint32_t cue) const {
  for (std::uint32_t u = cue; u < sentence_.end_token; ++u) {
    if (doc_.token_keys[u] == "?") return true;
    if (doc_.token_keys[u] == "\"" && doc_.tokens[cue].in_quote) return false;
  }
  return false;
}

std::vector<int> ClauseReader::issued_by(std::uint32_t t) const {
  const std::size_t noun = match(lex_.speech_nouns, t);
  if (noun == 0 || mention_at(t) >= 0) return {};
  const std::uint32_t by = t + static_cast<std::uint32_t>(noun);
  if (by + 1 >= sentence_.end_token || (doc_.token_keys[by] != "by" && doc_.token_keys[by] != "from")) return {};
  const std::string& article = doc_.token_keys[by + 1];
  const int author = mention_at(article == "the" || article == "a" || article == "an" ? by + 2 : by + 1);
  return is_party(author, true) ? list_from(author) : std::vector<int>{};
}

int ClauseReader::antecedent_before(std::uint32_t t, int except) const {
  // A pronoun stands for a name on its own side of a quote: the narrative's "its" not for a
  // name the speaker said, a quote's "its" for one in the speaker's words.
  const bool quoted = t < sentence_.end_token && doc_.tokens[t].in_quote;
  for (std::uint32_t u = t; u > sentence_.first_token; --u) {
    int m = mention_at(u - 1);
    if (m < 0) continue;
    if (m != except && is_party(m, true) && doc_.tokens[u - 1].in_quote == quoted) return m;
    u = doc_.mentions[static_cast<std::size_t>(m)].first_token + 1;
  }
  return -1;
}

int ClauseReader::latest_person_before(std::uint32_t t, int except) const {
  for (std::uint32_t u = t; u > sentence_.first_token; --u) {
    const int m = mention_at(u - 1);
    if (m < 0) continue;
    const Mention& named = doc_.mentions[static_cast<std::size_t>(m)];
    if (m != except && named.form == MentionForm::Person && !named.actor_id.empty() && !doc_.tokens[u - 1].in_quote) {
      return m;
    }
    u = named.first_token + 1;
  }
  return -1;
}

std::vector<int> ClauseReader::clause_subject_before(std::uint32_t t) const {
  for (std::uint32_t u = t; u > sentence_.first_token; --u) {
    int m = mention_at(u - 1);
    if (m < 0 && doc_.token_keys[u - 1] == ",") break;  // only the clause just before the comma
    if (m < 0) continue;
    const Mention& named = doc_.mentions[static_cast<std::size_t>(m)];
    u = named.first_token + 1;
    if (!is_party(m) || doc_.tokens[named.first_token].in_quote) continue;
    if (after_preposition(m)) {
      std::uint32_t before = named.first_token - (doc_.token_keys[named.first_token - 1] == "the" ? 2 : 1);
      if (!lex_.subordinators.contains(doc_.token_keys[before])) continue;
    }
    // A verb follows: an auxiliary, a past form, or a wording of the lexicon.
    const std::uint32_t verb = skip_right(named.end_token);
    const bool auxiliary = verb > named.end_token;
    if (verb >= t || mention_at(verb) >= 0 || !std::islower(static_cast<unsigned char>(doc_.token_text(verb)[0])) ||
        !(auxiliary || doc_.token_keys[verb].ends_with("ed") || match(lex_.cues, verb) ||
          match(lex_.reporting_verbs, verb))) {
      continue;
    }
    return list_leftwards(m);
  }
  return {};
}

bool ClauseReader::numbered_at(std::uint32_t t, std::size_t& count) const {
  static const std::pair<std::string_view, std::size_t> kNumbers[] = {{"two", 2}, {"three", 3}, {"four", 4},
                                                                      {"five", 5}, {"six", 6},   {"seven", 7}};
  if (t + 1 >= sentence_.end_token || (doc_.token_keys[t] != "the" && doc_.token_keys[t] != "all")) return false;
  for (const auto& [word, number] : kNumbers) {
    if (doc_.token_keys[t + 1] == word) {
      count = number;
      return true;
    }
  }
  return false;
}

std::vector<int> ClauseReader::numbered_parties(std::uint32_t t, std::size_t count) const {
  if (count == 2) return pair_before(t);
  // "Britain, France and Germany met China. The three urged ...": the latest list of exactly
  // that many names before t, in this sentence or the three before; else the latest names.
  const auto here = static_cast<std::size_t>(&sentence_ - doc_.sentences.data());
  for (std::size_t back = 0; back <= 3 && back <= here; ++back) {
    const Sentence& earlier = doc_.sentences[here - back];
    const ClauseReader reader(doc_, earlier, lex_);
    for (std::uint32_t u = back == 0 ? t : earlier.end_token; u > earlier.first_token; --u) {
      const int last = reader.mention_ending_at(u);
      if (!reader.is_party(last, true)) continue;
      const std::vector<int> list = reader.list_until(last);
      if (list.size() == count) return list;
      u = doc_.mentions[static_cast<std::size_t>(list.front())].first_token + 1;
    }
  }
  return parties_before(t, count);
}

int ClauseReader::speech_issuer(std::string_view noun) const {
  const auto here = static_cast<std::size_t>(&sentence_ - doc_.sentences.data());
  // The same noun first ("the statement" after "a statement issued by the IGGI said": no
  // one we know), then another word for what is said ("its annual survey ... The report"),
  // which only the sentence's subject can have issued.
  for (const bool same : {true, false}) {
    for (std::size_t back = 1; back <= 3 && back <= here; ++back) {
      const Sentence& earlier = doc_.sentences[here - back];
      const ClauseReader reader(doc_, earlier, lex_);
      for (std::uint32_t u = earlier.first_token; u < earlier.end_token; ++u) {
        if (same ? doc_.token_keys[u] != noun
                 : (reader.match(lex_.speech_nouns, u) != 1 || doc_.token_keys[u].ends_with("s"))) {
          continue;
        }
        // "NATO's statement", "a Kremlin statement"; else the subject that issued it.
        std::uint32_t owned = u;
        if (owned > earlier.first_token + 1 && doc_.token_keys[owned - 1] == "'s") --owned;
        if (const int author = reader.mention_ending_at(owned); same && author >= 0 && reader.is_party(author, true)) return author;
        // (issued, published: not "criticized a report released on Monday")
        std::uint32_t verb = u;
        while (verb > earlier.first_token && verb + 5 > u && reader.match_ending(lex_.issuing_verbs, verb) == 0 &&
               reader.mention_at(verb - 1) < 0 && std::islower(static_cast<unsigned char>(doc_.token_text(verb - 1)[0]))) {
          --verb;
        }
        if (reader.match_ending(lex_.issuing_verbs, verb) == 0) return -1;
        const std::vector<int> subject = reader.main_subject();
        return subject.size() == 1 && doc_.mentions[static_cast<std::size_t>(subject.front())].end_token < verb ? subject.front() : -1;
      }
    }
  }
  return -1;
}

std::vector<int> ClauseReader::intent_owner(std::uint32_t to) const {
  const std::uint32_t first = sentence_.first_token;
  if (to <= first + 2) return {};
  // "Japan's determination to": the possessor.
  if (const std::size_t noun = match_ending(lex_.intent_nouns, to); noun > 0) {
    const std::uint32_t owned = to - static_cast<std::uint32_t>(noun);
    if (owned > first + 1 && (doc_.token_keys[owned - 1] == "'s" || doc_.token_keys[owned - 1] == "'")) {
      const int owner = mention_ending_at(owned - 1);
      if (is_party(owner, true)) return list_until(owner);
    }
    // "the United States, Japan and Britain reaffirmed their commitment to": the subject of
    // the verb "their" follows.
    if (owned > first + 2 && (doc_.token_keys[owned - 1] == "their" || doc_.token_keys[owned - 1] == "its") &&
        std::islower(static_cast<unsigned char>(doc_.token_text(owned - 2)[0])) && mention_at(owned - 2) < 0) {
      return subject_before(owned - 2);
    }
    return {};
  }
  // "the determination of the U.S. and West Germany to": the list after "of".
  const int last = mention_ending_at(to);
  if (!is_party(last, true)) return {};
  const std::vector<int> list = list_until(last);
  std::uint32_t of = doc_.mentions[static_cast<std::size_t>(list.front())].first_token;
  if (of > first && doc_.token_keys[of - 1] == "the") --of;
  if (of <= first + 1 || doc_.token_keys[of - 1] != "of" || match_ending(lex_.intent_nouns, of - 1) == 0) return {};
  return list;
}

std::vector<int> ClauseReader::subject_of_infinitive(std::uint32_t to) const {
  if (std::vector<int> owner = intent_owner(to); !owner.empty()) return owner;
  // "... that the EC continued to insist": the subject of the verb before "to".
  if (to > sentence_.first_token + 1 && mention_at(to - 1) < 0 &&
      std::islower(static_cast<unsigned char>(doc_.token_text(to - 1)[0]))) {
    if (std::vector<int> near = subject_before(to - 1); !near.empty()) return near;
  }
  std::vector<int> subject = main_subject();
  if (subject.empty()) return {};
  std::uint32_t subject_end = doc_.mentions[static_cast<std::size_t>(subject.back())].end_token;
  // "The ministers of Japan and Korea, which are both in range of North Korea's missiles,
  // phoned Mogherini to urge": a relative clause on the subject names no one who acts.
  if (subject_end + 2 < to && doc_.token_keys[subject_end] == "," &&
      (doc_.token_keys[subject_end + 1] == "which" || doc_.token_keys[subject_end + 1] == "who")) {
    for (std::uint32_t u = subject_end + 2; u < to; ++u) {
      if (doc_.token_keys[u] == ",") {
        subject_end = u + 1;
        break;
      }
    }
  }
  for (auto u = subject_end; u < to; ++u) {
    if (const int m = mention_at(u); m >= 0) {
      // "Kerry flew to Moscow to urge", "wrote to Lykketoft to protest": a place or person
      // after a preposition is where the subject went, not who acts; after a cue ending in
      // the preposition ("appealed to Iran to") it is the one asked.
      const Mention& named = doc_.mentions[static_cast<std::size_t>(m)];
      // ("officials from Japan and Korea": the list's first name says where it stands)
      std::uint32_t at = is_party(m, true) ? doc_.mentions[static_cast<std::size_t>(list_until(m).front())].first_token
                                           : named.first_token;
      if (at > subject_end && doc_.token_keys[at - 1] == "the") --at;
      // ("counterparts from Europe and Japan": past a region no actor names)
      if (at > subject_end + 2 && doc_.token_keys[at - 1] == "and" && mention_at(at - 2) < 0 &&
          is_capitalized(doc_.token_text(at - 2))) {
        at -= 2;
      }
      // "Obama phoned Putin to urge": the one a verb of contact reached does not act either.
      const bool contacted = match_ending(lex_.contact_verbs, at) > 0;
      const bool placed = at > subject_end && doc_.token_keys[at - 1] != "of" &&
                          (lex_.prepositions.contains(doc_.token_keys[at - 1]) || doc_.token_keys[at - 1] == "with");
      if (!contacted && (!placed || match_ending(lex_.cues, at) > 0 || match_ending(lex_.telling_verbs, at) > 0)) {
        return {};
      }
      u = named.end_token - 1;
      continue;
    }
    // (a verb of saying opens a clause of its own, but "wrote to" only addresses a letter)
    const std::size_t saying = match(lex_.reporting_verbs, u);
    if (doc_.token_keys[u] == "," || (saying > 0 && (u + saying >= to || doc_.token_keys[u + saying] != "to"))) return {};
  }
  return subject;
}

// A wire dateline ("TOKYO, March 26 -", "BAGHDAD (Reuters) -", "BEIRUT The opposition said")
// names a place, not the subject: the sentence's first token after it.
std::uint32_t ClauseReader::after_dateline() const {
  const std::uint32_t t = sentence_.first_token;
  const std::uint32_t end = sentence_.end_token;
  auto in_capitals = [&](std::uint32_t u) {
    std::string_view word = doc_.token_text(u);
    return word.size() > 1 && std::isupper(static_cast<unsigned char>(word[0])) &&
           std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  if (!in_capitals(t)) {
    // "Ouagadougou - Rwanda's threat ...": a place named alone before a dash opens a story.
    const int place = sentence_.index == 0 ? mention_at(t) : -1;
    if (place >= 0 && doc_.mentions[static_cast<std::size_t>(place)].form == MentionForm::Capital) {
      const std::uint32_t dash = doc_.mentions[static_cast<std::size_t>(place)].end_token;
      if (dash + 1 < end && (doc_.token_keys[dash] == "-" || doc_.token_keys[dash] == "--")) return dash + 1;
    }
    return t;
  }
  for (std::uint32_t u = t + 1; u < end && u < t + 10; ++u) {
    if (doc_.token_keys[u] == "-") return u + 1;
  }
  // Without a dash: the place in capitals ("NEW YORK", "GENEVA/LONDON"), perhaps its country
  // after a comma, before a capitalised word. A name in capitals ("NATO said", "UN envoy
  // ...") is the subject, not a place.
  std::uint32_t u = t;
  while (u < end && (in_capitals(u) || doc_.token_keys[u] == "/")) {
    const int named = mention_at(u);
    if (named >= 0 && doc_.mentions[static_cast<std::size_t>(named)].form != MentionForm::Capital) return t;
    ++u;
  }
  if (u + 2 < end && doc_.token_keys[u] == "," && is_capitalized(doc_.token_text(u + 1))) {
    u += 2;
    if (mention_at(u - 1) >= 0 && doc_.mentions[static_cast<std::size_t>(mention_at(u - 1))].end_token > u) {
      u = doc_.mentions[static_cast<std::size_t>(mention_at(u - 1))].end_token;
    }
  }
  const bool opens = u < end && u > t && (is_capitalized(doc_.token_text(u)) || doc_.token_keys[u] == "\"") && !in_capitals(u);
  return opens ? u : t;
}

std::uint32_t ClauseReader::opening_token() const {
  std::uint32_t t = after_dateline();
  while (t < sentence_.end_token && (doc_.token_keys[t] == "\"" || doc_.token_keys[t] == "but" || doc_.token_keys[t] == "and")) ++t;
  return t;
}

std::uint32_t ClauseReader::subject_start() const {
  std::uint32_t t = after_dateline();
  const std::uint32_t end = sentence_.end_token;
  // Skip an opening conjunction, quote and an introductory phrase ending in a comma.
  while (t < end && (doc_.token_keys[t] == "\"" || doc_.token_keys[t] == "but" || doc_.token_keys[t] == "and" ||
                     doc_.token_keys[t] == "however" || doc_.token_keys[t] == "meanwhile")) {
    ++t;
  }
  // "Speaking in Ankara, Merkel ...", "In Cairo, Egypt ...": an opening phrase up to a comma.
  if (t >= end) return end;  // (a sentence of a quote mark alone: nothing past it to read)
  const bool participle = doc_.token_keys[t].size() > 4 && doc_.token_keys[t].ends_with("ing");
  if (t < end && mention_at(t) < 0 && (participle || lex_.prepositions.contains(doc_.token_keys[t]))) {
    std::uint32_t comma = t;
    while (comma < end && comma < t + static_cast<std::uint32_t>(kAsideWords) && doc_.token_keys[comma] != ",") ++comma;
    if (comma < end && doc_.token_keys[comma] == ",") t = comma + 1;
    // ('Accusing Moscow of "open aggression," Lithuania's president ...': the quote the comma closed)
    if (t < end && doc_.token_keys[t] == "\"" && doc_.tokens[t - 1].in_quote) ++t;
  }
  return t;
}

std::vector<int> ClauseReader::main_subject(bool pairs) const {
  std::uint32_t t = subject_start();
  const std::uint32_t end = sentence_.end_token;
  // "Both sides reported casualties and accused each other": a pair phrase opens the sentence.
  if (pairs && t < end && match(lex_.pair_phrases, t) >= 2) return pair_before(t);
  if (t < end && doc_.token_keys[t] == "the" && mention_at(t) < 0) ++t;  // not "the organization"
  // "The foreign ministers of Britain and Japan phoned ...": the nations whose officers act.
  for (std::uint32_t u = t; u + 1 < end && mention_at(u) < 0; ++u) {
    const std::size_t office = std::max(match(lex_.roles, u), match(lex_.state_nouns, u));
    if (office == 0 && match(lex_.role_modifiers, u) == 0) break;
    if (office == 0) continue;
    std::uint32_t of = u + static_cast<std::uint32_t>(office);
    if (of + 1 >= end || doc_.token_keys[of] != "of") break;
    const std::uint32_t named = doc_.token_keys[of + 1] == "the" ? of + 2 : of + 1;
    const int nation = mention_at(named);
    if (nation >= 0 && doc_.mentions[static_cast<std::size_t>(nation)].first_token == named && is_party(nation)) {
      return list_rightwards(nation);
    }
    break;
  }
  int m = mention_at(t);
  // "Russia's U.N. ambassador Vitaly Churkin called ... and demanded": the possessor's officer.
  if (m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].first_token == t && is_possessive(m)) {
    std::uint32_t officer = doc_.mentions[static_cast<std::size_t>(m)].end_token;
    if (officer < end && doc_.token_keys[officer] == "'s") ++officer;
    const int person = mention_at(officer);
    if (person >= 0 && doc_.mentions[static_cast<std::size_t>(person)].first_token == officer &&
        doc_.mentions[static_cast<std::size_t>(person)].form == MentionForm::Person && is_party(person)) {
      return {person};
    }
  }
  // "Syria's main opposition group agreed ...": the possessor is not the subject.
  if (m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].first_token == t && is_party(m) && !is_possessive(m)) {
    // "The U.S. meat industry has launched ...", "The U.S. aviation lawyer ... is seeking":
    // a name that modifies a private head is not the subject.
    const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(m)].end_token;
    for (std::uint32_t u = after; u < end && u < after + 3; ++u) {
      if (mention_at(u) >= 0 || !std::islower(static_cast<unsigned char>(doc_.token_text(u)[0])) || ends_phrase(u)) break;
      if (lex_.non_state_modifiers.contains(doc_.token_keys[u])) return {};
    }
    return list_rightwards(m);
  }
  // "The Syrian rebel coalition known as the High Negotiations Committee met ...": the name
  // the opening description is given.
  for (std::uint32_t u = t; u + 2 < end && u < t + 6; ++u) {
    if (doc_.token_keys[u] == "known" && doc_.token_keys[u + 1] == "as") {
      std::uint32_t named = u + 2 < end && doc_.token_keys[u + 2] == "the" ? u + 3 : u + 2;
      int n = mention_at(named);
      if (n >= 0 && doc_.mentions[static_cast<std::size_t>(n)].first_token == named && is_party(n, true)) return {n};
      break;
    }
    if (ends_phrase(u) && doc_.token_keys[u] != "the") break;
  }
  return {};
}

bool ClauseReader::participle_adjective(std::uint32_t t) const {
  if (t <= sentence_.first_token || t >= sentence_.end_token || !doc_.token_keys[t].ends_with("ed")) return false;
  const std::string& before = doc_.token_keys[t - 1];
  return before == "'s" || before == "the" || before == "a" || before == "an" || before == "this" || before == "these";
}

bool ClauseReader::act_follows(std::uint32_t t) const {
  const std::uint32_t end = sentence_.end_token;
  // "the U.S.-led invasion": the name led it.
  if (t + 2 < end && doc_.token_keys[t] == "-" && match(lex_.author_participles, t + 1) > 0) t += 2;
  for (int adjectives = 0; t < end && adjectives <= 3; ++adjectives) {
    t = skip_right(t);
    if (match(lex_.act_nouns, t)) return true;
    if (t >= end || mention_at(t) >= 0 || (ends_phrase(t) && !participle_adjective(t)) ||
        !std::islower(static_cast<unsigned char>(doc_.token_text(t)[0]))) {
      return false;
    }
    ++t;
  }
  return false;
}

bool ClauseReader::relative_gap(int source) const {
  std::uint32_t u = doc_.mentions[static_cast<std::size_t>(source)].first_token;
  // "in what the U.N. cultural agency UNESCO called": a description naming its body stands
  // before the name.
  bool body_named = false;
  for (std::uint32_t v = u; v > sentence_.first_token && v + 5 > u; --v) {
    if (doc_.token_keys[v - 1] == "the") {
      if (body_named) u = v;
      break;
    }
    const int m = mention_at(v - 1);
    if (m >= 0) {
      body_named = true;
      v = doc_.mentions[static_cast<std::size_t>(m)].first_token + 1;
    } else if (const std::string& word = doc_.token_keys[v - 1];
               !std::islower(static_cast<unsigned char>(doc_.token_text(v - 1)[0])) || word == "and" || word == "of" ||
               word == "that" || word == "which" || word == "who" || lex_.prepositions.contains(word) ||
               match(lex_.cues, v - 1) > 0 || match(lex_.reporting_verbs, v - 1) > 0) {
      break;  // ("cultural" is skippable, so ends_phrase() would stop at it)
    }
  }
  if (u > sentence_.first_token && doc_.token_keys[u - 1] == "the") --u;
  if (u <= sentence_.first_token) return false;
  const std::string& before = doc_.token_keys[u - 1];
  if (before == "which" || before == "that") return true;
  // "... blew up the temples, in what UNESCO called a war crime": what the clause did.
  if (before == "what" && u >= sentence_.first_token + 2 && doc_.token_keys[u - 2] == "in") return true;
  // A noun right before the source, opened by an article after a comma: ", a move".
  if (mention_at(u - 1) >= 0 || !std::islower(static_cast<unsigned char>(doc_.token_text(u - 1)[0])) ||
      ends_phrase(u - 1)) {
    return false;
  }
  for (std::uint32_t v = u - 1; v > sentence_.first_token && v + 4 > u; --v) {
    const std::string& key = doc_.token_keys[v - 1];
    if (key == "a" || key == "an") return v >= sentence_.first_token + 2 && doc_.token_keys[v - 2] == ",";
    if (mention_at(v - 1) >= 0 || !std::islower(static_cast<unsigned char>(doc_.token_text(v - 1)[0]))) break;
  }
  return false;
}

std::vector<int> ClauseReader::opening_parties() const {
  std::vector<int> parties;
  std::uint32_t start = after_dateline();
  // ("On Wednesday, North Korea's supreme court sentenced ...": past a time that opens it)
  if (const std::size_t time = match(lex_.skippable, start);
      time > 0 && start + time < sentence_.end_token && doc_.token_keys[start + time] == ",") {
    start += static_cast<std::uint32_t>(time) + 1;
  }
  for (std::uint32_t u = start; u < sentence_.end_token && u < start + 10; ++u) {
    if (int m = mention_at(u); m >= 0) {
      const Mention& named = doc_.mentions[static_cast<std::size_t>(m)];
      if (named.actor_id.empty()) return {};
      // "North Korea's supreme court sentenced ..., a punishment Washington condemned": the
      // possessor of the one who acted, when it opens the sentence alone.
      if (is_possessive(m))
        return parties.empty() && mention_at(named.end_token + 1) < 0 ? std::vector<int>{m} : std::vector<int>{};
      parties.push_back(m);
      u = named.end_token - 1;
      continue;
    }
    const std::string& key = doc_.token_keys[u];
    // "A senior U.S. official said": the officer's modifiers.
    if (key == "the" || key == "a" || key == "an" || (key == "and" && !parties.empty()) ||
        (parties.empty() && match(lex_.role_modifiers, u))) {
      continue;
    }
    break;
  }
  return parties;
}

}  // namespace ng::ingest
