// Markdown pipe tables, as written by hand and as web pages extract them.
//
// A table row is a line with two or more unescaped pipes, or with one when a
// |---| separator row follows it or a table is open. Outer pipes are optional;
// the separator row is syntax and is skipped; `||` gives an empty cell (a merged
// cell, continued by the report stage like a blank tab cell); `\|` is a literal
// pipe and `<br>` a line break in the cell.
//
// Continuation: web pages put line breaks of a cell on lines of their own. In an
// open table, a line without pipes is appended to the last cell of the row
// above with '\n', and so is the first cell of a pipe line that follows a row
// which began with a pipe but did not end with one (the row was cut inside a
// cell). A blank line, a heading, a note (注：, 备注, 说明, 资料来源) or page
// chrome (附件：…, 联系电话：…, 上一篇：…) closes the table.
//
// Two-row headers, as web pages extract them: in a table's first row `||`
// after a header cell is a column its colspan covers (序号 | 进展情况 || 单位 ||);
// when the next row has one cell, with text, for each column the colspans
// cover (1-7月 | 最新 | 主办 | 协办), it is the second header row: its cells go
// under those columns left to right, the covered cells of the first row
// become spanned copies of the cell that spans them, and the second row's
// other columns spanned copies of the first row's cells.
//
// Outside tables, headings (# stripped), paragraphs and list lines are free_text
// rows; page numbers are dropped with a note, as in plain text.
#include "table/readers.hpp"

#include "common/utf8.hpp"
#include "table/chrome.hpp"
#include "table/sniff.hpp"
#include "table/text_lines.hpp"
#include "table/text_shapes.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace jindu::table {

namespace {

// Replaces <br>, <br/> and <br /> (any case) with '\n'.
std::string replace_breaks(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '<' && i + 3 < text.size() && (text[i + 1] == 'b' || text[i + 1] == 'B') &&
            (text[i + 2] == 'r' || text[i + 2] == 'R')) {
            std::size_t j = i + 3;
            while (j < text.size() && (text[j] == ' ' || text[j] == '/')) ++j;
            if (j < text.size() && text[j] == '>') {
                out += '\n';
                i = j + 1;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

// Text without Markdown's strong emphasis (**一** or __看病就医__, which
// category rows are often set in): the marks come in pairs, and a lone one is
// kept as written. A cell wholly in *emphasis* loses its stars too; a single
// star elsewhere is a footnote mark (3*) and stays.
std::string without_emphasis(std::string text) {
    for (std::string_view mark : {"**", "__"}) {
        std::size_t count = 0;
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + 2)) ++count;
        if (count == 0 || count % 2 != 0) continue;
        std::string out;
        for (std::size_t from = 0;;) {
            const std::size_t at = text.find(mark, from);
            out.append(text, from, at == std::string::npos ? std::string::npos : at - from);
            if (at == std::string::npos) break;
            from = at + 2;
        }
        text = std::move(out);
    }
    const std::string_view trimmed = utf8::trim(text);
    if (trimmed.size() > 2 && trimmed.front() == '*' && trimmed.back() == '*' &&
        trimmed.find('*', 1) == trimmed.size() - 1)
        return std::string(trimmed.substr(1, trimmed.size() - 2));
    return text;
}

// Cell text: `\|` and `\\` unescaped, <br> to '\n', emphasis dropped, each line trimmed.
std::string cell_text(std::string_view raw) {
    std::string unescaped;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size() && (raw[i + 1] == '|' || raw[i + 1] == '\\')) ++i;
        unescaped += raw[i];
    }
    const std::string broken = replace_breaks(without_emphasis(std::move(unescaped)));
    std::string out;
    std::size_t start = 0;
    while (start <= broken.size()) {
        std::size_t end = broken.find('\n', start);
        if (end == std::string::npos) end = broken.size();
        if (!out.empty()) out += '\n';
        out += utf8::trim(std::string_view(broken).substr(start, end - start));
        start = end + 1;
    }
    return std::string(utf8::trim(out));
}

// Splits a pipe row into raw cells, dropping the outer pipes.
struct PipeCells {
    std::vector<std::string> cells;
    std::vector<bool> bare;  // nothing between its pipes (||): a cell a colspan covers
    bool leading = false;   // began with a pipe
    bool trailing = false;  // ended with a pipe
};

PipeCells split_pipes(std::string_view trimmed) {
    PipeCells out;
    out.leading = trimmed.starts_with('|');
    out.trailing = trimmed.size() > 1 && trimmed.ends_with('|') && !trimmed.ends_with("\\|");
    std::string_view body = trimmed;
    if (out.leading) body.remove_prefix(1);
    if (out.trailing) body.remove_suffix(1);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= body.size(); ++i) {
        if (i + 1 < body.size() && body[i] == '\\') {  // a backslash at the end is literal
            ++i;
            continue;
        }
        if (i == body.size() || body[i] == '|') {
            out.cells.push_back(cell_text(body.substr(start, i - start)));
            out.bare.push_back(i == start);
            start = i + 1;
        }
    }
    return out;
}

// The columns a header row's colspans cover: for each cell, the index of the
// cell whose span covers it (itself when none). A bare cell (||) after a cell
// with text is covered by it.
std::vector<std::size_t> span_heads(const PipeCells& row) {
    std::vector<std::size_t> heads(row.cells.size());
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        heads[c] = c;
        if (c > 0 && row.bare[c] && !row.cells[heads[c - 1]].empty()) heads[c] = heads[c - 1];
    }
    return heads;
}

// When `lower` is a second header row under `upper` — as many cells, all with
// text, as the columns of upper's colspans — returns the two rows as a grid:
// upper's covered cells as spanned copies of the cell that spans them, lower's
// cells under those columns left to right, and its other columns spanned
// copies of upper's cells (a rowspan). nullopt otherwise.
std::optional<std::pair<Row, Row>> two_row_header(const PipeCells& upper, const PipeCells& lower) {
    const std::vector<std::size_t> heads = span_heads(upper);
    std::vector<bool> spanned_column(heads.size(), false);
    for (std::size_t c = 0; c < heads.size(); ++c)
        if (heads[c] != c) spanned_column[c] = spanned_column[heads[c]] = true;
    const auto width = static_cast<std::size_t>(std::count(spanned_column.begin(), spanned_column.end(), true));
    if (width == 0 || lower.cells.size() != width) return std::nullopt;
    for (const std::string& c : lower.cells)
        if (c.empty() || is_seq_number(c)) return std::nullopt;
    std::pair<Row, Row> rows;
    std::size_t next = 0;
    for (std::size_t c = 0; c < heads.size(); ++c) {
        rows.first.cells.push_back(Cell{upper.cells[heads[c]], heads[c] != c});
        if (spanned_column[c]) rows.second.cells.push_back(Cell{lower.cells[next++], false});
        else rows.second.cells.push_back(Cell{upper.cells[c], true});
    }
    return rows;
}

// Text of a heading without its #s, or of a quote or list line without its marker.
std::string_view strip_block_marker(std::string_view trimmed) {
    std::size_t i = 0;
    while (i < trimmed.size() && trimmed[i] == '#') ++i;
    if (i > 0 && i <= 6 && (i == trimmed.size() || trimmed[i] == ' ')) {
        std::string_view text = trimmed.substr(i);
        while (text.ends_with('#')) text.remove_suffix(1);
        return utf8::trim(text);
    }
    if (trimmed.starts_with('>')) return utf8::trim(trimmed.substr(1));
    return trimmed;
}

// Drops emphasis markers that wrap the whole text (**标题**, __标题__).
std::string_view strip_emphasis(std::string_view text) {
    for (std::string_view mark : {"**", "__"}) {
        if (text.size() > 4 && text.starts_with(mark) && text.ends_with(mark))
            return utf8::trim(text.substr(2, text.size() - 4));
    }
    return text;
}

// True for lines that end a table: headings and notes under it.
bool closes_table(std::string_view trimmed) {
    static constexpr std::array<std::string_view, 12> openers{"#", "注：", "注:", "备注：", "说明：", "资料来源", "数据来源",
                                                              "註：", "註:", "備註：", "說明：", "資料來源"};
    for (std::string_view o : openers)
        if (trimmed.starts_with(o)) return true;
    return false;
}

}  // namespace

Table read_markdown(std::string_view utf8_text, const Options& options) {
    Table table;
    table.format = InputFormat::markdown;
    table.blanks_may_be_merges = true;
    table.encoding = "UTF-8";
    RowSink sink(table, options);
    const std::vector<Line> lines = split_lines(utf8_text, options);

    bool in_table = false;
    bool open_row = false;     // the last row was cut inside a cell
    bool outer_pipes = true;   // the table's first row began with a pipe
    PipeCells head_cells;      // the table's first row, as split
    std::size_t head_row = static_cast<std::size_t>(-1);  // its index in table.rows
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const Line& line = lines[k];
        const std::string_view trimmed = utf8::trim(line.text);
        if (trimmed.empty()) {
            in_table = false;
            open_row = false;
            continue;
        }
        if (is_markdown_separator(trimmed)) {
            in_table = true;
            continue;
        }
        const std::size_t pipes = count_pipes(trimmed);
        const bool separator_next = k + 1 < lines.size() && is_markdown_separator(utf8::trim(lines[k + 1].text));
        const bool row_line = pipes >= 2 || (pipes == 1 && (in_table || separator_next));

        // Chrome (a site's navigation bar, its footer) is never a row, nor part of a cell.
        const bool chrome = (!in_table || !row_line) && is_page_chrome(trimmed);
        if (row_line && !closes_table(trimmed) && !chrome) {
            PipeCells cells = split_pipes(trimmed);
            const bool first_row = !in_table || table.rows.empty() || table.rows.back().free_text;
            if (first_row) {
                outer_pipes = cells.leading;
            } else if (!outer_pipes && cells.leading) {
                // Without outer pipes, a leading pipe closes an empty first cell (||甲|乙).
                cells.cells.insert(cells.cells.begin(), std::string());
                cells.leading = false;
            }
            if (in_table && open_row && !table.rows.empty() && !cells.leading) {
                // The rest of a row cut inside its last cell.
                Row& last = table.rows.back();
                std::string& cell = last.cells.back().text;
                if (!cell.empty() && !cells.cells.front().empty()) cell += '\n';
                cell += cells.cells.front();
                sink.add_cells(cells.cells.size() - 1, line.number);
                for (std::size_t c = 1; c < cells.cells.size(); ++c) last.cells.push_back(Cell{cells.cells[c], false});
                open_row = !cells.trailing;
                continue;
            }
            if (!first_row && head_row + 1 == table.rows.size()) {
                if (auto header = two_row_header(head_cells, cells)) {
                    header->second.line = line.number;
                    sink.add_cells(header->first.cells.size() - table.rows.back().cells.size(), line.number);
                    header->first.line = table.rows.back().line;
                    table.rows.back() = std::move(header->first);
                    sink.add(std::move(header->second));
                    open_row = false;
                    continue;
                }
            }
            if (first_row) {
                head_cells = cells;
                head_row = table.rows.size();
            }
            Row row;
            row.line = line.number;
            for (std::string& c : cells.cells) row.cells.push_back(Cell{std::move(c), false});
            sink.add(std::move(row));
            in_table = true;
            open_row = outer_pipes && cells.leading && !cells.trailing;
            continue;
        }
        if (is_page_number(trimmed)) {
            sink.skip_page_number(line);
            continue;
        }
        if (in_table && !table.rows.empty() && !table.rows.back().free_text && !closes_table(trimmed) && !chrome) {
            std::string& cell = table.rows.back().cells.back().text;
            if (!cell.empty()) cell += '\n';
            cell += cell_text(trimmed);
            continue;
        }
        in_table = false;
        open_row = false;
        sink.add(chrome_checked_row(strip_emphasis(strip_block_marker(trimmed)), line.number));
    }
    return table;
}

}  // namespace jindu::table
