// Private: the grid shared by the markup readers (HTML, DOCX, XLSX). Cells with
// row and column spans are expanded into copies marked spanned, and everything a
// reader emits is counted against Options::limits.
#pragma once

#include <jindu/diagnostic.hpp>
#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include "common/diagnostics.hpp"
#include "table/budget.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jindu::table {

// Builds the rows of one table. Cells go to the next column that no rowspan
// above occupies; finish() pads every row to the width of the widest.
class GridBuilder {
public:
    explicit GridBuilder(Budget& budget) : budget_(budget) {}

    // Starts a row; `line` becomes Row::line.
    void begin_row(std::size_t line);
    // Adds a cell spanning `colspan` columns and `rowspan` rows (both ≥ 1, already
    // clamped by the caller to what the table can hold).
    void add_cell(std::string text, std::size_t colspan = 1, std::size_t rowspan = 1);
    // Adds copies of the cells above in the next `colspan` columns (a vertical
    // merge continued); plain empty cells where there is nothing above.
    void add_continuation(std::size_t colspan = 1);
    // Ends the row; columns a rowspan above still covers get their copies.
    void end_row();
    // Number of rows begun so far.
    std::size_t row_count() const noexcept { return rows_.size(); }
    // The finished rows, each padded with empty cells to the table's width.
    std::vector<Row> finish();

private:
    struct Pending {
        std::size_t rows_left = 0;  // rows below that still get a copy
        std::string text;
    };
    void fill_pending_until(std::size_t column);  // copies due before `column`
    void put(Cell cell);

    Budget& budget_;
    std::vector<Row> rows_;
    std::vector<Pending> pending_;  // by column
    std::size_t width_ = 0;
    bool open_ = false;
};

}  // namespace jindu::table
