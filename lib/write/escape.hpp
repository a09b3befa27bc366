// Private text helpers of the write stage: numbers, JSON strings, CSV fields, HTML text.
#pragma once

#include <string>
#include <string_view>

namespace jindu::write {

// The UTF-8 byte order mark some CSV writes start with, for Excel.
inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Appends v as the shortest text that reads back as v: integers without a
// fraction or exponent (80000, 120000000), others as std::to_chars writes them.
// Appends nothing and returns false for NaN and infinities.
bool append_number(std::string& out, double v);

// Appends an unsigned integer in decimal.
void append_number(std::string& out, std::size_t v);

// Appends s as a quoted JSON string: escapes quotes, backslashes and control
// characters; invalid UTF-8 bytes become U+FFFD so the output is always UTF-8.
void append_json_string(std::string& out, std::string_view s);

// Appends s as one RFC 4180 field, quoted only when it holds a comma, a quote
// or a line break; invalid UTF-8 bytes become U+FFFD.
void append_csv_field(std::string& out, std::string_view s);

// Appends s as HTML text or a quoted attribute value: escapes & < > " ' and
// control characters but tab and line feed; invalid UTF-8 bytes become U+FFFD.
void append_html(std::string& out, std::string_view s);

}  // namespace jindu::write
