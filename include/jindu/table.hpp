// jindu — tables: any input shape read into one grid of text cells.
#pragma once

#include <jindu/diagnostic.hpp>
#include <jindu/options.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jindu {

struct Cell {
    std::string text;      // UTF-8, as in the source; line breaks inside as '\n'
    bool spanned = false;  // a copy of a merged cell (rowspan/colspan, vMerge)
    bool operator==(const Cell&) const = default;
};

// A row of the grid, or a line of text outside any table (free_text: one cell).
struct Row {
    std::vector<Cell> cells;
    std::size_t line = 0;     // where it starts: 1-based line (text) or row (sheets)
    bool free_text = false;   // a paragraph or line that is not a table row
    bool operator==(const Row&) const = default;
};

struct Table {
    InputFormat format = InputFormat::automatic;  // the format that was read
    std::string encoding;                         // "UTF-8", "GB18030", … or "" (zip)
    std::vector<Row> rows;                        // in document order
    std::vector<Diagnostic> diagnostics;
};

// Guesses the format from the content (zip parts, markup, pipes, tabs, numbering).
InputFormat sniff_format(std::string_view bytes) noexcept;

// Reads raw bytes (any encoding, any format) into a table.
// Throws jindu::Error when the input cannot be read at all.
Table read_table(std::string_view bytes, const Options& options = {});

}  // namespace jindu
