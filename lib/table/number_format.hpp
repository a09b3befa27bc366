// Private: a spreadsheet number shown as its cell's number format shows it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jindu::table {

// The format code of a built-in number format id (0 General, 9 "0%", 10
// "0.00%", 14 a date …), or "" for an id that has none.
std::string_view builtin_number_format(std::size_t id) noexcept;

// `value` as a cell with format `code` shows it: percent formats scaled and
// with their decimals (0.853 with "0.0%" → "85.3%"), fixed decimals and
// thousands separators ("#,##0.00"), dates and times from the serial number
// (1900 date system, or 1904 with `date1904`; "yyyy年m月d日"), and anything
// else as the General format shows it: at most 15 significant digits, no
// float noise (0.30000000000000004 → "0.3"). Only the first section of a
// code (before ';') is used, with the sign of a negative value kept.
std::string format_number(double value, std::string_view code, bool date1904 = false);

}  // namespace jindu::table
