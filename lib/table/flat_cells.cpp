// A table flattened to one cell per line, as copying a web table out of a
// browser gives it.
//
// Cells. When the header's cells are one to a line with a blank line between
// them, every cell ends with a blank line: a cell is a run of lines (a <br>
// in it a single line break), and an empty cell is an empty line with its
// blank line, so a gap of 2k+1 blank lines holds k empty cells. When the
// header's cells stand on consecutive lines, each line is a cell and a blank
// line an empty one — unless the rows come as paragraphs, a line per cell and
// a blank line between rows: then each paragraph is a row.
//
// The header is a run of three cells or more that name columns (序号, 项目名称,
// 责任单位, 进展情况, 备注 …), one of them 序号. The cells after it are grouped
// into rows anchored on 序号: a row starts at a cell that reads as a 序号, or
// at the cells left of it (a category that a rowspan prints only in the first
// row of its group is left out in the others), and takes as many cells after
// it as the header has. The table ends where no 序号 starts the next row, or
// at a note or page chrome; the lines from there on are not part of it. A
// numbered heading where a row would start (一、民生保障, （二）城乡建设) is
// the row across all columns that groups the items under it: a row of its own.
#include "table/text_shapes.hpp"

#include "common/utf8.hpp"
#include "lexicon/lexicon.hpp"
#include "table/header.hpp"
#include "table/chrome.hpp"
#include "table/numbering.hpp"

#include <jindu/source.hpp>

#include <algorithm>
#include <string>

namespace jindu::table {

namespace {

// A header word is short: longer text is a title or a sentence.
constexpr std::size_t max_header_length = 12;

struct FlatCell {
    std::string text;      // lines joined with '\n'; "" for an empty cell
    std::size_t line = 0;  // index of its first line (of the line after it, when empty)
};

bool blank(const Line& line) { return utf8::trim(line.text).empty(); }

// A group heading: Chinese numbering (一、 （一）) before a short name.
bool is_group_heading(std::string_view cell) {
    constexpr std::size_t max_heading_length = 20;
    const auto numbering = leading_numbering(cell);
    if (!numbering || numbering->length >= cell.size()) return false;
    if (numbering->kind != NumberingKind::chinese && numbering->kind != NumberingKind::chinese_paren) return false;
    return cell.find('\n') == std::string_view::npos &&
           utf8::code_points(cell, cell.size()) <= max_heading_length;
}

// True for a note under a table (注：, 备注：, 说明：), which ends it.
bool is_note(std::string_view trimmed) {
    for (std::string_view lead : {"注：", "注:", "备注：", "说明：", "註：", "備註："})
        if (trimmed.starts_with(lead)) return true;
    return false;
}

// True when the lines after a header of consecutive cells come as
// paragraphs of one row each: most paragraphs of several lines hold a line
// per column, two of them at least (序号 | 项目名称 | … then ① | 社区食堂 | …,
// a blank line between rows).
bool rows_as_paragraphs(const std::vector<Line>& lines, std::size_t from, std::size_t width) {
    std::size_t full = 0, other = 0, n = 0;
    const auto close = [&] {
        if (n == width) ++full;
        else if (n > 1) ++other;
        n = 0;
    };
    for (std::size_t k = from; k < lines.size(); ++k) {
        const std::string_view trimmed = utf8::trim(lines[k].text);
        if (trimmed.empty()) close();
        else if (!is_page_number(trimmed)) ++n;
    }
    close();
    return full >= 2 && full > other;
}

// The cells of lines[from, ...): see the file comment. Page numbers are left
// out with a note.
std::vector<FlatCell> cells_from(const std::vector<Line>& lines, std::size_t from, bool blank_separated,
                                 const Options& options, std::vector<Diagnostic>& notes) {
    std::vector<FlatCell> cells;
    std::size_t blanks = 1;  // blank lines since the last cell (the header's own)
    for (std::size_t k = from; k < lines.size();) {
        const std::string_view trimmed = utf8::trim(lines[k].text);
        if (trimmed.empty()) {
            ++blanks;
            ++k;
            if (!blank_separated) cells.push_back({std::string(), k});
            continue;
        }
        if (is_page_number(trimmed)) {
            notes.push_back(page_number_note(lines[k], options));
            ++k;
            continue;
        }
        if (!blank_separated) {
            cells.push_back({std::string(trimmed), k++});
            continue;
        }
        for (std::size_t e = blanks >= 1 ? (blanks - 1) / 2 : 0; e > 0; --e) cells.push_back({std::string(), k});
        FlatCell cell{std::string(trimmed), k};
        for (++k; k < lines.size() && !blank(lines[k]) && !is_page_number(utf8::trim(lines[k].text)); ++k) {
            cell.text += '\n';
            cell.text += utf8::trim(lines[k].text);
        }
        cells.push_back(std::move(cell));
        blanks = 0;
    }
    return cells;
}

// The header run starting at lines[at]: its words, and whether blank lines
// separate them. Empty unless three words or more, one of them 序号.
struct Header {
    std::vector<std::string> words;
    std::size_t seq = 0;  // index of the 序号 word
    std::size_t end = 0;  // index of the line after its last word
    bool blank_separated = false;
};

Header header_at(const std::vector<Line>& lines, std::size_t at) {
    Header header;
    header.blank_separated = at + 1 < lines.size() && blank(lines[at + 1]);
    const std::size_t step = header.blank_separated ? 2 : 1;
    bool has_seq = false;
    for (std::size_t k = at; k < lines.size(); k += step) {
        const std::string_view word = utf8::trim(lines[k].text);
        if (!is_header_word(word)) break;
        if (header.blank_separated && k + 1 < lines.size() && !blank(lines[k + 1])) break;
        if (!has_seq && classify_header(matching_view(word)) == Column::seq) {
            has_seq = true;
            header.seq = header.words.size();
        }
        header.words.emplace_back(word);
        header.end = k + 1;
    }
    if (header.words.size() < 3 || !has_seq) header.words.clear();
    return header;
}

// The rows of a table whose rows are paragraphs (rows_as_paragraphs): each
// paragraph of several lines is a row, whatever its 序号 holds (a row without
// one prints / there). A line past the columns joins the last cell (a cell
// wrapped in two); a paragraph short of the columns has its 序号 put in
// place, the lines before it to its left (a category printed once for its
// group), the others after it. A paragraph of one line is a group heading
// (一、民生保障), else it ends the table, as a note or the text under it does.
void rows_from_paragraphs(const std::vector<Line>& lines, const Header& header, const Options& options,
                          TextRegion& region) {
    const std::size_t width = header.words.size();
    std::vector<std::size_t> paragraph;  // indices of its lines
    std::vector<Diagnostic> notes;
    bool ended = false;
    region.end = lines.size();
    const auto close = [&] {
        if (paragraph.empty() || ended) {
            paragraph.clear();
            return;
        }
        const std::string_view first = utf8::trim(lines[paragraph.front()].text);
        Row row;
        row.cells.resize(width);
        row.line = lines[paragraph.front()].number;
        if (paragraph.size() == 1 || is_note(first) || is_page_chrome(first)) {
            if (paragraph.size() == 1 && is_group_heading(first)) {
                row.cells.front().text = std::string(first);
                region.rows.push_back(std::move(row));
            } else {
                ended = true;
                region.end = paragraph.front();
            }
            paragraph.clear();
            return;
        }
        std::vector<std::string> cells;
        for (const std::size_t k : paragraph) cells.emplace_back(utf8::trim(lines[k].text));
        while (cells.size() > width) {
            std::string last = std::move(cells.back());
            cells.pop_back();
            cells.back() += '\n';
            cells.back() += last;
        }
        std::size_t at = 0;  // the column of the first cell
        if (cells.size() < width) {
            for (std::size_t c = 0; c < cells.size(); ++c)
                if (is_seq_number(cells[c])) {
                    at = c <= header.seq ? header.seq - c : 0;
                    break;
                }
        }
        for (std::size_t c = 0; c < cells.size() && at + c < width; ++c) row.cells[at + c].text = std::move(cells[c]);
        // A 序号 that says there is none (/, —): no number.
        if (lexicon::says_nothing(matching_view(row.cells[header.seq].text))) row.cells[header.seq].text.clear();
        region.rows.push_back(std::move(row));
        paragraph.clear();
    };
    for (std::size_t k = header.end; k < lines.size() && !ended; ++k) {
        const std::string_view trimmed = utf8::trim(lines[k].text);
        if (trimmed.empty()) close();
        else if (is_page_number(trimmed)) notes.push_back(page_number_note(lines[k], options));
        else paragraph.push_back(k);
    }
    close();
    const std::size_t end_line = region.end < lines.size() ? lines[region.end].number : lines.back().number + 1;
    for (Diagnostic& d : notes)
        if (d.where.line < end_line) region.notes.push_back(std::move(d));
}

}  // namespace

bool is_header_word(std::string_view trimmed) {
    // A bracket after the name (进展情况（截至8月31日）, 完成率(%)) is not counted in its length.
    std::string_view name = trimmed;
    for (std::string_view open : {"（", "("})
        if (const auto at = name.find(open); at != std::string_view::npos && at > 0) name = name.substr(0, at);
    if (trimmed.empty() || utf8::code_points(name, name.size()) > max_header_length) return false;
    // A title (进展表, 情况统计表) names the table, not a column.
    if (trimmed.ends_with("表") || trimmed.ends_with("表：") || is_page_chrome(trimmed)) return false;
    return classify_header(matching_view(trimmed)) != Column::none;
}

bool is_seq_number(std::string_view s) {
    if (s.empty()) return false;
    if (const auto numbering = leading_numbering(s); numbering && numbering->length == s.size()) return true;
    std::size_t i = 0;
    std::size_t digits = 0;
    bool chinese = false;
    while (i < s.size()) {
        std::size_t j = i;
        const char32_t cp = utf8::next(s, j);
        const bool digit = (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９');
        const bool numeral = lexicon::is_seq_numeral(cp);
        if (!digit && !numeral) break;
        if (numeral) chinese = true;
        if (++digits > 4) return false;
        i = j;
    }
    if (digits == 0) return false;
    const std::string_view rest = s.substr(i);
    if (rest.empty()) return true;
    // A starred or marked number (3*, 4.), never a figure with a unit.
    return !chinese && (rest == "*" || rest == "＊" || rest == "." || rest == "、");
}

std::optional<TextRegion> find_flat_cells(const std::vector<Line>& lines, const Options& options) {
    for (std::size_t at = 0; at < lines.size(); ++at) {
        if (!is_header_word(utf8::trim(lines[at].text))) continue;
        const Header header = header_at(lines, at);
        if (header.words.empty()) continue;

        TextRegion region;
        region.begin = at;
        Row head;
        head.line = lines[at].number;
        for (const std::string& w : header.words) head.cells.push_back(Cell{w, false});
        region.rows.push_back(std::move(head));

        std::vector<Diagnostic> notes;
        const std::size_t width = header.words.size();
        if (!header.blank_separated && rows_as_paragraphs(lines, header.end, width)) {
            rows_from_paragraphs(lines, header, options, region);
            if (region.rows.size() < 3) continue;
            return region;
        }
        const std::vector<FlatCell> cells = cells_from(lines, header.end, header.blank_separated, options, notes);
        const std::size_t after_seq = width - header.seq - 1;
        std::size_t c = 0;
        region.end = lines.size();
        while (c < cells.size()) {
            if (is_group_heading(cells[c].text)) {
                Row heading;
                heading.cells.resize(width);
                heading.cells.front().text = cells[c].text;
                heading.line = lines[cells[c].line].number;
                region.rows.push_back(std::move(heading));
                ++c;
                continue;
            }
            // The row starts at its 序号, or at the cells left of it.
            std::size_t offset = 0;
            while (offset <= header.seq && c + offset < cells.size() && !is_seq_number(cells[c + offset].text))
                ++offset;
            if (offset > header.seq || c + offset >= cells.size()) break;
            Row row;
            row.cells.resize(width);
            for (std::size_t k = 0; k < offset; ++k) row.cells[header.seq - offset + k].text = cells[c + k].text;
            row.line = lines[cells[c].line].number;
            c += offset;
            row.cells[header.seq].text = cells[c++].text;
            for (std::size_t k = 0; k < after_seq && c < cells.size(); ++k, ++c) {
                const std::string& text = cells[c].text;
                if (is_note(text) || is_page_chrome(text)) break;
                row.cells[header.seq + 1 + k].text = text;
            }
            region.rows.push_back(std::move(row));
        }
        if (region.rows.size() < 3) continue;  // a header and two rows at least
        if (c < cells.size()) {
            // The first line of the cell that ends the table (an empty cell ends
            // no table: the lines from it on are blank up to the next text).
            region.end = cells[c].line;
        }
        for (Diagnostic& d : notes)
            if (d.where.line < (region.end < lines.size() ? lines[region.end].number : lines.back().number + 1))
                region.notes.push_back(std::move(d));
        return region;
    }
    return std::nullopt;
}

}  // namespace jindu::table
