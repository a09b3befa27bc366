// Plain-text tables: tab-separated, or columns aligned with spaces.
//
// Tab mode (two or more lines hold a tab): a line with tabs is a row, split on
// every tab (so leading tabs give the blank cells that continue the row above);
// a line without tabs is a free_text row (title, category line, note).
//
// Aligned mode: the header is the first line cut into three or more segments
// by gaps of display width ≥ 2 (two spaces or one U+3000; CJK characters count
// two columns). A column starts one display column after the end of the header
// text to its left, so data left of a header centred over its column still
// lands in that column; a blank header cell (the seed's category column) is
// found from the rows under the header (see column_bounds). Each later line is
// cut into segments the same way, and each segment goes to the column its
// first character falls in (segments in one column are joined by a space),
// unless it starts at the very end of that column's header text and overlaps
// the next header only: a cell printed a column or two left of its header
// (widths counted differently by whoever aligned it) is the next column's. A
// line repeating the header's cells at other positions re-aligns the columns
// (pages may be laid out differently). A line with a single segment is free
// text, except one that starts right of the first column under a row of the
// table and is not numbered: that is a wrapped cell, appended to the cell
// above (CJK to CJK with nothing, Latin to Latin with a space). So is a line
// of several segments right under a data row, with no figure, none in the
// first column and each under a cell of that row that has text. A header
// that spaces a word out (备  注) has it joined into one column.
//
// In both modes blank lines are skipped, page numbers are dropped with a note,
// cells are trimmed of surrounding white space, and Row::line is the 1-based line.
#include "table/readers.hpp"

#include "common/utf8.hpp"
#include "table/chrome.hpp"
#include "table/numbering.hpp"
#include "table/text_shapes.hpp"
#include "table/text_lines.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace jindu::table {

namespace {

// The end of the quoted field that starts at line[start] (a '"'): the offset
// past its closing quote, which a tab or the end of the line follows; npos
// when the field is no quoted one.
std::size_t quoted_end(std::string_view line, std::size_t start) {
    for (std::size_t i = start + 1; i < line.size(); ++i) {
        if (line[i] != '"') continue;
        if (i + 1 < line.size() && line[i + 1] == '"') {
            ++i;  // a doubled quote
            continue;
        }
        return i + 1 == line.size() || line[i + 1] == '\t' ? i + 1 : std::string_view::npos;
    }
    return std::string_view::npos;
}

// A quoted field's text: quotes dropped, doubled quotes single, line breaks '\n'.
std::string unquoted(std::string_view field) {
    std::string out;
    for (std::size_t i = 1; i + 1 < field.size(); ++i) {
        if (field[i] == '"') ++i;  // the first of a doubled quote
        if (field[i] == '\r') {
            if (i + 1 < field.size() - 1 && field[i + 1] == '\n') ++i;
            out += '\n';
            continue;
        }
        out += field[i];
    }
    return out;
}

// Splits a tab-separated line into trimmed cells; with `quotes`, a field in
// double quotes may hold tabs, line breaks and doubled quotes.
Row tab_row(std::string_view line, std::size_t number, bool quotes = false) {
    Row row;
    row.line = number;
    quotes = quotes && line.find('"') != std::string_view::npos;
    // Exactly the cells the row holds: rows are kept whole until the report is built.
    row.cells.reserve(static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
    std::size_t start = 0;
    while (true) {
        if (quotes) {
            std::size_t at = start;
            while (at < line.size() && (line[at] == ' ')) ++at;
            if (at < line.size() && line[at] == '"') {
                if (const std::size_t end = quoted_end(line, at); end != std::string_view::npos) {
                    row.cells.push_back(Cell{std::string(utf8::trim(unquoted(line.substr(at, end - at)))), false});
                    if (end == line.size()) break;
                    start = end + 1;
                    continue;
                }
            }
        }
        const std::size_t tab = line.find('\t', start);
        const std::string_view cell = line.substr(start, tab == std::string_view::npos ? line.npos : tab - start);
        row.cells.push_back(Cell{std::string(utf8::trim(cell)), false});
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return row;
}

// Lines looked at to end a quoted field that spans lines.
constexpr std::size_t max_quoted_lines = 200;

// True when a line of tab-separated text leaves a quoted field open: a field
// that starts with '"' and has no closing quote before a tab or its end.
bool opens_quote(std::string_view line) {
    std::size_t start = 0;
    while (start <= line.size()) {
        std::size_t at = start;
        while (at < line.size() && line[at] == ' ') ++at;
        if (at < line.size() && line[at] == '"') {
            const std::size_t end = quoted_end(line, at);
            if (end == std::string_view::npos) {
                // Open when no quote closes it on this line at all.
                for (std::size_t i = at + 1; i < line.size(); ++i) {
                    if (line[i] != '"') continue;
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        ++i;
                        continue;
                    }
                    return false;
                }
                return true;
            }
            start = end + 1;
            continue;
        }
        const std::size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) return false;
        start = tab + 1;
    }
    return false;
}

// True when a field of the line starts with a double quote.
bool has_quoted_field(std::string_view line) {
    for (std::size_t start = 0;;) {
        std::size_t at = start;
        while (at < line.size() && line[at] == ' ') ++at;
        if (at < line.size() && line[at] == '"') return true;
        const std::size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) return false;
        start = tab + 1;
    }
}

// Joins the lines of records whose quoted fields span lines into one line
// each (the views are contiguous in the text), when the quote closes within
// max_quoted_lines lines; otherwise the quote is text. True when some field
// of the text starts with a quote.
bool join_quoted_records(std::vector<Line>& lines) {
    bool quoted = false;
    std::size_t kept = 0;  // lines are moved down over the ones joined
    for (std::size_t k = 0; k < lines.size(); ++k) {
        Line line = lines[k];
        if (line.text.find('"') != std::string_view::npos && line.text.find('\t') != std::string_view::npos &&
            has_quoted_field(line.text)) {
            quoted = true;
            if (opens_quote(line.text)) {
                for (std::size_t j = k + 1; j < lines.size() && j <= k + max_quoted_lines; ++j) {
                    const std::string_view record(line.text.data(),
                                                  static_cast<std::size_t>(lines[j].text.data() - line.text.data()) +
                                                      lines[j].text.size());
                    if (!opens_quote(record)) {
                        line.text = record;
                        k = j;
                        break;
                    }
                }
            }
        }
        lines[kept++] = line;
    }
    lines.resize(kept);
    return quoted;
}

// Display width of a cell, or at least `enough` once it is reached.
std::size_t width_of(std::string_view text, std::size_t enough = std::string_view::npos) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size() && width < enough;) {
        const char32_t cp = utf8::next(text, i);
        width += cp == utf8::invalid ? 1 : display_width(cp);
    }
    return width;
}

// True for a code point after which, at a line break, a word goes on with a
// space: ASCII letters, digits and punctuation.
bool latin(char32_t cp) { return cp > U' ' && cp < 0x7F; }

// Appends a wrapped piece to a cell: CJK to CJK with nothing, Latin to Latin
// with a space.
void append_wrapped(std::string& cell, std::string_view piece) {
    if (!cell.empty() && !piece.empty()) {
        std::size_t i = 0;
        const char32_t first = utf8::next(piece, i);
        const char32_t last = static_cast<unsigned char>(cell.back()) < 0x80 ? static_cast<unsigned char>(cell.back())
                                                                             : U'\uFFFF';
        if (latin(last) && latin(first) && std::isalnum(static_cast<unsigned char>(piece[0]))) cell += ' ';
    }
    cell.append(piece);
}

// The column a display position falls in.
std::size_t column_of(const std::vector<std::size_t>& bounds, std::size_t position) {
    const auto it = std::upper_bound(bounds.begin(), bounds.end(), position);
    return static_cast<std::size_t>(it - bounds.begin()) - 1;
}

// True when a line's segments repeat the header's texts.
bool same_texts(const std::vector<Segment>& a, const std::vector<Segment>& b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](const Segment& x, const Segment& y) { return x.text == y.text; });
}

// Lines looked at under a header to find columns whose header cell is blank.
constexpr std::size_t lookahead_lines = 200;

// Column bounds from a header and the lines under it: column k starts one
// display column after the end of header cell k-1. A column whose header cell
// is blank (the seed's category column) shows in the rows under it as two
// segments falling in one column, the first starting in the header's gap;
// when more rows show that than show a lone segment starting in that gap (a
// header centred over its column), the gap gets a column of its own.
std::vector<std::size_t> column_bounds(const std::vector<Segment>& header,
                                       const std::vector<std::vector<Segment>>& body) {
    std::vector<std::size_t> bounds{0};
    for (std::size_t k = 1; k < header.size(); ++k) {
        const std::size_t gap_begin = header[k - 1].end + 1;
        const std::size_t gap_end = header[k].start;  // exclusive
        const std::size_t next = k + 1 < header.size() ? header[k].end + 1 : std::string_view::npos;
        std::size_t paired = 0;
        std::size_t alone = 0;
        std::size_t split = gap_end;
        for (const auto& row : body) {
            for (std::size_t s = 0; s < row.size(); ++s) {
                if (row[s].start < gap_begin || row[s].start >= gap_end) continue;
                if (s + 1 < row.size() && row[s + 1].start < next) {
                    ++paired;
                    split = std::min(split, row[s + 1].start);
                } else {
                    ++alone;
                }
            }
        }
        bounds.push_back(gap_begin);
        if (paired > alone) bounds.push_back(split);
    }
    return bounds;
}

// The words of a segment split at its single spaces, each with its display columns.
std::vector<Segment> words_of(const Segment& segment) {
    std::vector<Segment> words;
    std::size_t column = segment.start, begin = 0, word_start = segment.start;
    const std::string_view text = segment.text;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        const char32_t cp = utf8::next(text, i);
        if (cp == U' ') {
            words.push_back({text.substr(begin, at - begin), word_start, column});
            begin = i;
            word_start = column + 1;
        }
        column += cp == utf8::invalid ? 1 : display_width(cp);
    }
    words.push_back({text.substr(begin), word_start, column});
    return words;
}

// A narrow column's header may stand one space from the next (序号 项目及指标):
// where a word of a header segment starts cells in most rows under it and few
// rows have a cell across that start, the segment is cut before that word.
struct HeaderCut {
    std::string_view segment;           // the header segment's text
    std::vector<std::size_t> word_cuts;  // indices of the words that start a cell
};

std::vector<HeaderCut> header_cuts(const std::vector<Segment>& header, const std::vector<std::vector<Segment>>& body) {
    std::vector<HeaderCut> cuts;
    for (const Segment& h : header) {
        if (h.text.find(' ') == std::string_view::npos) continue;
        const std::vector<Segment> words = words_of(h);
        HeaderCut cut{h.text, {}};
        for (std::size_t w = 1; w < words.size(); ++w) {
            const std::size_t at = words[w].start;
            std::size_t starts = 0, crosses = 0;
            for (const auto& row : body)
                for (const Segment& s : row) {
                    if (s.start == at) ++starts;
                    else if (s.start < at && s.end > at) ++crosses;
                }
            if (starts >= 2 && crosses * 5 <= starts) cut.word_cuts.push_back(w);
        }
        if (!cut.word_cuts.empty()) cuts.push_back(std::move(cut));
    }
    return cuts;
}

// The segments with each that repeats a cut header segment cut as it was.
std::vector<Segment> cut_at(const std::vector<Segment>& segments, const std::vector<HeaderCut>& cuts) {
    if (cuts.empty()) return segments;
    std::vector<Segment> out;
    for (const Segment& s : segments) {
        const auto cut = std::find_if(cuts.begin(), cuts.end(), [&](const HeaderCut& c) { return c.segment == s.text; });
        if (cut == cuts.end()) {
            out.push_back(s);
            continue;
        }
        const std::vector<Segment> words = words_of(s);
        Segment open = words.front();
        for (std::size_t w = 1; w < words.size(); ++w) {
            if (std::find(cut->word_cuts.begin(), cut->word_cuts.end(), w) != cut->word_cuts.end()) {
                out.push_back(open);
                open = words[w];
                continue;
            }
            open.text = std::string_view(open.text.data(),
                                         static_cast<std::size_t>(words[w].text.data() - open.text.data()) +
                                             words[w].text.size());
            open.end = words[w].end;
        }
        out.push_back(open);
    }
    return out;
}

// A header's segments with spaced-out words joined: single characters in a
// row (备  注, 单  位) whose text together names a column are one segment.
std::vector<Segment> joined_header_words(const std::vector<Segment>& segments) {
    const auto single = [](const Segment& s) { return utf8::code_points(s.text, s.text.size()) == 1; };
    std::vector<Segment> out;
    for (std::size_t k = 0; k < segments.size();) {
        std::size_t end = k;
        while (end < segments.size() && single(segments[end])) ++end;
        if (end - k >= 2) {
            // The run as one word, when it names a column.
            std::string word;
            for (std::size_t j = k; j < end; ++j) word += segments[j].text;
            if (is_header_word(word)) {
                const std::string_view all(segments[k].text.data(),
                                           static_cast<std::size_t>(segments[end - 1].text.data() - segments[k].text.data()) +
                                               segments[end - 1].text.size());
                out.push_back({all, segments[k].start, segments[end - 1].end});
                k = end;
                continue;
            }
        }
        out.push_back(segments[k++]);
    }
    return out;
}

// True when two lines' segments start at the same columns.
bool same_starts(const std::vector<Segment>& a, const std::vector<Segment>& b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](const Segment& x, const Segment& y) { return x.start == y.start; });
}

class AlignedReader {
public:
    AlignedReader(Table& table, RowSink& sink, const std::vector<Line>& lines)
        : table_(table), sink_(sink), lines_(lines) {}

    // Reads lines_[index], a line neither blank nor a page number.
    void line(std::size_t index) {
        const std::string_view text = lines_[index].text;
        const std::size_t number = lines_[index].number;
        std::vector<Segment> segments = aligned_segments(text);
        if (!header_.empty()) {
            std::vector<Segment> cut = cut_at(segments, cuts_);
            if (same_texts(cut, header_)) segments = std::move(cut);
        }
        // A header may space its words out (备  注): joined before it is compared.
        if (segments.size() >= 3) {
            std::vector<Segment> joined = joined_header_words(segments);
            if (joined.size() != segments.size() && (header_.empty() || same_texts(joined, header_)))
                segments = std::move(joined);
        }
        if (header_.empty()) {
            if (segments.size() >= 3 && !is_page_chrome(text)) {
                set_header(segments, index);
                emit(segments, number);
            } else {
                sink_.add(chrome_checked_row(utf8::trim(text), number));
                in_table_ = false;
            }
            return;
        }
        if (same_texts(segments, header_)) {
            if (!same_starts(segments, header_)) set_header(segments, index);
            emit(segments, number);
            return;
        }
        if (segments.size() == 1) {
            const Segment& only = segments.front();
            const bool numbered = leading_numbering(only.text).has_value();
            if (in_table_ && last_ != none && !numbered && column_for(only) > 0) {
                append_wrapped(table_.rows[last_].cells[column_for(only)].text, only.text);
                return;
            }
            sink_.add(chrome_checked_row(only.text, number));
            in_table_ = false;
            return;
        }
        if (wraps_row_above(segments, number)) {
            for (const Segment& s : segments)
                append_wrapped(table_.rows[last_].cells[column_for(s)].text, s.text);
            return;
        }
        // A line of chrome cut at its gaps (制表：…　联系电话：…) under the table is no row.
        if (is_cut_chrome(segments.front().text, utf8::trim(text))) {
            sink_.add(chrome_checked_row(utf8::trim(text), number));
            in_table_ = false;
            return;
        }
        emit(segments, number);
    }

    // Ends the table being read: lines after it start afresh.
    void interrupt() {
        header_.clear();
        last_ = none;
        in_table_ = false;
    }

private:
    // Takes the header at lines_[index] and finds the columns under it.
    void set_header(std::vector<Segment>& segments, std::size_t index) {
        header_ = segments;
        cuts_.clear();
        std::vector<std::vector<Segment>> body;
        for (std::size_t k = index + 1; k < lines_.size() && k <= index + lookahead_lines; ++k) {
            std::vector<Segment> row = aligned_segments(lines_[k].text);
            if (std::vector<Segment> joined = joined_header_words(row); same_texts(joined, header_)) row = std::move(joined);
            if (same_texts(row, header_)) {
                if (!same_starts(row, header_)) break;  // a page laid out differently
                continue;
            }
            if (row.size() >= 2) body.push_back(std::move(row));
        }
        cuts_ = header_cuts(header_, body);
        if (!cuts_.empty()) {
            segments = cut_at(segments, cuts_);
            header_ = segments;
        }
        bounds_ = column_bounds(segments, body);
    }

    // True for a line that only carries on cells of the data row on the line
    // just above (a name and a list of units cut at their columns' edges): no
    // 序号 column, no figure, and text above in each of its columns.
    bool wraps_row_above(const std::vector<Segment>& segments, std::size_t number) const {
        if (!in_table_ || last_ == none || table_.rows[last_].line + 1 != number) return false;
        const Row& above = table_.rows[last_];
        for (const Segment& s : segments) {
            const std::size_t c = column_for(s);
            if (c == 0 || c >= above.cells.size() || above.cells[c].text.empty()) return false;
            if (std::any_of(s.text.begin(), s.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                return false;
        }
        return true;
    }

    // The header segment over column c; none for a column found in a gap.
    std::size_t header_over(std::size_t c) const {
        for (std::size_t h = 0; h < header_.size(); ++h)
            if (column_of(bounds_, header_[h].start) == c) return h;
        return none;
    }

    // The column of segment s: the one its start falls in, or the next when s
    // starts past the end of that column's header and overlaps the next header.
    std::size_t column_for(const Segment& s) const {
        const std::size_t c = column_of(bounds_, s.start);
        const std::size_t h = header_over(c);
        if (h == none || h + 1 >= header_.size() || s.start < header_[h].end - 1) return c;
        const Segment& next = header_[h + 1];
        const bool overlaps_next = s.start < next.end && s.end > next.start;
        const std::size_t next_column = column_of(bounds_, next.start);
        return overlaps_next && next_column == c + 1 ? next_column : c;
    }

    // Adds a table row with each segment in its column.
    void emit(const std::vector<Segment>& segments, std::size_t number) {
        Row row;
        row.line = number;
        row.cells.resize(bounds_.size());
        std::vector<std::size_t> columns;
        columns.reserve(segments.size());
        bool shared = false;  // two segments fall in one column
        for (const Segment& s : segments) {
            columns.push_back(column_for(s));
            shared = shared || (columns.size() >= 2 && columns[columns.size() - 2] == columns.back());
        }
        // Cells not aligned under their headers (a long cell pushes the rest
        // right, as columns cut by single full-width spaces are): when the
        // positions put two in one column but the row has a cell for every
        // header, they go in order.
        if (shared && segments.size() == header_.size() && bounds_.size() == header_.size())
            for (std::size_t k = 0; k < columns.size(); ++k) columns[k] = k;
        for (std::size_t k = 0; k < segments.size(); ++k) {
            std::string& cell = row.cells[columns[k]].text;
            if (!cell.empty()) cell += ' ';
            cell += segments[k].text;
        }
        const bool is_header = same_texts(segments, header_);
        sink_.add(std::move(row));
        // Wrapped cells continue data rows only, never the header.
        last_ = is_header ? none : table_.rows.size() - 1;
        in_table_ = true;
    }

    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    Table& table_;
    RowSink& sink_;
    const std::vector<Line>& lines_;
    std::vector<Segment> header_;
    std::vector<HeaderCut> cuts_;  // header segments cut at a narrow column (header_cuts)
    std::vector<std::size_t> bounds_;
    std::size_t last_ = none;  // index of the last data row, for wrapped cells
    bool in_table_ = false;
};

}  // namespace

TextRows::TextRows(std::string_view utf8_text, const Options& options)
    : lines_(split_lines(utf8_text, options)), options_(options) {
    if (utf8_text.find('"') != std::string_view::npos) quoted_ = join_quoted_records(lines_);
}

bool TextRows::tab_mode() const {
    const auto tab_lines = std::count_if(lines_.begin(), lines_.end(), [](const Line& l) {
        return l.text.find('\t') != std::string_view::npos && !utf8::trim(l.text).empty();
    });
    return tab_lines >= 2;
}

// Each line as tab mode reads it: skipped when blank, dropped with a note when
// a page number, else one row (split on tabs, or one free_text cell).
template <class OnRow>
void TextRows::each_line(std::size_t from, std::vector<Diagnostic>* notes, OnRow&& on_row) const {
    for (std::size_t index = from; index < lines_.size(); ++index) {
        const Line& line = lines_[index];
        const std::string_view trimmed = utf8::trim(line.text);
        if (trimmed.empty()) continue;
        const bool has_tab = line.text.find('\t') != std::string_view::npos;
        // A page number may carry stray tabs around it, never between cells.
        if (trimmed.find('\t') == std::string_view::npos && is_page_number(trimmed)) {
            if (notes) notes->push_back(page_number_note(line, options_));
            continue;
        }
        if (!on_row(index, line, trimmed, has_tab)) return;
    }
}

std::vector<Diagnostic> TextRows::check() const {
    std::vector<Diagnostic> notes;
    Budget budget(options_);
    each_line(0, &notes, [&](std::size_t, const Line& line, std::string_view, bool has_tab) {
        budget.spend_row(line.number);
        budget.spend_cells(
            has_tab ? static_cast<std::size_t>(std::count(line.text.begin(), line.text.end(), '\t')) + 1 : 1, 0,
            line.number);
        return true;
    });
    return notes;
}

bool TextRows::next(std::vector<Row>& rows, std::size_t count) {
    rows.clear();
    each_line(next_, nullptr, [&](std::size_t index, const Line& line, std::string_view trimmed, bool has_tab) {
        if (rows.size() == count) return false;
        next_ = index + 1;
        if (!joined_.empty() && joined_.front() == index) {
            joined_.erase(joined_.begin());
            return true;
        }
        if (!has_tab) {
            rows.push_back(chrome_checked_row(trimmed, line.number));
            return true;
        }
        rows.push_back(tab_row(line.text, line.number, quoted_));
        // Cheap first: a wrapped line has no 序号, so it starts with a tab.
        if (index + 1 < lines_.size()) join_wrapped(rows.back(), index);
        return true;
    });
    if (rows.size() < count) next_ = lines_.size();
    return !rows.empty();
}

// Lines whose cells give the widest cell of each column: enough for a report,
// and a bound on the work for a large one.
constexpr std::size_t width_sample_lines = 4000;

// A cell is full, its text wrapped at the column's edge, when it is at least
// this share (in hundredths) of the widest cell of its column.
constexpr std::size_t full_share = 75;

// Columns narrower than this (display columns) hold no wrapped text.
constexpr std::size_t min_wrapped_width = 8;

// True when text ends a sentence (。！？；): a cell that is complete, not cut at its edge.
bool ends_sentence(std::string_view text) {
    for (std::string_view mark : {"。", "！", "？", "；", "!", "?", ";"})
        if (text.ends_with(mark)) return true;
    return false;
}

const std::vector<std::size_t>& TextRows::column_widths() {
    if (widths_known_) return widths_;
    widths_known_ = true;
    std::size_t seen = 0;
    for (const Line& line : lines_) {
        if (line.text.find('\t') == std::string_view::npos) continue;
        if (++seen > width_sample_lines) break;
        std::size_t column = 0;
        for (std::size_t start = 0;; ++column) {
            const std::size_t tab = line.text.find('\t', start);
            const std::string_view cell = utf8::trim(line.text.substr(start, tab == std::string_view::npos ? line.text.npos : tab - start));
            if (column >= widths_.size()) widths_.resize(column + 1, 0);
            if (cell.size() > widths_[column]) widths_[column] = std::max(widths_[column], width_of(cell));
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
    }
    return widths_;
}

bool TextRows::repeats_header(std::size_t index) {
    if (!header_known_) {
        header_known_ = true;
        // The header: among the first lines, the first row of two cells or more that name columns.
        for (std::size_t k = 0; k < lines_.size() && k < lookahead_lines; ++k) {
            if (lines_[k].text.find('\t') == std::string_view::npos) continue;
            const Row row = tab_row(lines_[k].text, 0, quoted_);
            if (std::count_if(row.cells.begin(), row.cells.end(), [](const Cell& c) { return is_header_word(c.text); }) >= 2) {
                for (const Cell& c : row.cells) header_.push_back(c.text);
                break;
            }
        }
    }
    if (header_.empty()) return false;
    const std::string_view text = lines_[index].text;
    std::size_t column = 0;
    for (std::size_t start = 0;; ++column) {
        const std::size_t tab = text.find('\t', start);
        const std::string_view cell = utf8::trim(text.substr(start, tab == std::string_view::npos ? text.npos : tab - start));
        if (column < header_.size() ? cell != header_[column] : !cell.empty()) return false;
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return column + 1 >= header_.size();
}

bool TextRows::continues(const Row& row, const std::vector<std::string_view>& pieces, std::size_t index) {
    const std::string_view text = lines_[index].text;
    if (text.empty() || text.front() != '\t' || text.find('"') != std::string_view::npos) return false;
    bool any = false;
    std::size_t column = 0;
    for (std::size_t start = 0;; ++column) {
        const std::size_t tab = text.find('\t', start);
        const std::string_view cell = utf8::trim(text.substr(start, tab == std::string_view::npos ? text.npos : tab - start));
        if (!cell.empty()) {
            // Under a full piece of the row above, and only there; the cheap tests first.
            if (column == 0 || column >= pieces.size() || column >= row.cells.size() || pieces[column].empty() ||
                pieces[column].size() < min_wrapped_width || ends_sentence(pieces[column]))
                return false;
            const std::vector<std::size_t>& widths = column_widths();
            const std::size_t needed = (widths[column] * full_share + 99) / 100;
            if (widths[column] < min_wrapped_width || pieces[column].size() < needed ||
                width_of(pieces[column], needed) < needed)
                return false;
            any = true;
        }
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return any;
}

// Text copied out of a PDF wraps long cells onto the lines below, which hold
// only the continuation, in the same columns, other cells empty. Such a line
// is joined into the row above when the evidence says it is a wrap: its 序号
// cell (the first) is empty, and each of its cells stands under a piece of
// the row that is full — at least 75% as wide as the widest cell of its
// column (over the first lines; 8 columns wide at least), not ending a
// sentence — so a new phrase under a short cell (a sub-row of its own) is
// left alone. Blank lines, page numbers and a
// repeated header row may stand between (a page break); they stay where they
// are.
void TextRows::join_wrapped(Row& row, std::size_t index) {
    std::vector<std::string_view> pieces;  // the last piece of text in each column
    bool ready = false;
    bool page_break = false;  // a page number since the last line joined
    for (std::size_t k = index + 1; k < lines_.size(); ++k) {
        const std::string_view trimmed = utf8::trim(lines_[k].text);
        if (trimmed.empty()) continue;
        if (lines_[k].text.front() != '\t') {
            if (trimmed.find('\t') == std::string_view::npos && is_page_number(trimmed)) {
                page_break = true;
                continue;
            }
            // A repeated header after a page number: wrapped text may go on under it.
            if (page_break && lines_[k].text.find('\t') != std::string_view::npos && repeats_header(k)) continue;
            return;
        }
        page_break = false;
        if (!ready) {
            ready = true;
            pieces.reserve(row.cells.size());
            for (const Cell& c : row.cells) pieces.push_back(c.text);
        }
        if (!continues(row, pieces, k)) return;
        const Row more = tab_row(lines_[k].text, lines_[k].number);
        for (std::size_t c = 0; c < more.cells.size(); ++c) {
            if (more.cells[c].text.empty()) continue;
            append_wrapped(row.cells[c].text, more.cells[c].text);
        }
        // The pieces of this line, as views into the line (the row's texts grow).
        std::size_t column = 0;
        for (std::size_t start = 0;; ++column) {
            const std::size_t tab = lines_[k].text.find('\t', start);
            const std::string_view cell = utf8::trim(
                lines_[k].text.substr(start, tab == std::string_view::npos ? lines_[k].text.npos : tab - start));
            if (!cell.empty() && column < pieces.size()) pieces[column] = cell;
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        joined_.push_back(k);
    }
}

namespace {

// Lines of a comma-separated export looked at to tell one.
constexpr std::size_t comma_sniffed_lines = 200;

// The unquoted commas of a line that starts no record inside a quoted field.
std::size_t separating_commas(std::string_view line) {
    std::size_t commas = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"') quoted = !quoted;
        else if (line[i] == ',' && !quoted) ++commas;
    }
    return commas;
}

// The text with its separating commas made tabs, byte for byte, so that lines
// and offsets stay those of the original: quoted fields keep their commas.
std::string commas_to_tabs(std::string_view text) {
    std::string out(text);
    bool quoted = false;
    for (char& c : out) {
        if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) c = '\t';
    }
    return out;
}

}  // namespace

bool is_comma_separated(std::string_view text) {
    if (text.find('\t') != std::string_view::npos || text.find(',') == std::string_view::npos) return false;
    std::size_t nonblank = 0, cut = 0;
    for (std::size_t start = 0, k = 0; start < text.size() && k < comma_sniffed_lines; ++k) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (utf8::trim(line).empty()) continue;
        ++nonblank;
        if (separating_commas(line) >= 2) ++cut;
    }
    return cut >= 3 && 2 * cut >= nonblank;
}

Table read_text(std::string_view utf8_text, const Options& options) {
    Table table;
    table.format = InputFormat::text;
    table.blanks_may_be_merges = true;
    table.encoding = "UTF-8";
    std::string tabbed;  // a CSV export read as tab-separated text
    if (is_comma_separated(utf8_text)) {
        tabbed = commas_to_tabs(utf8_text);
        utf8_text = tabbed;
    }
    TextRows text(utf8_text, options);
    if (text.tab_mode()) {
        table.diagnostics = text.check();
        // At most a row per line: room at once, so the rows are never copied to grow.
        table.rows.reserve(text.lines());
        text.next(table.rows, text.lines());
        return table;
    }

    // Labelled blocks or one cell per line where the text holds them; the
    // other lines (and all of them when it holds neither) as aligned columns.
    const std::vector<Line>& lines = text.all_lines();
    std::optional<TextRegion> region = find_labelled_blocks(lines, options);
    if (!region) region = find_flat_cells(lines, options);
    RowSink sink(table, options);
    table.rows.reserve(text.lines());
    AlignedReader aligned(table, sink, lines);
    const auto aligned_lines = [&](std::size_t from, std::size_t to) {
        text.each_line(from, &table.diagnostics, [&](std::size_t index, const Line&, std::string_view, bool) {
            if (index >= to) return false;
            aligned.line(index);
            return true;
        });
    };
    if (!region) {
        aligned_lines(0, lines.size());
        return table;
    }
    aligned_lines(0, region->begin);
    for (Row& row : region->rows) sink.add(std::move(row));
    table.diagnostics.insert(table.diagnostics.end(), region->notes.begin(), region->notes.end());
    aligned.interrupt();
    aligned_lines(region->end, lines.size());
    return table;
}

}  // namespace jindu::table
