// Glyphs into lines and lines into text.
#include "table/pdf/glyphs.hpp"

#include "common/utf8.hpp"
#include "table/numbering.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>

namespace jindu::table::pdf {

bool undecodable(char32_t cp) noexcept {
    return cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000 || cp < 0x20 ||
           (cp >= 0x7F && cp < 0xA0);
}

bool is_cjk(char32_t cp) noexcept {
    return (cp >= 0x2E80 && cp <= 0x9FFF) ||    // radicals, CJK punctuation, kana, ideographs
           (cp >= 0xAC00 && cp <= 0xD7AF) ||    // hangul
           (cp >= 0xF900 && cp <= 0xFAFF) ||    // compatibility ideographs
           (cp >= 0xFE30 && cp <= 0xFE4F) ||    // vertical forms
           (cp >= 0xFF00 && cp <= 0xFFEF) ||    // full-width forms
           (cp >= 0x20000 && cp <= 0x3FFFF);    // supplementary ideographs
}

std::size_t drop_overprints(std::vector<Glyph>& glyphs) {
    std::vector<std::size_t> order(glyphs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Glyph& ga = glyphs[a];
        const Glyph& gb = glyphs[b];
        if (ga.cp != gb.cp) return ga.cp < gb.cp;
        if (ga.box.y0 != gb.box.y0) return ga.box.y0 < gb.box.y0;
        return a < b;
    });
    std::vector<bool> dropped(glyphs.size(), false);
    std::size_t count = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Glyph& a = glyphs[order[i]];
        if (dropped[order[i]] || utf8::is_space(a.cp)) continue;
        const double across = 0.15 * std::max(a.box.width(), 1.0);
        const double down = 0.15 * std::max(a.box.height(), 1.0);
        for (std::size_t j = i + 1; j < order.size(); ++j) {
            const Glyph& b = glyphs[order[j]];
            if (b.cp != a.cp || b.box.y0 - a.box.y0 > down) break;
            if (!dropped[order[j]] && std::abs(b.box.x0 - a.box.x0) <= across) {
                dropped[order[j]] = true;
                ++count;
            }
        }
    }
    if (count == 0) return 0;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < glyphs.size(); ++i)
        if (!dropped[i]) glyphs[kept++] = glyphs[i];
    glyphs.resize(kept);
    return count;
}

std::vector<TextLine> group_lines(std::span<const Glyph> glyphs) {
    std::vector<std::size_t> order(glyphs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return glyphs[a].box.cy() < glyphs[b].box.cy(); });
    std::vector<TextLine> lines;
    // Glyphs come by their middle's height: only the last few lines can still take one.
    constexpr std::size_t window = 16;
    for (const std::size_t index : order) {
        const Glyph& g = glyphs[index];
        const double height = std::max(g.box.height(), 0.1);
        std::size_t best = lines.size();
        double best_overlap = 0.5;
        for (std::size_t k = lines.size(); k-- > 0 && lines.size() - k <= window;) {
            const Box& b = lines[k].box;
            const double overlap = std::min(b.y1, g.box.y1) - std::max(b.y0, g.box.y0);
            const double ratio = overlap / std::min(height, std::max(b.height(), 0.1));
            if (ratio > best_overlap) {
                best_overlap = ratio;
                best = k;
            }
        }
        if (best == lines.size()) {
            lines.push_back(TextLine{g.box, {g}, g.size});
            continue;
        }
        TextLine& line = lines[best];
        line.glyphs.push_back(g);
        line.box = {std::min(line.box.x0, g.box.x0), std::min(line.box.y0, g.box.y0),
                    std::max(line.box.x1, g.box.x1), std::max(line.box.y1, g.box.y1)};
        line.size = std::max(line.size, g.size);
    }
    for (TextLine& line : lines)
        std::stable_sort(line.glyphs.begin(), line.glyphs.end(),
                         [](const Glyph& a, const Glyph& b) { return a.box.x0 < b.box.x0; });
    std::stable_sort(lines.begin(), lines.end(),
                     [](const TextLine& a, const TextLine& b) { return a.box.y0 < b.box.y0; });
    return lines;
}

namespace {

// The size that spacing is measured in: the font size, or the box height when
// the text layer gives none.
double em(const Glyph& g) noexcept { return g.size > 0 ? g.size : g.box.height() * 0.75; }

bool is_latin_letter(char32_t cp) noexcept { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

}  // namespace

std::string glyph_text(std::span<const Glyph> glyphs) {
    std::string out;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        const Glyph& g = glyphs[i];
        if (i > 0 && !utf8::is_space(g.cp)) {
            const Glyph& before = glyphs[i - 1];
            const double size = std::max(em(before), em(g));
            const double gap = g.box.x0 - before.box.x1;
            // A gap over a quarter of the size is a space. Narrower gaps are spacing producers
            // leave between ideographs and figures (LibreOffice's is a fifth), even where the
            // text layer sees a word break. Between ideographs a space needs a word break or
            // half the size.
            const bool ideographs = is_cjk(before.cp) && is_cjk(g.cp);
            const bool wide = ideographs ? gap > 0.5 * size || (before.space_after && gap > 0.25 * size)
                                         : gap > 0.25 * size;
            if (!utf8::is_space(before.cp) && wide) out += ' ';
        }
        // Controls are no text; the other undecodable code points are kept, and noted by the reader.
        if (g.cp >= 0x20 && (g.cp < 0x7F || g.cp >= 0xA0)) utf8::append(out, g.cp);
    }
    return out;
}

namespace {

// Closing punctuation never starts a line, opening punctuation never ends one.
bool closes(char32_t cp) noexcept {
    return std::u32string_view(U"，。、；：？！）」』】》〉”’,.;:?!)%").find(cp) != std::u32string_view::npos;
}
bool opens(char32_t cp) noexcept { return std::u32string_view(U"（「『【《〈“‘(").find(cp) != std::u32string_view::npos; }

// The width of what a line starts with that could not be broken: one
// ideograph with the punctuation bound to it, or a word of other text.
double first_unit_width(const TextLine& line) {
    const auto& g = line.glyphs;
    std::size_t end = 0;
    while (end < g.size()) {
        const char32_t cp = g[end].cp;
        ++end;
        if (opens(cp)) continue;
        if (is_cjk(cp)) {
            while (end < g.size() && closes(g[end].cp)) ++end;
            break;
        }
        while (end < g.size() && !is_cjk(g[end].cp) && !g[end - 1].space_after &&
               g[end].box.x0 - g[end - 1].box.x1 < 0.25 * std::max(em(g[end]), 1.0))
            ++end;
        while (end < g.size() && closes(g[end].cp)) ++end;
        break;
    }
    return end == 0 ? 0 : g[end - 1].box.x1 - g.front().box.x0;
}

}  // namespace

std::string_view line_join(char32_t second_last, char32_t last, char32_t first) noexcept {
    if (last == '-' && is_latin_letter(second_last)) return {};  // a hyphenated word, as written
    if (is_cjk(last) || is_cjk(first) || utf8::is_space(last) || utf8::is_space(first) || closes(first) || opens(last))
        return {};
    return " ";
}

std::string block_text(std::span<const TextLine> lines, double right) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string text = glyph_text(lines[i].glyphs);
        if (text.empty()) continue;
        if (!out.empty()) {
            const TextLine& before = lines[i - 1];
            const char32_t last = before.glyphs.back().cp;
            const char32_t first = lines[i].glyphs.front().cp;
            // The line broke early: what the next one starts with would have fitted.
            const double room = right - before.box.x1;
            // Slack of one character: the space a line break swallows, and the producer's rounding.
            const bool short_line = room > first_unit_width(lines[i]) + std::max(before.size, 1.0);
            if (short_line || leading_numbering(text)) {
                out += '\n';
            } else {
                const char32_t second_last = before.glyphs.size() >= 2 ? before.glyphs[before.glyphs.size() - 2].cp : 0;
                out += line_join(second_last, last, first);
            }
        }
        out += text;
    }
    return out;
}

}  // namespace jindu::table::pdf
