#include "ingest/person_mentions.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "ingest/tokenizer.hpp"

namespace ng::ingest {

void put_mention(std::vector<Mention>& mentions, Mention added) {
  // Mentions are sorted and never overlap, so the ones to replace are one run.
  auto first = std::lower_bound(mentions.begin(), mentions.end(), added.first_token,
                                [](const Mention& m, std::uint32_t t) { return m.end_token <= t; });
  auto last = first;
  while (last != mentions.end() && last->first_token < added.end_token) ++last;
  auto at = mentions.erase(first, last);
  mentions.insert(at, std::move(added));
}

std::uint32_t role_end_at(const Document& doc, const ClauseReader& clause, const RelationLexicon::Data& lex,
                          std::uint32_t t, bool& former) {
  const std::uint32_t end = clause.sentence().end_token;
  former = false;
  if (std::size_t f = clause.match(lex.former_markers, t)) {
    former = true;
    t += static_cast<std::uint32_t>(f);
  }
  // "British corporate affairs minister": up to two lower-case words of the portfolio
  // may stand before the role, but not those of a non-state body ("opposition leader");
  // in a title, capitalized ones before a capitalized role ("Corporate Affairs Minister").
  int portfolio_words = 0;
  bool titled = false;  // a portfolio word was capitalized
  for (std::uint32_t u = t; u < end;) {
    if (std::size_t role = clause.match(lex.roles, u)) {
      // "NATO's chief spokesman", "Trade and Industry Minister": a role word may modify the
      // role after it.
      while (u + role < end && clause.match(lex.roles, u + static_cast<std::uint32_t>(role)) > 0) {
        u += static_cast<std::uint32_t>(role);
        role = clause.match(lex.roles, u);
      }
      // (a capitalized word before "President" is more often a company's or a bank's name;
      // the role's last word says whose: "Industry Minister")
      const auto last = u + static_cast<std::uint32_t>(role) - 1;
      if (titled && (!is_capitalized(doc.token_text(last)) || clause.match(lex.state_roles, last) == 0)) return 0;
      return u + static_cast<std::uint32_t>(role);
    }
    // "White House National Security Council spokesman": a body the dictionary names for no
    // actor stands inside the role.
    if (const int body = clause.mention_at(u); body >= 0 && portfolio_words == 0 &&
        doc.mentions[static_cast<std::size_t>(body)].first_token == u && doc.mentions[static_cast<std::size_t>(body)].actor_id.empty() &&
        doc.mentions[static_cast<std::size_t>(body)].form == MentionForm::Name) {
      u = doc.mentions[static_cast<std::size_t>(body)].end_token;
      ++portfolio_words;
      continue;
    }
    std::size_t modifier = clause.match(lex.role_modifiers, u);
    const bool capital = std::isupper(static_cast<unsigned char>(doc.token_text(u)[0]));
    // "Trade and Industry Minister", "Agriculture and Livestock Development Minister": a
    // title's portfolio may join capitalized words with "and" and run to four of them.
    if (!modifier && u > t && doc.token_keys[u] == "and" && is_capitalized(doc.token_text(u - 1)) && u + 1 < end &&
        is_capitalized(doc.token_text(u + 1))) {
      titled = true;
      ++u;
      continue;
    }
    if (!modifier && portfolio_words < (titled ? 4 : 2) && clause.mention_at(u) < 0 && u + 1 < end &&
        (std::islower(static_cast<unsigned char>(doc.token_text(u)[0])) || capital) &&
        std::isalpha(static_cast<unsigned char>(doc.token_text(u)[0])) &&
        !lex.prepositions.contains(doc.token_keys[u]) &&
        // ("Trade and Industry Minister": a capitalized portfolio word joined by "and")
        // ("Primary Industries Minister": so is one right before "Minister")
        (!lex.non_state_modifiers.contains(doc.token_keys[u]) ||
         (capital && titled && (doc.token_keys[u - 1] == "and" || doc.token_keys[u + 1] == "minister"))) &&
        !clause.match(lex.former_markers, u) && !clause.match(lex.ally_nouns, u)) {  // "Moscow ally President Assad"
      ++portfolio_words;
      titled = titled || capital;
      modifier = 1;
    }
    if (!modifier) break;
    u += static_cast<std::uint32_t>(modifier);
  }
  return 0;
}

}  // namespace ng::ingest
