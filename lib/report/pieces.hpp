// Private: a report built from tab-separated text read a piece of rows at a
// time (see parse_file), so that a large file is never held whole as a Table.
#pragma once

#include <jindu/report.hpp>

#include "table/readers.hpp"

#include <cstddef>

namespace jindu::report {

// As build_report(Table&&, options, on_items, batch_size), where `first` holds
// the first rows, the header among them, and `more` the rest, read piece_rows
// at a time once the rows before are used.
Report build_report_in_pieces(Table&& first, table::TabText& more, const Options& options,
                              const ItemBatches& on_items, std::size_t batch_size, std::size_t piece_rows);

}  // namespace jindu::report
