// Private: the laid-out pages of a PDF as one Table.
//
// A table that runs to the foot of a page and starts the next one with the
// same columns continues there: the header row repeated at the top is
// dropped, a first row with an empty 序号 cell continues the merged cells
// above it (and, when its content cell is empty too, is the rest of the last
// row, broken by the page), and merged cells become spans as in the HTML and
// DOCX readers. Page numbers and running heads (a line in the top or bottom
// margin repeated on several pages) are dropped with a note. Pages with no
// table at all are read as text: their lines joined into paragraphs and read
// by the prose (or text) reader.
#pragma once

#include <jindu/options.hpp>
#include <jindu/table.hpp>

#include "table/pdf/layout.hpp"

#include <vector>

namespace jindu::table::pdf {

struct LaidOutPage {
    std::size_t number = 0;  // 1-based
    double height = 0;
    PageLayout layout;
};

// Puts the pages together into the rows of a table, with notes for what was dropped.
// Throws Error{limit_exceeded} past the row and cell limits.
Table assemble(std::vector<LaidOutPage>& pages, const Options& options);

// The column bounds of the table that ends `page` at its foot, if one does:
// the table without rules that the next page may continue.
const std::vector<double>* continuing_columns(const LaidOutPage& page);

}  // namespace jindu::table::pdf
