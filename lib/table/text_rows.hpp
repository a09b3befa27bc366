// Private: the lines of plain text as rows: tab-separated rows, handed out a
// piece at a time, and the lines the other text shapes (space-aligned
// columns, labelled blocks, one cell per line) are read from.
#pragma once

#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include "table/text_lines.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::table {

// The lines of plain text, read as tab-separated rows a piece at a time: for a
// report too large to hold whole as a Table. read_text reads tab-separated
// text through it in one piece, so the pieces are the rows it gives.
//
// A cell in double quotes may hold tabs, line breaks and doubled quotes (a
// spreadsheet's tab-separated export): its lines are one row. A line that
// only continues the wrapped cells of the row above (text copied from a PDF)
// is joined into that row: see join_wrapped in text_reader.cpp.
class TextRows {
public:
    // Splits the text into lines (a line over the limit throws, as read_text).
    TextRows(std::string_view utf8, const Options& options);

    // True when read_text reads the text as tab-separated (two lines with tabs).
    bool tab_mode() const;
    // Passes over every line as reading them would: throws the limit error
    // read_text would throw for too many rows or cells, and returns the notes
    // for the page numbers it drops. Call before the first piece, so that no
    // error comes after rows were handed on.
    std::vector<Diagnostic> check() const;
    // The next `count` rows, into rows (cleared first); false when none are left.
    bool next(std::vector<Row>& rows, std::size_t count);

    std::size_t lines() const { return lines_.size(); }
    const std::vector<Line>& all_lines() const { return lines_; }

    // Calls on_row(index, line, trimmed, has_tab) for each line from `from` on
    // that is a row: not blank, and not a page number (noted into *notes,
    // when given). Stops when on_row returns false. Defined in text_reader.cpp.
    template <class OnRow>
    void each_line(std::size_t from, std::vector<Diagnostic>* notes, OnRow&& on_row) const;

private:
    // Joins into `row` (read from lines_[index]) the lines after it that only
    // continue its wrapped cells; they are skipped when their turn comes.
    void join_wrapped(Row& row, std::size_t index);
    // True when lines_[index] continues the cells of `row`, whose last pieces
    // per column are `pieces`.
    bool continues(const Row& row, const std::vector<std::string_view>& pieces, std::size_t index);
    // The widest cell of each column, over the first lines (computed once).
    const std::vector<std::size_t>& column_widths();
    // True when lines_[index] repeats the header row.
    bool repeats_header(std::size_t index);

    std::vector<Line> lines_;
    const Options& options_;
    std::size_t next_ = 0;  // the first line not read yet
    bool quoted_ = false;              // some field starts with a double quote
    std::vector<std::size_t> joined_;  // lines joined into a row above, in order, not read yet
    std::vector<std::size_t> widths_;  // see column_widths
    bool widths_known_ = false;
    std::vector<std::string> header_;  // the cells of the header row, once found
    bool header_known_ = false;
};

}  // namespace jindu::table
