#pragma once
// What the readers repair in the text they read, with a warning rather than a failure: a
// byte-order mark, NUL bytes, CR line ends and invalid UTF-8 (reader.hpp).

#include <cstddef>
#include <string>
#include <string_view>

namespace ng::ingest {

/// The UTF-8 byte-order mark, dropped at the start of a file.
inline constexpr std::string_view kBom = "\xEF\xBB\xBF";

/// Repairs text in place: removes NUL bytes, turns CRLF and lone CR into LF, and replaces
/// invalid UTF-8 with U+FFFD. Returns the number of invalid sequences replaced, and sets
/// `first_bad_line` (1-based, counted from `first_line`) to where the first one was.
std::size_t sanitize_text(std::string& text, long first_line = 1, long* first_bad_line = nullptr);

/// The warning for `count` invalid sequences: "invalid UTF-8 replaced with U+FFFD (3 sequences)".
std::string invalid_utf8_message(std::size_t count);

}  // namespace ng::ingest
