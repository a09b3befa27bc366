#include "table/budget.hpp"

#include "common/diagnostics.hpp"

#include <string>

namespace jindu::table {

void Budget::spend_row(std::size_t line) {
    if (++rows_ > options_.limits.max_rows)
        fail(ErrorCode::limit_exceeded,
             "more than " + std::to_string(options_.limits.max_rows) + " rows", options_, Location{.line = line});
}

void Budget::spend_cells(std::size_t count, std::size_t bytes, std::size_t line) {
    cells_ += count;
    bytes_ += bytes;
    if (cells_ > options_.limits.max_cells)
        fail(ErrorCode::limit_exceeded,
             "more than " + std::to_string(options_.limits.max_cells) + " cells", options_, Location{.line = line});
    if (bytes_ > options_.limits.max_input_bytes)
        fail(ErrorCode::limit_exceeded,
             "merged cells expand to more than " + std::to_string(options_.limits.max_input_bytes) +
                 " bytes of text",
             options_, Location{.line = line});
}

}  // namespace jindu::table
