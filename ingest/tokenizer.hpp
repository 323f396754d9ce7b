#pragma once
// Tokenizer: splits text into words, numbers and punctuation. The same function tokenizes
// the text and the dictionary's aliases, so that "U.S." in a sentence meets "U.S." in the
// dictionary as the same token.

#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.hpp"

namespace ng::ingest {

/// Appends the tokens of `text` to `out`, as spans offset by `base`.
/// Words keep inner hyphens and apostrophes ("al-Qaeda", "counter-terrorism"); "'s" and
/// "n't" are tokens of their own; "U.S", "U.S." and "U.N." are one token each.
void tokenize(std::string_view text, ByteOffset base, std::vector<Span>& out);

/// The form a token is compared by: ASCII-lowercased, dots removed ("U.S." -> "us").
std::string token_key(std::string_view token);

/// True when the token starts with an upper-case ASCII letter or a non-ASCII byte.
bool is_capitalized(std::string_view token);
/// A lone capital letter, as in the initial of "George W. Bush" or "N. Korea".
bool is_initial(std::string_view token);

}  // namespace ng::ingest
