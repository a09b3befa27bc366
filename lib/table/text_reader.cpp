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
// first character falls in (segments in one column are joined by a space). A
// line repeating the header's cells at other positions re-aligns the columns
// (pages may be laid out differently). A line with a single segment is free
// text, except one that starts right of the first column under a row of the
// table and is not numbered: that is a wrapped cell, appended to the cell
// above with '\n'.
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
#include <optional>

namespace jindu::table {

namespace {

// Splits a tab-separated line into trimmed cells.
Row tab_row(std::string_view line, std::size_t number) {
    Row row;
    row.line = number;
    // Exactly the cells the row holds: rows are kept whole until the report is built.
    row.cells.reserve(static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        const std::string_view cell = line.substr(start, tab == std::string_view::npos ? line.npos : tab - start);
        row.cells.push_back(Cell{std::string(utf8::trim(cell)), false});
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return row;
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
        const std::vector<Segment> segments = aligned_segments(text);
        if (header_.empty()) {
            if (segments.size() >= 3 && !is_page_chrome(text)) {
                set_header(segments, index);
                emit(segments, number);
            } else {
                sink_.add(free_text_row(utf8::trim(text), number));
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
            if (in_table_ && last_ != none && !numbered && column_of(bounds_, only.start) > 0) {
                std::string& cell = table_.rows[last_].cells[column_of(bounds_, only.start)].text;
                if (!cell.empty()) cell += '\n';
                cell += only.text;
                return;
            }
            sink_.add(free_text_row(only.text, number));
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
    void set_header(const std::vector<Segment>& segments, std::size_t index) {
        header_ = segments;
        std::vector<std::vector<Segment>> body;
        for (std::size_t k = index + 1; k < lines_.size() && k <= index + lookahead_lines; ++k) {
            std::vector<Segment> row = aligned_segments(lines_[k].text);
            if (same_texts(row, header_)) {
                if (!same_starts(row, header_)) break;  // a page laid out differently
                continue;
            }
            if (row.size() >= 2) body.push_back(std::move(row));
        }
        bounds_ = column_bounds(segments, body);
    }

    // Adds a table row with each segment in its column.
    void emit(const std::vector<Segment>& segments, std::size_t number) {
        Row row;
        row.line = number;
        row.cells.resize(bounds_.size());
        for (const Segment& s : segments) {
            std::string& cell = row.cells[column_of(bounds_, s.start)].text;
            if (!cell.empty()) cell += ' ';
            cell += s.text;
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
    std::vector<std::size_t> bounds_;
    std::size_t last_ = none;  // index of the last data row, for wrapped cells
    bool in_table_ = false;
};

}  // namespace

TabText::TabText(std::string_view utf8_text, const Options& options)
    : lines_(split_lines(utf8_text, options)), options_(options) {}

bool TabText::tab_mode() const {
    const auto tab_lines = std::count_if(lines_.begin(), lines_.end(), [](const Line& l) {
        return l.text.find('\t') != std::string_view::npos && !utf8::trim(l.text).empty();
    });
    return tab_lines >= 2;
}

// Each line as tab mode reads it: skipped when blank, dropped with a note when
// a page number, else one row (split on tabs, or one free_text cell).
template <class OnRow>
void TabText::each_line(std::size_t from, std::vector<Diagnostic>* notes, OnRow&& on_row) const {
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

std::vector<Diagnostic> TabText::check() const {
    std::vector<Diagnostic> notes;
    std::size_t rows = 0;
    std::size_t cells = 0;
    each_line(0, &notes, [&](std::size_t, const Line& line, std::string_view, bool has_tab) {
        ++rows;
        cells += has_tab ? static_cast<std::size_t>(std::count(line.text.begin(), line.text.end(), '\t')) + 1 : 1;
        check_row_limits(rows, cells, line.number, options_);
        return true;
    });
    return notes;
}

bool TabText::next(std::vector<Row>& rows, std::size_t count) {
    rows.clear();
    each_line(next_, nullptr, [&](std::size_t index, const Line& line, std::string_view trimmed, bool has_tab) {
        if (rows.size() == count) return false;
        rows.push_back(has_tab ? tab_row(line.text, line.number) : free_text_row(trimmed, line.number));
        next_ = index + 1;
        return true;
    });
    if (rows.size() < count) next_ = lines_.size();
    return !rows.empty();
}

Table read_text(std::string_view utf8_text, const Options& options) {
    Table table;
    table.format = InputFormat::text;
    table.encoding = "UTF-8";
    TabText text(utf8_text, options);
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
