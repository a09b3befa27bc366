// Private: the report stage on a table whose rows come a piece at a time
// (the pipeline reads large tab-separated text so), so that a large report is
// never held whole as a Table.
#pragma once

#include <jindu/report.hpp>

#include <cstddef>
#include <functional>
#include <vector>

namespace jindu::report {

// Fills rows (cleared first) with the next rows of the table; false when none are left.
using MoreRows = std::function<bool(std::vector<Row>& rows)>;

// As jindu::build_report(Table&&, options, on_items, batch_size), where
// `first` holds the first rows and `more` gives the rest, a piece at a time
// once the rows before are used. all_rows is about how many rows there are in
// all (room for their accounts is made once).
Report build_report(Table&& first, const MoreRows& more, std::size_t all_rows, const Options& options,
                    const ItemBatches& on_items, std::size_t batch_size);

}  // namespace jindu::report
