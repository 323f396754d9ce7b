#pragma once
// Well-formed UTF-8, checked and repaired in one place: the readers repair what they read
// (ingest/reader) and the writers what they write (export/, graph/json_strings.hpp), alike.

#include <cstddef>
#include <string>
#include <string_view>

namespace ng::graph {

/// U+FFFD, what a byte that is not part of a well-formed sequence becomes.
inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

/// The length of the well-formed UTF-8 sequence at s[i], or 0 when it is not one (overlong
/// forms, surrogates and code points above U+10FFFF are not). i < s.size().
std::size_t utf8_length(std::string_view s, std::size_t i);
/// `text` with every byte that is not part of a well-formed sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text);
/// Whether `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace ng::graph
