// Private: one page's glyphs and rules as lines of text and tables.
//
// A table with rules is the grid its rules draw: rule positions are the column
// and row bounds, a missing rule between two slots merges them into one cell
// (a span), and each glyph goes to the cell under its middle. A table without
// rules starts at a header row (序号, 项目内容, 责任单位, 进展情况 … as the
// report stage names columns); its column bounds are the widest blank
// corridors between the header cells, and a row starts where the 序号 column
// has text or after a gap taller than the lines of a cell are apart.
#pragma once

#include "table/pdf/glyphs.hpp"
#include "table/pdf/rules.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jindu::table::pdf {

// A cell covering slots [row, row + rowspan) × [column, column + colspan).
struct GridCell {
    std::size_t row = 0;
    std::size_t column = 0;
    std::size_t rowspan = 1;
    std::size_t colspan = 1;
    std::string text;
};

struct PageTable {
    std::vector<double> xs;       // column bounds, left to right: columns + 1
    std::vector<double> ys;       // row bounds, top to bottom: rows + 1
    std::vector<GridCell> cells;  // by row, then column; every slot in exactly one
    bool ruled = true;
    bool open_bottom = false;  // its side rules run on below the last row's text: a row broken by the page
    std::size_t rows() const noexcept { return ys.empty() ? 0 : ys.size() - 1; }
    std::size_t columns() const noexcept { return xs.empty() ? 0 : xs.size() - 1; }
};

// A line of text outside any table, or a table.
struct Block {
    double top = 0;
    double bottom = 0;
    std::string text;                // a line, when there is no table
    double left = 0;                 // of the line
    double right = 0;
    double size = 0;                 // its font size
    std::optional<PageTable> table;
};

struct PageLayout {
    std::vector<Block> blocks;          // top to bottom
    std::vector<std::string> dropped;   // page numbers left out
};

// Lays out one page. `columns`, when given, are the column bounds of a table
// without rules that ran to the foot of the page before: lines at the top of
// this page that fit them continue it.
PageLayout lay_out(const PageText& page, const Rules& rules, const std::vector<double>* columns);

}  // namespace jindu::table::pdf
