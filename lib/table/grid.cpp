#include "table/grid.hpp"
#include "table/chrome.hpp"

#include <utility>

namespace jindu::table {

void GridBuilder::begin_row(std::size_t line) {
    if (open_) end_row();
    budget_.spend_row(line);
    rows_.push_back(Row{{}, line, false});
    open_ = true;
}

void GridBuilder::put(Cell cell) {
    Row& row = rows_.back();
    budget_.spend_cells(1, cell.text.size(), row.line);
    row.cells.push_back(std::move(cell));
    if (row.cells.size() > width_) width_ = row.cells.size();
}

void GridBuilder::fill_pending_until(std::size_t column) {
    Row& row = rows_.back();
    while (row.cells.size() < column) {
        const std::size_t c = row.cells.size();
        if (c < pending_.size() && pending_[c].rows_left > 0) {
            --pending_[c].rows_left;
            put(Cell{pending_[c].text, true});
        } else {
            put(Cell{});
        }
    }
}

void GridBuilder::add_cell(std::string text, std::size_t colspan, std::size_t rowspan) {
    if (!open_) begin_row(0);
    // Skip the columns that rowspans from the rows above occupy.
    for (;;) {
        const std::size_t c = rows_.back().cells.size();
        if (c >= pending_.size() || pending_[c].rows_left == 0) break;
        fill_pending_until(c + 1);
    }
    if (colspan == 0) colspan = 1;
    if (rowspan == 0) rowspan = 1;
    const std::size_t first = rows_.back().cells.size();
    // A cell overlapping a rowspan from above takes the column over.
    for (std::size_t c = first; c < first + colspan && c < pending_.size(); ++c)
        if (pending_[c].rows_left > 0) --pending_[c].rows_left;
    if (rowspan > 1) {
        if (pending_.size() < first + colspan) pending_.resize(first + colspan);
        for (std::size_t c = first; c < first + colspan; ++c) pending_[c] = Pending{rowspan - 1, text};
    }
    put(Cell{std::move(text), false});
    for (std::size_t k = 1; k < colspan; ++k) put(Cell{rows_.back().cells[first].text, true});
}

void GridBuilder::add_continuation(std::size_t colspan) {
    if (!open_) begin_row(0);
    if (colspan == 0) colspan = 1;
    for (std::size_t k = 0; k < colspan; ++k) {
        const std::size_t c = rows_.back().cells.size();
        const Row* above = rows_.size() >= 2 ? &rows_[rows_.size() - 2] : nullptr;
        if (above != nullptr && c < above->cells.size())
            put(Cell{above->cells[c].text, true});
        else
            put(Cell{});
    }
}

void GridBuilder::end_row() {
    if (!open_) return;
    // A rowspan from above covers its columns even when this row has fewer cells.
    std::size_t last = 0;
    for (std::size_t c = 0; c < pending_.size(); ++c)
        if (pending_[c].rows_left > 0) last = c + 1;
    fill_pending_until(last);
    open_ = false;
}

std::vector<Row> GridBuilder::finish() {
    end_row();
    for (Row& row : rows_) {
        mark_chrome(row);
        if (row.cells.size() < width_) {
            budget_.spend_cells(width_ - row.cells.size(), 0, row.line);
            row.cells.resize(width_);
        }
    }
    pending_.clear();
    width_ = 0;
    return std::move(rows_);
}

}  // namespace jindu::table
