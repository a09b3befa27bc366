#include "table/text_lines.hpp"

#include "common/diagnostics.hpp"
#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"
#include "table/chrome.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

namespace jindu::table {

namespace {

// Reads ASCII or full-width digits at s[i...]; false when there are none.
bool skip_digits(std::string_view s, std::size_t& i) noexcept {
    const std::size_t start = i;
    while (i < s.size()) {
        std::size_t j = i;
        const char32_t cp = utf8::next(s, j);
        if (!((cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'))) break;
        i = j;
    }
    return i > start;
}

// Reads Chinese numerals (〇一二…十百) at s[i...]; false when there are none.
bool skip_chinese_digits(std::string_view s, std::size_t& i) noexcept {
    const std::size_t start = i;
    while (i < s.size()) {
        std::size_t j = i;
        const char32_t cp = utf8::next(s, j);
        if (!lexicon::is_seq_numeral(cp)) break;
        i = j;
    }
    return i > start;
}

// Skips white space at s[i...].
void skip_spaces(std::string_view s, std::size_t& i) noexcept {
    while (i < s.size()) {
        std::size_t j = i;
        if (!utf8::is_space(utf8::next(s, j))) break;
        i = j;
    }
}

// Skips one literal code point sequence; false when s[i...] does not start with it.
bool skip_literal(std::string_view s, std::size_t& i, std::string_view literal) noexcept {
    if (!s.substr(i).starts_with(literal)) return false;
    i += literal.size();
    return true;
}

// Skips dashes and similar marks used around page numbers; false when there are none.
bool skip_dashes(std::string_view s, std::size_t& i) noexcept {
    static constexpr std::u32string_view dashes = U"-‐‑‒–—―－─·•";
    const std::size_t start = i;
    while (i < s.size()) {
        std::size_t j = i;
        const char32_t cp = utf8::next(s, j);
        if (dashes.find(cp) == std::u32string_view::npos) break;
        i = j;
    }
    return i > start;
}

// Parses "第 N 页" at s[i...].
bool skip_page_of(std::string_view s, std::size_t& i, std::string_view prefix) noexcept {
    if (!skip_literal(s, i, prefix)) return false;
    skip_spaces(s, i);
    if (!skip_digits(s, i) && !skip_chinese_digits(s, i)) return false;
    skip_spaces(s, i);
    return skip_literal(s, i, "页") || skip_literal(s, i, "頁");
}

}  // namespace

std::vector<Line> split_lines(std::string_view utf8, const Options& options) {
    const char* const data = utf8.data();
    const std::size_t size = utf8.size();
    // The first line break ('\n' or '\r') at or after `from`, or size: memchr
    // for '\n', and for '\r' only before it (most text has none, or just one
    // right before the '\n').
    const auto line_end = [&](std::size_t from) {
        const void* nl = std::memchr(data + from, '\n', size - from);
        const std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data) : size;
        const void* cr = std::memchr(data + from, '\r', end - from);
        return cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - data) : end;
    };
    std::vector<Line> lines;
    // A line per '\n' and one more; text broken by '\r' alone grows as it goes.
    std::size_t breaks = 0;
    for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', size - static_cast<std::size_t>(p - data))));
         ++p)
        ++breaks;
    lines.reserve(breaks + 1);
    std::size_t number = 1;
    std::size_t start = 0;
    while (start <= size) {
        const std::size_t end = line_end(start);
        if (end - start > options.limits.max_line_bytes) {
            fail(ErrorCode::limit_exceeded, "line longer than " + std::to_string(options.limits.max_line_bytes) + " bytes",
                 options, Location{.line = number, .column = 1});
        }
        lines.push_back({utf8.substr(start, end - start), number});
        if (end == size) break;
        start = end + (utf8.substr(end).starts_with("\r\n") ? 2 : 1);
        ++number;
    }
    if (!lines.empty() && lines.back().text.empty()) lines.pop_back();
    return lines;
}

bool is_page_number(std::string_view s) noexcept {
    if (s.empty()) return false;
    // — 2 —, - 2 -, －2－
    {
        std::size_t i = 0;
        if (skip_dashes(s, i)) {
            skip_spaces(s, i);
            if (skip_digits(s, i)) {
                skip_spaces(s, i);
                if (skip_dashes(s, i) && i == s.size()) return true;
            }
        }
    }
    // 第2页, 第2页 共9页, 第2页/共9页, 共9页 第2页
    {
        std::size_t i = 0;
        if (skip_page_of(s, i, "第")) {
            skip_spaces(s, i);
            if (i == s.size()) return true;
            skip_literal(s, i, "/") || skip_literal(s, i, "，") || skip_literal(s, i, ",");
            skip_spaces(s, i);
            if (skip_page_of(s, i, "共") && (skip_spaces(s, i), i == s.size())) return true;
        }
        i = 0;
        if (skip_page_of(s, i, "共")) {
            skip_spaces(s, i);
            if (skip_page_of(s, i, "第") && (skip_spaces(s, i), i == s.size())) return true;
        }
    }
    // 2/9
    {
        std::size_t i = 0;
        if (skip_digits(s, i)) {
            skip_spaces(s, i);
            if (skip_literal(s, i, "/")) {
                skip_spaces(s, i);
                if (skip_digits(s, i) && i == s.size()) return true;
            }
        }
    }
    return false;
}

std::size_t display_width(char32_t cp) noexcept {
    // What reports are mostly made of is answered without ICU, which would map
    // its property tables into memory on first use: ASCII, Latin letters and
    // general punctuation are narrow and no mark; CJK ideographs, CJK
    // punctuation and fullwidth forms are wide.
    // A form feed (a page break in text printed from a PDF) and a vertical tab
    // take no room on the line.
    if (cp == U'\f' || cp == U'\v') return 0;
    if (cp < 0x300) return 1;
    // Dashes, quotes, daggers and the ellipsis of ambiguous width are set wide
    // in Chinese text (a CJK font gives them a full cell); the others narrow.
    if (cp >= 0x2010 && cp <= 0x2027) {
        static constexpr std::u32string_view wide = U"‐–—―‘’“”†‡•․‥…‧";
        return wide.find(cp) != std::u32string_view::npos ? 2 : 1;
    }
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x3029) || (cp >= 0xFF01 && cp <= 0xFF60))
        return 2;
    const auto c = static_cast<UChar32>(cp);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) return 0;
    const auto width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

Diagnostic page_number_note(const Line& line, const Options& options) {
    return make_diagnostic(ErrorCode::skipped_row, Severity::note, "page number dropped", options.source_name,
                           Location{.line = line.number, .column = 1}, utf8::trim(line.text));
}

void RowSink::add(Row row) {
    budget_.spend_row(row.line);
    budget_.spend_cells(row.cells.size(), 0, row.line);
    table_.rows.push_back(std::move(row));
}

void RowSink::add_cells(std::size_t count, std::size_t line) {
    budget_.spend_cells(count, 0, line);
}

void RowSink::skip_page_number(const Line& line) { table_.diagnostics.push_back(page_number_note(line, options_)); }

Row free_text_row(std::string_view text, std::size_t line) {
    Row row;
    row.cells.push_back(Cell{std::string(text), false});
    row.line = line;
    row.free_text = true;
    return row;
}

Row chrome_checked_row(std::string_view text, std::size_t line) {
    Row row = free_text_row(text, line);
    row.chrome = is_page_chrome(text);
    return row;
}

std::vector<Segment> aligned_segments(std::string_view line) {
    std::vector<Segment> out;
    std::size_t column = 0;
    std::size_t i = 0;
    std::size_t seg_begin = std::string_view::npos;  // byte offset of the open segment
    std::size_t seg_start = 0;                       // its first display column
    std::size_t seg_end_byte = 0;                    // bytes and column past its last non-space
    std::size_t seg_end = 0;
    std::size_t gap = 0;  // display width of the spaces since the last non-space
    while (i < line.size()) {
        const std::size_t at = i;
        const char32_t cp = utf8::next(line, i);
        if (cp != utf8::invalid && utf8::is_space(cp)) {
            const std::size_t w = cp == U'\t' ? 2 : display_width(cp);
            gap += w;
            column += w;
            continue;
        }
        if (seg_begin != std::string_view::npos && gap >= 2) {
            out.push_back({line.substr(seg_begin, seg_end_byte - seg_begin), seg_start, seg_end});
            seg_begin = std::string_view::npos;
        }
        if (seg_begin == std::string_view::npos) {
            seg_begin = at;
            seg_start = column;
        }
        gap = 0;
        column += cp == utf8::invalid ? 1 : display_width(cp);
        seg_end_byte = i;
        seg_end = column;
    }
    if (seg_begin != std::string_view::npos)
        out.push_back({line.substr(seg_begin, seg_end_byte - seg_begin), seg_start, seg_end});
    return out;
}

}  // namespace jindu::table
