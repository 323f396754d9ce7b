#pragma once
// Text cleaning shared by the writers: what XML and DOT readers choke on (formats.md §1, §5).

#include <string>
#include <string_view>

namespace ng::exporters {

/// Appends `text` escaped for XML element content or attribute values: & < > " ' become
/// entities; TAB/LF/CR become character references (attribute normalization would eat
/// them); other C0 controls and U+FFFE/U+FFFF are dropped; bytes that are not UTF-8
/// become U+FFFD.
void append_xml_escaped(std::string& out, std::string_view text);

/// Appends `text` as the inside of a DOT quoted string: \ and " are escaped, a newline is
/// written as \n, other control characters and U+FFFE/U+FFFF are dropped, bad UTF-8 becomes
/// U+FFFD.
void append_dot_escaped(std::string& out, std::string_view text);

/// The shortest text that reads back as `value`, always with a decimal point ("3.0").
std::string format_double(double value);
/// The shortest text that reads back as `value`, with no forced decimal point ("3", "2.5").
std::string format_number(double value);
/// `value` rounded to `decimals` places, shortest form, no forced decimal point ("1.5", "2").
std::string format_rounded(double value, int decimals);

}  // namespace ng::exporters
