#include "table/numbering.hpp"

#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"

namespace jindu::table {

namespace {

bool is_chinese_numeral(char32_t cp) noexcept { return lexicon::is_seq_numeral(cp); }

// The longest numerals a list marker holds, in code points: 一千二百三十四 and
// nine digits. A longer run is a number in the text, not a marker.
constexpr std::size_t max_chinese_marker = 7;
constexpr std::size_t max_digit_marker = 9;

// ASCII or full-width digit.
bool is_digit(char32_t cp) noexcept {
    return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９');
}

// Takes code points while pred holds, at most `most` of them; returns the
// bytes taken, or 0 when more than `most` would be.
template <class Pred>
std::size_t take_while(std::string_view s, std::size_t i, std::size_t most, Pred pred) noexcept {
    const std::size_t start = i;
    for (std::size_t n = 0; i < s.size(); ++n) {
        std::size_t j = i;
        if (!pred(utf8::next(s, j))) break;
        if (n == most) return 0;
        i = j;
    }
    return i - start;
}

// Skips spaces after a marker.
std::size_t after_spaces(std::string_view s, std::size_t i) noexcept {
    while (i < s.size()) {
        std::size_t j = i;
        if (!utf8::is_space(utf8::next(s, j))) break;
        i = j;
    }
    return i;
}

// Code point at s[i] (or 0 at the end) and the offset past it.
char32_t peek(std::string_view s, std::size_t i, std::size_t& next) noexcept {
    next = i;
    if (i >= s.size()) return 0;
    return utf8::next(s, next);
}

}  // namespace

std::optional<Numbering> leading_numbering(std::string_view line) noexcept {
    std::size_t next = 0;
    const char32_t first = peek(line, 0, next);

    if (first >= U'①' && first <= U'⑳') {
        return Numbering{NumberingKind::circled, line.substr(0, next), after_spaces(line, next)};
    }
    if (first == U'（' || first == U'(') {
        const std::size_t open = next;
        const std::size_t cn = take_while(line, open, max_chinese_marker, is_chinese_numeral);
        const std::size_t ar = cn == 0 ? take_while(line, open, max_digit_marker, is_digit) : 0;
        const std::size_t n = cn + ar;
        if (n == 0) return std::nullopt;
        std::size_t close_end = 0;
        const char32_t close = peek(line, open + n, close_end);
        if (close != U'）' && close != U')') return std::nullopt;
        return Numbering{cn != 0 ? NumberingKind::chinese_paren : NumberingKind::arabic_paren,
                         line.substr(open, n), after_spaces(line, close_end)};
    }
    if (lexicon::opens_seq_numeral(first)) {
        const std::size_t n = take_while(line, 0, max_chinese_marker, is_chinese_numeral);
        if (n == 0) return std::nullopt;
        std::size_t mark_end = 0;
        const char32_t mark = peek(line, n, mark_end);
        if (mark != U'、' && mark != U'，' && mark != U'．' && mark != U'.') return std::nullopt;
        return Numbering{NumberingKind::chinese, line.substr(0, n), after_spaces(line, mark_end)};
    }
    if (is_digit(first)) {
        const std::size_t n = take_while(line, 0, max_digit_marker, is_digit);
        if (n == 0) return std::nullopt;
        std::size_t mark_end = 0;
        const char32_t mark = peek(line, n, mark_end);
        if (mark != U'.' && mark != U'、' && mark != U'．' && mark != U')' && mark != U'）') return std::nullopt;
        std::size_t after = 0;
        if (is_digit(peek(line, mark_end, after))) return std::nullopt;  // 1.5 万
        return Numbering{NumberingKind::arabic, line.substr(0, n), after_spaces(line, mark_end)};
    }
    return std::nullopt;
}

}  // namespace jindu::table
