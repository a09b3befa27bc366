// Spreadsheet number formats, as far as a report's cells use them: General,
// fixed decimals with thousands separators, percentages, dates and times,
// with literal text around the number.
#include "table/number_format.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <vector>

namespace jindu::table {

namespace {

// A number as Excel's General format shows it: at most 15 significant digits,
// no trailing zeros (0.30000000000000004 → 0.3, 85.0 → 85).
std::string general(double value) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15);
    std::string out(buffer, result.ptr);
    if (out == "-0") out = "0";
    return out;
}

// `value` with `decimals` digits after the point, thousands separated when asked.
std::string fixed(double value, int decimals, bool thousands) {
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (result.ec != std::errc{}) return general(value);
    std::string digits(buffer, result.ptr);
    bool negative = !digits.empty() && digits.front() == '-';
    if (negative) digits.erase(0, 1);
    if (digits.find_first_not_of("0.") == std::string::npos) negative = false;  // -0.00
    if (thousands) {
        const std::size_t point = std::min(digits.find('.'), digits.size());
        for (std::size_t at = point; at > 3; at -= 3) digits.insert(at - 3, 1, ',');
    }
    return negative ? "-" + digits : digits;
}

// One piece of a format code: literal text, or a date or time field.
struct Token {
    char field = 0;        // 0 for literal text, else y m d h s (lower case)
    std::size_t width = 0;  // letters in the field
    std::string text;      // the literal
};

// The first section of a code (up to an unquoted ';').
std::string_view first_section(std::string_view code) {
    bool quoted = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (code[i] == '"') quoted = !quoted;
        else if (!quoted && code[i] == '\\') ++i;
        else if (!quoted && code[i] == ';') return code.substr(0, i);
    }
    return code;
}

// Splits a section into literals and letters; [..] (colours, locales,
// conditions), fill (*x) and padding (_x) marks are left out.
std::vector<Token> tokens_of(std::string_view section) {
    std::vector<Token> out;
    const auto literal = [&](std::string_view text) {
        if (out.empty() || out.back().field != 0) out.push_back({});
        out.back().text.append(text);
    };
    for (std::size_t i = 0; i < section.size(); ++i) {
        const char c = section[i];
        if (c == '"') {
            const std::size_t close = section.find('"', i + 1);
            const std::size_t end = close == std::string_view::npos ? section.size() : close;
            literal(section.substr(i + 1, end - i - 1));
            i = end;
        } else if (c == '\\' && i + 1 < section.size()) {
            // An escaped code point (\年 is three bytes).
            std::size_t n = 1;
            while (i + 1 + n < section.size() && (static_cast<unsigned char>(section[i + 1 + n]) & 0xC0) == 0x80) ++n;
            literal(section.substr(i + 1, n));
            i += n;
        } else if (c == '[') {
            const std::size_t close = section.find(']', i);
            i = close == std::string_view::npos ? section.size() : close;
        } else if ((c == '*' || c == '_') && i + 1 < section.size()) {
            ++i;
        } else {
            const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            if (lower == 'y' || lower == 'm' || lower == 'd' || lower == 'h' || lower == 's') {
                if (!out.empty() && out.back().field == lower) ++out.back().width;
                else out.push_back({lower, 1, {}});
            } else {
                literal(section.substr(i, 1));
            }
        }
    }
    return out;
}

bool is_date_code(const std::vector<Token>& tokens, std::string_view section) {
    if (section.find_first_of("0#?") != std::string_view::npos) {
        // Digit placeholders make a number format, unless quoted (handled by tokens).
        for (const Token& t : tokens)
            if (t.field == 0 && t.text.find_first_of("0#?") != std::string::npos) return false;
    }
    for (const Token& t : tokens)
        if (t.field != 0) return true;
    return false;
}

// Days since 1970-01-01 to year, month, day (proleptic Gregorian).
void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) ++y;
}

std::string padded(std::int64_t n, std::size_t width) {
    std::string s = std::to_string(n);
    if (s.size() < width) s.insert(0, width - s.size(), '0');
    return s;
}

std::string date(double serial, const std::vector<Token>& tokens, bool date1904) {
    if (!(serial >= 0 && serial < 2958466)) return general(serial);  // past 9999-12-31
    auto days = static_cast<std::int64_t>(std::floor(serial));
    auto seconds = static_cast<std::int64_t>(std::llround((serial - static_cast<double>(days)) * 86400));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    // Serial 1 is 1900-01-01; the 1900 system counts a 29 February 1900 that never was.
    std::int64_t from_1970 = 0;
    if (date1904) from_1970 = days - 24107;
    else from_1970 = days - 25569 + (days < 61 ? 1 : 0);
    std::int64_t year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civil_from_days(from_1970, year, month, day);
    std::string out;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        switch (t.field) {
        case 0: out += t.text; break;
        case 'y': out += t.width <= 2 ? padded(year % 100, 2) : padded(year, 4); break;
        case 'd':
            if (t.width <= 2) out += padded(day, t.width);  // ddd and dddd name the weekday: left out
            break;
        case 'h': out += padded(seconds / 3600, t.width); break;
        case 's': out += padded(seconds % 60, t.width); break;
        case 'm': {
            // Minutes after an hour or before seconds; else the month.
            bool minutes = false;
            for (std::size_t j = k; j-- > 0;)
                if (tokens[j].field != 0) {
                    minutes = tokens[j].field == 'h';
                    break;
                }
            for (std::size_t j = k + 1; j < tokens.size() && !minutes; ++j)
                if (tokens[j].field != 0) {
                    minutes = tokens[j].field == 's';
                    break;
                }
            out += minutes ? padded(seconds / 60 % 60, t.width) : padded(month, t.width >= 2 ? 2 : 1);
            break;
        }
        default: break;
        }
    }
    return out;
}

}  // namespace

std::string_view builtin_number_format(std::size_t id) noexcept {
    static constexpr std::array<std::string_view, 59> codes{
        "General", "0", "0.00", "#,##0", "#,##0.00", "", "", "", "", "0%",
        "0.00%", "0.00E+00", "# ?/?", "# ?" "?/?" "?", "yyyy-mm-dd", "d-mmm-yy", "d-mmm", "mmm-yy", "h:mm AM/PM",
        "h:mm:ss AM/PM",
        "h:mm", "h:mm:ss", "yyyy-mm-dd h:mm", "", "", "", "", R"(yyyy"年"m"月")", R"(m"月"d"日")", R"(m"月"d"日")",
        "m-d-yy", R"(yyyy"年"m"月"d"日")", R"(h"时"mm"分")", R"(h"时"mm"分"ss"秒")", R"(h"时"mm"分")",
        R"(h"时"mm"分"ss"秒")", R"(yyyy"年"m"月")", "#,##0;(#,##0)", "#,##0;(#,##0)", "#,##0.00;(#,##0.00)",
        "#,##0.00;(#,##0.00)", "", "", "", "", "mm:ss", "[h]:mm:ss", "mm:ss.0", "##0.0E+0", "@",
        R"(yyyy"年"m"月")", R"(m"月"d"日")", R"(yyyy"年"m"月")", R"(m"月"d"日")", R"(m"月"d"日")",
        R"(h"时"mm"分")", R"(h"时"mm"分"ss"秒")", R"(yyyy"年"m"月")", R"(m"月"d"日")"};
    return id < codes.size() ? codes[id] : std::string_view();
}

std::string format_number(double value, std::string_view code, bool date1904) {
    if (!std::isfinite(value)) return general(value);
    const std::string_view section = first_section(code);
    if (section.empty() || section == "@") return general(value);
    if (section.size() == 7 && (section[0] == 'G' || section[0] == 'g') && section.substr(1) == "eneral")
        return general(value);
    const std::vector<Token> tokens = tokens_of(section);
    if (is_date_code(tokens, section)) return date(value, tokens, date1904);

    // A number: literal text around its digit placeholders.
    std::string prefix;
    std::string suffix;
    std::string digits;  // the placeholders, with ',' '.' '%' 'E'
    bool in_number = false;
    for (const Token& t : tokens) {
        for (std::size_t i = 0; i < t.text.size(); ++i) {
            const char c = t.text[i];
            const bool part = c == '0' || c == '#' || c == '?' || ((c == '.' || c == ',') && in_number) ||
                              (c == '.' && i + 1 < t.text.size() && (t.text[i + 1] == '0' || t.text[i + 1] == '#'));
            if (part) {
                in_number = true;
                digits += c;
            } else if (c == '%') {
                digits += c;
                (in_number ? suffix : prefix) += c;
            } else if (c == 'E' || c == 'e' || c == '/') {
                return general(value);  // scientific and fractions
            } else {
                (in_number ? suffix : prefix) += c;
            }
        }
    }
    if (digits.find_first_of("0#?") == std::string::npos) return general(value);
    const std::size_t percents = static_cast<std::size_t>(std::count(digits.begin(), digits.end(), '%'));
    const double unscaled = value;
    for (std::size_t k = 0; k < percents; ++k) value *= 100;
    if (!std::isfinite(value)) return general(unscaled);
    const std::size_t point = digits.find('.');
    int decimals = 0;  // digits after the point: 0 always shown, # and ? only when not zero
    int required = 0;
    if (point != std::string::npos)
        for (std::size_t i = point + 1; i < digits.size(); ++i) {
            if (digits[i] == '0') ++required;
            if (digits[i] == '0' || digits[i] == '#' || digits[i] == '?') ++decimals;
        }
    const std::string integer_part = digits.substr(0, point);
    const bool thousands = integer_part.find(',') != std::string::npos && integer_part.find_last_of("0#?") >
                                                                            integer_part.find(',');
    // Commas after the last placeholder scale by a thousand each (#,##0, → thousands).
    for (std::size_t i = integer_part.size(); i > 0 && integer_part[i - 1] == ','; --i) value /= 1000;
    std::string number = fixed(value, decimals, thousands);
    if (decimals > required) {
        const std::size_t dot = number.find('.');
        std::size_t keep = number.size();
        while (keep > dot + 1 + static_cast<std::size_t>(required) && number[keep - 1] == '0') --keep;
        if (keep == dot + 1) keep = dot;
        number.resize(keep);
    }
    return prefix + number + suffix;
}

}  // namespace jindu::table
