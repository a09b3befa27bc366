// Reads one numeral — Arabic, Chinese or mixed (9.6万, 3万4000, 两千三) — and
// its value, from folded UTF-8.
#pragma once

#include <optional>

namespace jindu::lex {

struct Numeral {
    double value = 0;
    const char* begin = nullptr;
    const char* end = nullptr;
    const char* first_end = nullptr;  // end of the first piece, to fall back on
    int pieces = 0;
    bool chinese = false;     // has a Chinese piece
    bool arabic = false;      // has an Arabic piece
    bool multiplier = false;  // has 十 百 千 万 亿 兆
    bool weak = false;        // only Chinese digits, or a lone 十: counts only in context
    bool positional = false;  // digits read one by one: 三八 → 38, 二〇二四 → 2024
    bool approx = false;      // 多 余 几: the value is a lower bound
    bool fractional = false;  // has digits after a decimal point
    bool spaced = false;      // has spaces between pieces
    double trailing_big = 0;  // 1e4 for 5万, 1e8 for 5亿: the big multiplier the numeral ends with, else 0
    bool bare_multiplier = false;  // 百, 千, 千万: multipliers with no digit (a percent form's denominator)
    int arabic_digits = 0;    // digits of a lone unsigned Arabic integer without separators, else 0
};

// The longest numeral that starts at first and ends before last, or nullopt.
// Spaces may separate the pieces of a numeral (三千 八百); signs are not read
// here. A numeral that is read but makes no sense as one (二三十: twenty or
// thirty) comes back with value NaN, so the caller can skip it whole.
std::optional<Numeral> read_numeral(const char* first, const char* last);

// The two ways read_numeral reads. Most numerals in reports are plain Arabic
// integers that nothing continues (5000 个); read_plain_integer reads only
// those, directly, and gives nullopt for anything else. read_numeral_pieces
// reads every numeral piece by piece, and gives the same for those.
std::optional<Numeral> read_plain_integer(const char* first, const char* last);
std::optional<Numeral> read_numeral_pieces(const char* first, const char* last);

// The value of an Arabic number as the arabic rule reads it (1,100.9 → 1100.9),
// or NaN when it has no value as a double.
double arabic_value(const char* first, const char* last) noexcept;

}  // namespace jindu::lex
