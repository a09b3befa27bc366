#include "table/numbering.hpp"

#include "common/utf8.hpp"

namespace jindu::table {

namespace {

// 一 to 十, the digits of Chinese list numbering.
bool is_chinese_numeral(char32_t cp) noexcept {
    return std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
}

// ASCII or full-width digit.
bool is_digit(char32_t cp) noexcept {
    return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９');
}

// Takes code points while pred holds; returns the bytes taken.
template <class Pred>
std::size_t take_while(std::string_view s, std::size_t i, Pred pred) noexcept {
    const std::size_t start = i;
    while (i < s.size()) {
        std::size_t j = i;
        if (!pred(utf8::next(s, j))) break;
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
        const std::size_t cn = take_while(line, open, is_chinese_numeral);
        const std::size_t ar = cn == 0 ? take_while(line, open, is_digit) : 0;
        const std::size_t n = cn + ar;
        if (n == 0 || n > 9) return std::nullopt;
        std::size_t close_end = 0;
        const char32_t close = peek(line, open + n, close_end);
        if (close != U'）' && close != U')') return std::nullopt;
        return Numbering{cn != 0 ? NumberingKind::chinese_paren : NumberingKind::arabic_paren,
                         line.substr(open, n), after_spaces(line, close_end)};
    }
    if (is_chinese_numeral(first)) {
        const std::size_t n = take_while(line, 0, is_chinese_numeral);
        if (n > 9) return std::nullopt;
        std::size_t mark_end = 0;
        const char32_t mark = peek(line, n, mark_end);
        if (mark != U'、' && mark != U'，' && mark != U'．' && mark != U'.') return std::nullopt;
        return Numbering{NumberingKind::chinese, line.substr(0, n), after_spaces(line, mark_end)};
    }
    if (is_digit(first)) {
        const std::size_t n = take_while(line, 0, is_digit);
        if (n > 9) return std::nullopt;
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
