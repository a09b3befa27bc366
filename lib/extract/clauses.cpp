#include "extract/clauses.hpp"

#include "common/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace jindu::extraction {

namespace {

// Marks by first byte: every marking code point is ASCII or starts with E3 (。【】〔〕)
// or EF (（），：；), so the walks below look at most bytes once and decode
// nothing. On valid UTF-8 this finds exactly the code points a decoding walk
// would, because a lead byte is never a continuation byte.
constexpr std::array<Mark, 256> ascii_marks = [] {
    std::array<Mark, 256> m{};
    m['('] = m['['] = Mark::open;
    m[')'] = m[']'] = Mark::close;
    m[','] = m[':'] = Mark::clause_end;
    m[';'] = Mark::segment_end;
    m['\n'] = Mark::line_end;
    return m;
}();

// Bytes that may start a mark.
constexpr std::array<bool, 256> may_mark = [] {
    std::array<bool, 256> m{};
    for (std::size_t b = 0; b < 0x80; ++b) m[b] = ascii_marks[b] != Mark::none;
    m[0xE3] = m[0xEF] = true;
    return m;
}();

// The mark at view[i] and its length in `size`.
inline Mark mark_at(std::string_view view, std::size_t i, std::size_t& size) noexcept {
    const auto b = static_cast<unsigned char>(view[i]);
    size = 1;
    if (b < 0x80) return ascii_marks[b];
    if ((b != 0xE3 && b != 0xEF) || i + 2 >= view.size()) return Mark::none;
    const auto b1 = static_cast<unsigned char>(view[i + 1]);
    const auto b2 = static_cast<unsigned char>(view[i + 2]);
    size = 3;
    if (b == 0xE3 && b1 == 0x80) {
        switch (b2) {
        case 0x82: return Mark::segment_end;             // 。
        case 0x90: case 0x94: return Mark::open;         // 【 〔
        case 0x91: case 0x95: return Mark::close;        // 】 〕
        default: break;
        }
    } else if (b == 0xEF && b1 == 0xBC) {
        switch (b2) {
        case 0x88: return Mark::open;                    // （
        case 0x89: return Mark::close;                   // ）
        case 0x8C: case 0x9A: return Mark::clause_end;   // ， ：
        case 0x9B: return Mark::segment_end;             // ；
        default: break;
        }
    }
    size = 1;
    return Mark::none;
}

}  // namespace

void segments(std::string_view view, std::vector<Span>& out, std::vector<MarkAt>& marks) {
    out.clear();
    marks.clear();
    std::size_t start = 0;
    int depth = 0;
    for (std::size_t i = 0, size = 1; i < view.size(); i += size) {
        // Most text has no mark: eight bytes looked up at once, independently.
        if (view.size() - i >= 8) {
            bool any = false;
            for (std::size_t k = 0; k < 8; ++k) any |= may_mark[static_cast<unsigned char>(view[i + k])];
            if (!any) {
                size = 8;
                continue;
            }
        }
        if (!may_mark[static_cast<unsigned char>(view[i])]) {
            size = 1;
            continue;
        }
        const Mark mark = mark_at(view, i, size);
        if (mark == Mark::none) continue;
        marks.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint8_t>(size), mark});
        if (mark == Mark::open) ++depth;
        else if (mark == Mark::close) depth -= depth > 0 ? 1 : 0;
        else if (mark == Mark::line_end || (depth == 0 && mark == Mark::segment_end)) {
            depth = 0;  // an unclosed bracket never spans lines
            if (i > start) out.push_back({start, i});
            start = i + size;
        }
    }
    if (view.size() > start) out.push_back({start, view.size()});
}

namespace {

// The marks at or after `from`.
std::span<const MarkAt> marks_from(std::span<const MarkAt> marks, std::size_t from) {
    const auto first = std::lower_bound(marks.begin(), marks.end(), from,
                                        [](const MarkAt& m, std::size_t pos) { return m.at < pos; });
    return marks.subspan(static_cast<std::size_t>(first - marks.begin()));
}

}  // namespace

Span clause_around(std::span<const MarkAt> marks, Span segment, std::size_t at) {
    Span clause{segment.begin, segment.end};
    int depth = 0;
    for (const MarkAt& m : marks_from(marks, segment.begin)) {
        if (m.at >= segment.end) break;
        if (m.mark == Mark::open) ++depth;
        else if (m.mark == Mark::close) depth -= depth > 0 ? 1 : 0;
        else if (depth == 0 && m.mark == Mark::clause_end) {
            if (m.at < at) clause.begin = m.at + m.size;
            else {
                clause.end = m.at;
                break;
            }
        }
    }
    return clause;
}

bool inside_brackets(std::span<const MarkAt> marks, Span segment, std::size_t at) {
    int depth = 0;
    for (const MarkAt& m : marks_from(marks, segment.begin)) {
        if (m.at >= at) break;
        if (m.mark == Mark::open) ++depth;
        else if (m.mark == Mark::close) depth -= depth > 0 ? 1 : 0;
    }
    return depth > 0;
}

char32_t before(std::string_view view, std::size_t at) {
    if (at == 0 || at > view.size()) return 0;
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(view[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    return utf8::next(view, i);
}

char32_t after(std::string_view view, std::size_t at) {
    if (at >= view.size()) return 0;
    return utf8::next(view, at);
}

bool is_phrase_end(char32_t cp) {
    constexpr std::u32string_view marks = U"，。；：、,.;:!?！？)）]】”\"’'";
    return cp == 0 || cp == U'\n' || marks.find(cp) != std::u32string_view::npos;
}

}  // namespace jindu::extraction
